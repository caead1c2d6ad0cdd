package org.sendfunding.funding.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.dataset.DatasetException;
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
    assertThat(e.problems()).containsExactly(
        "mine.csv line 2 column fte: 'abc' is not a decimal number",
        "mine.csv line 3 column la_code: 999 is not an LA in the register",
        "mine.csv line 4 column la_name: 'Kent' is not the register's name for 876 ('Halton')",
        "mine.csv line 4 column service: 'physio' is not a service key (educational_psychology, speech_and_language_therapy, "
            + "occupational_therapy, camhs, advisory_teaching)",
        "mine.csv line 4 column provenance: 'maybe' is not one of real, illustrative",
        "mine.csv line 5 column fte: -1 is negative",
        "mine.csv line 5 column service: educational_psychology appears twice for Camden (202)");
    assertThat(e.getMessage()).startsWith("mine.csv: 7 problems");
  }

  @Test
  void places_and_capital_files_check_setting_types_and_counts() {
    String places = SufficiencyCsv.PLACES_HEADER + "\n202,Camden,MAINSTREAM_ACADEMY,10,5,illustrative\n202,Camden,MAINTAINED_SPECIAL,-3,x,real\n";
    DatasetException e = catchThrowableOfType(() -> SufficiencyCsv.readPlaces(new StringReader(places), "p.csv"), DatasetException.class);
    assertThat(e.problems()).containsExactly(
        "p.csv line 2 column setting_type: MAINSTREAM_ACADEMY is not one of " + PlacesModel.SUPPLY_SETTINGS,
        "p.csv line 3 column capacity: -3 is negative",
        "p.csv line 3 column on_roll: 'x' is not a whole number");
    String capital = SufficiencyCsv.CAPITAL_HEADER + "\n202,Camden,ACADEMY_SPECIAL,0,2027,,illustrative\n";
    DatasetException c = catchThrowableOfType(() -> SufficiencyCsv.readCapital(new StringReader(capital), "c.csv"), DatasetException.class);
    assertThat(c.problems()).containsExactly(
        "c.csv line 2 column opens: '2027' is not a financial year (e.g. 2027-28)",
        "c.csv line 2 column programme: is empty",
        "c.csv line 2 column new_places: 0 must be above zero");
    assertThat(SufficiencyCsv.readCapital(new StringReader(SufficiencyCsv.CAPITAL_HEADER
        + "\n202,Camden,ACADEMY_SPECIAL,40,2027-28,free school,real\n"), "c.csv").get(0).setting()).isEqualTo(SettingType.ACADEMY_SPECIAL);
  }

  @Test
  void a_wrong_header_is_reported() {
    DatasetException e = catchThrowableOfType(() -> SufficiencyCsv.readServices(new StringReader("la_code,fte,colour\n"), "h.csv"),
        DatasetException.class);
    assertThat(e.problems()).contains("h.csv line 1: unknown column 'colour' (expected " + SufficiencyCsv.SERVICES_HEADER + ")",
        "h.csv line 1: missing column 'service'");
  }
}
