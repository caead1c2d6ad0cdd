package org.sendfunding.funding.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.dataset.CaseloadProjection;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.dataset.Provenance;
import org.sendfunding.funding.scenario.Assumptions;
import org.sendfunding.funding.scenario.Measure;
import org.sendfunding.funding.scenario.ScenarioResult;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * Worked examples on a two-LA dataset (Camden 202 and Halton 876, unit costs from the embedded
 * caseload), with the arithmetic written out. Shares: 20% of the excess is named in a state school
 * and admitted over capacity (CFA 2014 s43); 25% of the rest goes out of area; the import/export rate
 * is £6,000 and a new place costs £67,043 (London Councils 2018).
 */
class PlacesModelTest {

  static final FundingDataset TWO = FundingDataset.england().restrictedTo(List.of(202, 876));
  static final LocalAuthority CAMDEN = LocalAuthorities.england().byCode(202);
  static final LocalAuthority HALTON = LocalAuthorities.england().byCode(876);
  static final FinancialYear Y1 = FinancialYear.parse("2026-27");
  static final FinancialYear Y2 = FinancialYear.parse("2027-28");

  static ImmutableMap<SettingType, Long> counts(Object... pairs) {
    Map<SettingType, Long> m = new EnumMap<>(SettingType.class);
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((SettingType) pairs[i], ((Number) pairs[i + 1]).longValue());
    }
    return ImmutableMap.copyOf(m);
  }

  static List<PlaceSupply> supply(LocalAuthority la, long rp, long ms, long as, long ap, long iss) {
    return List.of(
        PlaceSupply.of(la, SettingType.RESOURCED_PROVISION, rp, rp, Provenance.ILLUSTRATIVE),
        PlaceSupply.of(la, SettingType.MAINTAINED_SPECIAL, ms, ms, Provenance.ILLUSTRATIVE),
        PlaceSupply.of(la, SettingType.ACADEMY_SPECIAL, as, as, Provenance.ILLUSTRATIVE),
        PlaceSupply.of(la, SettingType.ALTERNATIVE_PROVISION, ap, ap, Provenance.ILLUSTRATIVE),
        PlaceSupply.of(la, SettingType.INDEPENDENT_SPECIAL, iss, iss, Provenance.ILLUSTRATIVE));
  }

  static PlacesScenario twoLas() {
    return PlacesScenario.builder().name("two LAs").dataset(TWO)
        .addAllSupply(supply(CAMDEN, 0, 100, 60, 0, 30))
        .addAllSupply(supply(HALTON, 0, 50, 55, 0, 100))
        .addCapital(CapitalProject.of(HALTON, SettingType.ACADEMY_SPECIAL, 20, Y2, "test programme", Provenance.ILLUSTRATIVE))
        .putDemand(202, CaseloadProjection.builder().localAuthority(CAMDEN)
            .putYears(Y1, counts(SettingType.MAINTAINED_SPECIAL, 130, SettingType.ACADEMY_SPECIAL, 50, SettingType.INDEPENDENT_SPECIAL, 20,
                SettingType.MAINSTREAM_ACADEMY, 300))
            .putYears(Y2, counts(SettingType.MAINTAINED_SPECIAL, 130, SettingType.ACADEMY_SPECIAL, 50, SettingType.INDEPENDENT_SPECIAL, 20,
                SettingType.MAINSTREAM_ACADEMY, 300))
            .build())
        .putDemand(876, CaseloadProjection.builder().localAuthority(HALTON)
            .putYears(Y1, counts(SettingType.MAINTAINED_SPECIAL, 40, SettingType.ACADEMY_SPECIAL, 70, SettingType.INDEPENDENT_SPECIAL, 5))
            .putYears(Y2, counts(SettingType.MAINTAINED_SPECIAL, 40, SettingType.ACADEMY_SPECIAL, 70, SettingType.INDEPENDENT_SPECIAL, 5))
            .build())
        .years(List.of(Y1, Y2))
        .build();
  }

  @Test
  void camden_overflow_goes_to_s43_admissions_out_of_area_independent_and_then_unplaced() {
    PlacesResult r = twoLas().run();
    PlacementYear c = r.row(202, Y1);
    // maintained special: demand 130, places 100 -> excess 30; s43 floor(30 x 20%) = 6; rest 24;
    // out of area floor(24 x 25%) = 6; overflow 18. Academy special: 50 <= 60, 10 spare.
    assertThat(c.gap(SettingType.MAINTAINED_SPECIAL)).isEqualTo(30);
    assertThat(c.gap(SettingType.ACADEMY_SPECIAL)).isEqualTo(-10);
    assertThat(c.stateShortfall()).isEqualTo(30);
    assertThat(c.admittedOverCapacity()).isEqualTo(6);
    assertThat(c.placed().get(SettingType.MAINTAINED_SPECIAL)).isEqualTo(106);
    assertThat(c.outOfArea()).isEqualTo(6);
    // independent: own demand 20 + overflow 18 = 38 against 30 places -> 30 placed, 8 unplaced
    assertThat(c.placed().get(SettingType.INDEPENDENT_SPECIAL)).isEqualTo(30);
    assertThat(c.overflowToIndependent()).isEqualTo(10);
    assertThat(c.unplaced()).isEqualTo(8);
    // every pupil: 106 + 50 + 30 + 300 placed, 6 out of area, 8 unplaced = 500 demand
    assertThat(c.placedTotal() + c.outOfArea() + c.unplaced()).isEqualTo(c.demandTotal()).isEqualTo(500);
    // revenue: (106 + 6) x MS + 50 x AS + 30 x ISS + 300 x mainstream academy, at Camden's unit costs
    Map<SettingType, Money> u = TWO.caseload(202).unitCosts();
    Money expected = u.get(SettingType.MAINTAINED_SPECIAL).times(112).plus(u.get(SettingType.ACADEMY_SPECIAL).times(50))
        .plus(u.get(SettingType.INDEPENDENT_SPECIAL).times(30)).plus(u.get(SettingType.MAINSTREAM_ACADEMY).times(300));
    assertThat(c.revenueCost()).isEqualTo(expected);
    // 6 pupils exported x £6,000 = -£36,000 on the NFF import/export adjustment
    assertThat(c.importExportEffect()).isEqualTo(Money.ofPounds(-36_000));
  }

  @Test
  void halton_capital_project_closes_its_gap_when_it_opens() {
    PlacesResult r = twoLas().run();
    PlacementYear y1 = r.row(876, Y1);
    // academy special: 70 against 55 -> excess 15; s43 3; rest 12; out of area 3; independent 9 (5 + 9 = 14 <= 100 places)
    assertThat(y1.admittedOverCapacity()).isEqualTo(3);
    assertThat(y1.outOfArea()).isEqualTo(3);
    assertThat(y1.overflowToIndependent()).isEqualTo(9);
    assertThat(y1.placed().get(SettingType.INDEPENDENT_SPECIAL)).isEqualTo(14);
    assertThat(y1.unplaced()).isZero();
    // 2027-28: 55 + 20 new places = 75 >= 70
    PlacementYear y2 = r.row(876, Y2);
    assertThat(y2.capacity().get(SettingType.ACADEMY_SPECIAL)).isEqualTo(75);
    assertThat(y2.stateShortfall()).isZero();
    assertThat(y2.placed().get(SettingType.INDEPENDENT_SPECIAL)).isEqualTo(5);
    // capital: 20 places x £67,043 = £1,340,860 in 2027-28
    assertThat(r.capitalCost(Y2)).isEqualTo(Money.ofPounds(1_340_860));
    assertThat(r.capitalCost(Y1)).isEqualTo(Money.ZERO);
    assertThat(r.nationalShortfall(Y1)).isEqualTo(30 + 15);
    assertThat(r.explain(876, Y1).toText()).contains("admitted over capacity").contains("sufficiency.places.named_over_capacity_share");
  }

  @Test
  void needs_led_programme_meets_target_year_demand_and_pays_back_through_lower_revenue() {
    PlacesScenario today = twoLas();
    PlacesResult base = today.run();
    ImmutableList<CapitalProject> programme = base.needsLedProgramme(Y1);
    // Camden needs 30 maintained special places; Halton 15 academy special (plus its 20 already planned)
    assertThat(programme).hasSize(3);
    PlacesResult needsLed = today.withCapital("needs-led", programme).run();
    assertThat(needsLed.nationalShortfall(Y1)).isZero();
    assertThat(needsLed.totalCapitalCost()).isEqualTo(Money.ofPounds(67_043).times(20 + 30 + 15));
    assertThat(needsLed.nationalRevenueCost(Y1)).isLessThan(base.nationalRevenueCost(Y1));
    // revenue saved over two years is far below 45 x £67,043 = £3.0m of extra capital: no payback inside the run
    assertThat(PlacesResult.paybackYear(base, needsLed)).isEmpty();
    // through the deficit projection: lower placement spend shows in Camden's DSG balance
    ScenarioResult a = base.deficitScenario(Assumptions.defaults()).run();
    ScenarioResult b = needsLed.deficitScenario(Assumptions.defaults()).run();
    assertThat(b.money(202, Y2, Measure.CLOSING_BALANCE)).isGreaterThan(a.money(202, Y2, Measure.CLOSING_BALANCE));
    assertThat(a.value(202, Y1, Measure.EHCP_PUPILS)).isEqualTo(500 - 8);
  }

  @Test
  void bad_scenarios_are_rejected_with_every_problem() {
    assertThatThrownBy(() -> PlacesScenario.builder().from(twoLas()).years(List.of(Y1, FinancialYear.parse("2030-31"))).build())
        .hasMessageContaining("2030-31 does not follow 2026-27")
        .hasMessageContaining("does not cover every year");
    assertThatThrownBy(() -> CapitalProject.of(CAMDEN, SettingType.INDEPENDENT_SPECIAL, 5, Y1, "x", Provenance.ILLUSTRATIVE))
        .hasMessageContaining("CapitalProject.setting: INDEPENDENT_SPECIAL is not a state-funded specialist setting");
  }

  @Test
  void every_pupil_is_placed_or_counted_unplaced_places_never_negative_and_capital_is_places_times_cost() {
    qt().withExamples(150).forAll(integers().between(0, 400), integers().between(0, 400), integers().between(0, 300), integers().between(0, 200))
        .checkAssert((demandMs, placesMs, newPlaces, issPlaces) -> {
          List<CapitalProject> capital = new ArrayList<>();
          if (newPlaces > 0) {
            capital.add(CapitalProject.of(CAMDEN, SettingType.MAINTAINED_SPECIAL, newPlaces, Y2, "p", Provenance.ILLUSTRATIVE));
          }
          PlacesScenario s = PlacesScenario.builder().dataset(TWO).addAllSupply(supply(CAMDEN, 3, placesMs, 10, 2, issPlaces))
              .capital(capital)
              .putDemand(202, CaseloadProjection.builder().localAuthority(CAMDEN)
                  .putYears(Y1, counts(SettingType.MAINTAINED_SPECIAL, demandMs, SettingType.RESOURCED_PROVISION, 7,
                      SettingType.INDEPENDENT_SPECIAL, demandMs / 4, SettingType.ALTERNATIVE_PROVISION, 1))
                  .putYears(Y2, counts(SettingType.MAINTAINED_SPECIAL, demandMs + 20, SettingType.ACADEMY_SPECIAL, 12))
                  .build())
              .years(List.of(Y1, Y2)).build();
          PlacesResult r = s.run();
          for (FinancialYear y : s.years()) {
            PlacementYear p = r.row(202, y);
            assertThat(p.placedTotal() + p.outOfArea() + p.unplaced()).isEqualTo(p.demandTotal());
            assertThat(p.placed().values()).allMatch(v -> v >= 0);
            assertThat(p.capacity().values()).allMatch(v -> v >= 0);
            assertThat(p.unplaced()).isNotNegative();
            assertThat(p.overflowToIndependent()).isNotNegative();
            assertThat(p.revenueCost().isNegative()).isFalse();
            for (SettingType st : PlacesModel.STATE_SETTINGS) {
              assertThat(p.placed().get(st)).isLessThanOrEqualTo(p.demand().get(st));
            }
          }
          assertThat(r.totalCapitalCost()).isEqualTo(Money.ofPounds(67_043).times(newPlaces));
          assertThat(r.totalNewPlaces()).isEqualTo((long) newPlaces);
        });
  }
}
