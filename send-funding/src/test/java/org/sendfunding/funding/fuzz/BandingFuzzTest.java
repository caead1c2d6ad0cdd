package org.sendfunding.funding.fuzz;

import org.sendfunding.model.testing.LoaderProperty;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.sendfunding.funding.placeplus.LocalBanding;

/**
 * Fuzzes {@link LocalBanding#loadYaml(String, String)}, whose own error is an
 * {@code IllegalArgumentException} naming the file. A banding that loads has every band in the file.
 */
class BandingFuzzTest {

  private static final YAMLMapper YAML = new YAMLMapper();

  @FuzzTest(maxDuration = "60s")
  void banding(byte[] data) {
    String text = LoaderProperty.text(data);
    LoaderProperty.loadsOrFailsCleanly("fuzzed-banding.yaml", IllegalArgumentException.class,
        () -> LocalBanding.loadYaml("fuzzed-banding.yaml", text),
        banding -> {
          assertThat(banding.bands()).isNotEmpty();
          assertThat(banding.bands()).hasSize(bandsIn(text));
        });
  }

  private static int bandsIn(String yaml) {
    try {
      JsonNode bands = YAML.readTree(yaml).get("bands");
      return bands == null ? 0 : bands.size();
    } catch (Exception e) {
      throw new AssertionError("the loader accepted text that is not YAML", e);
    }
  }
}
