package org.sendfunding.funding.highneeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendfunding.funding.highneeds.NffFixtures.CAMDEN;
import static org.sendfunding.funding.highneeds.NffFixtures.Y2025;
import static org.sendfunding.funding.highneeds.NffFixtures.halfPercentLa;
import static org.sendfunding.funding.highneeds.NffFixtures.national;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterException;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.time.FinancialYear;

/**
 * Worked examples of the high-needs NFF with the shipped 2025-26 parameters: floor 7% and gains cap
 * 10% per head of 2-18 population (HCWS264, 28 Nov 2024), basic entitlement £4,660 (unverified),
 * historic spend 50%, proxy shares 50/10/10/7.5/7.5/7.5/7.5 (unverified), import/export £6,000
 * (unverified). Factor shares and building blocks: DfE, "High needs national funding formula: technical
 * note", July 2020, "(C)-(I) Other proxy factors"; the parameter files under {@code parameters/highneeds}
 * cite each value.
 */
class HighNeedsNffTest {

  private final ParameterSet defaults = ParameterSet.defaults();

  private HighNeedsAllocation allocate(HighNeedsNffInput input) {
    return HighNeedsNff.DEFAULT.allocate(national(), input, defaults, Y2025);
  }

  @Test
  void basic_entitlement_is_rate_times_pupils_times_aca() {
    // £4,660 × 400 pupils × ACA 1.05 = £1,957,200
    HighNeedsAllocation a = allocate(halfPercentLa().areaCostAdjustment(Rate.of("1.05")).build());
    assertThat(a.basicEntitlement()).isEqualTo(Money.ofPounds(1_957_200));
  }

  @Test
  void historic_spend_is_half_of_2017_18_planned_spend() {
    assertThat(allocate(halfPercentLa().build()).historicSpend()).isEqualTo(Money.ofPounds(5_100_000));
  }

  @Test
  void each_proxy_factor_pays_the_las_share_of_its_pot() {
    // 0.5% of each factor pot of a £1bn proxy pot: 50% -> £500m -> £2.5m; 10% -> £100m -> £0.5m; 7.5% -> £375k
    HighNeedsAllocation a = allocate(halfPercentLa().build());
    assertThat(a.proxyFactors().get(ProxyFactor.POPULATION)).isEqualTo(Money.ofPounds(2_500_000));
    assertThat(a.proxyFactors().get(ProxyFactor.FREE_SCHOOL_MEALS)).isEqualTo(Money.ofPounds(500_000));
    assertThat(a.proxyFactors().get(ProxyFactor.IDACI)).isEqualTo(Money.ofPounds(500_000));
    assertThat(a.proxyFactors().get(ProxyFactor.KS2_LOW_ATTAINMENT)).isEqualTo(Money.ofPounds(375_000));
    assertThat(a.proxyFactors().get(ProxyFactor.KS4_LOW_ATTAINMENT)).isEqualTo(Money.ofPounds(375_000));
    assertThat(a.proxyFactors().get(ProxyFactor.BAD_HEALTH)).isEqualTo(Money.ofPounds(375_000));
    assertThat(a.proxyFactors().get(ProxyFactor.DISABILITY_LIVING_ALLOWANCE)).isEqualTo(Money.ofPounds(375_000));
    assertThat(a.proxyFactorsTotal()).isEqualTo(Money.ofPounds(5_000_000));
  }

  @Test
  void area_cost_adjustment_weights_the_proxy_indicators() {
    // population 50,000 × 1.05 = 52,500 of a national ACA-weighted 10,000,000: 0.525% of £500m
    HighNeedsAllocation a = allocate(halfPercentLa().areaCostAdjustment(Rate.of("1.05")).build());
    assertThat(a.proxyFactors().get(ProxyFactor.POPULATION)).isEqualTo(Money.ofPounds(2_625_000));
  }

  @Test
  void import_export_is_rate_times_net_imported_pupils() {
    assertThat(allocate(halfPercentLa().build()).importExport()).isEqualTo(Money.ofPounds(-60_000));
    assertThat(allocate(halfPercentLa().netImportedPupils(3).build()).importExport()).isEqualTo(Money.ofPounds(18_000));
  }

  @Test
  void floor_lifts_an_la_at_plus_1_percent_per_head_to_exactly_plus_7_percent() {
    // historic £5.1m + proxies £5.0m = £10.1m against a £10.0m baseline, same population: +1% per head.
    // Floor 7% (HCWS264): minimum £10,700,000, so the floor adds £600,000.
    HighNeedsAllocation a = allocate(halfPercentLa().build());
    assertThat(a.floorAdjustment()).isEqualTo(Money.ofPounds(600_000));
    assertThat(a.perHeadChange()).contains(Percentage.of("7"));
    // £1,864,000 + £5,100,000 + £5,000,000 - £60,000 = £11,904,000 before the floor; + £600,000 + £250,000 hospital
    assertThat(a.preFloorTotal()).isEqualTo(Money.ofPounds(11_904_000));
    assertThat(a.finalAllocation()).isEqualTo(Money.ofPounds(12_754_000));
  }

  @Test
  void floor_is_per_head_so_a_growing_population_raises_it() {
    // baseline £9,800,000 for 49,000 (£200 a head); now 50,000 at £202 a head: +1%.
    // minimum = £200 × 1.07 × 50,000 = £10,700,000.
    HighNeedsAllocation a = allocate(halfPercentLa()
        .floorBaseline(Money.ofPounds(9_800_000)).floorBaselinePopulation2To18(49_000).build());
    assertThat(a.floorAdjustment()).isEqualTo(Money.ofPounds(600_000));
    assertThat(a.perHeadChange()).contains(Percentage.of("7"));
  }

  @Test
  void gains_cap_holds_an_la_at_plus_15_percent_to_plus_10_percent() {
    // historic £6.5m + proxies £5.0m = £11.5m against £10.0m: +15%; cap 10% (HCWS264) -> £11,000,000
    HighNeedsAllocation a = allocate(halfPercentLa().historicSpendBaseline(Money.ofPounds(13_000_000)).build());
    assertThat(a.floorAdjustment()).isEqualTo(Money.ofPounds(-500_000));
    assertThat(a.perHeadChange()).contains(Percentage.of("10"));
  }

  @Test
  void between_floor_and_cap_nothing_changes() {
    // £10.1m against £9.3m: +8.6022% per head, between 7% and 10%
    HighNeedsAllocation a = allocate(halfPercentLa().floorBaseline(Money.ofPounds(9_300_000)).build());
    assertThat(a.floorAdjustment()).isEqualTo(Money.ZERO);
    assertThat(a.perHeadChange()).contains(Percentage.of("8.6022"));
  }

  @Test
  void explanation_names_rule_inputs_and_cited_parameters_and_sums_to_the_allocation() {
    HighNeedsAllocation a = allocate(halfPercentLa().build());
    Explanation e = a.explanation();
    assertThat(e.childrenTotal()).isEqualTo(a.finalAllocation());
    String text = e.toText();
    assertThat(text).contains("(J) funding floor: raised to +7% per head of 2-18 population");
    assertThat(text).contains("parameter highneeds.nff.floor = 7% (from 2025-04-01)");
    assertThat(text).contains("School Funding: Provisional 2025-26 Allocations (HCWS264)");
    assertThat(text).contains("parameter highneeds.nff.basic_entitlement = £4,660.00 (from 2022-04-01, UNVERIFIED)");
    assertThat(text).contains("input change per head before floor and cap: 1%");
  }

  @Test
  void fast_path_gives_the_same_figures() {
    ImmutableList<HighNeedsNffInput> panel = NffFixtures.randomPanel(7, 40, FinancialYear.of(2024));
    HighNeedsNffNational nat = HighNeedsNffNational.fromInputs(panel, Money.ofPounds(4_000_000_000L));
    HighNeedsNffFigures f = HighNeedsNff.DEFAULT.computeFigures(nat, panel, HighNeedsNffRules.resolve(defaults, Y2025));
    HighNeedsNffResult r = HighNeedsNff.DEFAULT.allocate(nat, panel, defaults, Y2025);
    for (int i = 0; i < panel.size(); i++) {
      assertThat(f.finalAllocation(i)).isEqualTo(r.allocations().get(i).finalAllocation());
    }
    assertThat(f.total()).isEqualTo(r.total());
    assertThat(r.gainsCapApplied()).contains(Percentage.of("10"));
  }

  @Test
  void rollover_year_is_previous_allocation_plus_rolled_in_grants() {
    // 2026-27: the NFF paused; method parameter highneeds.allocation.method = rollover (NASUWT; statement 17 Dec 2025)
    HighNeedsAllocation a = HighNeedsNff.DEFAULT.allocate(national(),
        halfPercentLa().floorBaselineYear(FinancialYear.of(2025))
            .previousAllocation(Money.ofPounds(12_754_000)).rolledInGrants(Money.ofPounds(310_000)).build(),
        defaults, FinancialYear.of(2026));
    assertThat(a.method()).isEqualTo(AllocationMethod.ROLLOVER);
    assertThat(a.finalAllocation()).isEqualTo(Money.ofPounds(13_064_000));
    assertThat(a.perHeadChange()).isEmpty();
    assertThat(a.explanation().childrenTotal()).isEqualTo(a.finalAllocation());
    assertThat(a.explanation().toText()).contains("parameter highneeds.allocation.method = rollover (from 2026-04-01)");
  }

  @Test
  void the_method_is_data_an_overlay_can_keep_the_formula_in_2026() {
    ParameterSet keepNff = defaults.withOverlay(ParameterOverlay.builder().name("no pause")
        .override("highneeds.allocation.method", LocalDate.of(2026, 4, 1), ParameterValue.ofRule("nff"))
        .override("highneeds.nff.floor", LocalDate.of(2026, 4, 1), ParameterValue.of(Percentage.of("3")))
        .build());
    HighNeedsAllocation a = HighNeedsNff.DEFAULT.allocate(national(),
        halfPercentLa().floorBaselineYear(FinancialYear.of(2025)).build(), keepNff, FinancialYear.of(2026));
    assertThat(a.method()).isEqualTo(AllocationMethod.NFF);
    assertThat(a.perHeadChange()).contains(Percentage.of("3"));
  }

  @Test
  void rollover_without_previous_allocation_is_refused_naming_the_field() {
    assertThatThrownBy(() -> HighNeedsNff.DEFAULT.allocate(national(),
            halfPercentLa().floorBaselineYear(FinancialYear.of(2025)).build(), defaults, FinancialYear.of(2026)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HighNeedsNff 2026-27: 2 problems with the inputs:\n"
            + "  - HighNeedsNffInput.previousAllocation: missing, needed by the rollover method in 2026-27 (" + CAMDEN + ")\n"
            + "  - HighNeedsNffInput.rolledInGrants: missing, needed by the rollover method in 2026-27 (" + CAMDEN + ")");
  }

  @Test
  void wrong_baseline_year_is_refused() {
    assertThatThrownBy(() -> allocate(halfPercentLa().floorBaselineYear(FinancialYear.of(2023)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HighNeedsNffInput.floorBaselineYear: 2023-24 is not 2024-25, the baseline "
            + "highneeds.nff.floor_baseline requires in 2025-26");
  }

  @Test
  void floors_of_2018_19_and_2019_20_are_against_2017_18() {
    // NATSIP / written answer 14 Nov 2018: +1% and up to +6% per head compared to 2017-18
    assertThat(defaults.rule("highneeds.nff.floor_baseline", FinancialYear.of(2019))).isEqualTo("2017-18");
    // no basic entitlement rate is known before 2022-23, so the formula cannot run for 2019-20 ...
    assertThatThrownBy(() -> HighNeedsNffRules.resolve(defaults, FinancialYear.of(2019)))
        .hasMessage("parameter 'highneeds.nff.basic_entitlement' has no value in force on 2019-04-01: "
            + "its first value is from 2022-04-01");
    // ... until a scenario supplies one
    ParameterSet withRate = defaults.withOverlay(ParameterOverlay.builder().name("2019 rate")
        .override("highneeds.nff.basic_entitlement", LocalDate.of(2019, 4, 1), ParameterValue.of(Money.ofPounds(4_000)),
            LocalDate.of(2022, 4, 1))
        .build());
    HighNeedsNffRules rules = HighNeedsNffRules.resolve(withRate, FinancialYear.of(2019));
    assertThat(rules.floorBaselineYear()).isEqualTo(FinancialYear.of(2017));
    assertThat(rules.floor().value()).isEqualTo(ParameterValue.of(Percentage.of("1")));
    assertThat(HighNeedsNffRules.resolve(defaults, FinancialYear.of(2022)).floorBaselineYear())
        .isEqualTo(FinancialYear.of(2021));
  }

  @Test
  void bad_inputs_are_named() {
    assertThatThrownBy(() -> halfPercentLa().population2To18(0).build())
        .hasMessage("HighNeedsNffInput.population2To18: 0 must be above zero (" + CAMDEN + ")");
    assertThatThrownBy(() -> halfPercentLa().areaCostAdjustment(Rate.of("1.0000001")).build())
        .hasMessage("HighNeedsNffInput.areaCostAdjustment: 1.0000001 has more than 6 decimal places (" + CAMDEN + ")");
    assertThatThrownBy(() -> halfPercentLa().putProxyIndicators(ProxyFactor.POPULATION, 5L).build())
        .hasMessage("HighNeedsNffInput.proxyIndicators: POPULATION must not be given, it is population2To18 (" + CAMDEN + ")");
    assertThatThrownBy(() -> HighNeedsNff.DEFAULT.allocate(national(),
            ImmutableList.of(halfPercentLa().build(), halfPercentLa().build()), defaults, Y2025))
        .hasMessageContaining(CAMDEN + " appears more than once");
  }

  @Test
  void national_total_smaller_than_the_las_is_refused() {
    java.util.Map<ProxyFactor, java.math.BigDecimal> totals = new java.util.EnumMap<>(national().acaWeightedIndicatorTotals());
    totals.put(ProxyFactor.BAD_HEALTH, new java.math.BigDecimal("999"));
    HighNeedsNffNational tiny = HighNeedsNffNational.builder().proxyFactorPot(Money.ofPounds(1_000_000_000))
        .acaWeightedIndicatorTotals(totals).build();
    assertThatThrownBy(() -> HighNeedsNff.DEFAULT.allocate(tiny, halfPercentLa().build(), defaults, Y2025))
        .hasMessageContaining("HighNeedsNffNational.acaWeightedIndicatorTotals: BAD_HEALTH national total 999 is "
            + "less than the LAs' own sum 1000");
  }

  @Test
  void cap_below_floor_is_a_parameter_error() {
    ParameterSet bad = defaults.withOverlay(ParameterOverlay.builder().name("cap under floor")
        .override("highneeds.nff.gains_cap", LocalDate.of(2025, 4, 1), ParameterValue.of(Percentage.of("5")))
        .build());
    assertThatThrownBy(() -> HighNeedsNffRules.resolve(bad, Y2025))
        .isInstanceOf(ParameterException.class)
        .hasMessage("highneeds.nff.gains_cap 5% is below highneeds.nff.floor 7% in 2025-26");
  }

  @Test
  void proxy_shares_not_adding_to_100_is_a_parameter_error() {
    ParameterSet bad = defaults.withOverlay(ParameterOverlay.builder().name("bigger FSM")
        .override("highneeds.nff.proxy_factor_share.free_school_meals", LocalDate.of(2025, 4, 1),
            ParameterValue.of(Percentage.of("12")))
        .build());
    assertThatThrownBy(() -> HighNeedsNffRules.resolve(bad, Y2025))
        .hasMessage("highneeds.nff.proxy_factor_share.*: the seven shares add to 102%, not 100%, in 2025-26");
  }

  @Test
  void affordable_cap_is_searched_and_reported() {
    ImmutableList<HighNeedsNffInput> panel = NffFixtures.randomPanel(11, 60, FinancialYear.of(2024));
    HighNeedsNffNational nat = HighNeedsNffNational.fromInputs(panel, Money.ofPounds(6_000_000_000L));
    HighNeedsNffResult atTen = HighNeedsNff.DEFAULT.allocate(nat, panel, defaults, Y2025);
    HighNeedsNffResult atSeven = HighNeedsNff.DEFAULT.allocate(nat, panel,
        defaults.withOverlay(ParameterOverlay.builder().name("cap = floor")
            .override("highneeds.nff.gains_cap", LocalDate.of(2025, 4, 1), ParameterValue.of(Percentage.of("7"))).build()),
        Y2025);
    Money fixed = atSeven.total().plus(atTen.total()).dividedBy(2, org.sendfunding.model.money.RoundingRule.DOWN_TO_PENNY);
    HighNeedsNffResult searched = HighNeedsNff.DEFAULT.allocateWithAffordableCap(nat, panel, defaults, Y2025, fixed);
    assertThat(searched.gainsCapSearched()).isTrue();
    Percentage cap = searched.gainsCapApplied().get();
    assertThat(cap).isGreaterThan(Percentage.of("7")).isLessThan(Percentage.of("10"));
    assertThat(searched.total()).isLessThanOrEqualTo(fixed);
    // one step (0.0001%) more would not be affordable
    Percentage next = Percentage.of(cap.percent().add(new java.math.BigDecimal("0.0001")));
    HighNeedsNffResult more = HighNeedsNff.DEFAULT.allocate(nat, panel,
        defaults.withOverlay(ParameterOverlay.builder().name("next")
            .override("highneeds.nff.gains_cap", LocalDate.of(2025, 4, 1), ParameterValue.of(next)).build()), Y2025);
    assertThat(more.total()).isGreaterThan(fixed);
    assertThat(searched.allocations().get(0).explanation().toText()).contains("searched so the allocations fit the fixed total");
  }

  @Test
  void no_cap_is_needed_when_the_fixed_total_pays_for_everything() {
    ImmutableList<HighNeedsNffInput> panel = NffFixtures.randomPanel(5, 30, FinancialYear.of(2024));
    HighNeedsNffNational nat = HighNeedsNffNational.fromInputs(panel, Money.ofPounds(3_000_000_000L));
    HighNeedsNffResult r = HighNeedsNff.DEFAULT.allocateWithAffordableCap(nat, panel, defaults, Y2025,
        Money.ofPounds(1_000_000_000_000L));
    assertThat(r.gainsCapSearched()).isTrue();
    assertThat(r.gainsCapApplied()).isEmpty();
    assertThat(r.allocations()).allSatisfy(a -> assertThat(a.floorAdjustment().isNegative()).isFalse());
    assertThat(r.allocations().get(0).explanation().toText())
        .contains("none needed: the allocations fit the fixed total uncapped");
  }

  @Test
  void unaffordable_floor_reports_the_shortfall() {
    ImmutableList<HighNeedsNffInput> panel = NffFixtures.randomPanel(3, 10, FinancialYear.of(2024));
    HighNeedsNffNational nat = HighNeedsNffNational.fromInputs(panel, Money.ofPounds(100_000_000L));
    assertThatThrownBy(() -> HighNeedsNff.DEFAULT.allocateWithAffordableCap(nat, panel, defaults, Y2025, Money.ofPounds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("HighNeedsNff: the fixed total £1.00 cannot pay for the floor of 7% in 2025-26 even with the gains cap at the floor");
  }

  @Test
  void converts_to_a_high_needs_block() {
    HighNeedsAllocation a = allocate(halfPercentLa().build());
    assertThat(a.toHighNeedsBlock().total()).isEqualTo(a.finalAllocation());
  }
}
