package org.sendfunding.funding.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnglandPanelGeneratorTest {

  @Test
  void embedded_csv_is_exactly_what_the_seeded_generator_produces() throws IOException {
    Map<String, String> files = EnglandPanelGenerator.generate();
    if (Boolean.getBoolean("sendfunding.regenerate")) {
      Path dir = Path.of("src/main/resources" + FundingDataset.ENGLAND_RESOURCES);
      for (Map.Entry<String, String> f : files.entrySet()) {
        Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      try (InputStream in = getClass().getResourceAsStream(FundingDataset.ENGLAND_RESOURCES + f.getKey())) {
        assertThat(in).as(f.getKey()).isNotNull();
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(f.getKey()).isEqualTo(f.getValue());
      }
    }
  }
}
