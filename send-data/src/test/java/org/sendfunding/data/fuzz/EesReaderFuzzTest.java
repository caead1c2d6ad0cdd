package org.sendfunding.data.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.sendfunding.data.archive.ArchiveLimits;
import org.sendfunding.data.archive.SafeZip;
import org.sendfunding.data.ees.EesLayout;
import org.sendfunding.data.ees.EesReader;
import org.sendfunding.data.ees.EesRow;
import org.sendfunding.model.input.CsvFile;
import org.sendfunding.model.input.CsvLimits;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.testing.LoaderProperty;

/**
 * Fuzzes the EES reader and the zip reader: hostile bytes either load completely (every row has
 * a known level and period, every indicator is a number, symbol or blank) or fail with one
 * {@link InputException} naming the source, within the time limit. Seed corpora are in
 * {@code EesReaderFuzzTestInputs/<method>/}.
 */
class EesReaderFuzzTest {

  private static final EesLayout LAYOUT = EesLayout.of("fuzzed.csv",
      List.of("breakdown_topic", "breakdown"), List.of("needs_met", "total_ceased"));

  @FuzzTest(maxDuration = "60s")
  void eesCsv(byte[] data) {
    LoaderProperty.loadsOrFailsCleanly("fuzzed.csv", InputException.class,
        () -> EesReader.DEFAULT.read(CsvFile.read(new ByteArrayInputStream(data), "fuzzed.csv",
            CsvLimits.DEFAULT), LAYOUT),
        table -> {
          for (EesRow r : table.rows()) {
            assertThat(r.endYear()).isBetween(1000, 10_000);
            assertThat(r.indicators()).hasSize(2);
            r.indicators().values().forEach(v ->
                assertThat(v.isBlank() || v.number().isPresent() || v.symbol().isPresent()).isTrue());
          }
        });
  }

  @FuzzTest(maxDuration = "60s")
  void zip(byte[] data) {
    LoaderProperty.loadsOrFailsCleanly("fuzzed.zip", InputException.class,
        () -> SafeZip.read(new ByteArrayInputStream(data), "fuzzed.zip", ArchiveLimits.DEFAULT),
        // A zip of folders only has no file entries (a fuzzing find): that is complete, not partial.
        zip -> {
          assertThat(zip.names().size()).isLessThanOrEqualTo(ArchiveLimits.DEFAULT.maxEntries());
          zip.names().forEach(n -> {
            assertThat(n).doesNotStartWith("/").doesNotStartWith("\\");
            assertThat(n.split("[/\\\\]", -1)).doesNotContain("..");
          });
        });
  }
}
