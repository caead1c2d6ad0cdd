package org.sendfunding.funding.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sendfunding.funding.certainty.CertaintyMeasures;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * Every figure's explanation, worked by hand on {@link TinyDatasets#twoLas()} with flat assumptions
 * (no growth, no inflation, no random data change).
 *
 * <p>Halton (A): allocation £10m; today's rules roll 2026-27 over (uplift 0%) and add the 3% uplift
 * in 2027-28: £10m then £10.3m. Block transfer: the smaller of its 1% request and the 0.5% limit ×
 * £100m = £500,000. Spend: 220 maintained special places × £50,000 = £11m, no other spend.
 * 2026-27: income £10.5m, in-year −£0.5m, closing −£2m − £0.5m = −£2.5m.
 * 2027-28: income £10.8m, in-year −£0.2m, closing −£2.7m; sufficiency gap £11m − £10.3m − £0.5m = £0.2m.
 */
class ScenarioExplanationTest {

  private static final FinancialYear Y1 = FinancialYear.parse("2026-27");
  private static final FinancialYear Y2 = FinancialYear.parse("2027-28");
  private static final int A = TinyDatasets.A.code();
  private static final int B = TinyDatasets.B.code();

  private static ScenarioResult run(BuiltInPolicy policy, int years) {
    return TinyDatasets.scenario(TinyDatasets.twoLas(), policy, TinyDatasets.flat(years)).run();
  }

  private static final ScenarioResult TODAY = run(BuiltInPolicy.TODAYS_RULES, 2);

  private static String text(ScenarioResult r, FinancialYear y, Measure m) {
    return r.explain(A, y, m).toText();
  }

  @Test
  void explanations_on_the_england_panel_carry_each_field_provenance() {
    ScenarioResult england = BuiltInPolicy.TODAYS_RULES.scenario(
        org.sendfunding.funding.dataset.FundingDataset.england().restrictedTo(java.util.List.of(876))).run();
    Explanation e = england.explain(876, FinancialYear.parse("2026-27"), Measure.CLOSING_BALANCE);
    assertThat(e.inputs().get("provenance of dsg_balance")).startsWith("illustrative: the real balance at 31 March 2022");
    assertThat(e.inputs().get("provenance of high_needs_allocation")).startsWith("derived: the high-needs NFF of 2025-26");
    Explanation t = england.explain(876, FinancialYear.parse("2026-27"), Measure.BLOCK_TRANSFER);
    assertThat(t.inputs().get("provenance of schools_block")).startsWith("real (Dedicated schools grant").endsWith("2023-24)");
  }

  @Test
  void an_annual_allocation_names_the_settlement_rule_its_inputs_and_parameters() {
    Explanation e = TODAY.explain(A, Y2, Measure.HIGH_NEEDS_ALLOCATION);
    assertThat(e.rule()).isEqualTo("Annual settlement: last year's allocation × (1 + uplift + LA data change), held between the floor"
        + " and the gains cap per head of population aged 2-18 (Halton (876), 2027-28)");
    assertThat(e.amount()).contains(Money.ofPounds(10_300_000));
    assertThat(e.inputs()).containsEntry("data", "panel two LAs: per-field provenance below")
        .containsEntry("provenance of high_needs_allocation", "illustrative: not marked real or derived in the panel file")
        .containsEntry("previous allocation", "£10,000,000.00").containsEntry("LA data change", "0%")
        .containsEntry("population aged 2-18", "10000 → 10000");
    assertThat(e.toText()).contains("parameter settlement.annual.national_uplift = 3% (from 2027-04-01",
        "parameter settlement.annual.floor = 0%", "parameter settlement.annual.gains_cap = 10%",
        "parameter highneeds.allocation.method = rollover", "parameter settlement.multi_year.kind = annual");
    // The first year's previous allocation is the dataset's base allocation.
    assertThat(TODAY.explain(A, Y1, Measure.HIGH_NEEDS_ALLOCATION).inputs()).containsEntry("previous allocation", "£10,000,000.00");
    assertThat(TODAY.explain(B, Y2, Measure.HIGH_NEEDS_ALLOCATION).inputs()).containsEntry("previous allocation", "£20,000,000.00")
        .containsEntry("population aged 2-18", "20000 → 20000");
    assertThat(text(TODAY, Y2, Measure.INDICATIVE_ALLOCATION))
        .startsWith("Known in advance under an annual settlement: last year's cash (Halton (876), 2027-28) = £10,000,000.00");
    assertThat(text(TODAY, Y2, Measure.GUARANTEED_ALLOCATION))
        .startsWith("Guaranteed minimum under an annual settlement: the floor on last year's allocation (Halton (876), 2027-28) = £10,000,000.00");
  }

  /** Three-year settlement guaranteeing 2%: £10m × 1.02 = £10.2m, then formula £10.2m × 1.03 = £10.506m above the £10.404m guarantee. */
  @Test
  void a_multi_year_allocation_explains_the_guarantee_and_the_indicative_figure() {
    ScenarioResult r = run(BuiltInPolicy.THREE_YEAR_SETTLEMENT, 2);
    assertThat(text(r, Y1, Measure.HIGH_NEEDS_ALLOCATION)).startsWith("Multi-year settlement: formula result (last year's allocation × (1 + uplift"
        + " + LA data change), held between floor and gains cap per head), never below the guaranteed minimum (Halton (876), 2026-27) = £10,200,000.00");
    assertThat(r.explain(A, Y2, Measure.HIGH_NEEDS_ALLOCATION).inputs()).containsEntry("previous allocation", "£10,200,000.00");
    assertThat(r.explain(A, Y2, Measure.HIGH_NEEDS_ALLOCATION).amount()).contains(Money.ofPounds(10_506_000));
    assertThat(text(r, Y2, Measure.INDICATIVE_ALLOCATION)).startsWith("Indicative allocation published at the start of the settlement: its base"
        + " allocation, indexed to inflation when the settlement says so (Halton (876), 2027-28) = £10,000,000.00");
    assertThat(text(r, Y2, Measure.GUARANTEED_ALLOCATION)).startsWith("Guaranteed minimum: the settlement's base allocation × (1 + guaranteed"
        + " minimum) for each year of the settlement (Halton (876), 2027-28) = £10,404,000.00")
        .contains("parameter settlement.multi_year.kind = multi_year (from 2026-04-01", "parameter settlement.multi_year.guaranteed_minimum = 2%");
  }

  @Test
  void block_transfer_safety_valve_and_write_off_show_their_inputs() {
    Explanation transfer = TODAY.explain(A, Y2, Measure.BLOCK_TRANSFER);
    assertThat(transfer.rule()).isEqualTo("Block transfer: schools block × the smaller of the LA's requested share and the limit in force (Halton (876), 2027-28)");
    assertThat(transfer.amount()).contains(Money.ofPounds(500_000)); // 0.5% × £100m
    assertThat(transfer.inputs()).containsEntry("schools block (inflated)", "£100,000,000.00").containsEntry("requested share", "1%")
        .containsEntry("limit", "0.5%");
    assertThat(transfer.toText()).contains("parameter dsg.block_transfer_limit = 0.5%");
    assertThat(TODAY.explain(B, Y2, Measure.BLOCK_TRANSFER).inputs()).containsEntry("requested share", "0%")
        .containsEntry("schools block (inflated)", "£200,000,000.00");

    Explanation valve = TODAY.explain(A, Y1, Measure.SAFETY_VALVE);
    assertThat(valve.rule()).isEqualTo("Safety-valve instalments due this year, paid when their conditions are met (Halton (876), 2026-27)");
    assertThat(valve.inputs()).containsEntry("conditions met (assumption)", "true").containsEntry("agreement", "none");
    assertThat(valve.amount()).contains(Money.ZERO);

    Explanation none = TODAY.explain(A, Y1, Measure.WRITE_OFF);
    assertThat(none.rule()).isEqualTo("Government write-off (none): share of the deficit accrued to 2026-03-31, paid in 2026-27 (Halton (876), 2026-27)");
    assertThat(none.inputs()).containsEntry("balance at accrual date", "-£2,000,000.00").containsEntry("share", "0%")
        .containsEntry("reform plan approved", "true");

    // 90% cover of the £2m deficit accrued to 31 March 2026, paid in 2026-27 only: £1.8m then nothing.
    ScenarioResult cover = run(BuiltInPolicy.NINETY_PERCENT_COVER, 2);
    Explanation paid = cover.explain(A, Y1, Measure.WRITE_OFF);
    assertThat(paid.rule()).isEqualTo("Government write-off (cover_accrued): share of the deficit accrued to 2026-03-31, paid in 2026-27,"
        + " if a local SEND reform plan is approved (Halton (876), 2026-27)");
    assertThat(paid.amount()).contains(Money.ofPounds(1_800_000));
    assertThat(paid.inputs()).containsEntry("share", "90%").containsEntry("balance at accrual date", "-£2,000,000.00");
    assertThat(paid.toText()).contains("parameter deficit.write_off.share = 90%", "parameter deficit.write_off.requires_reform_plan = true");
    assertThat(cover.explain(A, Y2, Measure.WRITE_OFF).amount()).contains(Money.ZERO);
    // B has a £1m surplus: nothing to cover.
    assertThat(cover.explain(B, Y1, Measure.WRITE_OFF).amount()).contains(Money.ZERO);
  }

  @Test
  void income_spend_and_balances_are_built_from_child_explanations_that_add_up() {
    Explanation income = TODAY.explain(A, Y2, Measure.TOTAL_INCOME);
    assertThat(income.rule()).isEqualTo("Total income: allocation + block transfer + safety valve + write-off (Halton (876), 2027-28)");
    assertThat(income.amount()).contains(Money.ofPounds(10_800_000)); // £10.3m + £0.5m
    assertThat(income.children()).hasSize(4);
    assertThat(income.childrenTotal()).isEqualTo(Money.ofPounds(10_800_000));

    Explanation placements = TODAY.explain(A, Y1, Measure.PLACEMENT_SPEND);
    assertThat(placements.rule()).isEqualTo("Placement spend: pupils with EHC plans × unit cost, by setting type, costed at local bands (Halton (876), 2026-27)");
    assertThat(placements.children()).hasSize(1); // only maintained special places; empty settings are left out
    Explanation special = placements.children().get(0);
    assertThat(special.rule()).isEqualTo("Maintained special school: pupils × unit cost (base-year cost inflated each year)");
    assertThat(special.amount()).contains(Money.ofPounds(11_000_000)); // 220 × £50,000
    assertThat(special.inputs()).containsEntry("pupils", "220").containsEntry("unit cost", "£50,000.00").containsEntry("inflation a year", "0%");
    assertThat(placements.toText()).contains("parameter consistency.national_banding.mode = local");

    Explanation other = TODAY.explain(B, Y1, Measure.OTHER_SPEND);
    assertThat(other.rule()).isEqualTo("Other high-needs spend: the base year's figure inflated each year (Warrington (877), 2026-27)");
    assertThat(other.amount()).contains(Money.ofPounds(1_000_000));
    assertThat(other.inputs()).containsEntry("inflation a year", "0%");

    Explanation spend = TODAY.explain(B, Y1, Measure.TOTAL_SPEND);
    assertThat(spend.rule()).isEqualTo("Total spend: placements + other high-needs spend (Warrington (877), 2026-27)");
    assertThat(spend.amount()).contains(Money.ofPounds(19_000_000)); // 300 × £60,000 + £1m
    assertThat(spend.childrenTotal()).isEqualTo(Money.ofPounds(19_000_000));
    assertThat(TODAY.explain(A, Y1, Measure.NEEDS_LED_COST).rule())
        .isEqualTo("Needs-led cost of meeting every assessed need: placements + other high-needs spend (Halton (876), 2026-27)");

    assertThat(TODAY.explain(A, Y1, Measure.OPENING_BALANCE).rule())
        .isEqualTo("Opening DSG balance: the dataset's balance at the end of the base year (Halton (876))");
    Explanation opening = TODAY.explain(A, Y2, Measure.OPENING_BALANCE);
    assertThat(opening.rule()).isEqualTo("Opening DSG balance: last year's closing balance (Halton (876), 2027-28)");
    assertThat(opening.amount()).contains(Money.ofPounds(-2_500_000));

    Explanation inYear = TODAY.explain(A, Y2, Measure.IN_YEAR_BALANCE);
    assertThat(inYear.rule()).isEqualTo("In-year balance: income − spend (Halton (876), 2027-28)");
    assertThat(inYear.children()).extracting(Explanation::amount)
        .containsExactly(java.util.Optional.of(Money.ofPounds(10_800_000)), java.util.Optional.of(Money.ofPounds(-11_000_000)));
    assertThat(inYear.children().get(1).rule()).isEqualTo("minus: Total spend: placements + other high-needs spend (Halton (876), 2027-28)");
    assertThat(inYear.amount()).contains(Money.ofPounds(-200_000));

    Explanation closing = TODAY.explain(A, Y2, Measure.CLOSING_BALANCE);
    assertThat(closing.rule()).isEqualTo("Closing DSG balance: opening + income − spend (Halton (876), 2027-28)");
    assertThat(closing.children()).hasSize(3);
    assertThat(closing.childrenTotal()).isEqualTo(Money.ofPounds(-2_700_000)); // −£2.5m + £10.8m − £11m
    assertThat(closing.amount()).contains(Money.ofPounds(-2_700_000));

    Explanation gap = TODAY.explain(A, Y2, Measure.SUFFICIENCY_GAP);
    assertThat(gap.rule()).isEqualTo("Sufficiency gap: needs-led cost − (allocation + block transfer) (Halton (876), 2027-28)");
    assertThat(gap.children()).hasSize(3);
    assertThat(gap.childrenTotal()).isEqualTo(Money.ofPounds(200_000));
    assertThat(gap.children().get(2).rule()).startsWith("minus: Block transfer:");
    assertThat(gap.children().get(2).amount()).contains(Money.ofPounds(-500_000));
  }

  @Test
  void deficits_cite_the_statutory_override_and_say_whether_it_is_in_force() {
    Explanation ring = TODAY.explain(A, Y2, Measure.RING_FENCED_DEFICIT);
    assertThat(ring.rule()).isEqualTo("Deficit held in the ring-fenced DSG account: the statutory override is in force at 31 March (Halton (876), 2027-28)");
    assertThat(ring.amount()).contains(Money.ofPounds(2_700_000));
    assertThat(ring.inputs()).containsEntry("closing balance", "-£2,700,000.00").containsEntry("override in force at 2028-03-31", "true");
    assertThat(ring.source()).isPresent();
    assertThat(ring.source().get().title()).isEqualTo("SI 2020/1212, regulation 30L (statutory override), as extended");
    assertThat(ring.toText()).contains("parameter deficit.statutory_override = true");

    Explanation general = TODAY.explain(A, Y2, Measure.GENERAL_FUND_DEFICIT);
    assertThat(general.rule()).isEqualTo("Deficit outside the statutory override: it falls on the council's general fund or central government (Halton (876), 2027-28)");
    assertThat(general.amount()).contains(Money.ZERO);
    assertThat(general.source()).isPresent();
  }

  @Test
  void counts_and_per_unit_figures_explain_their_division() {
    Explanation pupils = TODAY.explain(A, Y1, Measure.EHCP_PUPILS);
    assertThat(pupils.rule()).isEqualTo("Pupils with EHC plans: last year's count by setting type × (1 + caseload growth) (Halton (876), 2026-27)");
    assertThat(pupils.result()).isEqualTo("220");
    assertThat(pupils.amount()).isEmpty(); // a count, not money
    assertThat(pupils.inputs()).containsEntry("caseload growth (assumption)", "0%").containsEntry("Maintained special school", "220")
        .containsEntry("Independent special school", "0").hasSize(12); // data, growth and ten setting types

    Explanation population = TODAY.explain(B, Y1, Measure.POPULATION_2_18);
    assertThat(population.rule()).isEqualTo("Population aged 2-18: base year × (1 + population growth) each year (Warrington (877), 2026-27)");
    assertThat(population.result()).isEqualTo("20000");
    assertThat(population.inputs()).containsEntry("population growth (assumption)", "0%");

    // £10.3m ÷ 10,000 = £1,030.00
    Explanation perHead = TODAY.explain(A, Y2, Measure.FUNDING_PER_HEAD_2_18);
    assertThat(perHead.rule()).isEqualTo("High-needs funding per head aged 2-18: allocation ÷ population aged 2-18, half up to the penny (Halton (876), 2027-28)");
    assertThat(perHead.amount()).contains(Money.ofPounds("1030.00"));
    assertThat(perHead.inputs()).containsEntry("allocation", "£10,300,000.00").containsEntry("population aged 2-18", "10000");

    // £10m ÷ 220 = £45,454.5454… → £45,454.55; £10.3m ÷ 220 = £46,818.1818… → £46,818.18
    Explanation perPlan = TODAY.explain(A, Y1, Measure.FUNDING_PER_EHCP);
    assertThat(perPlan.rule()).isEqualTo("High-needs funding per EHC plan: allocation ÷ pupils with EHC plans, half up to the penny (Halton (876), 2026-27)");
    assertThat(perPlan.amount()).contains(Money.ofPounds("45454.55"));
    assertThat(perPlan.inputs()).containsEntry("pupils with EHC plans", "220").containsEntry("allocation", "£10,000,000.00");
    assertThat(TODAY.money(A, Y2, Measure.FUNDING_PER_EHCP)).isEqualTo(Money.ofPounds("46818.18"));
  }

  /** National banding costs A's places at the £28,000 maintained special tariff: 220 × £28,000 = £6.16m. */
  @Test
  void national_banding_costs_places_at_the_tariff_and_cites_it() {
    ScenarioResult r = run(BuiltInPolicy.NATIONAL_BANDING, 2);
    Explanation e = r.explain(A, Y1, Measure.PLACEMENT_SPEND);
    assertThat(e.rule()).isEqualTo("Placement spend: pupils with EHC plans × unit cost, by setting type, costed at national tariffs (Halton (876), 2026-27)");
    assertThat(e.amount()).contains(Money.ofPounds(6_160_000));
    assertThat(e.children().get(0).inputs()).containsEntry("unit cost", "£28,000.00");
    assertThat(e.children().get(0).toText()).contains("parameter consistency.national_tariff.maintained_special = £28,000.00",
        "parameter consistency.national_banding.area_cost_adjusted = true");
  }

  /**
   * National figures: per head (£10m + £20m) ÷ 30,000 = £1,000; per plan £30m ÷ 520 = £57,692.307… → £57,692.31,
   * and in 2027-28 £30.9m ÷ 520 = £59,423.076… → £59,423.08.
   */
  @Test
  void national_per_unit_figures_divide_national_sums_half_up() {
    assertThat(TODAY.national(Y1, Measure.FUNDING_PER_HEAD_2_18)).isEqualTo(Money.ofPounds("1000.00"));
    assertThat(TODAY.national(Y1, Measure.FUNDING_PER_EHCP)).isEqualTo(Money.ofPounds("57692.31"));
    assertThat(TODAY.national(Y2, Measure.FUNDING_PER_EHCP)).isEqualTo(Money.ofPounds("59423.08"));
    assertThat(TODAY.nationalValue(Y1, Measure.EHCP_PUPILS)).isEqualTo(520);
    assertThat(TODAY.national(Y2, Measure.HIGH_NEEDS_ALLOCATION)).isEqualTo(Money.ofPounds(30_900_000));
  }

  /**
   * Both LAs get £1,000 a head, so the per-head spread is nil. Per plan A gets £10m / 220 and B £20m / 300:
   * B over A = (20 × 220) / (300 × 10) = 4,400 / 3,000 = 1.4667, CV = (1.4667 − 1) / (1.4667 + 1) = 0.1892.
   * Surprise: 2026-27 nil; 2027-28 both got 3% more than last year's cash: 0.3 / 10.3 = 0.02913.
   */
  @Test
  void national_statistics_worked_by_hand() {
    assertThat(TODAY.statistic(Y1, NationalStatistic.CV_FUNDING_PER_HEAD)).isCloseTo(0.0, within(1e-12));
    assertThat(TODAY.statistic(Y1, NationalStatistic.MAX_MIN_FUNDING_PER_HEAD)).isCloseTo(1.0, within(1e-12));
    assertThat(TODAY.statistic(Y1, NationalStatistic.MAX_MIN_FUNDING_PER_EHCP)).isCloseTo(4400.0 / 3000, within(1e-9));
    assertThat(TODAY.statistic(Y1, NationalStatistic.CV_FUNDING_PER_EHCP)).isCloseTo((4400.0 / 3000 - 1) / (4400.0 / 3000 + 1), within(1e-9));
    assertThat(TODAY.statistic(Y1, NationalStatistic.MEAN_ABSOLUTE_SURPRISE)).isCloseTo(0.0, within(1e-12));
    assertThat(TODAY.statistic(Y2, NationalStatistic.MEAN_ABSOLUTE_SURPRISE)).isCloseTo(0.3 / 10.3, within(1e-12));
    assertThat(TODAY.statistic(Y2, NationalStatistic.ALLOCATION_CHANGE_SD)).isZero(); // both +3%
  }

  /**
   * A's allocations £10m (base), £10m, £10.3m against £10m, £10m known in advance: changes 0% and 3%
   * (mean 1.5%, sd 1.5%), surprise (0 + 0.3 / 10.3) / 2 = 1.456%. Under the three-year settlement:
   * £10m, £10.2m, £10.506m against £10m, £10m: changes 2% and 3% (mean 2.5%, sd 0.5%), surprise
   * (0.2 / 10.2 + 0.506 / 10.506) / 2 = 3.389%.
   */
  @Test
  void certainty_compares_final_allocations_with_what_was_known_in_advance() {
    CertaintyMeasures today = TODAY.certainty(A);
    assertThat(today.meanChange()).isCloseTo(0.015, within(1e-12));
    assertThat(today.volatility()).isCloseTo(0.015, within(1e-12));
    assertThat(today.meanAbsoluteSurprise()).isCloseTo(0.3 / 10.3 / 2, within(1e-12));
    CertaintyMeasures settled = run(BuiltInPolicy.THREE_YEAR_SETTLEMENT, 2).certainty(A);
    assertThat(settled.meanChange()).isCloseTo(0.025, within(1e-12));
    assertThat(settled.volatility()).isCloseTo(0.005, within(1e-12));
    assertThat(settled.meanAbsoluteSurprise()).isCloseTo((0.2 / 10.2 + 0.506 / 10.506) / 2, within(1e-12));
    assertThatThrownBy(() -> TODAY.certainty(999)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ScenarioResult: LA 999 is not in scenario 'Today's rules'");
  }

  @Test
  void asking_for_something_not_in_the_result_names_it() {
    assertThatThrownBy(() -> TODAY.explain(999, Y1, Measure.CLOSING_BALANCE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ScenarioResult: LA 999 is not in scenario 'Today's rules'");
    assertThatThrownBy(() -> TODAY.value(A, FinancialYear.parse("2030-31"), Measure.CLOSING_BALANCE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ScenarioResult: 2030-31 is not projected ([2026-27, 2027-28])");
    assertThatThrownBy(() -> TODAY.money(A, Y1, Measure.EHCP_PUPILS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ScenarioResult.money: EHCP_PUPILS is a COUNT");
    assertThatThrownBy(() -> TODAY.national(Y1, Measure.POPULATION_2_18)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ScenarioResult.national: POPULATION_2_18 is a COUNT");
    // The last LA in dataset order is found too.
    assertThat(TODAY.value(B, Y1, Measure.POPULATION_2_18)).isEqualTo(20_000);
  }

  /** Half up to the penny: 5p ÷ 2 = 2.5p → 3p; 4p ÷ 3 → 1p; negative amounts round away from zero. */
  @Test
  void divide_half_up_rounds_ties_away_from_zero() {
    assertThat(CompiledScenario.divideHalfUp(5, 2)).isEqualTo(3);
    assertThat(CompiledScenario.divideHalfUp(4, 3)).isEqualTo(1);
    assertThat(CompiledScenario.divideHalfUp(5, 3)).isEqualTo(2);
    assertThat(CompiledScenario.divideHalfUp(0, 7)).isEqualTo(0);
    assertThat(CompiledScenario.divideHalfUp(-5, 2)).isEqualTo(-3);
    assertThat(CompiledScenario.divideHalfUp(-4, 3)).isEqualTo(-1);
    assertThat(CompiledScenario.divideHalfUp(-1, 1)).isEqualTo(-1);
  }

  @Test
  void result_summary_names_the_scenario_its_span_and_the_illustrative_flag() {
    assertThat(TODAY.toString()).isEqualTo("ScenarioResult[Today's rules, 2 LAs, 2026-27 to 2027-28, ILLUSTRATIVE data]");
    assertThat(TODAY.illustrative()).isTrue();
  }
}
