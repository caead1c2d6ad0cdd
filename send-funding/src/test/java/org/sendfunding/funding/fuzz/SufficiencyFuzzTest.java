package org.sendfunding.funding.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import org.sendfunding.funding.dataset.DatasetException;
import org.sendfunding.funding.sufficiency.SufficiencyCsv;
import org.sendfunding.model.input.CsvFile;
import org.sendfunding.model.testing.LoaderProperty;

/**
 * Fuzzes the three sufficiency CSV readers, now read through {@code model.input}. A file that loads
 * must give one record per row the CSV layer read (nothing dropped, nothing partial); one that does
 * not must fail with the loader's own exception naming the file. Seed corpora are in
 * {@code SufficiencyFuzzTestInputs/<method>/}.
 */
@SuppressWarnings("deprecation") // DatasetException is what the loaders throw for one more release
class SufficiencyFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void services(byte[] data) {
    String text = LoaderProperty.text(data);
    LoaderProperty.loadsOrFailsCleanly("services.csv", DatasetException.class,
        () -> SufficiencyCsv.readServices(new StringReader(text), "services.csv"),
        rows -> assertThat(rows).hasSize(CsvFile.parse(text, "services.csv").size()));
  }

  @FuzzTest(maxDuration = "60s")
  void places(byte[] data) {
    String text = LoaderProperty.text(data);
    LoaderProperty.loadsOrFailsCleanly("places.csv", DatasetException.class,
        () -> SufficiencyCsv.readPlaces(new StringReader(text), "places.csv"),
        rows -> assertThat(rows).hasSize(CsvFile.parse(text, "places.csv").size()));
  }

  @FuzzTest(maxDuration = "60s")
  void capital(byte[] data) {
    String text = LoaderProperty.text(data);
    LoaderProperty.loadsOrFailsCleanly("capital.csv", DatasetException.class,
        () -> SufficiencyCsv.readCapital(new StringReader(text), "capital.csv"),
        rows -> assertThat(rows).hasSize(CsvFile.parse(text, "capital.csv").size()));
  }
}
