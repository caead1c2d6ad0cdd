package org.sendfunding.funding.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.scenario.BuiltInPolicy;
import org.sendfunding.funding.scenario.Measure;
import org.sendfunding.funding.scenario.ScenarioResult;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/** An LA planner swaps in its own figures through the same loaders the embedded dataset uses. */
class OwnFiguresTest {

  private static final String NATIONAL = String.join(",", DatasetCsv.NATIONAL_COLUMNS) + "\n";
  private static final String PANEL = String.join(",", DatasetCsv.PANEL_COLUMNS) + "\n"
      + "876,Halton,2025-26,real," + String.join(";", DatasetCsv.PANEL_VALUE_COLUMNS)
      + ",25000,4000,3500,600,700,220,870,300,10000000.00,1.0000,0,0.00,27000000.00,29267000.00,117833000.00,0,0.00,-3000000.00\n";
  private static final String CASELOAD = String.join(",", DatasetCsv.CASELOAD_COLUMNS) + "\n"
      + "876,2025-26,MAINTAINED_SPECIAL,300,30000.00,real\n"
      + "876,2025-26,INDEPENDENT_SPECIAL,40,64000.00,real\n";
  private static final String VALVES = String.join(",", DatasetCsv.SAFETY_VALVE_COLUMNS) + "\n";

  @Test
  void an_las_own_real_figures_run_as_a_scenario_without_the_illustrative_flag() {
    FundingDataset mine = FundingDataset.readCsv("halton", new StringReader(NATIONAL), new StringReader(PANEL),
        new StringReader(CASELOAD), new StringReader(VALVES), LocalAuthorities.england());
    assertThat(mine.illustrative()).isFalse();
    ScenarioResult r = BuiltInPolicy.TODAYS_RULES.scenario(mine).run();
    assertThat(r.illustrative()).isFalse();
    // 2026-27 rollover: £29.267m; spend (300 × £30,000 + 40 × £64,000) × 1.08 growth × 1.03 inflation
    // = 324 × £30,900 + 43 × £65,920 (counts rounded half up) = £10,011,600 + £2,834,560 = £12,846,160.
    FinancialYear y = FinancialYear.parse("2026-27");
    assertThat(r.money(876, y, Measure.HIGH_NEEDS_ALLOCATION)).isEqualTo(Money.ofPounds(29_267_000));
    assertThat(r.money(876, y, Measure.PLACEMENT_SPEND)).isEqualTo(Money.ofPounds(12_846_160));
  }

  @Test
  void problems_in_every_file_are_reported_together() {
    String badNational = NATIONAL + "high_needs_total,2025-26,lots,gbp,Title,,https://x,\n";
    String badCaseload = CASELOAD + "876,2025-26,MAINTAINED_SPECIAL,1,1.00,real\n";
    assertThatThrownBy(() -> FundingDataset.readCsv("halton", new StringReader(badNational), new StringReader(PANEL),
            new StringReader(badCaseload), new StringReader(VALVES), LocalAuthorities.england()))
        .isInstanceOf(DatasetException.class)
        .satisfies(e -> assertThat(((DatasetException) e).messages()).containsExactly(
            "halton/national-series.csv line 2 column value: 'lots' is not a decimal number",
            "halton/caseload.csv line 4 column setting_type: MAINTAINED_SPECIAL appears twice for LA 876"));
  }
}
