package org.sendfunding.ehcp.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.SettingType;

/**
 * The calibration from published tables: the cohort decomposition and the small-count rule on hand-made
 * tables whose answers are worked by hand, bad input refused with every problem located, and real
 * published figures of four LAs (Camden, Hackney, Islington, Rutland; DfE "Education, health and care
 * plans", 2025 release, OGL v3.0) in {@code sen2-four-las.csv}.
 */
class CaseloadCalibratorTest {

  private static final LocalAuthorities ENGLAND = LocalAuthorities.england();
  private static final LocalAuthority CAMDEN = ENGLAND.byCode(202);
  private static final LocalAuthority HACKNEY = ENGLAND.byCode(204);
  private static final LocalAuthority ISLINGTON = ENGLAND.byCode(206);
  private static final LocalAuthority RUTLAND = ENGLAND.byCode(857);

  // ---- the small-count rule ----

  @Test
  void empirical_bayes_worked_example() {
    // The javadoc's example: 10, 30 and 20 of 100 leaving; p = 0.2, tau^2 = 0.0084, m = 18.05.
    double[] x = {10, 30, 20};
    double[] n = {100, 100, 100};
    assertThat(EmpiricalBayes.pooled(x, n)).isCloseTo(0.2, within(1e-12));
    double m = EmpiricalBayes.strength(x, n);
    assertThat(m).isCloseTo(0.16 / 0.0084 - 1, within(1e-9));
    assertThat(EmpiricalBayes.shrink(1, 4, 0.2, m)).isCloseTo(0.20907, within(1e-5));
    // Rates no more different than binomial noise: one rate for all (full pooling).
    assertThat(EmpiricalBayes.strength(new double[] {20, 20, 21}, new double[] {100, 100, 100}))
        .isEqualTo(EmpiricalBayes.FULL_POOLING);
    // One LA alone cannot show how LAs differ.
    assertThat(EmpiricalBayes.strength(new double[] {5}, new double[] {10})).isEqualTo(EmpiricalBayes.FULL_POOLING);
  }

  // ---- hand-made tables ----

  /**
   * One LA's hand-made tables: 100 plans at 10 and 100 at 11 in January 2024; 90 at 11, 95 at 12 and 10 at
   * 5 in January 2025; {@code ceased} ceased and {@code made} new plans in 2024. Cohort changes: -10 at
   * 10, -5 at 11, +10 at 5; the totals add churn of ((ceased - 15) + (made - 10)) / 2, spread half and
   * half over the two ages.
   */
  static List<PublishedCount> handMade(int la, int scale, int ceased, int made) {
    List<PublishedCount> c = new ArrayList<>();
    String src = "hand-made " + la;
    c.add(PublishedCount.of(PublishedTable.CASELOAD_BY_AGE, la, 2024, "10", 100L * scale, src));
    c.add(PublishedCount.of(PublishedTable.CASELOAD_BY_AGE, la, 2024, "11", 100L * scale, src));
    c.add(PublishedCount.of(PublishedTable.CASELOAD_BY_AGE, la, 2025, "11", 90L * scale, src));
    c.add(PublishedCount.of(PublishedTable.CASELOAD_BY_AGE, la, 2025, "12", 95L * scale, src));
    c.add(PublishedCount.of(PublishedTable.CASELOAD_BY_AGE, la, 2025, "5", 10L * scale, src));
    c.add(PublishedCount.of(PublishedTable.CEASED_PLANS, la, 2024, "", (long) ceased, src));
    c.add(PublishedCount.of(PublishedTable.NEW_PLANS, la, 2024, "", (long) made, src));
    c.add(PublishedCount.of(PublishedTable.CASELOAD, la, 2025, "", 195L * scale, src));
    c.add(PublishedCount.of(PublishedTable.CASELOAD_BY_PLACEMENT, la, 2025, "MAINSTREAM", 150L * scale, src));
    c.add(PublishedCount.of(PublishedTable.CASELOAD_BY_PLACEMENT, la, 2025, "SPECIAL_LA_MAINTAINED", 45L * scale, src));
    c.add(PublishedCount.of(PublishedTable.CASELOAD_BY_NEED, la, 2025, "ASD", 120L * scale, src));
    c.add(PublishedCount.of(PublishedTable.CASELOAD_BY_NEED, la, 2025, "SEMH", 75L * scale, src));
    return c;
  }

  @Test
  void cohort_changes_and_totals_give_leavers_and_joiners_by_age() {
    // Ceased 21, new 16: minimal leavers 10 (age 10) and 5 (age 11), joiners 10 (age 5); churn (6 + 6) / 2 = 6,
    // 3 at each age. Leaving rates 13/100 and 8/100; joiners 10 at 5, 3 at 11, 3 at 12.
    PublishedTables t = PublishedTables.builder().addAuthorities(CAMDEN)
        .addAllCounts(handMade(202, 1, 21, 16)).build();
    CaseloadCalibrator.Flows f = CaseloadCalibrator.flows(t, 202, 2025);
    assertThat(f.leavers[10]).isEqualTo(13.0);
    assertThat(f.leavers[11]).isEqualTo(8.0);
    assertThat(f.exposure[10]).isEqualTo(100.0);
    assertThat(f.joiners[5]).isEqualTo(10.0);
    assertThat(f.joiners[11]).isEqualTo(3.0);
    assertThat(f.joiners[12]).isEqualTo(3.0);
    assertThat(f.joinersTotal()).isEqualTo(16.0);
    // A base year of 2024 may not use the 2024 flows (they end in January 2025).
    assertThat(CaseloadCalibrator.flows(t, 202, 2024).exposureTotal()).isZero();
  }

  @Test
  void identical_las_are_pooled_fully_and_keep_their_own_rates() {
    // Three London LAs with the same tables: no variation between them, so the rule pools fully, and the
    // pooled rate is each LA's own: 0.13 at 10, 0.08 at 11.
    PublishedTables t = PublishedTables.builder().addAuthorities(CAMDEN, HACKNEY, ISLINGTON)
        .addAllCounts(handMade(202, 1, 21, 16)).addAllCounts(handMade(204, 1, 21, 16))
        .addAllCounts(handMade(206, 1, 21, 16)).build();
    Calibration c = CaseloadCalibrator.DEFAULT.calibrate(t, 206, 2025);
    assertThat(c.leaverRates().get(10)).isCloseTo(0.13, within(1e-12));
    assertThat(c.leaverRates().get(11)).isCloseTo(0.08, within(1e-12));
    assertThat(c.leaverRates().get(25)).isEqualTo(1.0);
    assertThat(c.pooledTowards()).isEqualTo("London");
    assertThat(c.joinersPerYear()).isEqualTo(16.0);
    assertThat(c.joinerAgeShares().get(5)).isCloseTo(10.0 / 16, within(1e-12));
    assertThat(c.baselineByAge().get(12)).isEqualTo(95);
  }

  @Test
  void a_small_la_is_shrunk_towards_its_region_and_a_large_one_keeps_more_of_its_own() {
    // Hackney leaves at 10 at another rate (ceased 41 and new 36: churn 26, 13 an age, so 23/100 at age
    // 10) against two at 13/100. Its estimate lies strictly between its own rate and the region's pooled one; with
    // ten times the plans (the same rates) it moves towards its own.
    PublishedTables small = PublishedTables.builder().addAuthorities(CAMDEN, HACKNEY, ISLINGTON)
        .addAllCounts(handMade(202, 1, 21, 16)).addAllCounts(handMade(204, 1, 41, 36))
        .addAllCounts(handMade(206, 1, 21, 16)).build();
    double own = CaseloadCalibrator.flows(small, 204, 2025).leavers[10] / 100.0;
    assertThat(own).isEqualTo(0.23);
    double pooled = (13 + 13 + 23) / 300.0;
    double estimate = CaseloadCalibrator.DEFAULT.calibrate(small, 204, 2025).leaverRates().get(10);
    assertThat(estimate).isStrictlyBetween(pooled, own);
    PublishedTables large = PublishedTables.builder().addAuthorities(CAMDEN, HACKNEY, ISLINGTON)
        .addAllCounts(handMade(202, 1, 21, 16)).addAllCounts(handMade(204, 10, 410, 360))
        .addAllCounts(handMade(206, 1, 21, 16)).build();
    assertThat(CaseloadCalibrator.flows(large, 204, 2025).leavers[10] / 1000.0).isEqualTo(0.23);
    double larger = CaseloadCalibrator.DEFAULT.calibrate(large, 204, 2025).leaverRates().get(10);
    assertThat(Math.abs(larger - own)).isLessThan(Math.abs(estimate - own));
  }

  @Test
  void an_la_alone_in_its_region_pools_towards_england_and_says_so() {
    PublishedTables t = PublishedTables.builder().addAuthorities(CAMDEN, HACKNEY, RUTLAND)
        .addAllCounts(handMade(202, 1, 21, 16)).addAllCounts(handMade(204, 1, 21, 16))
        .addAllCounts(handMade(857, 1, 21, 16)).build();
    Calibration c = CaseloadCalibrator.DEFAULT.calibrate(t, 857, 2025);
    assertThat(c.pooledTowards()).isEqualTo("England");
    assertThat(c.notes()).anyMatch(n -> n.contains("England's pooled rates (3 LAs)"));
  }

  @Test
  void the_model_holds_the_estimates() {
    // Baseline by age conserved cell by cell; leaving rates on every state of an age; joiner means summing
    // to the new plans a year; so the exact mean of next year's total is sum N_a (1 - l_a) + joiners.
    PublishedTables t = PublishedTables.builder().addAuthorities(CAMDEN, HACKNEY, ISLINGTON)
        .addAllCounts(handMade(202, 1, 21, 16)).addAllCounts(handMade(204, 1, 41, 36))
        .addAllCounts(handMade(206, 1, 21, 16)).build();
    Calibration c = CaseloadCalibrator.DEFAULT.calibrate(t, 204, 2025);
    TransitionModel m = c.model();
    assertThat(m.baselineTotal()).isEqualTo(195);
    assertThat(m.baseYear()).isEqualTo(2025);
    assertThat(Arrays.stream(m.joinerMeans()).sum()).isCloseTo(c.joinersPerYear(), within(1e-9));
    double expected = c.joinersPerYear();
    for (int a = 0; a < CaseloadCalibrator.AGES; a++) {
      expected += c.baselineByAge().get(a) * (1 - c.leaverRates().get(a));
    }
    assertThat(MomentProjector.DEFAULT.project(m, ProjectionSettings.of(1, 1, 1L)).total(2026).mean())
        .isCloseTo(expected, within(1e-9));
    assertThat(m.leaverProbability(CaseloadState.of(5, NeedType.SEMH, SettingType.MAINTAINED_SPECIAL)))
        .isEqualTo(c.leaverRates().get(10));
    // Placements by age are fitted to the published placements: 150 mainstream, 45 special.
    DemandProjection p = LockstepProjector.DEFAULT.project(m, ProjectionSettings.of(1, 200, 3L));
    assertThat(p.total(2026).mean()).isCloseTo(expected, within(5 * Math.sqrt(expected) / Math.sqrt(200) + 1));
    double main = c.baselineByAge().get(5) * c.settingSharesByAge().get(5).get(SettingType.MAINSTREAM_MAINTAINED)
        + c.baselineByAge().get(11) * c.settingSharesByAge().get(11).get(SettingType.MAINSTREAM_MAINTAINED)
        + c.baselineByAge().get(12) * c.settingSharesByAge().get(12).get(SettingType.MAINSTREAM_MAINTAINED);
    assertThat(main).isCloseTo(150, within(1e-6));
  }

  @Test
  void a_base_year_without_ages_uses_earlier_age_bands() {
    // January 2023: 200 plans; ages published only in bands for 2022 (40 under 5, 160 aged 5-10) and by
    // single age from 2024 (100 at 10, 100 at 11), which shapes the ages within a band. The 2023 total is
    // spread 20% / 80% over the bands, as in 2022.
    List<PublishedCount> c = new ArrayList<>(handMade(202, 1, 21, 16));
    c.add(PublishedCount.of(PublishedTable.CASELOAD, 202, 2023, "", 200, "t line 1"));
    c.add(PublishedCount.of(PublishedTable.CASELOAD_BY_AGE_BAND, 202, 2022, "under 5", 40, "t line 2"));
    c.add(PublishedCount.of(PublishedTable.CASELOAD_BY_AGE_BAND, 202, 2022, "5-10", 160, "t line 3"));
    c.add(PublishedCount.of(PublishedTable.NEW_PLANS, 202, 2022, "", 30, "t line 4"));
    c.add(PublishedCount.of(PublishedTable.CEASED_PLANS, 202, 2022, "", 20, "t line 5"));
    c.add(PublishedCount.of(PublishedTable.CASELOAD, 202, 2022, "", 190, "t line 6"));
    PublishedTables t = PublishedTables.builder().addAuthorities(CAMDEN).addAllCounts(c).build();
    Calibration cal = CaseloadCalibrator.DEFAULT.calibrate(t, 202, 2023);
    List<Integer> ages = cal.baselineByAge();
    assertThat(ages.stream().mapToInt(Integer::intValue).sum()).isEqualTo(200);
    // Under 5: no 2024 ages below 5 to shape the band, so evenly over 0-4 (8 each); 5-10: 2024 has plans
    // only at 10 within the band, so all 160 go to 10.
    assertThat(ages.subList(0, 5)).containsExactly(8, 8, 8, 8, 8);
    assertThat(ages.get(10)).isEqualTo(160);
    assertThat(cal.notes()).anyMatch(n -> n.contains("spread by the age bands of January 2022"));
    assertThat(cal.sufficientData()).isFalse();
    // The leaving rate with no flows by age before 2023: 20 ceased in 2022 over 190 plans, at every age.
    assertThat(cal.leaverRates().get(10)).isCloseTo(20.0 / 190, within(1e-12));
  }

  // ---- bad input ----

  @Test
  void bad_tables_are_refused_with_every_problem_located() {
    List<PublishedCount> c = new ArrayList<>(handMade(202, 1, 21, 16));
    c.add(PublishedCount.of(PublishedTable.CASELOAD_BY_AGE, 202, 2025, "26", 4, "caseload.csv line 7"));
    c.add(PublishedCount.of(PublishedTable.CEASED_PLANS, 202, 2023, "", -3, "flows.csv line 9"));
    c.add(PublishedCount.of(PublishedTable.CASELOAD, 999, 2025, "", 10, "caseload.csv line 12"));
    c.add(PublishedCount.of(PublishedTable.CASELOAD_BY_PLACEMENT, 202, 2025, "SPACE", 1, "placement.csv line 3"));
    c.add(PublishedCount.of(PublishedTable.NEW_PLANS, 202, 2024, "", 16, "flows.csv line 11"));
    c.add(PublishedCount.of(PublishedTable.REQUESTS, 206, 2024, "", 300, "flows.csv line 14"));
    assertThatThrownBy(() -> PublishedTables.builder().addAuthorities(CAMDEN, ISLINGTON).addAllCounts(c).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("caseload.csv line 7: CASELOAD_BY_AGE 2025 '26' for LA 202: age 26 is outside 0 to 25")
        .hasMessageContaining("flows.csv line 9: CEASED_PLANS 2023 for LA 202: count -3 is negative")
        .hasMessageContaining("caseload.csv line 12: CASELOAD 2025 for LA 999: LA 999 is not among the tables' authorities")
        .hasMessageContaining("placement.csv line 3: CASELOAD_BY_PLACEMENT 2025 'SPACE' for LA 202: placement 'SPACE'")
        .hasMessageContaining("flows.csv line 11: NEW_PLANS 2024 for LA 202: given twice (first at hand-made 202)")
        // Islington is in the tables but missing from the caseload of 2025 (and every other table but requests).
        .hasMessageContaining("CASELOAD 2025: no figure for LA 206 Islington")
        .hasMessageContaining("REQUESTS 2024: no figure for LA 202 Camden");
    // An unavailable figure is not a missing LA.
    List<PublishedCount> ok = new ArrayList<>(handMade(202, 1, 21, 16));
    ok.add(PublishedCount.of(PublishedTable.REQUESTS, 202, 2024, "", 250, "flows.csv line 2"));
    ok.add(PublishedCount.unavailable(PublishedTable.REQUESTS, 206, 2024, "", "flows.csv line 3"));
    for (PublishedCount x : handMade(206, 1, 21, 16)) {
      ok.add(x);
    }
    PublishedTables t = PublishedTables.builder().addAuthorities(CAMDEN, ISLINGTON).addAllCounts(ok).build();
    assertThat(t.count(PublishedTable.REQUESTS, 206, 2024, "")).isEmpty();
    assertThat(t.count(PublishedTable.REQUESTS, 202, 2024, "")).contains(250L);
  }

  @Test
  void a_base_year_without_the_la_s_caseload_is_refused() {
    PublishedTables t = PublishedTables.builder().addAuthorities(CAMDEN).addAllCounts(handMade(202, 1, 21, 16)).build();
    assertThatThrownBy(() -> CaseloadCalibrator.DEFAULT.calibrate(t, 202, 2023))
        .hasMessageContaining("LA 202 Camden has no January 2023 caseload (total or by age)");
    assertThatThrownBy(() -> CaseloadCalibrator.DEFAULT.calibrateAll(t, 2023))
        .hasMessageContaining("no January 2023 caseload for LA(s) [202 Camden]");
    assertThatThrownBy(() -> CaseloadCalibrator.DEFAULT.calibrate(t, 206, 2025))
        .hasMessageContaining("LA 206 is not among the tables' authorities");
  }

  // ---- real published figures ----

  static PublishedTables fixture() throws IOException {
    List<PublishedCount> counts = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        CaseloadCalibratorTest.class.getResourceAsStream("sen2-four-las.csv"), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("#") || line.startsWith("table,") || line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        String src = "sen2-four-las.csv line " + n;
        PublishedTable table = PublishedTable.valueOf(f[0]);
        int la = Integer.parseInt(f[1]);
        int year = Integer.parseInt(f[2]);
        counts.add(f[4].equals("x") ? PublishedCount.unavailable(table, la, year, f[3], src)
            : PublishedCount.of(table, la, year, f[3], Long.parseLong(f[4]), src));
      }
    }
    return PublishedTables.builder().addAuthorities(CAMDEN, HACKNEY, ISLINGTON, RUTLAND).addAllCounts(counts).build();
  }

  @Test
  void real_figures_of_four_las() throws IOException {
    PublishedTables t = fixture();
    // Published: Camden 1,607 plans in January 2025, 202 new plans and 150 ceased in 2024.
    assertThat(t.count(PublishedTable.CASELOAD, 202, 2025, "")).contains(1607L);
    List<Calibration> all = CaseloadCalibrator.DEFAULT.calibrateAll(t, 2025);
    Calibration camden = all.get(0);
    assertThat(camden.baselineByAge().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1607);
    assertThat(camden.joinersPerYear()).isEqualTo(202.0);
    // Camden's own 2024 flows: the cohorts of 2024 and 2025 and its 150 ceased and 202 new plans.
    CaseloadCalibrator.Flows f = CaseloadCalibrator.flows(t, 202, 2025);
    assertThat(f.exposureTotal()).isEqualTo(1532.0);
    assertThat(f.joinersTotal()).isBetween(150.0, 260.0);
    // Hackney's January 2024 ages are unavailable: no flows of its own, so London (2 LAs with flows, fewer
    // than 3) gives way to England, and the calibration says it has too little data.
    Calibration hackney = all.get(1);
    assertThat(CaseloadCalibrator.flows(t, 204, 2025).exposureTotal()).isZero();
    assertThat(hackney.sufficientData()).isFalse();
    assertThat(hackney.pooledTowards()).isEqualTo("England");
    assertThat(hackney.notes()).anyMatch(n -> n.contains("too little data of its own"));
    assertThat(hackney.toText()).contains("TOO LITTLE DATA OF ITS OWN");
    // Rutland (East Midlands, alone in the fixture) pools towards England too.
    assertThat(all.get(3).pooledTowards()).isEqualTo("England");
    for (Calibration c : all) {
      // Need mixes are the published January 2025 ones, shrunk: shares sum to 1 and ASD is the largest in all four.
      Map<NeedType, Double> needs = c.needShares();
      assertThat(needs.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
      assertThat(needs.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())
          .isEqualTo(NeedType.ASD);
      // Leaving rates are probabilities, 1 at 25; the 2026 projection grows by about new minus ceased.
      assertThat(c.leaverRates()).allMatch(x -> x >= 0 && x <= 1);
      DemandProjection p = MomentProjector.DEFAULT.project(c.model(), ProjectionSettings.of(2, 1, 1L));
      double base = c.model().baselineTotal();
      assertThat(p.total(2026).mean()).as(c.localAuthority().name()).isBetween(base * 0.95, base * 1.15);
    }
    // Camden: the model's expected change next year is its 202 joiners less its expected leavers, and the
    // lockstep Monte Carlo agrees with the exact mean.
    DemandProjection exact = MomentProjector.DEFAULT.project(camden.model(), ProjectionSettings.of(2, 1, 1L));
    DemandProjection mc = LockstepProjector.DEFAULT.project(camden.model(), ProjectionSettings.of(2, 500, 7L));
    assertThat(mc.total(2027).mean()).isCloseTo(exact.total(2027).mean(), within(2.0));
  }
}
