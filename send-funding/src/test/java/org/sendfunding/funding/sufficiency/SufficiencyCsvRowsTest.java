package org.sendfunding.funding.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.dataset.DatasetException;
import org.sendfunding.funding.dataset.Provenance;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/** Row-level rules of the sufficiency CSV loaders not covered by {@link SufficiencyCsvTest}: values read, and each refusal. */
class SufficiencyCsvRowsTest {

  @Test
  void places_rows_are_read_with_their_counts_and_provenance() {
    // 412 on roll in 400 places (over capacity, as two thirds of special schools were in May 2024; sufficiency.md s4)
    ImmutableList<PlaceSupply> p = SufficiencyCsv.readPlaces(new StringReader(SufficiencyCsv.PLACES_HEADER
        + "\n202,Camden,MAINTAINED_SPECIAL,400,412,real\n202,,INDEPENDENT_SPECIAL,0,7,illustrative\n"), "p.csv");
    assertThat(p).hasSize(2);
    assertThat(p.get(0).capacity()).isEqualTo(400);
    assertThat(p.get(0).onRoll()).isEqualTo(412);
    assertThat(p.get(0).provenance()).isEqualTo(Provenance.REAL);
    assertThat(p.get(1).setting()).isEqualTo(SettingType.INDEPENDENT_SPECIAL);
    assertThat(p.get(1).capacity()).isZero();
    assertThat(p.get(1).onRoll()).isEqualTo(7);
  }

  @Test
  void places_refuse_a_repeated_setting_and_an_empty_cell() {
    String csv = SufficiencyCsv.PLACES_HEADER + "\n"
        + "202,Camden,MAINTAINED_SPECIAL,400,412,real\n"
        + "202,Camden,MAINTAINED_SPECIAL,10,10,real\n"
        + "876,Halton,ACADEMY_SPECIAL,,10,real\n";
    DatasetException e = catchThrowableOfType(() -> SufficiencyCsv.readPlaces(new StringReader(csv), "p.csv"), DatasetException.class);
    assertThat(e.messages()).containsExactly(
        "p.csv line 3, column 'setting_type' ('MAINTAINED_SPECIAL'): appears twice for Camden (202)",
        "p.csv line 4, column 'capacity': is blank; a value is required");
  }

  @Test
  void capital_refuses_a_setting_that_is_not_state_funded_specialist_and_reads_a_good_row() {
    String csv = SufficiencyCsv.CAPITAL_HEADER + "\n"
        + "202,Camden,INDEPENDENT_SPECIAL,40,2027-28,free school,real\n"
        + "876,Halton,ACADEMY_SPECIAL,-2,2027-28,free school,real\n";
    DatasetException e = catchThrowableOfType(() -> SufficiencyCsv.readCapital(new StringReader(csv), "c.csv"), DatasetException.class);
    assertThat(e.messages()).containsExactly(
        "c.csv line 2, column 'setting_type' ('INDEPENDENT_SPECIAL'): not one of " + PlacesModel.STATE_SETTINGS,
        "c.csv line 3, column 'new_places' ('-2'): must not be negative (places or pupils on roll of one setting type in one LA)");
    // the 2024 Budget's special free schools: about 2,000 places (sufficiency.md s6); one school's share here
    CapitalProject c = SufficiencyCsv.readCapital(new StringReader(SufficiencyCsv.CAPITAL_HEADER
        + "\n876,Halton,ACADEMY_SPECIAL,120,2027-28,special free schools 2024,illustrative\n"), "c.csv").get(0);
    assertThat(c.places()).isEqualTo(120);
    assertThat(c.opens()).isEqualTo(FinancialYear.parse("2027-28"));
    assertThat(c.programme()).isEqualTo("special free schools 2024");
    assertThat(c.provenance()).isEqualTo(Provenance.ILLUSTRATIVE);
    assertThat(c.localAuthority().code()).isEqualTo(876);
  }

  @Test
  void file_level_problems_stop_before_the_rows() {
    // An empty file and a header-only file are the same everywhere: no rows.
    assertThat(SufficiencyCsv.readCapital(new StringReader(""), "e.csv")).isEmpty();
    assertThat(SufficiencyCsv.readCapital(new StringReader(SufficiencyCsv.CAPITAL_HEADER + "\r\n"), "e.csv")).isEmpty();
    DatasetException twice = catchThrowableOfType(() -> SufficiencyCsv.readServices(new StringReader(
        SufficiencyCsv.SERVICES_HEADER + ",fte\n202,Camden,camhs,1,real,2\n"), "t.csv"), DatasetException.class);
    assertThat(twice.messages()).containsExactly("t.csv line 1, column 'fte': the column appears twice in the header");
    DatasetException wide = catchThrowableOfType(() -> SufficiencyCsv.readServices(new StringReader(
        SufficiencyCsv.SERVICES_HEADER + "\n202,Camden,camhs,1,real,extra\n"), "w.csv"), DatasetException.class);
    assertThat(wide.messages()).containsExactly("w.csv line 2: 6 cells but the header has 5 columns");
    // a short row is refused as a long one is (it used to read its missing cells as empty)
    DatasetException shortRow = catchThrowableOfType(() -> SufficiencyCsv.readServices(new StringReader(
        SufficiencyCsv.SERVICES_HEADER + "\n202,Camden,camhs\n"), "s.csv"), DatasetException.class);
    assertThat(shortRow.messages()).containsExactly("s.csv line 2: 3 cells but the header has 5 columns");
    assertThat(shortRow.getMessage()).isEqualTo("1 problem in s.csv:\n  line 2: 3 cells but the header has 5 columns");
  }

  @Test
  void an_establishment_of_zero_is_read_not_refused() {
    // Halton with no educational psychologists of its own (bought in from a neighbour): 0 FTE is a real value
    ImmutableList<ServiceCapacity> s = SufficiencyCsv.readServices(new StringReader(SufficiencyCsv.SERVICES_HEADER
        + "\n876,Halton,educational_psychology,0,real\n"), "s.csv");
    assertThat(s.get(0).fte()).isZero();
    assertThat(s.get(0).service()).isEqualTo(SupportService.EDUCATIONAL_PSYCHOLOGY);
    assertThat(s.get(0).provenance()).isEqualTo(Provenance.REAL);
  }
}
