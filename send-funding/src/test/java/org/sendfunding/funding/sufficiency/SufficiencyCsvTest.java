package org.sendfunding.funding.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.dataset.DatasetException;
import org.sendfunding.model.input.CsvLimits;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.NumberSyntax;
import org.sendfunding.model.input.Problem;
import org.sendfunding.model.setting.SettingType;

class SufficiencyCsvTest {

  @Test
  void services_file_reads_every_row() {
    String csv = SufficiencyCsv.SERVICES_HEADER + "\n202,Camden,educational_psychology,21.4,illustrative\n876,,camhs,3,real\n";
    assertThat(SufficiencyCsv.readServices(new StringReader(csv), "mine.csv")).hasSize(2)
        .first().satisfies(s -> assertThat(s.fte()).isEqualByComparingTo("21.4"));
  }

  @Test
  void every_problem_is_listed_with_file_line_and_column_and_nothing_is_returned() {
    String csv = SufficiencyCsv.SERVICES_HEADER + "\n"
        + "202,Camden,educational_psychology,abc,illustrative\n"
        + "999,Nowhere,camhs,1,illustrative\n"
        + "876,Kent,physio,1,maybe\n"
        + "202,Camden,educational_psychology,-1,real\n";
    DatasetException e = catchThrowableOfType(() -> SufficiencyCsv.readServices(new StringReader(csv), "mine.csv"), DatasetException.class);
    assertThat(e.messages()).containsExactly(
        "mine.csv line 2, column 'fte' ('abc'): " + NumberSyntax.DECIMAL,
        "mine.csv line 3, column 'la_code' ('999'): not an LA in the register",
        "mine.csv line 4, column 'la_name' ('Kent'): not the register's name for 876 ('Halton')",
        "mine.csv line 4, column 'service' ('physio'): not a service key (educational_psychology, speech_and_language_therapy, "
            + "occupational_therapy, camhs, advisory_teaching)",
        "mine.csv line 4, column 'provenance' ('maybe'): not one of real, illustrative",
        "mine.csv line 5, column 'fte' ('-1'): must not be negative (the staff of one LA support service in full-time equivalents)",
        "mine.csv line 5, column 'service' ('educational_psychology'): appears twice for Camden (202)");
    assertThat(e).isInstanceOf(InputException.class);
    assertThat(e.getMessage()).startsWith("7 problems in mine.csv:\n  line 2, column 'fte' ('abc'): not a decimal number");
  }

  @Test
  void places_and_capital_files_check_setting_types_and_counts() {
    String places = SufficiencyCsv.PLACES_HEADER + "\n202,Camden,MAINSTREAM_ACADEMY,10,5,illustrative\n202,Camden,MAINTAINED_SPECIAL,-3,x,real\n";
    DatasetException e = catchThrowableOfType(() -> SufficiencyCsv.readPlaces(new StringReader(places), "p.csv"), DatasetException.class);
    assertThat(e.messages()).containsExactly(
        "p.csv line 2, column 'setting_type' ('MAINSTREAM_ACADEMY'): not one of " + PlacesModel.SUPPLY_SETTINGS,
        "p.csv line 3, column 'capacity' ('-3'): must not be negative (places or pupils on roll of one setting type in one LA)",
        "p.csv line 3, column 'on_roll' ('x'): " + NumberSyntax.WHOLE_NUMBER);
    String capital = SufficiencyCsv.CAPITAL_HEADER + "\n202,Camden,ACADEMY_SPECIAL,0,2027,,illustrative\n";
    DatasetException c = catchThrowableOfType(() -> SufficiencyCsv.readCapital(new StringReader(capital), "c.csv"), DatasetException.class);
    assertThat(c.messages()).containsExactly(
        "c.csv line 2, column 'opens' ('2027'): " + NumberSyntax.FINANCIAL_YEAR,
        "c.csv line 2, column 'programme': is blank; a value is required");
    // A period must be a real financial year: 2027-29 is refused, as 2025-27 is everywhere.
    String badYear = SufficiencyCsv.CAPITAL_HEADER + "\n202,Camden,ACADEMY_SPECIAL,0,2027-29,x,illustrative\n"
        + "202,Camden,ACADEMY_SPECIAL,5,2227-28,x,illustrative\n";
    DatasetException y = catchThrowableOfType(() -> SufficiencyCsv.readCapital(new StringReader(badYear), "y.csv"), DatasetException.class);
    assertThat(y.messages()).containsExactly(
        "y.csv line 2, column 'opens' ('2027-29'): " + NumberSyntax.FINANCIAL_YEAR,
        "y.csv line 3, column 'opens' ('2227-28'): implausible for a calendar year of data: more than 2100 (the SEND "
            + "statistics this library reads begin in 2010 (DfE, Education, health and care plans, SEN2) and no projection runs past 2100)");
    DatasetException zero = catchThrowableOfType(() -> SufficiencyCsv.readCapital(new StringReader(SufficiencyCsv.CAPITAL_HEADER
        + "\n202,Camden,ACADEMY_SPECIAL,0,2027-28,x,illustrative\n"), "z.csv"), DatasetException.class);
    assertThat(zero.messages()).containsExactly("z.csv line 2, column 'new_places' ('0'): must be above zero");
    assertThat(SufficiencyCsv.readCapital(new StringReader(SufficiencyCsv.CAPITAL_HEADER
        + "\n202,Camden,ACADEMY_SPECIAL,40,2027-28,free school,real\n"), "c.csv").get(0).setting()).isEqualTo(SettingType.ACADEMY_SPECIAL);
  }

  @Test
  void a_wrong_header_is_reported() {
    DatasetException e = catchThrowableOfType(() -> SufficiencyCsv.readServices(new StringReader("la_code,fte,colour\n"), "h.csv"),
        DatasetException.class);
    assertThat(e.messages()).contains("h.csv line 1, column 'colour': unknown column (expected " + SufficiencyCsv.SERVICES_HEADER + ")",
        "h.csv line 1, column 'service': missing column (expected " + SufficiencyCsv.SERVICES_HEADER + ")");
  }

  @Test
  void an_excel_csv_utf8_file_with_a_bom_crlf_and_quoted_figures_reads() {
    String csv = "\uFEFF" + SufficiencyCsv.PLACES_HEADER + "\r\n202,Camden,MAINTAINED_SPECIAL,\"1,200\",\"1,212\",real\r\n";
    assertThat(SufficiencyCsv.readPlaces(new StringReader(csv), "x.csv").get(0).onRoll()).isEqualTo(1212);
  }

  @Test
  void implausible_figures_and_over_size_files_are_refused() {
    String csv = SufficiencyCsv.SERVICES_HEADER + "\n202,Camden,camhs,100000000000000000000,real\n202,Camden,advisory_teaching,1e20,real\n";
    DatasetException e = catchThrowableOfType(() -> SufficiencyCsv.readServices(new StringReader(csv), "s.csv"), DatasetException.class);
    assertThat(e.messages()).containsExactly(
        "s.csv line 2, column 'fte' ('100000000000000000000'): implausible for the staff of one LA support service in "
            + "full-time equivalents: more than 10,000 FTE (one LA's educational psychology, therapy or advisory service "
            + "is counted in tens of FTE; 10,000 in one service would be larger than any such service)",
        "s.csv line 3, column 'fte' ('1e20'): " + NumberSyntax.DECIMAL);
    // No size limit before: now the limits of every CSV apply, here a small one.
    String big = SufficiencyCsv.SERVICES_HEADER + "\n202,Camden,camhs,1,real\n";
    DatasetException size = catchThrowableOfType(() -> SufficiencyCsv.readServices(new StringReader(big), "b.csv",
        CsvLimits.DEFAULT.withMaxBytes(big.length() - 1)), DatasetException.class);
    assertThat(size.messages()).containsExactly("b.csv: larger than the limit of " + (big.length() - 1) + " characters");
    assertThat(SufficiencyCsv.readServices(new StringReader(big), "b.csv", CsvLimits.DEFAULT.withMaxBytes(big.length()))).hasSize(1);
  }

  @Test
  void a_file_on_disk_is_read_and_a_missing_one_is_a_located_problem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path f = dir.resolve("services.csv");
    java.nio.file.Files.writeString(f, SufficiencyCsv.SERVICES_HEADER + "\n202,Camden,camhs,2.5,real\n");
    assertThat(SufficiencyCsv.readServices(f).get(0).fte()).isEqualByComparingTo("2.5");
    DatasetException e = catchThrowableOfType(() -> SufficiencyCsv.readPlaces(dir.resolve("nope.csv")), DatasetException.class);
    assertThat(e.problems()).extracting(Problem::message).singleElement().asString().startsWith("file not found");
  }
}
