package org.sendfunding.funding.fuzz;

import org.sendfunding.model.testing.LoaderProperty;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringReader;
import org.sendfunding.funding.dataset.DatasetCsv;
import org.sendfunding.funding.dataset.DatasetException;
import org.sendfunding.model.authority.LocalAuthorities;

/**
 * Fuzzes the four dataset CSV readers of {@link DatasetCsv}. A file that loads must give one record
 * per data row (panel, national series), one setting type per row (caseloads) or one instalment per
 * row (safety valves): nothing dropped, nothing partial.
 */
class DatasetFuzzTest {

  private static final LocalAuthorities ENGLAND = LocalAuthorities.england();

  @FuzzTest(maxDuration = "60s")
  void nationalSeries(byte[] data) {
    String text = LoaderProperty.text(data);
    LoaderProperty.loadsOrFailsCleanly("national-series.csv", DatasetException.class,
        () -> DatasetCsv.readNationalSeries(new StringReader(text), "national-series.csv"),
        series -> assertThat(series.figures()).hasSize(dataRows(text)));
  }

  @FuzzTest(maxDuration = "60s")
  void panel(byte[] data) {
    String text = LoaderProperty.text(data);
    LoaderProperty.loadsOrFailsCleanly("panel.csv", DatasetException.class,
        () -> DatasetCsv.readPanel(new StringReader(text), "panel.csv", ENGLAND),
        panel -> assertThat(panel).hasSize(dataRows(text)));
  }

  @FuzzTest(maxDuration = "60s")
  void caseloads(byte[] data) {
    String text = LoaderProperty.text(data);
    LoaderProperty.loadsOrFailsCleanly("caseload.csv", DatasetException.class,
        () -> DatasetCsv.readCaseloads(new StringReader(text), "caseload.csv", ENGLAND),
        caseloads -> assertThat(caseloads.stream().mapToInt(c -> c.pupils().size()).sum())
            .isEqualTo(dataRows(text)));
  }

  @FuzzTest(maxDuration = "60s")
  void safetyValves(byte[] data) {
    String text = LoaderProperty.text(data);
    LoaderProperty.loadsOrFailsCleanly("safety-valve.csv", DatasetException.class,
        () -> DatasetCsv.readSafetyValves(new StringReader(text), "safety-valve.csv", ENGLAND),
        agreements -> assertThat(agreements.values().stream().mapToInt(a -> a.instalments().size()).sum())
            .isEqualTo(dataRows(text)));
  }

  /** Counts data rows independently of the loader (a loaded file is valid CSV). */
  static int dataRows(String text) {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
      int rows = -1;
      while (it.hasNextValue()) {
        it.nextValue();
        rows++;
      }
      return Math.max(rows, 0);
    } catch (IOException e) {
      throw new AssertionError("the loader accepted text that is not CSV", e);
    }
  }
}
