package org.sendfunding.funding.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendfunding.funding.sufficiency.PlacesModelTest.CAMDEN;
import static org.sendfunding.funding.sufficiency.PlacesModelTest.HALTON;
import static org.sendfunding.funding.sufficiency.PlacesModelTest.TWO;
import static org.sendfunding.funding.sufficiency.PlacesModelTest.Y1;
import static org.sendfunding.funding.sufficiency.PlacesModelTest.Y2;
import static org.sendfunding.funding.sufficiency.PlacesModelTest.counts;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.dataset.CaseloadProjection;
import org.sendfunding.funding.dataset.Provenance;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.funding.scenario.Assumptions;
import org.sendfunding.funding.scenario.Scenario;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.ParameterUse;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * National figures, payback, the placement mix as a caseload and the explanations of a places run,
 * on the two-LA worked example of {@link PlacesModelTest} (Camden: 130 maintained special against 100
 * places; Halton: 70 academy special against 55 places, 20 more opening in 2027-28; shares 20% s43
 * and 25% out of area: a school named in a plan must admit, Children and Families Act 2014 s43,
 * https://www.legislation.gov.uk/ukpga/2014/6/section/43; the shares are illustrative, no national
 * split being published).
 */
class PlacesResultTest {

  static ParameterSet capitalCostPerPlace(long pounds) {
    return ParameterSet.defaults().withOverlay(ParameterOverlay.builder().name("capital cost")
        .override("sufficiency.places.capital_cost_per_place", LocalDate.of(2018, 4, 1), ParameterValue.of(Money.ofPounds(pounds)))
        .build());
  }

  @Test
  void national_figures_add_up_the_two_las() {
    PlacesResult r = PlacesModelTest.twoLas().run();
    // Camden: s43 6, out of area 6, overflow to independent 10, unplaced 8 (PlacesModelTest);
    // Halton: s43 3, out of area 3, overflow 9, unplaced 0.
    assertThat(r.nationalAdmittedOverCapacity(Y1)).isEqualTo(9);
    assertThat(r.nationalOutOfArea(Y1)).isEqualTo(9);
    assertThat(r.nationalOverflowToIndependent(Y1)).isEqualTo(19);
    assertThat(r.nationalUnplaced(Y1)).isEqualTo(8);
    // maintained special: Camden 130 - 100 = 30, Halton 40 - 50 = -10; academy special: 50 - 60 = -10, 70 - 55 = 15
    assertThat(r.nationalGap(SettingType.MAINTAINED_SPECIAL, Y1)).isEqualTo(20);
    assertThat(r.nationalGap(SettingType.ACADEMY_SPECIAL, Y1)).isEqualTo(5);
    // 2027-28: Halton's 20 new academy special places open: 70 - 75 = -5
    assertThat(r.nationalGap(SettingType.ACADEMY_SPECIAL, Y2)).isEqualTo(-15);
    assertThat(r.nationalShortfall(Y2)).isEqualTo(30);
    assertThat(r.nationalAdmittedOverCapacity(Y2)).isEqualTo(6);
    assertThat(r.nationalRevenueCost(Y1)).isEqualTo(r.row(202, Y1).revenueCost().plus(r.row(876, Y1).revenueCost()));
    assertThat(r.rows()).hasSize(4);
    assertThat(r.rows()).extracting(p -> p.localAuthority().code() + " " + p.year())
        .containsExactly("202 2026-27", "202 2027-28", "876 2026-27", "876 2027-28");
    assertThat(r.scenario().name()).isEqualTo("two LAs");
    assertThat(r.totalNewPlaces()).isEqualTo(20);
  }

  @Test
  void a_missing_row_and_a_target_outside_the_run_are_refused_by_name() {
    PlacesResult r = PlacesModelTest.twoLas().run();
    assertThatThrownBy(() -> r.row(999, Y1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PlacesResult: no row for LA 999 in 2026-27");
    assertThatThrownBy(() -> r.row(202, FinancialYear.parse("2028-29")))
        .hasMessage("PlacesResult: no row for LA 202 in 2028-29");
    assertThatThrownBy(() -> r.needsLedProgramme(FinancialYear.parse("2030-31")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PlacesResult.target: 2030-31 is not one of the years [2026-27, 2027-28]");
  }

  @Test
  void needs_led_programme_adds_each_positive_gap_opening_in_the_target_year() {
    PlacesResult r = PlacesModelTest.twoLas().run();
    ImmutableList<CapitalProject> y2 = r.needsLedProgramme(Y2);
    // the existing Halton project, then Camden's 30 maintained special places (Halton has no gap in 2027-28)
    assertThat(y2).hasSize(2);
    CapitalProject added = y2.get(1);
    assertThat(added.localAuthority()).isEqualTo(CAMDEN);
    assertThat(added.setting()).isEqualTo(SettingType.MAINTAINED_SPECIAL);
    assertThat(added.places()).isEqualTo(30);
    assertThat(added.opens()).isEqualTo(Y2);
    assertThat(added.programme()).isEqualTo("needs-led by 2027-28");
    assertThat(added.provenance()).isEqualTo(TWO.caseload(202).provenance());
    // a programme of exactly the gap closes it; capital is due in the opening year only
    PlacesResult closed = PlacesModelTest.twoLas().withCapital("needs-led", y2).run();
    assertThat(closed.nationalShortfall(Y2)).isZero();
    assertThat(closed.row(202, Y2).gap(SettingType.MAINTAINED_SPECIAL)).isZero();
    assertThat(closed.row(202, Y1).gap(SettingType.MAINTAINED_SPECIAL)).isEqualTo(30);
    assertThat(closed.capitalCost(Y1)).isEqualTo(Money.ZERO);
    assertThat(closed.capitalCost(Y2)).isEqualTo(Money.ofPounds(67_043 * 50L));
    assertThat(closed.totalCapitalCost()).isEqualTo(Money.ofPounds(67_043 * 50L));
  }

  @Test
  void payback_is_the_first_year_saved_revenue_covers_the_extra_capital() {
    PlacesScenario today = PlacesModelTest.twoLas();
    PlacesResult base = today.run();
    ImmutableList<CapitalProject> programme = base.needsLedProgramme(Y1);
    PlacesResult needsLed = today.withCapital("needs-led", programme).run();
    Money savedY1 = base.nationalRevenueCost(Y1).minus(needsLed.nationalRevenueCost(Y1));
    Money savedY2 = base.nationalRevenueCost(Y2).minus(needsLed.nationalRevenueCost(Y2));
    assertThat(savedY1.isPositive()).isTrue();
    assertThat(savedY2.isPositive()).isTrue();
    // 45 extra places (30 + 15). At £1 a place the first year's saving pays for them.
    PlacesScenario cheapBase = PlacesScenario.builder().from(today).parameters(capitalCostPerPlace(1)).build();
    PlacesResult cheapA = cheapBase.run();
    PlacesResult cheapB = cheapBase.withCapital("needs-led", programme).run();
    assertThat(cheapB.totalCapitalCost().minus(cheapA.totalCapitalCost())).isEqualTo(Money.ofPounds(45));
    assertThat(PlacesResult.paybackYear(cheapA, cheapB)).contains(Y1);
    // at a cost per place just above the first year's saving / 45, it takes the second year
    long pounds = savedY1.pence() / 100 / 45 + 1;
    assertThat(Money.ofPounds(pounds * 45)).isGreaterThan(savedY1);
    assertThat(Money.ofPounds(pounds * 45)).isLessThanOrEqualTo(savedY1.plus(savedY2));
    PlacesScenario midBase = PlacesScenario.builder().from(today).parameters(capitalCostPerPlace(pounds)).build();
    assertThat(PlacesResult.paybackYear(midBase.run(), midBase.withCapital("needs-led", programme).run())).contains(Y2);
    // exactly the first year's saving, when it is whole pounds a place, pays back in the first year (>=, not >)
    // nothing changed: nothing saved, nothing to pay back
    assertThat(PlacesResult.paybackYear(base, base)).isEmpty();
  }

  @Test
  void payback_needs_a_positive_saving_even_when_the_programme_saves_capital() {
    PlacesScenario today = PlacesModelTest.twoLas();
    PlacesResult base = today.run();
    PlacesResult needsLed = today.withCapital("needs-led", base.needsLedProgramme(Y1)).run();
    // the other way round: dropping the needs-led places saves 45 x £67,043 of capital but costs more revenue
    // every year, so it never "pays back" although the (negative) saving exceeds the (negative) extra capital
    Money saved = needsLed.nationalRevenueCost(Y1).minus(base.nationalRevenueCost(Y1));
    assertThat(saved.isNegative()).isTrue();
    assertThat(saved).isGreaterThan(base.totalCapitalCost().minus(needsLed.totalCapitalCost()));
    assertThat(PlacesResult.paybackYear(needsLed, base)).isEmpty();
  }

  @Test
  void the_placement_mix_becomes_the_caseload_of_a_funding_scenario() {
    PlacesResult r = PlacesModelTest.twoLas().run();
    ImmutableMap<Integer, CaseloadProjection> c = r.toCaseloadProjections();
    assertThat(c.keySet()).containsExactly(202, 876);
    // Camden 2026-27: maintained special 106 placed + 6 out of area = 112; academy special 50; independent 30 (8 unplaced left out)
    assertThat(c.get(202).pupils(Y1, SettingType.MAINTAINED_SPECIAL)).isEqualTo(112);
    assertThat(c.get(202).pupils(Y1, SettingType.ACADEMY_SPECIAL)).isEqualTo(50);
    assertThat(c.get(202).pupils(Y1, SettingType.INDEPENDENT_SPECIAL)).isEqualTo(30);
    assertThat(c.get(202).pupils(Y1, SettingType.MAINSTREAM_ACADEMY)).isEqualTo(300);
    assertThat(c.get(202).pupils(Y1, SettingType.EARLY_YEARS)).isZero();
    assertThat(c.get(202).localAuthority()).isEqualTo(CAMDEN);
    // Halton 2027-28: academy special 70 all in its 75 places, independent 5
    assertThat(c.get(876).pupils(Y2, SettingType.ACADEMY_SPECIAL)).isEqualTo(70);
    assertThat(c.get(876).pupils(Y2, SettingType.INDEPENDENT_SPECIAL)).isEqualTo(5);
    assertThat(c.get(876).years().keySet()).containsExactly(Y1, Y2);

    Scenario s = r.deficitScenario(Assumptions.defaults());
    assertThat(s.name()).isEqualTo("two LAs");
    assertThat(s.dataset()).isSameAs(TWO);
    assertThat(s.assumptions().firstYear()).contains(Y1);
    assertThat(s.assumptions().years()).isEqualTo(2);
    assertThat(s.assumptions().caseloadProjections()).isEqualTo(c);
  }

  @Test
  void explanation_names_the_rule_the_counts_and_every_parameter() {
    PlacesResult r = PlacesModelTest.twoLas().run();
    Explanation e = r.explain(202, Y1);
    assertThat(e.rule()).isEqualTo("Specialist places: demand against places, overflow rule and placement cost (Camden (202), 2026-27)");
    assertThat(e.result()).contains("30 state places short; 6 admitted over capacity, 6 out of area, 10 to independent, 8 unplaced");
    assertThat(e.amount()).contains(r.row(202, Y1).revenueCost());
    assertThat(e.source().get().paragraph().get()).contains("s43");
    Map<String, String> in = e.inputs();
    assertThat(in.get("Maintained special school")).isEqualTo("demand 130, places 100, placed 106");
    assertThat(in.get("Independent special school")).isEqualTo("demand 20, places 30, placed 30");
    assertThat(in.get("Resourced provision / SEN unit")).isEqualTo("demand 0, places 0, placed 0");
    assertThat(in.get("programme")).isEqualTo("two LAs");
    assertThat(in.get("data")).isEqualTo(TWO.caseload(202).provenance().code() + " caseload and places");
    assertThat(e.parameters()).extracting(ParameterUse::path).containsExactly(
        "sufficiency.places.named_over_capacity_share", "sufficiency.places.out_of_area_state_share",
        "highneeds.nff.import_export_rate", "sufficiency.places.capital_cost_per_place");
  }

  @Test
  void without_an_independent_supply_row_the_independent_market_takes_every_overflow_pupil() {
    // Camden's maintained special overflow of 18 (PlacesModelTest) plus 20 own independent demand: 38 placed, none unplaced
    List<PlaceSupply> noIndependent = new ArrayList<>(PlacesModelTest.supply(CAMDEN, 0, 100, 60, 0, 0));
    noIndependent.removeIf(p -> p.setting() == SettingType.INDEPENDENT_SPECIAL);
    PlacesScenario s = PlacesScenario.builder().from(PlacesModelTest.twoLas()).supply(noIndependent).capital(List.of()).build();
    PlacementYear c = s.run().row(202, Y1);
    assertThat(c.capacity()).doesNotContainKey(SettingType.INDEPENDENT_SPECIAL);
    assertThat(c.capacity().get(SettingType.RESOURCED_PROVISION)).isZero();
    assertThat(c.placed().get(SettingType.INDEPENDENT_SPECIAL)).isEqualTo(38);
    assertThat(c.overflowToIndependent()).isEqualTo(18);
    assertThat(c.unplaced()).isZero();
    assertThat(s.run().rows()).hasSize(2); // only Camden has supply
  }

  @Test
  void a_project_counts_from_its_opening_year_only_in_its_own_la_and_setting() {
    PlacesScenario base = PlacesModelTest.twoLas();
    PlacesScenario s = base.withCapital("mixed", List.of(
        CapitalProject.of(CAMDEN, SettingType.MAINTAINED_SPECIAL, 7, FinancialYear.parse("2020-21"), "opened before", Provenance.REAL),
        CapitalProject.of(CAMDEN, SettingType.ACADEMY_SPECIAL, 11, Y2, "academy", Provenance.REAL),
        CapitalProject.of(HALTON, SettingType.MAINTAINED_SPECIAL, 13, Y1, "Halton", Provenance.REAL)));
    PlacesResult r = s.run();
    assertThat(r.row(202, Y1).capacity().get(SettingType.MAINTAINED_SPECIAL)).isEqualTo(107);
    assertThat(r.row(202, Y1).capacity().get(SettingType.ACADEMY_SPECIAL)).isEqualTo(60);
    assertThat(r.row(202, Y2).capacity().get(SettingType.ACADEMY_SPECIAL)).isEqualTo(71);
    assertThat(r.row(876, Y1).capacity().get(SettingType.MAINTAINED_SPECIAL)).isEqualTo(63);
    assertThat(r.row(876, Y1).capacity().get(SettingType.ACADEMY_SPECIAL)).isEqualTo(55);
    // capital is charged in the opening year at the cost then in force: 2020-21 is outside the run but in the programme
    assertThat(r.capitalCost(FinancialYear.parse("2020-21"))).isEqualTo(Money.ofPounds(67_043 * 7L));
    assertThat(r.capitalCost(Y1)).isEqualTo(Money.ofPounds(67_043 * 13L));
    assertThat(r.capitalCost(Y2)).isEqualTo(Money.ofPounds(67_043 * 11L));
    assertThat(r.totalCapitalCost()).isEqualTo(Money.ofPounds(67_043 * 31L));
  }

  @Test
  void scenario_problems_name_the_la_and_stop_at_twenty() {
    PlacesScenario ok = PlacesModelTest.twoLas();
    assertThatThrownBy(() -> PlacesScenario.builder().from(ok)
        .addAllSupply(PlacesModelTest.supply(LocalAuthorities.england().byCode(886), 0, 1, 1, 0, 1)).build())
        .hasMessage("PlacesScenario two LAs: supply: Kent (886) is not in the dataset " + TWO.name()
            + "; demand: no projection for Kent (886)");
    // 11 unknown LAs x 2 problems = 22 problems (each once, though each LA has 5 rows); the message keeps the first 20
    List<PlaceSupply> many = new ArrayList<>(ok.supply());
    LocalAuthorities.england().all().stream().filter(la -> la.code() != 202 && la.code() != 876).limit(11)
        .forEach(la -> many.addAll(PlacesModelTest.supply(la, 0, 1, 1, 0, 1)));
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> PlacesScenario.builder().from(ok).supply(many).build());
    assertThat(t.getMessage().split("; ")).hasSize(20);
    // a projection that misses a year is named
    assertThatThrownBy(() -> PlacesScenario.builder().from(ok)
        .demand(ImmutableMap.of(202, CaseloadProjection.builder().localAuthority(CAMDEN).putYears(Y1, counts(SettingType.MAINTAINED_SPECIAL, 1))
            .build(), 876, ok.demand().get(876)))
        .build()).hasMessage("PlacesScenario two LAs: demand: the projection for Camden (202) does not cover every year [2026-27, 2027-28]");
  }

  @Test
  void a_saving_exactly_equal_to_the_extra_capital_pays_back_that_year() {
    // 5 more academy special places in Halton in 2026-27: excess 15 -> 10, s43 3 -> 2, out of area 3 -> 2,
    // independent 9 -> 6: three pupils move from independent to state places, which saves revenue
    // Halton's unit costs set to whole thousands (£28,000 a special academy place, £64,000 independent) so
    // the saving divides by five places exactly; the embedded ones are scaled by Halton's ACA.
    PlacesScenario twoLas = PlacesModelTest.twoLas();
    org.sendfunding.funding.dataset.SettingCaseload h = twoLas.dataset().caseload(876);
    java.util.Map<SettingType, Money> costs = new java.util.EnumMap<>(h.unitCosts());
    costs.put(SettingType.ACADEMY_SPECIAL, Money.ofPounds(28_000));
    costs.put(SettingType.INDEPENDENT_SPECIAL, Money.ofPounds(64_000));
    java.util.Map<Integer, org.sendfunding.funding.dataset.SettingCaseload> loads = new java.util.LinkedHashMap<>(twoLas.dataset().caseloads());
    loads.put(876, org.sendfunding.funding.dataset.SettingCaseload.builder().from(h).unitCosts(costs).build());
    PlacesScenario base = PlacesScenario.builder().from(twoLas)
        .dataset(org.sendfunding.funding.dataset.FundingDataset.builder().from(twoLas.dataset()).caseloads(loads).build()).build();
    ImmutableList<CapitalProject> plusOne = ImmutableList.<CapitalProject>builder().addAll(base.capital())
        .add(CapitalProject.of(HALTON, SettingType.ACADEMY_SPECIAL, 5, Y1, "five places", Provenance.ILLUSTRATIVE)).build();
    assertThat(base.withCapital("five places", plusOne).run().row(876, Y1).overflowToIndependent()).isEqualTo(6);
    Money saved = base.run().nationalRevenueCost(Y1).minus(base.withCapital("one place", plusOne).run().nationalRevenueCost(Y1));
    assertThat(saved.isPositive()).isTrue();
    // price the 5 places at exactly that saving: the first year's saving covers it (>=), not only the second's
    assertThat(saved.pence() % 5).isZero();
    ParameterSet exact = ParameterSet.defaults().withOverlay(ParameterOverlay.builder().name("exact")
        .override("sufficiency.places.capital_cost_per_place", LocalDate.of(2018, 4, 1), ParameterValue.of(saved.dividedBy(5,
            org.sendfunding.model.money.RoundingRule.HALF_UP_TO_PENNY))).build());
    PlacesScenario priced = PlacesScenario.builder().from(base).parameters(exact).build();
    PlacesResult a = priced.run();
    PlacesResult b = priced.withCapital("one place", plusOne).run();
    assertThat(b.totalCapitalCost().minus(a.totalCapitalCost())).isEqualTo(saved);
    assertThat(PlacesResult.paybackYear(a, b)).contains(Y1);
  }
}
