package org.sendfunding.funding.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sendfunding.funding.sufficiency.ServicesModelTest.CAMDEN;
import static org.sendfunding.funding.sufficiency.ServicesModelTest.HALTON;
import static org.sendfunding.funding.sufficiency.ServicesModelTest.YEARS;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.dataset.CaseloadProjection;
import org.sendfunding.funding.dataset.Provenance;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.ParameterUse;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * The services engine's arithmetic beyond the first year, and its result's national figures and
 * explanations, with the default parameters (the parameter files under sufficiency/services cite each,
 * e.g. DfE, "Educational psychology services: workforce insights and school perspectives on impact",
 * June 2023, for retention and statutory workload): educational psychology 100% of assessments, 12 hours an advice, 1,400 hours
 * an FTE, 50% statutory, 10% vacancies, 8% attrition a year, 3 years' training at £52,500 a place
 * started, £100,000 an FTE; CAMHS 25% of assessments, 15% vacancies; 16.3 assessments a year per 100
 * plans.
 */
class ServicesResultTest {

  static final List<FinancialYear> SIX = FinancialYear.range(FinancialYear.parse("2026-27"), FinancialYear.parse("2031-32"));
  static final SupportService EP = SupportService.EDUCATIONAL_PSYCHOLOGY;

  static CaseloadProjection flat(List<FinancialYear> years, long pupils) {
    CaseloadProjection.Builder b = CaseloadProjection.builder().localAuthority(HALTON);
    years.forEach(y -> b.putYears(y, ImmutableMap.of(SettingType.MAINTAINED_SPECIAL, pupils / 2, SettingType.MAINSTREAM_ACADEMY, pupils - pupils / 2)));
    return b.build();
  }

  @Test
  void trainees_qualify_after_the_lag_and_are_retained_at_one_less_attrition_a_year() {
    ServicesScenario s = ServicesScenario.builder().name("trainees")
        .addCapacities(ServiceCapacity.of(HALTON, EP, BigDecimal.ZERO, Provenance.ILLUSTRATIVE))
        .putDemand(876, flat(SIX, 400)).years(SIX).seed(3L)
        .addInvestments(ServiceInvestment.builder().service(EP).from(SIX.get(0)).extraTrainingPlaces(1).build())
        .build();
    ServicesResult r = s.run();
    // 2026-27 to 2028-29: still training; £52,500 for each place started every year
    for (int t = 0; t < 3; t++) {
      ServiceYear y = r.row(876, EP, SIX.get(t));
      assertThat(y.fteInPost()).isEqualByComparingTo("0.00");
      assertThat(y.advisers()).isZero();
      assertThat(y.investmentCost()).isEqualTo(Money.ofPounds(52_500));
    }
    // 2029-30: the 2026 cohort qualifies: 1.0 FTE at £100,000
    assertThat(r.row(876, EP, SIX.get(3)).fteInPost()).isEqualByComparingTo("1.00");
    assertThat(r.row(876, EP, SIX.get(3)).investmentCost()).isEqualTo(Money.ofPounds(152_500));
    // 2030-31: 0.92 (2026 cohort after a year's 8% attrition) + 1 = 1.92, kept to 1 decimal place: 1.9 FTE, 1 adviser
    ServiceYear y5 = r.row(876, EP, SIX.get(4));
    assertThat(y5.fteInPost()).isEqualByComparingTo("1.90");
    assertThat(y5.advisers()).isEqualTo(1);
    assertThat(y5.investmentCost()).isEqualTo(Money.ofPounds(190_000 + 52_500));
    // 2031-32: 0.92^2 + 0.92 + 1 = 2.7664 -> 2.8 FTE, 2 advisers, £280,000 + £52,500
    ServiceYear y6 = r.row(876, EP, SIX.get(5));
    assertThat(y6.fteInPost()).isEqualByComparingTo("2.80");
    assertThat(y6.advisers()).isEqualTo(2);
    assertThat(y6.investmentCost()).isEqualTo(Money.ofPounds(332_500));
    assertThat(r.nationalInvestmentCost(EP, SIX.get(5))).isEqualTo(Money.ofPounds(332_500));
  }

  @Test
  void fractional_establishment_gives_whole_advisers_and_investments_apply_only_where_and_when_they_cover() {
    ServicesScenario s = ServicesScenario.builder().name("fractions")
        .addCapacities(ServiceCapacity.of(CAMDEN, EP, new BigDecimal("10.5"), Provenance.ILLUSTRATIVE))
        .addCapacities(ServiceCapacity.of(CAMDEN, SupportService.CAMHS, new BigDecimal("4"), Provenance.REAL))
        .putDemand(202, ServicesModelTest.flat(CAMDEN, 1000)).years(YEARS).seed(3L)
        // from the second year, Halton only: Camden is not covered
        .addInvestments(ServiceInvestment.builder().service(EP).from(YEARS.get(1)).extraFte(5).addLaCodes(876).build())
        // from the second year, every LA, CAMHS
        .addInvestments(ServiceInvestment.builder().service(SupportService.CAMHS).from(YEARS.get(1)).extraFte(2).build())
        .build();
    ServicesResult r = s.run();
    // 10.5 x (1 - 10%) = 9.45 FTE in post, 9 whole advisers
    ServiceYear ep = r.row(202, EP, YEARS.get(1));
    assertThat(ep.fteInPost()).isEqualByComparingTo("9.45");
    assertThat(ep.advisers()).isEqualTo(9);
    assertThat(ep.investmentCost()).isEqualTo(Money.ZERO);
    // CAMHS: 4 x (1 - 15%) = 3.40; from 2027-28 + 2 FTE = 5.40 at £75,000 each = £150,000
    assertThat(r.row(202, SupportService.CAMHS, YEARS.get(0)).fteInPost()).isEqualByComparingTo("3.40");
    assertThat(r.row(202, SupportService.CAMHS, YEARS.get(0)).advisers()).isEqualTo(3);
    assertThat(r.row(202, SupportService.CAMHS, YEARS.get(0)).investmentCost()).isEqualTo(Money.ZERO);
    ServiceYear camhs = r.row(202, SupportService.CAMHS, YEARS.get(1));
    assertThat(camhs.fteInPost()).isEqualByComparingTo("5.40");
    assertThat(camhs.advisers()).isEqualTo(5);
    assertThat(camhs.investmentCost()).isEqualTo(Money.ofPounds(150_000));
    // CAMHS requests: 1000 x 16.3% x 25% = 40.75 a year; service 10 / (1400 / 52 x 50%) = 0.742857 weeks
    ImmutableList<QueueInputs> q = ServicesModel.DEFAULT.queueInputs(s);
    assertThat(q).hasSize(2);
    assertThat(q.get(1).arrivalsPerWeek().get(0)).isCloseTo(40.75 / 52, within(1e-12));
    assertThat(q.get(1).meanServiceWeeks()).isCloseTo(10 / (1400.0 / 52 * 0.5), within(1e-12));
    assertThat(q.get(1).servers()).containsExactly(3, 5, 5, 5);
    assertThat(q.get(0).arrivalsPerWeek().get(3)).isCloseTo(163.0 / 52, within(1e-12));
    assertThat(q.get(0).meanServiceWeeks()).isCloseTo(12 / (1400.0 / 52 * 0.5), within(1e-12));
    assertThat(q.get(0).servers()).containsExactly(9, 9, 9, 9);
    // each queue's seed mixes in the LA code and the service: 3 + 1,000,003 x 202 + 7,919 x ordinal
    assertThat(q.get(0).seed()).isEqualTo(3L + 1_000_003L * 202);
    assertThat(q.get(1).seed()).isEqualTo(3L + 1_000_003L * 202 + 7_919L * 3);
    assertThat(q.get(0).limitWeeks()).isEqualTo(6);
  }

  @Test
  void national_figures_weight_each_la_by_its_requests() {
    ServicesResult r = ServicesModelTest.twoLas().run();
    FinancialYear y = YEARS.get(0);
    ServiceYear c = r.row(202, EP, y);
    ServiceYear h = r.row(876, EP, y);
    assertThat(r.nationalRequests(EP, y)).isEqualTo(c.requests() + h.requests());
    // Halton, with no EPs, answers nothing: the national share is Camden's share x Camden's weight
    assertThat(h.requests()).isPositive();
    assertThat(r.nationalShareAdviceWithinLimit(EP, y))
        .isCloseTo(c.shareAdviceWithinLimit() * c.requests() / (c.requests() + h.requests()), within(1e-12));
    assertThat(r.nationalSharePlansWithinTwentyWeeks(EP, y))
        .isCloseTo(c.sharePlansWithinTwentyWeeks() * c.requests() / (c.requests() + h.requests()), within(1e-12));
    assertThat(r.nationalWaitingWeeks(EP, y)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(r.unboundedLas(EP, y)).isEqualTo(1);
    // a service with no rows: no requests, nothing late, nothing spent
    assertThat(r.nationalRequests(SupportService.CAMHS, y)).isZero();
    assertThat(r.nationalShareAdviceWithinLimit(SupportService.CAMHS, y)).isEqualTo(1.0);
    assertThat(r.nationalSharePlansWithinTwentyWeeks(SupportService.CAMHS, y)).isEqualTo(1.0);
    assertThat(r.nationalWaitingWeeks(SupportService.CAMHS, y)).isZero();
    assertThat(r.unboundedLas(SupportService.CAMHS, y)).isZero();
    assertThat(r.nationalInvestmentCost(SupportService.CAMHS, y)).isEqualTo(Money.ZERO);
    assertThat(r.rows()).hasSize(8);
    assertThat(r.scenario().name()).isEqualTo("two LAs");
    // 6 weeks to decide, 3 to draft: advice within 62 days still allows a plan in 20 weeks (reg 13(2))
    assertThat(r.timeliness().latestAdviceDays()).isEqualTo(62);
    assertThat(r.timeliness().decisionWeeks()).isEqualTo(6);
    assertThat(r.timeliness().draftingWeeks()).isEqualTo(3);
  }

  @Test
  void a_missing_row_is_refused_by_name() {
    ServicesResult r = ServicesModelTest.twoLas().run();
    assertThatThrownBy(() -> r.row(202, SupportService.CAMHS, YEARS.get(0))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ServicesResult: no row for LA 202, CAMHS, 2026-27");
  }

  @Test
  void cost_per_pupil_week_removed_is_empty_unless_waiting_falls() {
    ServicesScenario camdenOnly = ServicesScenario.builder().from(ServicesModelTest.twoLas())
        .capacities(List.of(ServiceCapacity.of(CAMDEN, EP, new BigDecimal("6"), Provenance.ILLUSTRATIVE))).build();
    ServicesResult a = camdenOnly.run();
    // the same run: nothing removed
    assertThat(ServicesResult.costPerPupilWeekRemoved(a, a, EP)).isEmpty();
    // fewer EPs wait longer: waiting is added, not removed
    ServicesResult fewer = ServicesScenario.builder().from(camdenOnly)
        .capacities(List.of(ServiceCapacity.of(CAMDEN, EP, new BigDecimal("5"), Provenance.ILLUSTRATIVE))).build().run();
    assertThat(fewer.nationalWaitingWeeks(EP, YEARS.get(0))).isGreaterThan(a.nationalWaitingWeeks(EP, YEARS.get(0)));
    assertThat(ServicesResult.costPerPupilWeekRemoved(a, fewer, EP)).isEmpty();
    // the other way round, cost nothing: £0.00 a week removed
    assertThat(ServicesResult.costPerPupilWeekRemoved(fewer, a, EP)).contains(Money.ZERO);
  }

  @Test
  void explanation_gives_the_queue_inputs_and_every_parameter_used() {
    ServicesResult r = ServicesModelTest.twoLas().run();
    Explanation c = r.explain(202, EP, YEARS.get(0));
    ServiceYear row = r.row(202, EP, YEARS.get(0));
    assertThat(c.rule()).isEqualTo("Educational psychology advice for EHC needs assessments (Camden (202), 2026-27)");
    assertThat(c.source().get().paragraph().get()).startsWith("reg 8");
    assertThat(c.amount()).contains(Money.ZERO);
    assertThat(c.inputs().get("data")).isEqualTo("illustrative establishment 10 FTE");
    assertThat(c.inputs().get("FTE in post")).isEqualTo("9.00");
    assertThat(c.inputs().get("advisers")).isEqualTo("9");
    assertThat(c.inputs().get("requests")).isEqualTo(Long.toString(row.requests()));
    assertThat(c.inputs().get("utilisation")).isEqualTo("0.310");
    assertThat(c.inputs().get("latest advice for a plan in 20 weeks")).isEqualTo("62 days after the advice request");
    assertThat(c.inputs().get("seed")).isEqualTo("3");
    assertThat(c.result()).doesNotContain("UNBOUNDED").endsWith("% of plans within 20 weeks");
    assertThat(c.parameters()).extracting(ParameterUse::path).containsExactly(
        "sufficiency.services.educational_psychology.assessment_share", "sufficiency.services.educational_psychology.hours_per_fte",
        "sufficiency.services.educational_psychology.statutory_share", "sufficiency.services.educational_psychology.hours_per_advice",
        "sufficiency.services.educational_psychology.vacancy_rate", "sufficiency.services.educational_psychology.cost_per_fte",
        "sufficiency.services.educational_psychology.training_cost_per_place",
        "sufficiency.services.educational_psychology.training_lag_years", "sufficiency.services.educational_psychology.attrition",
        "sufficiency.demand.assessments_per_pupil", "sufficiency.timeline.decision_weeks", "sufficiency.timeline.drafting_weeks");
    Explanation h = r.explain(876, EP, YEARS.get(0));
    assertThat(h.result()).isEqualTo("0.0% of advice within 6 weeks, 0.0% of plans within 20 weeks, UNBOUNDED waits");
    assertThat(h.inputs().get("mean wait for an adviser")).isEqualTo("Infinity weeks");
    // the establishment shown is the row's own LA and service, not the first row of the capacities
    assertThat(h.inputs().get("data")).isEqualTo("illustrative establishment 0 FTE");
    ServicesResult two = ServicesScenario.builder().from(ServicesModelTest.twoLas())
        .capacities(List.of(ServiceCapacity.of(CAMDEN, EP, new BigDecimal("10"), Provenance.ILLUSTRATIVE),
            ServiceCapacity.of(CAMDEN, SupportService.CAMHS, new BigDecimal("4.5"), Provenance.REAL)))
        .build().run();
    assertThat(two.explain(202, SupportService.CAMHS, YEARS.get(0)).inputs().get("data")).isEqualTo("real establishment 4.5 FTE");
    assertThat(two.explain(202, SupportService.CAMHS, YEARS.get(0)).parameters().get(0).path())
        .isEqualTo("sufficiency.services.camhs.assessment_share");
  }

  @Test
  void scenario_problems_are_listed_together() {
    ServicesScenario ok = ServicesModelTest.twoLas();
    assertThatThrownBy(() -> ServicesScenario.builder().from(ok).years(List.of()).build())
        .hasMessage("ServicesScenario two LAs: years: at least one year is required");
    assertThatThrownBy(() -> ServicesScenario.builder().from(ok)
        .years(List.of(YEARS.get(0), YEARS.get(2))).build())
        .hasMessage("ServicesScenario two LAs: years: 2028-29 does not follow 2026-27");
    assertThatThrownBy(() -> ServicesScenario.builder().from(ok)
        .addCapacities(ServiceCapacity.of(CAMDEN, EP, BigDecimal.ONE, Provenance.REAL))
        .addCapacities(ServiceCapacity.of(org.sendfunding.model.authority.LocalAuthorities.england().byCode(886), EP, BigDecimal.ONE,
            Provenance.REAL))
        .addCapacities(ServiceCapacity.of(org.sendfunding.model.authority.LocalAuthorities.england().byCode(886), SupportService.CAMHS,
            BigDecimal.ONE, Provenance.REAL))
        .build())
        .hasMessage("ServicesScenario two LAs: capacities: Camden (202) has two rows for educational_psychology; "
            + "demand: no projection for Kent (886)");
    assertThatThrownBy(() -> ServicesScenario.builder().from(ok)
        .years(FinancialYear.range(YEARS.get(0), FinancialYear.parse("2031-32"))).build())
        .hasMessage("ServicesScenario two LAs: demand: the projection for Camden (202) does not cover 2030-31; "
            + "demand: the projection for Halton (876) does not cover 2030-31");
    // Kent's two services (above) name its missing projection once
    assertThat(ok.seed()).isEqualTo(3L);
    assertThat(ServicesScenario.builder().from(ok).seed(1L).build().equals(ok)).isFalse();
  }

  @Test
  void a_single_year_run_has_its_service_time_and_national_shares_keep_advice_and_plans_apart() {
    ServicesScenario one = ServicesScenario.builder().from(ServicesModelTest.twoLas()).years(List.of(YEARS.get(0)))
        .capacities(List.of(ServiceCapacity.of(CAMDEN, EP, new BigDecimal("3"), Provenance.ILLUSTRATIVE))).build();
    // 12 hours / (1,400 / 52 x 50%) = 0.8914 weeks an advice, from the first (here the only) year's parameters
    assertThat(ServicesModel.DEFAULT.queueInputs(one).get(0).meanServiceWeeks()).isCloseTo(12 / (1400.0 / 52 * 0.5), within(1e-12));
    ServicesResult r = one.run();
    // 3 x 90% = 2.7 FTE, 2 advisers for 163 requests a year: load 1.4, so the queue grows and some advice is
    // later than 6 weeks (reg 8) yet early enough for a plan in 20 weeks (62 days, reg 13(2))
    ServiceYear c = r.row(202, EP, YEARS.get(0));
    assertThat(c.advisers()).isEqualTo(2);
    assertThat(c.sharePlansWithinTwentyWeeks()).isGreaterThan(c.shareAdviceWithinLimit());
    assertThat(r.nationalShareAdviceWithinLimit(EP, YEARS.get(0))).isEqualTo(c.shareAdviceWithinLimit());
    assertThat(r.nationalSharePlansWithinTwentyWeeks(EP, YEARS.get(0))).isEqualTo(c.sharePlansWithinTwentyWeeks());
  }
}
