package org.sendfunding.ehcp.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sendfunding.data.england.EnglandStatistics;

/** The calibration's input from the embedded DfE tables, against figures read from the published CSVs. */
class EnglandTablesTest {

  static final PublishedTables ALL = EnglandTables.england(EnglandStatistics.england());
  static final PublishedTables BY_2023 = EnglandTables.publishedBy(EnglandStatistics.england(), 2023);

  @Test
  void every_la_with_dfes_figures() {
    assertThat(ALL.authorities()).hasSize(153);
    // York (816): 1,179 plans in January 2022 and 1,207 in 2023 (SEN2 caseload table).
    assertThat(ALL.count(PublishedTable.CASELOAD, 816, 2022, "")).contains(1179L);
    assertThat(ALL.count(PublishedTable.CASELOAD, 816, 2023, "")).contains(1207L);
    // Norfolk (926) 2022: 466 new plans and 1,120 ceased (flows table).
    assertThat(ALL.count(PublishedTable.NEW_PLANS, 926, 2022, "")).contains(466L);
    assertThat(ALL.count(PublishedTable.CEASED_PLANS, 926, 2022, "")).contains(1120L);
    // England's January 2024 by age: 38,631 at age 10 over all LAs (the national row of the age table).
    long age10 = ALL.authorities().stream()
        .mapToLong(la -> ALL.count(PublishedTable.CASELOAD_BY_AGE, la.code(), 2024, "10").orElse(0L)).sum();
    assertThat(age10).isBetween(38_000L, 38_631L);
  }

  @Test
  void a_regional_total_in_an_las_row_is_left_out_and_says_why() {
    // The 2025 release gives each Yorkshire and The Humber LA the region's 6,078 new plans of 2022.
    assertThat(ALL.count(PublishedTable.NEW_PLANS, 816, 2022, "")).isEmpty();
    assertThat(ALL.counts()).filteredOn(c -> c.source().contains(EnglandTables.REGION_COPY)).hasSize(15)
        .allMatch(c -> c.table() == PublishedTable.NEW_PLANS && c.year() == 2022);
    Calibration york = CaseloadCalibrator.DEFAULT.calibrate(BY_2023, 816, 2023);
    assertThat(york.notes()).anyMatch(n -> n.contains("no new plans published for 2022"));
    assertThat(york.sufficientData()).isFalse();
  }

  @Test
  void published_by_a_january_keeps_nothing_later_but_the_shapes() {
    assertThat(BY_2023.count(PublishedTable.CASELOAD, 202, 2024, "")).isEmpty();
    assertThat(BY_2023.count(PublishedTable.CASELOAD, 202, 2023, "")).isPresent();
    assertThat(BY_2023.years(PublishedTable.NEW_PLANS, 202)).last().isEqualTo(2022);
    assertThat(BY_2023.years(PublishedTable.CASELOAD_BY_PLACEMENT, 202)).last().isEqualTo(2023);
    assertThat(BY_2023.years(PublishedTable.CASELOAD_BY_AGE, 202)).containsExactly(2024);
  }

  @Test
  void reorganised_las_carry_their_predecessors_years_as_reorganisation_says() {
    // Cumberland (942) did not exist in January 2023: Cumbria's total split by its share, labelled derived.
    long cumberland = BY_2023.count(PublishedTable.CASELOAD, 942, 2023, "").orElseThrow();
    long westmorland = BY_2023.count(PublishedTable.CASELOAD, 943, 2023, "").orElseThrow();
    assertThat(cumberland + westmorland).isEqualTo(4489L);   // Cumbria (909), January 2023
    assertThat(BY_2023.counts()).anyMatch(c -> c.laCode() == 942 && c.year() == 2023
        && c.table() == PublishedTable.CASELOAD && c.source().contains("derived: Cumbria (909)"));
  }
}
