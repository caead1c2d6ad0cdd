package org.sendfunding.data.england;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Figures as published in the embedded tables, looked up by measure, area and period. */
class EnglandStatisticsTest {

  private static final EnglandStatistics E = EnglandStatistics.england();

  @Test
  void halton_january_2025_plans_by_placement_as_published() {
    // "Education, health and care plans" 2025, Halton (876), January 2025.
    Figure plans = E.figure(Measure.EHC_PLANS, Area.la(876), Period.january(2025));
    assertThat(plans.value()).contains(new BigDecimal("1712"));
    assertThat(plans.isReal()).isTrue();
    assertThat(plans.publication()).isEqualTo(Publication.EHCP_2025);
    assertThat(E.figure(Measure.SPECIAL_INDEPENDENT, Area.la(876), Period.january(2025)).value()).contains(new BigDecimal("101"));
  }

  @Test
  void ees_symbols_are_reasons_never_zero() {
    // EHC plans did not exist in January 2010: published as "z".
    Figure z = E.figure(Measure.EHC_PLANS, Area.la(876), Period.january(2010));
    assertThat(z.value()).isEmpty();
    assertThat(z.reason()).contains(NotAvailable.NOT_APPLICABLE);
    assertThat(z.isReal()).isFalse();
    assertThatThrownBy(z::number).isInstanceOf(IllegalStateException.class).hasMessageContaining("not applicable");
    // Cambridgeshire's January 2025 placements were not reported: "x".
    assertThat(E.figure(Measure.MAINSTREAM_TOTAL, Area.la(873), Period.january(2025)).reason()).contains(NotAvailable.UNAVAILABLE);
    // A period a table does not cover is "not published", not zero.
    assertThat(E.figure(Measure.EHC_PLANS, Area.la(876), Period.january(2009)).reason()).contains(NotAvailable.NOT_PUBLISHED);
  }

  @Test
  void statements_before_2019_from_the_2022_release() {
    Figure f = E.figure(Measure.STATEMENTS, Area.la(876), Period.january(2010));
    assertThat(f.value()).contains(new BigDecimal("554"));
    assertThat(f.publication()).isEqualTo(Publication.EHCP_2022);
  }

  @Test
  void dsg_balance_rows_are_joined_by_name_to_dfe_codes() {
    // The balance table names its rows; Dorset in 2019-20 is the new Dorset (838), Northamptonshire (928) the old county.
    assertThat(E.figure(Measure.BALANCE_PCT_OF_INCOME, Area.la(838), Period.financialYear("2019-20")).value())
        .contains(new BigDecimal("-8.82"));
    assertThat(E.figure(Measure.BALANCE_PCT_OF_INCOME, Area.la(928), Period.financialYear("2020-21")).value())
        .contains(new BigDecimal("0.85"));
    assertThat(E.figure(Measure.BALANCE_PCT_OF_INCOME, Area.la(940), Period.financialYear("2021-22")).value())
        .contains(new BigDecimal("0.82"));
  }

  @Test
  void periods_and_breakdowns() {
    assertThat(E.periods(Measure.EHC_PLANS)).hasSize(16).first().isEqualTo(Period.january(2010));
    assertThat(E.periods(Measure.FLOWS_NEW_EHC_PLANS)).containsExactly(Period.calendarYear(2019), Period.calendarYear(2020),
        Period.calendarYear(2021), Period.calendarYear(2022), Period.calendarYear(2023), Period.calendarYear(2024));
    assertThat(E.periods(Measure.BENCH_POP_2_18_ONS_MID2021_PROJECTION)).containsExactly(Period.financialYear("2021-22"));
    assertThat(E.breakdowns(Measure.AGE_EHC_PLANS)).contains("age 10");
    assertThat(E.figure(Measure.AGE_EHC_PLANS, Area.ENGLAND, Period.january(2024), "age 10").value())
        .contains(new BigDecimal("38631"));
  }

  @Test
  void all_series_of_one_la_for_a_per_la_report() {
    assertThat(E.allSeries(876)).extracting(Series::measure).contains(Measure.EHC_PLANS, Measure.HNB_TOTAL_BEFORE_DEDUCTIONS);
    // Statements and plans together are in the 2022 release only (to January 2022); plans alone to 2025.
    Series s = E.series(876, Measure.STATEMENTS_AND_EHC_PLANS);
    assertThat(s.figures()).hasSize(16);
    assertThat(s.latestReal()).contains(Period.january(2022));
    assertThat(E.series(876, Measure.EHC_PLANS).latestReal()).contains(Period.january(2025));
  }

  @Test
  void period_parses_its_printed_form() {
    for (Period p : new Period[] {Period.january(2025), Period.calendarYear(2024), Period.financialYear("2023-24")}) {
      assertThat(Period.parse(p.toString())).isEqualTo(p);
    }
    assertThatThrownBy(() -> Period.parse("Jan 2025")).hasMessageContaining("'Jan 2025'");
  }
}
