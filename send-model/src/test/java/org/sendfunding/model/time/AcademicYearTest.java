package org.sendfunding.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcademicYearTest {

  @Test
  void runs_from_1_september_to_31_august_and_prints_as_dfe_statistics_do() {
    AcademicYear ay = AcademicYear.parse("2024/25");
    assertThat(ay.start()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(ay.end()).isEqualTo(LocalDate.of(2025, 8, 31));
    assertThat(ay).hasToString("2024/25");
    assertThat(ay.next()).hasToString("2025/26");
    assertThat(ay.previous()).hasToString("2023/24");
    assertThat(ay.contains(LocalDate.of(2025, 8, 31))).isTrue();
    assertThat(ay.contains(LocalDate.of(2025, 9, 1))).isFalse();
    assertThat(AcademicYear.containing(LocalDate.of(2025, 8, 31))).isEqualTo(ay);
    assertThat(ay.financialYearStarting()).hasToString("2025-26");
    assertThat(AcademicYear.range(ay, ay.plusYears(2))).hasSize(3);
  }

  @Test
  void spring_census_dates_match_the_published_census_days() {
    // DfE school census guides: 19 Jan 2023, 18 Jan 2024, 16 Jan 2025.
    assertThat(AcademicYear.parse("2022/23").springCensusDate()).isEqualTo(LocalDate.of(2023, 1, 19));
    assertThat(AcademicYear.parse("2023/24").springCensusDate()).isEqualTo(LocalDate.of(2024, 1, 18));
    assertThat(AcademicYear.parse("2024/25").springCensusDate()).isEqualTo(LocalDate.of(2025, 1, 16));
  }

  @Test
  void rejects_malformed_years_naming_the_text() {
    assertThatThrownBy(() -> AcademicYear.parse("2024-25"))
        .hasMessage("AcademicYear: '2024-25' is not an academic year like 2024/25");
    assertThatThrownBy(() -> AcademicYear.parse("2024/26"))
        .hasMessage("AcademicYear: '2024/26' does not end the year after it starts (expected 2024/25)");
  }

  @Test
  void round_trips_and_census_day_is_a_thursday_in_the_year() {
    qt().withExamples(300)
        .forAll(integers().between(1900, 2998))
        .check(y -> {
          AcademicYear ay = AcademicYear.of(y);
          LocalDate census = ay.springCensusDate();
          return AcademicYear.parse(ay.toString()).equals(ay)
              && ay.contains(census)
              && census.getDayOfWeek() == DayOfWeek.THURSDAY
              && census.getDayOfMonth() >= 15 && census.getDayOfMonth() <= 21;
        });
  }
}
