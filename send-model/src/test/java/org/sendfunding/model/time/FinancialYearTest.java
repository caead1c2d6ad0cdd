package org.sendfunding.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

  @Test
  void runs_from_1_april_to_31_march_and_prints_as_dfe_does() {
    FinancialYear fy = FinancialYear.parse("2025-26");
    assertThat(fy.startYear()).isEqualTo(2025);
    assertThat(fy.start()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(fy.end()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(fy).hasToString("2025-26");
    assertThat(FinancialYear.of(1999)).hasToString("1999-00");
    assertThat(fy.next()).isEqualTo(FinancialYear.parse("2026-27"));
    assertThat(fy.previous()).isEqualTo(FinancialYear.parse("2024-25"));
    assertThat(fy.plusYears(5)).hasToString("2030-31");
  }

  @Test
  void contains_its_own_days_only() {
    FinancialYear fy = FinancialYear.parse("2025-26");
    assertThat(fy.contains(LocalDate.of(2025, 4, 1))).isTrue();
    assertThat(fy.contains(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(fy.contains(LocalDate.of(2025, 3, 31))).isFalse();
    assertThat(fy.contains(LocalDate.of(2026, 4, 1))).isFalse();
    assertThat(FinancialYear.containing(LocalDate.of(2025, 3, 31))).hasToString("2024-25");
    assertThat(FinancialYear.containing(LocalDate.of(2025, 4, 1))).hasToString("2025-26");
  }

  @Test
  void ranges_include_both_ends() {
    assertThat(FinancialYear.range(FinancialYear.of(2025), FinancialYear.of(2030)))
        .extracting(FinancialYear::toString)
        .containsExactly("2025-26", "2026-27", "2027-28", "2028-29", "2029-30", "2030-31");
    assertThatThrownBy(() -> FinancialYear.range(FinancialYear.of(2026), FinancialYear.of(2025)))
        .hasMessage("FinancialYear.range: 2026-27 is after 2025-26");
  }

  @Test
  void the_january_census_in_2025_26_is_the_third_thursday_of_january_2026() {
    assertThat(FinancialYear.parse("2025-26").januaryCensusDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    // Funding for 2025-26 uses the January 2025 census, held on Thursday 16 January 2025.
    assertThat(FinancialYear.parse("2024-25").januaryCensusDate()).isEqualTo(LocalDate.of(2025, 1, 16));
  }

  @Test
  void rejects_malformed_years_naming_the_text() {
    assertThatThrownBy(() -> FinancialYear.parse("2025/26"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FinancialYear: '2025/26' is not a financial year like 2025-26");
    assertThatThrownBy(() -> FinancialYear.parse("2025-27"))
        .hasMessage("FinancialYear: '2025-27' does not end the year after it starts (expected 2025-26)");
    assertThatThrownBy(() -> FinancialYear.of(1066))
        .hasMessage("FinancialYear.startYear: 1066 is outside 1900 to 2999");
  }

  @Test
  void print_then_parse_round_trips_and_every_date_is_in_exactly_one_year() {
    qt().withExamples(500)
        .forAll(integers().between(1900, 2998), integers().between(0, 365))
        .check((y, day) -> {
          FinancialYear fy = FinancialYear.of(y);
          LocalDate date = fy.start().plusDays(day);
          return FinancialYear.parse(fy.toString()).equals(fy)
              && FinancialYear.containing(date).equals(fy) == fy.contains(date)
              && (fy.contains(date) || fy.next().contains(date));
        });
  }
}
