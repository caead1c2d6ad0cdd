package org.sendfunding.accountability.fuzz;

import org.sendfunding.model.testing.LoaderProperty;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringReader;
import org.sendfunding.accountability.cohort.CohortCsv;
import org.sendfunding.accountability.cohort.CsvLoadException;
import org.sendfunding.accountability.parameters.AccountabilityParameters;

/**
 * Fuzzes the pupil and school cohort CSVs ({@link CohortCsv}, own error {@link CsvLoadException})
 * and the parameter CSV ({@link AccountabilityParameters#read}, own error an
 * {@code IllegalArgumentException} naming the source).
 */
class AccountabilityLoaderFuzzTest {

  private static final String SCHOOLS = String.join("\n",
      "urn,name,la_code,setting_type",
      "140001,\"Riverside Academy, Camden\",202,MAINSTREAM_ACADEMY",
      "140002,Beacon Special School,203,MAINTAINED_SPECIAL", "");
  private static final String PUPILS_HEADER = String.join(",", CohortCsv.PUPIL_COLUMNS) + "\n";
  /** Small limits so that the fuzzer reaches the limit checks too. */
  private static final CohortCsv SMALL = CohortCsv.withLimits(16 * 1024, 100, 120);

  @FuzzTest(maxDuration = "60s")
  void pupils(byte[] data) {
    String text = LoaderProperty.text(data);
    LoaderProperty.loadsOrFailsCleanly("pupils.csv", CsvLoadException.class,
        () -> SMALL.read("schools.csv", new StringReader(SCHOOLS), "pupils.csv", new StringReader(text)),
        cohort -> assertThat(cohort.pupils()).hasSize(dataRows(text)));
  }

  @FuzzTest(maxDuration = "60s")
  void schools(byte[] data) {
    String text = LoaderProperty.text(data);
    LoaderProperty.loadsOrFailsCleanly("schools.csv", CsvLoadException.class,
        () -> SMALL.read("schools.csv", new StringReader(text), "pupils.csv", new StringReader(PUPILS_HEADER)),
        cohort -> assertThat(cohort.schools()).hasSize(dataRows(text)));
  }

  @FuzzTest(maxDuration = "60s")
  void parameters(byte[] data) {
    String text = LoaderProperty.text(data);
    LoaderProperty.loadsOrFailsCleanly("fuzzed-parameters.csv", IllegalArgumentException.class,
        () -> AccountabilityParameters.read("fuzzed-parameters.csv", new StringReader(text)),
        parameters -> assertThat(parameters).isNotNull());
  }

  private static int dataRows(String text) {
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
