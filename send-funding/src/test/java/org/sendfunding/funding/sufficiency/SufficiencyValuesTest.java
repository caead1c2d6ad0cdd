package org.sendfunding.funding.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.ehcp.timeline.TimelineEngine;
import org.sendfunding.funding.dataset.Provenance;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * The sufficiency value types: every refusal with its exact message, the boundary value that is still
 * accepted, and the small derived figures (occupancy, coverage, parameter paths).
 */
class SufficiencyValuesTest {

  static final LocalAuthority CAMDEN = LocalAuthorities.england().byCode(202);
  static final FinancialYear Y1 = FinancialYear.parse("2026-27");

  @Test
  void place_supply_refuses_negative_counts_and_non_specialist_settings_but_accepts_zero() {
    assertThatThrownBy(() -> PlaceSupply.of(CAMDEN, SettingType.MAINTAINED_SPECIAL, -1, 0, Provenance.REAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PlaceSupply.capacity: -1 is negative (Camden (202), MAINTAINED_SPECIAL)");
    assertThatThrownBy(() -> PlaceSupply.of(CAMDEN, SettingType.MAINTAINED_SPECIAL, 0, -1, Provenance.REAL))
        .hasMessage("PlaceSupply.onRoll: -1 is negative (Camden (202), MAINTAINED_SPECIAL)");
    assertThatThrownBy(() -> PlaceSupply.of(CAMDEN, SettingType.MAINSTREAM_ACADEMY, 10, 10, Provenance.REAL))
        .hasMessage("PlaceSupply.setting: MAINSTREAM_ACADEMY is not a specialist setting (Camden (202))");
    // zero is allowed for both counts, and AP and resourced provision are accepted although not "specialist"
    assertThat(PlaceSupply.of(CAMDEN, SettingType.ALTERNATIVE_PROVISION, 0, 0, Provenance.REAL).capacity()).isZero();
    assertThat(PlaceSupply.of(CAMDEN, SettingType.RESOURCED_PROVISION, 0, 0, Provenance.REAL).onRoll()).isZero();
  }

  @Test
  void occupancy_is_on_roll_over_places_with_the_two_zero_cases_defined() {
    // 412 on roll in 400 places: 1.03, over capacity as two thirds of special schools were in May 2024
    // (DfE school capacity survey, "School capacity 2023/24", as reported by the BBC)
    assertThat(PlaceSupply.of(CAMDEN, SettingType.MAINTAINED_SPECIAL, 400, 412, Provenance.ILLUSTRATIVE).occupancy()).isEqualTo(1.03);
    assertThat(PlaceSupply.of(CAMDEN, SettingType.MAINTAINED_SPECIAL, 0, 5, Provenance.ILLUSTRATIVE).occupancy())
        .isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(PlaceSupply.of(CAMDEN, SettingType.MAINTAINED_SPECIAL, 0, 0, Provenance.ILLUSTRATIVE).occupancy()).isEqualTo(0.0);
    assertThat(PlaceSupply.of(CAMDEN, SettingType.MAINTAINED_SPECIAL, 7, 0, Provenance.ILLUSTRATIVE).occupancy()).isEqualTo(0.0);
  }

  @Test
  void capital_project_needs_at_least_one_place_in_a_state_setting() {
    assertThatThrownBy(() -> CapitalProject.of(CAMDEN, SettingType.ACADEMY_SPECIAL, 0, Y1, "x", Provenance.REAL))
        .hasMessage("CapitalProject.places: 0 must be above zero (Camden (202), ACADEMY_SPECIAL)");
    assertThatThrownBy(() -> CapitalProject.of(CAMDEN, SettingType.ACADEMY_SPECIAL, -5, Y1, "x", Provenance.REAL))
        .hasMessage("CapitalProject.places: -5 must be above zero (Camden (202), ACADEMY_SPECIAL)");
    assertThatThrownBy(() -> CapitalProject.of(CAMDEN, SettingType.MAINSTREAM_MAINTAINED, 3, Y1, "x", Provenance.REAL))
        .hasMessage("CapitalProject.setting: MAINSTREAM_MAINTAINED is not a state-funded specialist setting "
            + PlacesModel.STATE_SETTINGS + " (Camden (202))");
    assertThat(CapitalProject.of(CAMDEN, SettingType.RESOURCED_PROVISION, 1, Y1, "x", Provenance.REAL).places()).isEqualTo(1);
  }

  @Test
  void service_capacity_refuses_negative_fte_and_accepts_zero() {
    assertThatThrownBy(() -> ServiceCapacity.of(CAMDEN, SupportService.CAMHS, new BigDecimal("-0.1"), Provenance.REAL))
        .hasMessage("ServiceCapacity.fte: -0.1 is negative (Camden (202), CAMHS)");
    assertThat(ServiceCapacity.of(CAMDEN, SupportService.CAMHS, BigDecimal.ZERO, Provenance.REAL).fte()).isZero();
  }

  @Test
  void service_investment_refusals_and_its_readable_form() {
    assertThatThrownBy(() -> ServiceInvestment.builder().service(SupportService.EDUCATIONAL_PSYCHOLOGY).from(Y1).extraFte(-1)
        .extraTrainingPlaces(2).build()).hasMessage("ServiceInvestment.extraFte: -1 is negative");
    assertThatThrownBy(() -> ServiceInvestment.builder().service(SupportService.EDUCATIONAL_PSYCHOLOGY).from(Y1).extraFte(2)
        .extraTrainingPlaces(-1).build()).hasMessage("ServiceInvestment.extraTrainingPlaces: -1 is negative");
    assertThatThrownBy(() -> ServiceInvestment.builder().service(SupportService.CAMHS).from(Y1).build())
        .hasMessage("ServiceInvestment: CAMHS from 2026-27 adds neither FTE nor training places");
    ServiceInvestment one = ServiceInvestment.builder().service(SupportService.EDUCATIONAL_PSYCHOLOGY).from(Y1).extraFte(1).build();
    assertThat(one.extraTrainingPlaces()).isZero();
    assertThat(one.toString()).isEqualTo("Educational psychology from 2026-27: +1 FTE, +0 training places a year in every LA");
    assertThat(one.covers(202)).isTrue();
    assertThat(one.covers(876)).isTrue();
    ServiceInvestment some = ServiceInvestment.builder().service(SupportService.OCCUPATIONAL_THERAPY).from(Y1).extraTrainingPlaces(1)
        .addLaCodes(202).build();
    assertThat(some.extraFte()).isZero();
    assertThat(some.toString()).isEqualTo("Occupational therapy from 2026-27: +0 FTE, +1 training places a year in LAs [202]");
    assertThat(some.covers(202)).isTrue();
    assertThat(some.covers(876)).isFalse();
  }

  @Test
  void support_services_parse_by_key_or_name_and_build_parameter_paths() {
    for (SupportService s : SupportService.values()) {
      assertThat(SupportService.parse(" " + s.key().toUpperCase() + " ")).isSameAs(s);
      assertThat(SupportService.parse(s.name().toLowerCase())).isSameAs(s);
    }
    assertThat(SupportService.SPEECH_AND_LANGUAGE_THERAPY.parameterPath("hours_per_advice"))
        .isEqualTo("sufficiency.services.speech_and_language_therapy.hours_per_advice");
    assertThat(SupportService.ADVISORY_TEACHING.displayName()).isEqualTo("Advisory teaching");
    assertThatThrownBy(() -> SupportService.parse("physio")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'physio' is not one of educational_psychology, speech_and_language_therapy, occupational_therapy, camhs, "
            + "advisory_teaching");
  }

  @Test
  void queue_inputs_refuse_each_bad_field_with_the_year_named() {
    assertThatThrownBy(() -> QueueInputs.builder().meanServiceWeeks(1).seed(1).build())
        .hasMessage("QueueInputs.arrivalsPerWeek: at least one year is required");
    assertThatThrownBy(() -> QueueInputs.builder().addArrivalsPerWeek(1.0, 2.0).addServers(1).meanServiceWeeks(1).seed(1).build())
        .hasMessage("QueueInputs.servers: 1 years given but arrivalsPerWeek has 2");
    assertThatThrownBy(() -> QueueInputs.builder().addArrivalsPerWeek(1.0, -0.5).addServers(1, 1).meanServiceWeeks(1).seed(1).build())
        .hasMessage("QueueInputs.arrivalsPerWeek: -0.5 in year 2 must be finite and not negative");
    assertThatThrownBy(() -> QueueInputs.builder().addArrivalsPerWeek(Double.POSITIVE_INFINITY).addServers(1).meanServiceWeeks(1).seed(1)
        .build()).hasMessage("QueueInputs.arrivalsPerWeek: Infinity in year 1 must be finite and not negative");
    assertThatThrownBy(() -> QueueInputs.builder().addArrivalsPerWeek(1.0).addServers(-1).meanServiceWeeks(1).seed(1).build())
        .hasMessage("QueueInputs.servers: -1 in year 1 is negative");
    assertThatThrownBy(() -> QueueInputs.builder().addArrivalsPerWeek(1.0).addServers(1).meanServiceWeeks(0).seed(1).build())
        .hasMessage("QueueInputs.meanServiceWeeks: 0.0 must be finite and above zero");
    assertThatThrownBy(() -> QueueInputs.builder().addArrivalsPerWeek(1.0).addServers(1).meanServiceWeeks(Double.NaN).seed(1).build())
        .hasMessage("QueueInputs.meanServiceWeeks: NaN must be finite and above zero");
    assertThatThrownBy(() -> QueueInputs.builder().addArrivalsPerWeek(1.0).addServers(1).meanServiceWeeks(1).limitWeeks(0).seed(1).build())
        .hasMessage("QueueInputs.limitWeeks: 0 must be above zero");
    // the boundaries that are allowed: no arrivals, no advisers, a one-week limit
    QueueInputs edge = QueueInputs.builder().addArrivalsPerWeek(0.0).addServers(0).meanServiceWeeks(0.5).limitWeeks(1).seed(1).build();
    assertThat(edge.years()).isEqualTo(1);
    assertThat(QueueInputs.builder().addArrivalsPerWeek(0.0).addServers(0).meanServiceWeeks(0.5).seed(1).build().limitWeeks())
        .isEqualTo(6); // reg 8: advice within 6 weeks
  }

  @Test
  void plan_timeliness_refuses_negative_weeks_and_keeps_the_weeks_it_was_given() {
    assertThatThrownBy(() -> PlanTimeliness.of(TimelineEngine.DEFAULT, -1, 3))
        .hasMessage("PlanTimeliness.decisionWeeks: -1 is negative");
    assertThatThrownBy(() -> PlanTimeliness.of(TimelineEngine.DEFAULT, 6, -1))
        .hasMessage("PlanTimeliness.draftingWeeks: -1 is negative");
    PlanTimeliness t = PlanTimeliness.of(TimelineEngine.DEFAULT, 0, 0);
    assertThat(t.decisionWeeks()).isZero();
    assertThat(t.draftingWeeks()).isZero();
    // 0 + d + 0 + 15 <= 140 days (reg 13(2), 20 weeks): d <= 125
    assertThat(t.latestAdviceDays()).isEqualTo(125);
  }

  @Test
  void latest_advice_day_is_140_less_the_fixed_steps_whenever_that_is_in_range() {
    // 20 weeks = 140 days (reg 13(2)); 15 days' comment (reg 13(1)); so d = 140 - 7 x (decide + draft) - 15
    // no assuming(): drafting weeks are folded into 0..17 - decide, so every example counts
    qt().withExamples(12).forAll(integers().between(0, 17), integers().between(0, 17))
        .checkAssert((decide, b) -> {
          int draft = b % (18 - decide);
          PlanTimeliness t = PlanTimeliness.of(TimelineEngine.DEFAULT, decide, draft);
          int expected = 140 - 7 * (decide + draft) - 15;
          assertThat(t.latestAdviceDays()).isEqualTo(Math.min(expected, AdviceQueue.HISTOGRAM_DAYS));
          assertThat(t.decisionWeeks()).isEqualTo(decide);
          assertThat(t.draftingWeeks()).isEqualTo(draft);
        });
  }

  @Test
  void years_of_a_places_scenario_must_be_given_and_consecutive() {
    assertThatThrownBy(() -> PlacesScenario.builder().from(PlacesModelTest.twoLas()).years(List.of()).build())
        .hasMessageStartingWith("PlacesScenario two LAs: years: at least one year is required");
  }

  @Test
  void data_is_illustrative_when_any_row_of_any_kind_is() {
    ServiceCapacity realService = ServiceCapacity.of(CAMDEN, SupportService.CAMHS, BigDecimal.ONE, Provenance.REAL);
    PlaceSupply realPlaces = PlaceSupply.of(CAMDEN, SettingType.MAINTAINED_SPECIAL, 10, 10, Provenance.REAL);
    CapitalProject realProject = CapitalProject.of(CAMDEN, SettingType.MAINTAINED_SPECIAL, 10, Y1, "p", Provenance.REAL);
    assertThat(SufficiencyData.builder().build().illustrative()).isFalse();
    assertThat(SufficiencyData.builder().addServices(realService).addPlaces(realPlaces).addCapital(realProject).build().illustrative())
        .isFalse();
    assertThat(SufficiencyData.builder().addServices(ServiceCapacity.of(CAMDEN, SupportService.CAMHS, BigDecimal.ONE, Provenance.ILLUSTRATIVE))
        .addPlaces(realPlaces).addCapital(realProject).build().illustrative()).isTrue();
    assertThat(SufficiencyData.builder().addServices(realService)
        .addPlaces(PlaceSupply.of(CAMDEN, SettingType.MAINTAINED_SPECIAL, 10, 10, Provenance.ILLUSTRATIVE)).addCapital(realProject).build()
        .illustrative()).isTrue();
    assertThat(SufficiencyData.builder().addServices(realService).addPlaces(realPlaces)
        .addCapital(CapitalProject.of(CAMDEN, SettingType.MAINTAINED_SPECIAL, 10, Y1, "p", Provenance.ILLUSTRATIVE)).build()
        .illustrative()).isTrue();
    // the embedded England data: 153 LAs' establishments, places and programme, generated to match national totals
    SufficiencyData england = SufficiencyData.england();
    assertThat(england.illustrative()).isTrue();
    assertThat(england.services()).isNotEmpty();
    assertThat(england.places()).isNotEmpty();
    assertThat(england.capital()).isNotEmpty();
  }

  @Test
  void a_places_scenario_is_named_places_unless_named() {
    PlacesScenario s = PlacesScenario.builder().from(PlacesModelTest.twoLas()).name("x").build();
    assertThat(s.name()).isEqualTo("x");
    assertThat(PlacesScenario.builder().dataset(PlacesModelTest.TWO).addYears(Y1).build().name()).isEqualTo("places");
    assertThat(ServicesScenario.builder().addYears(Y1).build().name()).isEqualTo("services");
    assertThat(ServicesScenario.builder().addYears(Y1).build().seed()).isEqualTo(1L);
  }

  @Test
  void grown_caseloads_cover_exactly_the_years_asked_growing_from_the_base_year() {
    org.sendfunding.funding.dataset.FundingDataset one = org.sendfunding.funding.dataset.FundingDataset.england().restrictedTo(List.of(202));
    org.sendfunding.funding.dataset.SettingCaseload base = one.caseload(202);
    FinancialYear next = base.baseYear().next();
    com.google.common.collect.ImmutableMap<Integer, org.sendfunding.funding.dataset.CaseloadProjection> g =
        CaseloadProjections.grown(one, base.baseYear(), 3, org.sendfunding.model.money.Percentage.of("5"));
    assertThat(g.get(202).years().keySet()).containsExactly(base.baseYear(), next, next.next());
    long ms = base.pupils(SettingType.MAINTAINED_SPECIAL);
    assertThat(ms).isPositive();
    // year k from the base: pupils x 1.05^k, rounded half up
    assertThat(g.get(202).pupils(base.baseYear(), SettingType.MAINTAINED_SPECIAL)).isEqualTo(ms);
    assertThat(g.get(202).pupils(next, SettingType.MAINTAINED_SPECIAL))
        .isEqualTo(new BigDecimal(ms).multiply(new BigDecimal("1.05")).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    assertThat(g.get(202).pupils(next.next(), SettingType.MAINTAINED_SPECIAL))
        .isEqualTo(new BigDecimal(ms).multiply(new BigDecimal("1.1025")).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    assertThat(CaseloadProjections.grown(one, next, 1, org.sendfunding.model.money.Percentage.of("5")).get(202).years()).hasSize(1);
  }
}
