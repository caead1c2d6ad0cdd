package org.sendfunding.funding.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendfunding.funding.scenario.TinyDatasets.A;
import static org.sendfunding.funding.scenario.TinyDatasets.B;

import org.junit.jupiter.api.Test;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/** Worked examples of every built-in policy on the two-LA dataset (see {@link TinyDatasets#twoLas()}). */
class BuiltInPolicyTest {

  private static final FinancialYear Y1 = FinancialYear.parse("2026-27");
  private static final FinancialYear Y2 = FinancialYear.parse("2027-28");
  private static final FinancialYear Y3 = FinancialYear.parse("2028-29");

  private static ScenarioResult run(BuiltInPolicy policy) {
    return TinyDatasets.scenario(TinyDatasets.twoLas(), policy, TinyDatasets.flat(3)).run();
  }

  private static Money pounds(long pounds) {
    return Money.ofPounds(pounds);
  }

  @Test
  void todays_rules_roll_over_then_uplift_and_the_override_ends_in_march_2028() {
    ScenarioResult r = run(BuiltInPolicy.TODAYS_RULES);
    // 2026-27: allocation rolled over (uplift 0%): £10m. Transfer min(1%, 0.5% limit) × £100m = £500,000.
    assertThat(r.money(A.code(), Y1, Measure.HIGH_NEEDS_ALLOCATION)).isEqualTo(pounds(10_000_000));
    assertThat(r.money(A.code(), Y1, Measure.BLOCK_TRANSFER)).isEqualTo(pounds(500_000));
    // spend 220 × £50,000 = £11m; in year 10.5 − 11 = −£0.5m; closing −2 − 0.5 = −£2.5m, ring-fenced.
    assertThat(r.money(A.code(), Y1, Measure.IN_YEAR_BALANCE)).isEqualTo(pounds(-500_000));
    assertThat(r.money(A.code(), Y1, Measure.CLOSING_BALANCE)).isEqualTo(pounds(-2_500_000));
    assertThat(r.money(A.code(), Y1, Measure.RING_FENCED_DEFICIT)).isEqualTo(pounds(2_500_000));
    // 2027-28: uplift 3% (assumption parameter): £10.3m; closing −2.5 + 10.3 + 0.5 − 11 = −£2.7m.
    assertThat(r.money(A.code(), Y2, Measure.HIGH_NEEDS_ALLOCATION)).isEqualTo(pounds(10_300_000));
    assertThat(r.money(A.code(), Y2, Measure.CLOSING_BALANCE)).isEqualTo(pounds(-2_700_000));
    // 2028-29: £10.609m; closing −2.7 + 10.609 + 0.5 − 11 = −£2.591m, outside the override (ended 31 March 2028).
    assertThat(r.money(A.code(), Y3, Measure.CLOSING_BALANCE)).isEqualTo(pounds(-2_591_000));
    assertThat(r.money(A.code(), Y3, Measure.RING_FENCED_DEFICIT)).isEqualTo(Money.ZERO);
    assertThat(r.money(A.code(), Y3, Measure.GENERAL_FUND_DEFICIT)).isEqualTo(pounds(2_591_000));
    // B: 20 − (18 + 1) = +£1m a year on a £1m surplus.
    assertThat(r.money(B.code(), Y1, Measure.CLOSING_BALANCE)).isEqualTo(pounds(2_000_000));
    // Sufficiency gap A 2026-27: needs-led £11m − (£10m + £0.5m) = £0.5m.
    assertThat(r.money(A.code(), Y1, Measure.SUFFICIENCY_GAP)).isEqualTo(pounds(500_000));
  }

  @Test
  void ninety_percent_cover_pays_nine_tenths_of_the_deficit_at_march_2026_to_las_with_a_reform_plan() {
    ScenarioResult r = run(BuiltInPolicy.NINETY_PERCENT_COVER);
    // A's deficit at 31 March 2026 is £2m: 90% = £1.8m paid in 2026-27; closing −2 − 0.5 + 1.8 = −£0.7m.
    assertThat(r.money(A.code(), Y1, Measure.WRITE_OFF)).isEqualTo(pounds(1_800_000));
    assertThat(r.money(A.code(), Y1, Measure.CLOSING_BALANCE)).isEqualTo(pounds(-700_000));
    assertThat(r.money(B.code(), Y1, Measure.WRITE_OFF)).isEqualTo(Money.ZERO); // B is in surplus
    assertThat(r.money(A.code(), Y2, Measure.WRITE_OFF)).isEqualTo(Money.ZERO); // paid once

    Scenario noPlan = Scenario.builder().name("no plan").dataset(TinyDatasets.twoLas())
        .addOverlays(BuiltInPolicy.NINETY_PERCENT_COVER.overlay())
        .assumptions(Assumptions.builder().from(TinyDatasets.flat(3)).addWithoutReformPlan(A.code()).build()).build();
    assertThat(noPlan.run().money(A.code(), Y1, Measure.WRITE_OFF)).isEqualTo(Money.ZERO);
  }

  @Test
  void deficit_cancellation_writes_off_the_whole_accrued_deficit_without_conditions() {
    ScenarioResult r = run(BuiltInPolicy.DEFICIT_CANCELLATION);
    // £2m cancelled: closing −2 − 0.5 + 2 = −£0.5m.
    assertThat(r.money(A.code(), Y1, Measure.WRITE_OFF)).isEqualTo(pounds(2_000_000));
    assertThat(r.money(A.code(), Y1, Measure.CLOSING_BALANCE)).isEqualTo(pounds(-500_000));
  }

  @Test
  void three_year_settlement_guarantees_two_percent_a_year_on_its_base() {
    ScenarioResult r = run(BuiltInPolicy.THREE_YEAR_SETTLEMENT);
    // 2026-27: formula £10m (uplift 0%), guarantee £10m × 1.02 = £10.2m → £10.2m.
    assertThat(r.money(A.code(), Y1, Measure.GUARANTEED_ALLOCATION)).isEqualTo(pounds(10_200_000));
    assertThat(r.money(A.code(), Y1, Measure.HIGH_NEEDS_ALLOCATION)).isEqualTo(pounds(10_200_000));
    // 2027-28: formula £10.2m × 1.03 = £10.506m, guarantee £10m × 1.02² = £10.404m → £10.506m.
    assertThat(r.money(A.code(), Y2, Measure.GUARANTEED_ALLOCATION)).isEqualTo(pounds(10_404_000));
    assertThat(r.money(A.code(), Y2, Measure.HIGH_NEEDS_ALLOCATION)).isEqualTo(pounds(10_506_000));
    // 2028-29: formula £10.506m × 1.03 = £10.82118m, guarantee £10m × 1.02³ = £10.612080m.
    assertThat(r.money(A.code(), Y3, Measure.GUARANTEED_ALLOCATION)).isEqualTo(Money.ofPounds("10612080"));
    assertThat(r.money(A.code(), Y3, Measure.HIGH_NEEDS_ALLOCATION)).isEqualTo(Money.ofPounds("10821180"));
    // Indicative allocations published in advance: £10m indexed to 0% inflation.
    assertThat(r.money(A.code(), Y3, Measure.INDICATIVE_ALLOCATION)).isEqualTo(pounds(10_000_000));
  }

  @Test
  void national_banding_prices_placements_at_area_cost_adjusted_national_tariffs() {
    ScenarioComparison c = ScenarioComparison.of(run(BuiltInPolicy.TODAYS_RULES), run(BuiltInPolicy.NATIONAL_BANDING));
    // A: 220 × £28,000 × 1.0 = £6.16m instead of £11m: spends £4.84m less (a winner).
    assertThat(c.b().money(A.code(), Y1, Measure.PLACEMENT_SPEND)).isEqualTo(pounds(6_160_000));
    assertThat(c.money(A.code(), Y1, Measure.PLACEMENT_SPEND)).isEqualTo(pounds(-4_840_000));
    // B: 300 × £60,000 × 1.1 = £19.8m instead of £18m: spends £1.8m more (a loser).
    assertThat(c.money(B.code(), Y1, Measure.PLACEMENT_SPEND)).isEqualTo(pounds(1_800_000));
    assertThat(c.national(Y1, Measure.PLACEMENT_SPEND)).isEqualTo(pounds(-3_040_000));
    assertThat(c.changes(Y1, Measure.CLOSING_BALANCE)).containsExactly(
        java.util.Map.entry(A, pounds(4_840_000)), java.util.Map.entry(B, pounds(-1_800_000)));
  }

  @Test
  void higher_funding_floor_lifts_every_allocation_by_at_least_five_percent() {
    ScenarioResult r = run(BuiltInPolicy.HIGHER_FUNDING_FLOOR);
    // 2026-27: formula £10m (0% uplift) lifted to the floor £10m × 1.05 = £10.5m.
    assertThat(r.money(A.code(), Y1, Measure.HIGH_NEEDS_ALLOCATION)).isEqualTo(pounds(10_500_000));
    // 2027-28: formula £10.5m × 1.03 = £10.815m is below the floor £11.025m.
    assertThat(r.money(A.code(), Y2, Measure.HIGH_NEEDS_ALLOCATION)).isEqualTo(pounds(11_025_000));
  }

  @Test
  void block_transfer_limits_cap_the_las_request() {
    // A asks for 1% of £100m; the limit raised to 1.5% lets all of it through; no transfers stops it.
    assertThat(run(BuiltInPolicy.BLOCK_TRANSFER_LIMIT_RAISED).money(A.code(), Y1, Measure.BLOCK_TRANSFER)).isEqualTo(pounds(1_000_000));
    assertThat(run(BuiltInPolicy.NO_BLOCK_TRANSFERS).money(A.code(), Y1, Measure.BLOCK_TRANSFER)).isEqualTo(Money.ZERO);
  }

  @Test
  void every_built_in_policy_runs_on_the_england_dataset_and_is_flagged_illustrative() {
    for (BuiltInPolicy p : BuiltInPolicy.values()) {
      ScenarioResult r = p.scenario(org.sendfunding.funding.dataset.FundingDataset.england()).run();
      assertThat(r.illustrative()).as(p.name()).isTrue();
      assertThat(r.toCsv()).as(p.name()).contains(",true,");
      assertThat(r.authorities()).hasSize(153);
    }
  }
}
