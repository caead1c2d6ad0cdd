package org.sendfunding.funding.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.dataset.CaseloadProjection;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.parameter.ParameterException;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

class ScenarioTest {

  private static final FinancialYear Y1 = FinancialYear.parse("2026-27");

  @Test
  void the_same_scenario_gives_byte_identical_csv_and_json() {
    Scenario s = BuiltInPolicy.THREE_YEAR_SETTLEMENT.scenario(FundingDataset.england());
    ScenarioResult a = s.run();
    ScenarioResult b = BuiltInPolicy.THREE_YEAR_SETTLEMENT.scenario(FundingDataset.england()).run();
    assertThat(a.toCsv()).isEqualTo(b.toCsv());
    assertThat(a.toJson()).isEqualTo(b.toJson());
    assertThat(a.toCsv().lines().count()).isEqualTo(1 + 153L * 5 * Measure.values().length + 5L * (Measure.values().length + NationalStatistic.values().length));
    assertThat(a.toJson()).contains("\"illustrative\" : true");
  }

  @Test
  void the_seed_moves_allocations_only_in_formula_years() {
    // Today's rules: rollover from 2026-27 (NFF paused), so each LA's own data change does not apply.
    Scenario s1 = TinyDatasets.scenario(TinyDatasets.twoLas(), BuiltInPolicy.TODAYS_RULES, Assumptions.builder().seed(1).build());
    Scenario s2 = TinyDatasets.scenario(TinyDatasets.twoLas(), BuiltInPolicy.TODAYS_RULES, Assumptions.builder().seed(2).build());
    assertThat(s1.run().toCsv()).isEqualTo(s2.run().toCsv());
    // With the formula restored from 2027-28, the seed's data changes move allocations from then on.
    ParameterOverlay formula = ParameterOverlay.builder().name("formula from 2027-28")
        .override("highneeds.allocation.method", LocalDate.of(2027, 4, 1), ParameterValue.ofRule("nff")).build();
    ScenarioResult f1 = s1.withOverlay("nff 1", formula).run();
    ScenarioResult f2 = s2.withOverlay("nff 2", formula).run();
    assertThat(f1.money(TinyDatasets.A.code(), Y1, Measure.HIGH_NEEDS_ALLOCATION))
        .isEqualTo(f2.money(TinyDatasets.A.code(), Y1, Measure.HIGH_NEEDS_ALLOCATION));
    assertThat(f1.money(TinyDatasets.A.code(), Y1.next(), Measure.HIGH_NEEDS_ALLOCATION))
        .isNotEqualTo(f2.money(TinyDatasets.A.code(), Y1.next(), Measure.HIGH_NEEDS_ALLOCATION));
  }

  @Test
  void compare_lists_only_figures_that_differ() {
    ScenarioComparison c = Scenario.compare(
        TinyDatasets.scenario(TinyDatasets.twoLas(), BuiltInPolicy.TODAYS_RULES, TinyDatasets.flat(3)),
        TinyDatasets.scenario(TinyDatasets.twoLas(), BuiltInPolicy.DEFICIT_CANCELLATION, TinyDatasets.flat(3)));
    // Only A (the LA in deficit) changes: its write-off, income, in-year and balances, plus England's.
    assertThat(c.differences()).allSatisfy(d -> assertThat(d.laCode()).isIn(0, TinyDatasets.A.code()));
    assertThat(c.national(Y1, Measure.WRITE_OFF)).isEqualTo(Money.ofPounds(2_000_000));
    assertThat(c.toCsv()).contains("876,2026-27,WRITE_OFF,0.00,2000000.00,2000000.00");
  }

  @Test
  void a_bad_overlay_fails_when_the_scenario_is_built_naming_every_problem() {
    ParameterOverlay bad = ParameterOverlay.builder().name("bad")
        .override("settlement.annual.flor", LocalDate.of(2026, 4, 1), ParameterValue.of(Percentage.of("5")))
        .override("deficit.write_off.share", LocalDate.of(2026, 4, 1), ParameterValue.of(Money.ofPounds(90)))
        .build();
    assertThatThrownBy(() -> Scenario.builder().name("bad").dataset(TinyDatasets.twoLas()).addOverlays(bad).build())
        .isInstanceOf(ParameterException.class)
        .satisfies(e -> assertThat(((ParameterException) e).problems()).hasSize(2))
        .hasMessageContaining("settlement.annual.flor")
        .hasMessageContaining("deficit.write_off.share");
  }

  @Test
  void a_demand_projection_replaces_flat_growth_for_the_years_it_covers() {
    CaseloadProjection p = CaseloadProjection.builder().localAuthority(TinyDatasets.A)
        .putYears(Y1, ImmutableMap.of(SettingType.MAINTAINED_SPECIAL, 250L)).build();
    Scenario s = TinyDatasets.scenario(TinyDatasets.twoLas(), BuiltInPolicy.TODAYS_RULES,
        Assumptions.builder().from(TinyDatasets.flat(2)).putCaseloadProjections(TinyDatasets.A.code(), p).build());
    ScenarioResult r = s.run();
    // 2026-27 from the projection: 250 × £50,000 = £12.5m; 2027-28 grows 250 by 0%.
    assertThat(r.value(TinyDatasets.A.code(), Y1, Measure.EHCP_PUPILS)).isEqualTo(250);
    assertThat(r.money(TinyDatasets.A.code(), Y1, Measure.PLACEMENT_SPEND)).isEqualTo(Money.ofPounds(12_500_000));
    assertThat(r.value(TinyDatasets.A.code(), Y1.next(), Measure.EHCP_PUPILS)).isEqualTo(250);
  }

  @Test
  void explanations_name_the_rule_inputs_parameters_and_the_provenance_of_the_data() {
    ScenarioResult r = BuiltInPolicy.TODAYS_RULES.scenario(FundingDataset.england()).run();
    String text = r.explain(886, FinancialYear.parse("2028-29"), Measure.GENERAL_FUND_DEFICIT).toText();
    assertThat(text).contains("Deficit outside the statutory override").contains("deficit.statutory_override = false (from 2028-04-01)")
        .contains("input provenance of dsg_balance: illustrative: the real balance at 31 March 2022")
        .contains("input provenance of high_needs_allocation: derived:");
    assertThat(r.explainStatistic(Y1, NationalStatistic.GINI_FUNDING_PER_HEAD).toText())
        .startsWith("GINI_FUNDING_PER_HEAD: Gini coefficient of allocation per head aged 2-18 across LAs (2026-27) = 0.0");
    assertThat(r.explain(886, Y1, Measure.SAFETY_VALVE).amount()).contains(Money.ofPounds("23333333.33")); // £140m / 6, the 2 spare pence to the first two years
  }

  @Test
  void kent_surrey_and_b_and_nes_receive_their_remaining_safety_valve_instalments() {
    ScenarioResult r = BuiltInPolicy.TODAYS_RULES.scenario(FundingDataset.england()).run();
    // Kent £140m over 2022-23..2027-28 (even split): 2026-27 and 2027-28 are still due.
    assertThat(r.money(886, Y1, Measure.SAFETY_VALVE).plus(r.money(886, Y1.next(), Measure.SAFETY_VALVE)))
        .isEqualTo(FundingDataset.england().safetyValve(886).orElseThrow().sumWithStatus(org.sendfunding.model.deficit.InstalmentStatus.DUE));
    Scenario withheld = Scenario.builder().name("withheld").dataset(FundingDataset.england())
        .assumptions(Assumptions.builder().safetyValveConditionsMet(false).build()).build();
    assertThat(withheld.run().national(Y1, Measure.SAFETY_VALVE)).isEqualTo(Money.ZERO);
  }

  @Test
  void an_overflowing_balance_names_the_la_year_measure_and_operands() {
    // Halton opens £758.08 above the most negative balance a long of pence holds; its first in-year
    // deficit (about £0.3m) takes the closing balance past it. Once a bare "long overflow".
    FundingDataset data = FundingDataset.builder().from(TinyDatasets.twoLas())
        .panel(java.util.List.of(
            TinyDatasets.inputs(TinyDatasets.A, 10_000_000, 10_000, 100_000_000, "1.0", 0, -92_233_720_368_547_000L, "1.0"),
            TinyDatasets.twoLas().panel().get(1)))
        .build();
    Scenario s = TinyDatasets.scenario(data, BuiltInPolicy.TODAYS_RULES, Assumptions.builder().build());
    assertThatThrownBy(s::run)
        .isInstanceOf(org.sendfunding.model.money.MoneyOverflowException.class)
        .hasMessageStartingWith("Halton (876), 2026-27: Closing DSG balance overflows: -£92,233,720,368,547,000.00 + -£")
        .hasMessageContaining("is beyond ±£92,233,720,368,547,758.07");
  }

  @Test
  void an_overflowing_settlement_names_the_la_year_and_the_figure() {
    // A gains cap of 10,000,000% is never reached, but its product with a £10m allocation is beyond a long.
    ParameterOverlay huge = ParameterOverlay.builder().name("huge cap")
        .override("settlement.annual.gains_cap", LocalDate.of(2026, 4, 1), ParameterValue.of(Percentage.of("10000000")))
        .build();
    Scenario s = Scenario.builder().name("huge cap").dataset(TinyDatasets.twoLas()).addOverlays(huge).build();
    assertThatThrownBy(s::run)
        .isInstanceOf(org.sendfunding.model.money.MoneyOverflowException.class)
        .hasMessageStartingWith("Halton (876), 2026-27, High-needs allocation: gains cap overflows: £10,000,000.00 × 100001.000000");
  }
}
