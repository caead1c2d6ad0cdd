package org.sendfunding.accountability.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.SenProvision;

class CohortCsvTest {

  private static final String SCHOOLS = String.join("\n",
      "urn,name,la_code,setting_type",
      "140001,\"Riverside Academy, Camden\",202,MAINSTREAM_ACADEMY",
      "140002,Beacon Special School,203,MAINTAINED_SPECIAL", "");
  private static final String HEADER = String.join(",", CohortCsv.PUPIL_COLUMNS);

  private static Cohort read(String schools, String pupils) {
    return CohortCsv.DEFAULT.read("schools.csv", new StringReader(schools), "pupils.csv", new StringReader(pupils));
  }

  @Test
  void reads_a_valid_cohort() {
    Cohort c = read(SCHOOLS, String.join("\n", HEADER,
        "P2,140002,,,,0,E,PMLD,N,0.5,N,Y,8,140002:6,N",
        "P1,140001,104,100,,48.5,K,SPLD,Y,0.31,N,N,11,140002:2;140001:4,N",
        "P3,140001,,,3,,N,,N,0.1,Y,N,1,140001:3,Y"));
    assertThat(c.schools()).hasSize(2);
    assertThat(c.school(140001).name()).isEqualTo("Riverside Academy, Camden");
    assertThat(c.pupils()).extracting(KeyStage4Pupil::id).containsExactly("P1", "P2", "P3");
    KeyStage4Pupil p1 = c.pupils().get(0);
    assertThat(p1.ks2AverageScore()).contains(102.0);
    assertThat(p1.senProvision()).isEqualTo(SenProvision.SEN_SUPPORT);
    assertThat(p1.primaryNeed()).contains(NeedType.SPLD);
    assertThat(p1.termsOnRoll()).containsEntry(140001, 4).containsEntry(140002, 2);
    assertThat(p1.monthsYoungerThanOldest()).isEqualTo(2);
    assertThat(c.pupils().get(2).leftWithoutKnownDestination()).isTrue();
    assertThat(c.pupils().get(2).priorAttainmentGroup()).contains(3);
  }

  @Test
  void collects_every_row_error_with_line_and_column() {
    String pupils = String.join("\n", HEADER,
        "P1,140001,104,100,,9O,K,SPLD,Y,0.31,N,N,11,140001:6,N",
        "P2,140001,104,100,,40,X,,maybe,0.31,N,N,11,140001:6,N",
        "P3,140001,130,100,,40,N,,N,0.31,N,N,11,140001:6,N",
        "P4,140009,104,100,,40,N,,N,0.31,N,N,11,140009:6,N",
        "P1,140001,104,100,,40,N,,N,0.31,N,N,11,140001:6,N",
        "P6,140001,104,100,,40,N,,N,0.31,N,N,13,140001-6,N",
        "P7,140001,104,100,,,N,,N,0.31,N,N,1,140001:6,N",
        "P8,140001,104");
    assertThatThrownBy(() -> read(SCHOOLS, pupils))
        .isInstanceOf(CsvLoadException.class)
        .hasMessage(String.join("\n",
            "9 problems loading the cohort:",
            "  pupils.csv line 2, column attainment8: '9O' is not a number",
            "  pupils.csv line 3, column sen_provision: 'X' is not a census code (E, K or N)",
            "  pupils.csv line 3, column fsm: 'maybe' is not Y or N",
            "  pupils.csv line 4, column ks2_reading: 130.0 is outside the KS2 range 59 to 120 (scaled scores from 80, nominal scores below) (pupil P3)",
            "  pupils.csv line 5, column school_urn: 140009 is not in schools.csv",
            "  pupils.csv line 6, column pupil_id: 'P1' already appears on line 2",
            "  pupils.csv line 7, column terms_on_roll: '140001-6' in '140001-6' is not URN:terms (e.g. 140001:4;140002:2)",
            "  pupils.csv line 8, column attainment8: required for a pupil on roll at the end of key stage 4 (pupil P7)",
            "  pupils.csv line 9: 3 fields, expected 15"));
  }

  /**
   * Nominal scores below 80 (pupils working below the standard of the tests) and a single KS2 score load;
   * a score below the lowest nominal score is refused with its file, line and column, and every other
   * row's problem is still reported (nothing loads).
   */
  @Test
  void accepts_nominal_and_single_scores_and_locates_scores_out_of_range() {
    Cohort c = read(SCHOOLS, String.join("\n", HEADER,
        "P1,140002,70,75,,4.5,E,SLD,N,0.5,N,N,8,140002:6,N",
        "P2,140001,,96,,31,K,MLD,N,0.2,N,N,3,140001:6,N"));
    assertThat(c.pupils().get(0).ks2AverageScore()).contains(72.5);
    assertThat(c.pupils().get(0).hasNominalKs2Score()).isTrue();
    assertThat(c.pupils().get(1).ks2AverageScore()).contains(96.0);
    assertThatThrownBy(() -> read(SCHOOLS, String.join("\n", HEADER,
        "P1,140002,50,75,,4.5,E,SLD,N,0.5,N,N,8,140002:6,N",
        "P2,140001,,96,,31,K,MLD,N,0.2,N,N,13,140001:6,N")))
        .isInstanceOf(CsvLoadException.class)
        .hasMessage(String.join("\n", "2 problems loading the cohort:",
            "  pupils.csv line 2, column ks2_reading: 50.0 is outside the KS2 range 59 to 120 (scaled scores from 80, nominal scores below) (pupil P1)",
            "  pupils.csv line 3, column month_of_birth: 13 is outside 1 to 12 (pupil P2)"));
  }

  /** A quoted name spanning two lines and a blank line do not shift the reported line numbers. */
  @Test
  void line_numbers_count_physical_lines() {
    String schools = "urn,name,la_code,setting_type\n140001,\"Two\nLines\",202,MAINSTREAM_ACADEMY\n\n140002,B,202,NOPE\n";
    assertThatThrownBy(() -> read(schools, HEADER))
        .hasMessageStartingWith("1 problem loading the cohort:\n  schools.csv line 5, column setting_type: 'NOPE' is not a setting type");
  }

  @Test
  void reports_header_problems_in_both_files() {
    CsvLoadException e = org.junit.jupiter.api.Assertions.assertThrows(CsvLoadException.class, () -> read(
        "urn,name,la,setting_type\n140001,A,202,MAINSTREAM_ACADEMY\n",
        HEADER.replace(",eal", ",eal,eal") + "\n"));
    assertThat(e.problems()).extracting(CsvProblem::toString).containsExactly(
        "schools.csv line 1, column la: unknown column; expected urn,name,la_code,setting_type",
        "schools.csv line 1, column la_code: missing column",
        "pupils.csv line 1, column eal: column appears twice");
  }

  @Test
  void reports_bad_schools() {
    assertThatThrownBy(() -> read(String.join("\n", "urn,name,la_code,setting_type",
        "140001,A,999,MAINSTREAM_ACADEMY", "99,B,202,MAINSTREAM_ACADEMY", "140003,C,202,GRAMMAR",
        "140004,,202,MAINSTREAM_ACADEMY"), HEADER))
        .hasMessageContaining("schools.csv line 2, column la_code: 999 is not an English LA code")
        .hasMessageContaining("schools.csv line 3, column urn: 99 is outside 100000 to 9999999")
        .hasMessageContaining("schools.csv line 4, column setting_type: 'GRAMMAR' is not a setting type; expected one of [")
        .hasMessageContaining("schools.csv line 5, column name: required but empty");
  }

  @Test
  void enforces_limits_with_clear_errors() {
    String pupils = String.join("\n", HEADER,
        "P1,140001,104,100,,40,N,,N,0.31,N,N,11,140001:6,N",
        "P2,140001,104,100,,40,N,,N,0.31,N,N,11,140001:6,N");
    assertThatThrownBy(() -> CohortCsv.withLimits(1_000_000, 1, 200)
        .read("schools.csv", new StringReader(SCHOOLS), "pupils.csv", new StringReader(pupils)))
        .hasMessageContaining("pupils.csv line 3: more than the limit of 1 rows");
    assertThatThrownBy(() -> CohortCsv.withLimits(100, 10, 200)
        .read("schools.csv", new StringReader(SCHOOLS), "pupils.csv", new StringReader(pupils)))
        .hasMessageContaining("pupils.csv: more than the limit of 100 characters");
    assertThatThrownBy(() -> CohortCsv.withLimits(1_000_000, 10, 5)
        .read("schools.csv", new StringReader(SCHOOLS), "pupils.csv", new StringReader(HEADER)))
        .hasMessageContaining("schools.csv line 2, column name: 25 characters, more than the limit of 5");
  }

  @Test
  void round_trips_the_illustrative_cohort() {
    Cohort cohort = IllustrativeCohort.generate(11, 12, 800);
    StringWriter schools = new StringWriter();
    StringWriter pupils = new StringWriter();
    CohortCsv.write(cohort, schools, pupils);
    Cohort back = read(schools.toString(), pupils.toString());
    assertThat(back.schools()).isEqualTo(cohort.schools());
    assertThat(back.pupils()).isEqualTo(cohort.pupils());
  }
}
