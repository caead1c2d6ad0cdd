package org.sendfunding.funding.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.ehcp.timeline.TimelineEngine;
import org.sendfunding.funding.dataset.CaseloadProjection;
import org.sendfunding.funding.dataset.Provenance;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * Worked examples on two LAs with the default parameters: 16.3 assessments a year per 100 plans with
 * plans; EP advice in every assessment; 1,400 hours per FTE, 50% statutory, 12 hours per advice, so
 * 12 / (1400 / 52 x 0.5) = 0.8914 weeks per advice; 10% vacancies; £100,000 per FTE; £52,500 per
 * training place; 3 years to qualify; 8% attrition.
 */
class ServicesModelTest {

  static final LocalAuthority CAMDEN = LocalAuthorities.england().byCode(202);
  static final LocalAuthority HALTON = LocalAuthorities.england().byCode(876);
  static final List<FinancialYear> YEARS = FinancialYear.range(FinancialYear.parse("2026-27"), FinancialYear.parse("2029-30"));

  static CaseloadProjection flat(LocalAuthority la, long pupils) {
    CaseloadProjection.Builder b = CaseloadProjection.builder().localAuthority(la);
    YEARS.forEach(y -> b.putYears(y, ImmutableMap.of(SettingType.MAINTAINED_SPECIAL, pupils)));
    return b.build();
  }

  static ServicesScenario twoLas() {
    return ServicesScenario.builder().name("two LAs")
        .addCapacities(ServiceCapacity.of(CAMDEN, SupportService.EDUCATIONAL_PSYCHOLOGY, new BigDecimal("10"), Provenance.ILLUSTRATIVE))
        .addCapacities(ServiceCapacity.of(HALTON, SupportService.EDUCATIONAL_PSYCHOLOGY, BigDecimal.ZERO, Provenance.ILLUSTRATIVE))
        .putDemand(202, flat(CAMDEN, 1000)).putDemand(876, flat(HALTON, 400))
        .years(YEARS).seed(3L).build();
  }

  @Test
  void advice_within_62_days_of_the_request_for_it_still_allows_a_plan_in_20_weeks() {
    // 6 weeks to decide (42 days) + d + 3 weeks drafting (21) + 15 days' comment <= 140 days (reg 13(2)) -> d <= 62
    PlanTimeliness t = PlanTimeliness.of(TimelineEngine.DEFAULT, 6, 3);
    assertThat(t.latestAdviceDays()).isEqualTo(62);
    assertThat(PlanTimeliness.of(TimelineEngine.DEFAULT, 6, 0).latestAdviceDays()).isEqualTo(83);
    assertThat(PlanTimeliness.of(TimelineEngine.DEFAULT, 20, 0).latestAdviceDays()).isEqualTo(-1);
  }

  @Test
  void camden_queue_follows_the_arithmetic_of_its_parameters() {
    ServicesResult r = twoLas().run();
    ServiceYear c = r.row(202, SupportService.EDUCATIONAL_PSYCHOLOGY, YEARS.get(0));
    // 10 FTE x (1 - 10%) = 9.00 in post -> 9 advisers
    assertThat(c.fteInPost()).isEqualByComparingTo("9.00");
    assertThat(c.advisers()).isEqualTo(9);
    // 1000 pupils x 16.3% = 163 requests a year = 3.1346 a week; load 3.1346 x 0.8914 / 9 = 0.3105
    assertThat(c.utilisation()).isCloseTo(163.0 / 52 * (12 / (1400.0 / 52 * 0.5)) / 9, within(1e-9));
    assertThat(c.utilisation()).isCloseTo(0.3105, within(0.0001));
    assertThat(c.requests()).isBetween(120L, 210L); // Poisson(163) drawn with seed 3
    assertThat(c.unbounded()).isFalse();
    assertThat(c.shareAdviceWithinLimit()).isGreaterThan(0.99);
    assertThat(c.sharePlansWithinTwentyWeeks()).isGreaterThanOrEqualTo(c.shareAdviceWithinLimit());
    assertThat(c.investmentCost()).isEqualTo(Money.ZERO);
  }

  @Test
  void halton_with_no_educational_psychologists_is_flagged_and_gives_no_nan() {
    ServicesResult r = twoLas().run();
    for (FinancialYear y : YEARS) {
      ServiceYear h = r.row(876, SupportService.EDUCATIONAL_PSYCHOLOGY, y);
      assertThat(h.advisers()).isZero();
      assertThat(h.unbounded()).isTrue();
      assertThat(h.meanWaitWeeks()).isEqualTo(Double.POSITIVE_INFINITY);
      assertThat(h.shareAdviceWithinLimit()).isZero();
      assertThat(h.sharePlansWithinTwentyWeeks()).isZero();
    }
    assertThat(r.unboundedLas(SupportService.EDUCATIONAL_PSYCHOLOGY, YEARS.get(0))).isEqualTo(1);
    assertThat(r.nationalShareAdviceWithinLimit(SupportService.EDUCATIONAL_PSYCHOLOGY, YEARS.get(0))).isNotNaN().isLessThan(0.75);
    assertThat(r.explain(876, SupportService.EDUCATIONAL_PSYCHOLOGY, YEARS.get(0)).toText()).contains("UNBOUNDED");
  }

  @Test
  void investment_in_fte_and_training_places_is_costed_and_cuts_waits() {
    ServicesScenario base = twoLas();
    ServiceInvestment inv = ServiceInvestment.builder().service(SupportService.EDUCATIONAL_PSYCHOLOGY)
        .from(YEARS.get(0)).extraFte(2).extraTrainingPlaces(1).build();
    ServicesResult a = base.run();
    ServicesResult b = base.withInvestments("+2 EPs, +1 trainee", inv).run();
    // Halton: 0 + 2 = 2 advisers from 2026-27; cost 2 x £100,000 + 1 x £52,500 = £252,500
    ServiceYear h = b.row(876, SupportService.EDUCATIONAL_PSYCHOLOGY, YEARS.get(0));
    assertThat(h.advisers()).isEqualTo(2);
    assertThat(h.investmentCost()).isEqualTo(Money.ofPounds(252_500));
    assertThat(h.unbounded()).isFalse(); // 400 x 16.3% / 52 x 0.8914 / 2 = 0.559
    // 2029-30: the first trainee (2026-27 cohort) qualifies after 3 years: 1.0 FTE more, paid £100,000
    ServiceYear h4 = b.row(876, SupportService.EDUCATIONAL_PSYCHOLOGY, YEARS.get(3));
    assertThat(h4.fteInPost()).isEqualByComparingTo("3.00");
    assertThat(h4.investmentCost()).isEqualTo(Money.ofPounds(352_500));
    ServiceYear c = b.row(202, SupportService.EDUCATIONAL_PSYCHOLOGY, YEARS.get(0));
    assertThat(c.meanWaitWeeks()).isLessThanOrEqualTo(a.row(202, SupportService.EDUCATIONAL_PSYCHOLOGY, YEARS.get(0)).meanWaitWeeks());
    assertThat(b.nationalSharePlansWithinTwentyWeeks(SupportService.EDUCATIONAL_PSYCHOLOGY, YEARS.get(0)))
        .isGreaterThan(a.nationalSharePlansWithinTwentyWeeks(SupportService.EDUCATIONAL_PSYCHOLOGY, YEARS.get(0)));
    // base has infinite waiting in Halton: no finite cost per pupil-week removed
    assertThat(ServicesResult.costPerPupilWeekRemoved(a, b, SupportService.EDUCATIONAL_PSYCHOLOGY)).isEmpty();
  }

  @Test
  void cost_per_pupil_week_removed_is_cost_over_weeks_removed() {
    ServicesScenario camdenOnly = ServicesScenario.builder().from(twoLas())
        .capacities(List.of(ServiceCapacity.of(CAMDEN, SupportService.EDUCATIONAL_PSYCHOLOGY, new BigDecimal("6"), Provenance.ILLUSTRATIVE)))
        .build();
    ServicesResult a = camdenOnly.run();
    ServicesResult b = camdenOnly.withInvestments("+1 EP", ServiceInvestment.builder().service(SupportService.EDUCATIONAL_PSYCHOLOGY)
        .from(YEARS.get(0)).extraFte(1).build()).run();
    double removed = 0;
    for (FinancialYear y : YEARS) {
      removed += a.nationalWaitingWeeks(SupportService.EDUCATIONAL_PSYCHOLOGY, y) - b.nationalWaitingWeeks(SupportService.EDUCATIONAL_PSYCHOLOGY, y);
    }
    assertThat(removed).isPositive();
    // 4 years x £100,000 / weeks removed, to the nearest penny
    assertThat(ServicesResult.costPerPupilWeekRemoved(a, b, SupportService.EDUCATIONAL_PSYCHOLOGY))
        .contains(Money.ofPence(Math.round(40_000_000.0 / removed)));
  }

  @Test
  void england_runs_every_la_for_ten_years() {
    ServicesScenario s = ServicesScenario.builder()
        .capacities(SufficiencyData.england().services().stream().filter(c -> c.service() == SupportService.EDUCATIONAL_PSYCHOLOGY).toList())
        .demand(CaseloadProjections.grown(org.sendfunding.funding.dataset.FundingDataset.england(), FinancialYear.parse("2026-27"), 10,
            org.sendfunding.model.money.Percentage.of("5")))
        .years(FinancialYear.range(FinancialYear.parse("2026-27"), FinancialYear.parse("2035-36")))
        .build();
    ServicesResult r = s.run();
    assertThat(r.rows()).hasSize(1530);
    FinancialYear first = FinancialYear.parse("2026-27");
    // 569,656 plans in the model's settings (SEN2 January 2025: 638,745 less 69,089 educated elsewhere,
    // NEET or placement unknown) x 1.05 x 16.3% = about 97,500 requests
    assertThat(r.nationalRequests(SupportService.EDUCATIONAL_PSYCHOLOGY, first)).isBetween(94_000L, 102_000L);
    assertThat(r.nationalShareAdviceWithinLimit(SupportService.EDUCATIONAL_PSYCHOLOGY, first)).isBetween(0.0, 1.0);
  }
}
