package org.sendfunding.ehcp.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.SettingType;

/**
 * Worked examples of the transition model and both projectors, small enough to check by hand: every
 * probability, mean and interval bound below is derived in the comments.
 */
class ProjectionWorkedExamplesTest {

  static final LocalAuthority CAMDEN = LocalAuthorities.england().byCode(202);
  static final SettingType MAIN = SettingType.MAINSTREAM_MAINTAINED;
  static final SettingType SPECIAL = SettingType.MAINTAINED_SPECIAL;

  /**
   * 2023: 100 Year 6 SLCN pupils in mainstream. 2024: 20 have left, 60 are in Year 7 mainstream, 20 moved
   * to a maintained special school, and 10 Year 7 SEMH pupils joined.
   */
  static TransitionModel slcnModel() {
    CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2023).localAuthority(CAMDEN);
    CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2024).localAuthority(CAMDEN);
    for (int i = 0; i < 100; i++) {
      a.putPupils("P" + i, CaseloadState.of(6, NeedType.SLCN, MAIN));
      if (i >= 20) {
        b.putPupils("P" + i, CaseloadState.of(7, NeedType.SLCN, i < 80 ? MAIN : SPECIAL));
      }
    }
    for (int i = 0; i < 10; i++) {
      b.putPupils("J" + i, CaseloadState.of(7, NeedType.SEMH, MAIN));
    }
    return TransitionModel.estimate(List.of(a.build(), b.build()));
  }

  @Test
  void moment_projection_of_the_slcn_example_by_hand() {
    // No Year 7 state was observed, so every Year 7+ pupil leaves with the overall rate 20/100 = 0.2 and
    // keeps need and setting. Year 2025 (one step from the 90-pupil 2024 baseline):
    //   from the baseline: mean 90 x 0.8 = 72, variance 90 x 0.8 x 0.2 = 14.4;
    //   joiners: Poisson mean 10, variance 10 (Year 7 SEMH).
    //   Total mean 82, sd sqrt(24.4) = 4.94; 82 -/+ 1.645 x 4.94 = 73.9 to 90.1 -> 74 to 90.
    DemandProjection p = MomentProjector.DEFAULT.project(slcnModel(), ProjectionSettings.of(2, 1, 1L));
    assertThat(p.localAuthority()).contains(CAMDEN);
    assertThat(p.years()).containsExactly(2025, 2026);
    assertThat(p.total(2025)).isEqualTo(CountInterval.of(74, 82, 90, 82.0));
    // Mainstream: Y8 SLCN 48 (var 9.6) + Y8 SEMH 8 (var 1.6) + joiners 10 (var 10): 66, sd 4.60 -> 58 to 74.
    assertThat(p.bySetting(2025).get(MAIN).median()).isEqualTo(66);
    assertThat(p.bySetting(2025).get(MAIN).lower()).isEqualTo(58);
    assertThat(p.bySetting(2025).get(MAIN).upper()).isEqualTo(74);
    assertThat(p.bySetting(2025).get(MAIN).mean()).isCloseTo(66.0, within(1e-9));
    // Special: 20 x 0.8 = 16, variance 20 x 0.16 = 3.2, sd 1.79 -> 13 to 19.
    assertThat(p.bySetting(2025).get(SPECIAL)).isEqualTo(CountInterval.of(13, 16, 19, 16.0));
    assertThat(p.bySetting(2025).get(SettingType.INDEPENDENT_SPECIAL)).isEqualTo(CountInterval.of(0, 0, 0, 0.0));
    // One cell: Year 8 SLCN in mainstream is 60 x 0.8 = 48, variance 9.6, sd 3.10 -> 43 to 53.
    assertThat(p.count(2025, MAIN, NeedType.SLCN)).isEqualTo(CountInterval.of(43, 48, 53, 48.0));
    // Year 2026: the baseline survives with 0.8^2 = 0.64 (mean 57.6, variance 90 x 0.64 x 0.36 = 20.736);
    // the 2025 joiners are Year 8 with 0.8 (mean 8, Poisson variance 8); new joiners 10 (variance 10).
    // Total 75.6, sd sqrt(38.736) = 6.22 -> 65 to 86, median round(75.6) = 76.
    CountInterval t = p.total(2026);
    assertThat(t.mean()).isCloseTo(75.6, within(1e-9));
    assertThat(List.of(t.lower(), t.median(), t.upper())).containsExactly(65, 76, 86);
    // Mainstream 2026: 38.4 + 6.4 + 8 + 10 = 62.8, variance 13.824 + 2.304 + 8 + 10 = 34.128 -> 53 to 72.
    CountInterval m = p.bySetting(2026).get(MAIN);
    assertThat(m.mean()).isCloseTo(62.8, within(1e-9));
    assertThat(List.of(m.lower(), m.median(), m.upper())).containsExactly(53, 63, 72);
    // Special 2026: 20 x 0.64 = 12.8, variance 20 x 0.64 x 0.36 = 4.608 -> 9 to 16.
    CountInterval s = p.bySetting(2026).get(SPECIAL);
    assertThat(List.of(s.lower(), s.median(), s.upper())).containsExactly(9, 13, 16);
    // The joiner cohorts, cell by cell: Year 7 SEMH is the 2026 arrivals only, Poisson(10): 5 to 15.
    assertThat(p.cells()).contains(ProjectedCount.of(2026, MAIN, NeedType.SEMH, p.count(2026, MAIN, NeedType.SEMH)));
    assertThat(p.count(2026, MAIN, NeedType.SEMH).mean()).isCloseTo(10.0 + 8.0 + 6.4, within(1e-9));
  }

  @Test
  void moment_projection_ages_pupils_out_after_ncy_20() {
    // One Year 19 pupil who stayed: in 2025 Year 20 with probability 1, in 2026 always gone.
    CaseloadSnapshot a = CaseloadSnapshot.builder().year(2023)
        .putPupils("P", CaseloadState.of(18, NeedType.PD, SettingType.POST_16_FE)).build();
    CaseloadSnapshot b = CaseloadSnapshot.builder().year(2024)
        .putPupils("P", CaseloadState.of(19, NeedType.PD, SettingType.POST_16_FE)).build();
    DemandProjection p = MomentProjector.DEFAULT.project(TransitionModel.estimate(List.of(a, b)), ProjectionSettings.of(3, 1, 1L));
    assertThat(p.total(2025)).isEqualTo(CountInterval.of(1, 1, 1, 1.0));
    assertThat(p.total(2026)).isEqualTo(CountInterval.of(0, 0, 0, 0.0));
    assertThat(p.total(2027)).isEqualTo(CountInterval.of(0, 0, 0, 0.0));
    assertThat(p.cells()).extracting(ProjectedCount::year).containsExactly(2025);
  }

  @Test
  void moment_projection_joiners_stop_at_ncy_20() {
    // Joiners arrive in Year 19 each year: a cohort is Year 20 the next year and gone the year after, so
    // from the second year on the caseload is two cohorts of Poisson(1): mean 2.
    CaseloadSnapshot a = CaseloadSnapshot.builder().year(2023).build();
    CaseloadSnapshot b = CaseloadSnapshot.builder().year(2024)
        .putPupils("J", CaseloadState.of(19, NeedType.PD, SettingType.POST_16_FE)).build();
    DemandProjection p = MomentProjector.DEFAULT.project(TransitionModel.estimate(List.of(a, b)), ProjectionSettings.of(4, 1, 1L));
    // Baseline J (Year 19) is Year 20 in 2025 with probability 1 (overall leaver rate of an empty history is 0).
    assertThat(p.total(2025).mean()).isCloseTo(1.0 + 1.0, within(1e-9));
    assertThat(p.total(2026).mean()).isCloseTo(2.0, within(1e-9));
    assertThat(p.total(2028).mean()).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void moment_percentiles_must_be_strictly_inside_0_to_100_but_may_be_1_and_99() {
    TransitionModel m = slcnModel();
    ProjectionSettings narrowest = ProjectionSettings.builder().years(1).runs(1).seed(1L).lowerPercentile(1)
        .upperPercentile(99).build();
    // z(0.99) = 2.326: 82 -/+ 2.326 x 4.940 = 70.51 to 93.49 -> 71 to 93.
    CountInterval c = MomentProjector.DEFAULT.project(m, narrowest).total(2025);
    assertThat(List.of(c.lower(), c.median(), c.upper())).containsExactly(71, 82, 93);
    ProjectionSettings zero = ProjectionSettings.builder().years(1).runs(1).seed(1L).lowerPercentile(0)
        .upperPercentile(99).build();
    assertThatThrownBy(() -> MomentProjector.DEFAULT.project(m, zero))
        .hasMessageContaining("percentiles 0-99 must be strictly between 0 and 100");
    ProjectionSettings hundred = ProjectionSettings.builder().years(1).runs(1).seed(1L).lowerPercentile(1)
        .upperPercentile(100).build();
    assertThatThrownBy(() -> MomentProjector.DEFAULT.project(m, hundred))
        .hasMessageContaining("percentiles 1-100 must be strictly between 0 and 100");
  }

  @Test
  void normal_distribution_function_is_symmetric_and_matches_tables() {
    // Standard normal table: Phi(1) = 0.841345, Phi(-1) = 0.158655, Phi(1.96) = 0.975002.
    assertThat(MomentProjector.normalCdf(1.0)).isCloseTo(0.841345, within(1e-6));
    assertThat(MomentProjector.normalCdf(-1.0)).isCloseTo(0.158655, within(1e-6));
    assertThat(MomentProjector.normalCdf(1.96)).isCloseTo(0.975002, within(1e-6));
    assertThat(MomentProjector.inverseNormal(0.5)).isCloseTo(0.0, within(1e-6));
    assertThat(MomentProjector.inverseNormal(0.975)).isCloseTo(1.959964, within(1e-5));
  }

  @Test
  void transition_model_pools_leaver_rates_by_ncy_then_overall() {
    // 2023 Year 6: 50 ASD mainstream (10 leave) and 50 MLD special (30 leave). Year 6 pooled: 40/100 = 0.4.
    CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2023).localAuthority(CAMDEN);
    CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2024).localAuthority(CAMDEN);
    for (int i = 0; i < 50; i++) {
      a.putPupils("A" + i, CaseloadState.of(6, NeedType.ASD, MAIN));
      a.putPupils("M" + i, CaseloadState.of(6, NeedType.MLD, SPECIAL));
      if (i >= 10) {
        b.putPupils("A" + i, CaseloadState.of(7, NeedType.ASD, MAIN));
      }
      if (i >= 30) {
        b.putPupils("M" + i, CaseloadState.of(7, NeedType.MLD, SPECIAL));
      }
    }
    TransitionModel m = TransitionModel.estimate(List.of(a.build(), b.build()));
    assertThat(m.localAuthority()).contains(CAMDEN);
    assertThat(m.leaverProbability(CaseloadState.of(6, NeedType.ASD, MAIN))).isEqualTo(0.2);
    assertThat(m.leaverProbability(CaseloadState.of(6, NeedType.MLD, SPECIAL))).isEqualTo(0.6);
    assertThat(m.leaverProbability(CaseloadState.of(6, NeedType.SEMH, MAIN))).isEqualTo(0.4);
    // Year 10 was never seen: the overall rate, also 40/100.
    assertThat(m.leaverProbability(CaseloadState.of(10, NeedType.SEMH, MAIN))).isEqualTo(0.4);
    assertThat(m.leaverProbability(CaseloadState.of(20, NeedType.SEMH, MAIN))).isEqualTo(1.0);
    // Year 6 ASD stayers all stay in ASD mainstream; the next state's own destination is not confused with it.
    assertThat(m.moveProbability(CaseloadState.of(6, NeedType.ASD, MAIN), CaseloadState.of(7, NeedType.ASD, MAIN)))
        .isEqualTo(1.0);
    assertThat(m.moveProbability(CaseloadState.of(6, NeedType.ASD, MAIN), CaseloadState.of(7, NeedType.HI, MAIN)))
        .isEqualTo(0.0);
    assertThat(m.toString()).isEqualTo("TransitionModel[Camden, base 2024, 60 pupils, 1 year pairs]");
  }

  @Test
  void destinations_are_ordered_most_likely_first_with_sequential_conditionals() {
    // 40 Year 6 ASD stayers: 8 to a special school, 20 stay in mainstream, 12 to an academy.
    // Order by count: mainstream 20/40, academy 12/40, special 8/40; conditionals 20/40, 12/20, 8/8.
    CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2023);
    CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2024);
    for (int i = 0; i < 40; i++) {
      a.putPupils("P" + i, CaseloadState.of(6, NeedType.ASD, MAIN));
      SettingType to = i < 8 ? SPECIAL : i < 28 ? MAIN : SettingType.MAINSTREAM_ACADEMY;
      b.putPupils("P" + i, CaseloadState.of(7, NeedType.ASD, to));
    }
    TransitionModel m = TransitionModel.estimate(List.of(a.build(), b.build()));
    int s = CaseloadState.of(6, NeedType.ASD, MAIN).index();
    int from = m.destStart()[s];
    assertThat(m.destStart()[s + 1] - from).isEqualTo(3);
    int[] cells = java.util.Arrays.copyOfRange(m.destCell(), from, from + 3);
    assertThat(cells).containsExactly(
        CaseloadState.of(7, NeedType.ASD, MAIN).index() % CaseloadState.CELLS,
        CaseloadState.of(7, NeedType.ASD, SettingType.MAINSTREAM_ACADEMY).index() % CaseloadState.CELLS,
        CaseloadState.of(7, NeedType.ASD, SPECIAL).index() % CaseloadState.CELLS);
    assertThat(java.util.Arrays.copyOfRange(m.destProbability(), from, from + 3)).containsExactly(0.5, 0.3, 0.2);
    assertThat(java.util.Arrays.copyOfRange(m.destConditional(), from, from + 3)).containsExactly(0.5, 0.6, 1.0);
    assertThat(m.destCumulative()[from + 2]).isEqualTo(1.0);
    assertThat(m.joinerStates()).isEmpty();
  }

  @Test
  void cumulative_destination_probability_ends_at_exactly_one() {
    // Ten stayers to ten settings: 0.1 summed ten times is 0.9999999999999999 in doubles; the last
    // cumulative is set to exactly 1 so that a uniform draw always finds a destination.
    CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2023);
    CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2024);
    SettingType[] settings = SettingType.values();
    for (int i = 0; i < 10; i++) {
      a.putPupils("P" + i, CaseloadState.of(6, NeedType.ASD, MAIN));
      b.putPupils("P" + i, CaseloadState.of(7, NeedType.ASD, settings[i]));
    }
    TransitionModel m = TransitionModel.estimate(List.of(a.build(), b.build()));
    int s = CaseloadState.of(6, NeedType.ASD, MAIN).index();
    assertThat(m.destStart()[s + 1] - m.destStart()[s]).isEqualTo(10);
    assertThat(m.destCumulative()[m.destStart()[s + 1] - 1]).isEqualTo(1.0);
  }

  @Test
  void joiners_are_averaged_over_year_pairs() {
    // Three snapshots (two pairs): 4 Year 7 SEMH joiners in 2023 and 2 more in 2024 -> 3 a year.
    CaseloadSnapshot.Builder y22 = CaseloadSnapshot.builder().year(2022);
    CaseloadSnapshot.Builder y23 = CaseloadSnapshot.builder().year(2023);
    CaseloadSnapshot.Builder y24 = CaseloadSnapshot.builder().year(2024);
    for (int i = 0; i < 4; i++) {
      y23.putPupils("A" + i, CaseloadState.of(7, NeedType.SEMH, MAIN));
      y24.putPupils("A" + i, CaseloadState.of(8, NeedType.SEMH, MAIN));
    }
    for (int i = 0; i < 2; i++) {
      y24.putPupils("B" + i, CaseloadState.of(7, NeedType.SEMH, MAIN));
    }
    TransitionModel m = TransitionModel.estimate(List.of(y22.build(), y23.build(), y24.build()));
    assertThat(m.expectedJoiners(CaseloadState.of(7, NeedType.SEMH, MAIN))).isEqualTo(3.0);
    assertThat(m.expectedJoiners(CaseloadState.of(8, NeedType.SEMH, MAIN))).isEqualTo(0.0);
    assertThat(m.joinerStates()).containsExactly(CaseloadState.of(7, NeedType.SEMH, MAIN).index());
    assertThat(m.observed()).hasSize(2);
    assertThat(m.localAuthority()).isEmpty();
  }

  @Test
  void monte_carlo_projection_of_few_pupils_follows_destinations() {
    // 4 pupils (drawn pupil by pupil): everyone stays (leaver rate 0) and all move to special: 4 every year.
    CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2023);
    CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2024);
    for (int i = 0; i < 4; i++) {
      a.putPupils("P" + i, CaseloadState.of(5, NeedType.ASD, MAIN));
      b.putPupils("P" + i, CaseloadState.of(6, NeedType.ASD, SPECIAL));
    }
    DemandProjection p = DemandProjector.DEFAULT.project(TransitionModel.estimate(List.of(a.build(), b.build())),
        ProjectionSettings.of(2, 20, 5L));
    assertThat(p.count(2025, SPECIAL, NeedType.ASD)).isEqualTo(CountInterval.of(4, 4, 4, 4.0));
    assertThat(p.count(2025, MAIN, NeedType.ASD)).isEqualTo(CountInterval.of(0, 0, 0, 0.0));
    assertThat(p.count(2026, SPECIAL, NeedType.MLD)).isEqualTo(CountInterval.of(0, 0, 0, 0.0));
    assertThat(p.cells()).hasSize(2);
  }

  @Test
  void monte_carlo_moves_a_large_group_by_sequential_binomials() {
    // 1,000 Year 5 pupils: none leave; half move to special, half stay. Year 6 has no history, so next year
    // they keep their setting: totals stay 1,000 exactly, split about 500/500 in 2025 and the same in 2026.
    CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2023);
    CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2024);
    for (int i = 0; i < 1000; i++) {
      a.putPupils("P" + i, CaseloadState.of(4, NeedType.ASD, MAIN));
      b.putPupils("P" + i, CaseloadState.of(5, NeedType.ASD, i < 500 ? MAIN : SPECIAL));
    }
    for (int i = 0; i < 1000; i++) {
      a.putPupils("Q" + i, CaseloadState.of(5, NeedType.ASD, MAIN));
      b.putPupils("Q" + i, CaseloadState.of(6, NeedType.ASD, i < 500 ? MAIN : SPECIAL));
    }
    // Year 5 mainstream: 1,000 pupils (500 + 0) history: stay 1.0, 50/50 mainstream/special.
    DemandProjection p = DemandProjector.DEFAULT.project(TransitionModel.estimate(List.of(a.build(), b.build())),
        ProjectionSettings.of(1, 400, 11L));
    CountInterval total = p.total(2025);
    assertThat(total).isEqualTo(CountInterval.of(2000, 2000, 2000, 2000.0));
    // The 500 Year 5 mainstream pupils split Binomial(500, 0.5) between Year 6 mainstream and special;
    // 500 Year 5 special and 1,000 Year 6 pupils keep their settings (Year 6 special unobserved: stays).
    CountInterval special = p.bySetting(2025).get(SPECIAL);
    assertThat(special.mean()).isCloseTo(1000.0 + 250.0 - 0.0, within(5.0));
    // sd of Binomial(500, 0.5) = 11.2: the 5th-95th percentile spread is about 37.
    assertThat(special.upper() - special.lower()).isBetween(28, 46);
  }

  @Test
  void draws_at_the_extremes_are_exact() {
    SplittableRandom rng = new SplittableRandom(3L);
    assertThat(Draws.binomial(rng, 7, 1.0)).isEqualTo(7);
    assertThat(Draws.binomial(rng, 1, 1.0)).isEqualTo(1);
    assertThat(Draws.binomial(rng, 0, 0.5)).isZero();
    assertThat(Draws.binomial(rng, 9, 0.0)).isZero();
    assertThat(Draws.poisson(rng, 0.0)).isZero();
  }

  @Test
  void small_draws_have_the_right_means() {
    // Exact inversion: Binomial(20, 0.1) mean 2, Poisson(3) mean 3; over 20,000 draws the sample means
    // are within 0.05 (standard errors 0.009 and 0.012).
    SplittableRandom rng = new SplittableRandom(8L);
    long b = 0;
    long p = 0;
    long b1 = 0;
    for (int i = 0; i < 20_000; i++) {
      b += Draws.binomial(rng, 20, 0.1);
      p += Draws.poisson(rng, 3.0);
      b1 += Draws.binomial(rng, 1, 0.25);
    }
    assertThat(b / 20_000.0).isCloseTo(2.0, within(0.05));
    assertThat(p / 20_000.0).isCloseTo(3.0, within(0.05));
    assertThat(b1 / 20_000.0).isCloseTo(0.25, within(0.02));
  }

  @Test
  void states_round_trip_through_their_index() {
    for (int ncy : new int[] {CaseloadState.MIN_NCY, 0, 7, CaseloadState.MAX_NCY}) {
      for (NeedType need : List.of(NeedType.SPLD, NeedType.ASD, NeedType.OTH)) {
        for (SettingType setting : SettingType.values()) {
          CaseloadState s = CaseloadState.of(ncy, need, setting);
          assertThat(CaseloadState.fromIndex(s.index())).isEqualTo(s);
        }
      }
    }
    assertThat(CaseloadState.of(7, NeedType.ASD, SettingType.MAINSTREAM_ACADEMY).toString())
        .isEqualTo("NCY 7 ASD MAINSTREAM_ACADEMY");
  }

  @Test
  void projection_text_and_lookups() {
    CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2023).localAuthority(CAMDEN);
    CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2024).localAuthority(CAMDEN);
    for (int i = 0; i < 3; i++) {
      a.putPupils("P" + i, CaseloadState.of(3, NeedType.SLCN, MAIN));
      b.putPupils("P" + i, CaseloadState.of(4, NeedType.SLCN, MAIN));
    }
    DemandProjection p = DemandProjector.DEFAULT.project(TransitionModel.estimate(List.of(a.build(), b.build())),
        ProjectionSettings.of(2, 10, 1L));
    assertThat(p.toText()).isEqualTo(
        "EHC plan caseload projection for Camden, base 2024, 10 runs, seed 1, median (P5-P95)\n"
            + "2025 total 3 (3-3)\n"
            + "  " + MAIN.displayName() + ": 3 (3-3)\n"
            + "2026 total 3 (3-3)\n"
            + "  " + MAIN.displayName() + ": 3 (3-3)\n");
    assertThatThrownBy(() -> p.count(2027, MAIN, NeedType.SLCN))
        .hasMessage("DemandProjection.year: 2027 is not projected (2025 to 2026)");
    assertThat(p.count(2025, MAIN, NeedType.SLCN).median()).isEqualTo(3);
    assertThat(p.count(2025, SPECIAL, NeedType.SLCN).median()).isZero();
    assertThat(p.count(2025, MAIN, NeedType.ASD).median()).isZero();
    assertThat(p.cells().get(0).toString()).isEqualTo("2025 MAINSTREAM_MAINTAINED SLCN: 3 (3-3)");
    assertThat(CountInterval.of(1, 2, 3, 2.0).toString()).isEqualTo("2 (1-3)");
  }

  @Test
  void projection_settings_boundaries() {
    assertThat(ProjectionSettings.of(50, 100_000, 1L).years()).isEqualTo(50);
    assertThat(ProjectionSettings.builder().years(1).runs(1).seed(1L).lowerPercentile(0).upperPercentile(100).build()
        .upperPercentile()).isEqualTo(100);
    assertThat(ProjectionSettings.builder().years(1).runs(1).seed(1L).lowerPercentile(49).upperPercentile(51).build()
        .lowerPercentile()).isEqualTo(49);
    assertThatThrownBy(() -> ProjectionSettings.builder().years(1).runs(1).seed(1L).lowerPercentile(50)
        .upperPercentile(95).build()).hasMessageContaining("50-95 must bracket the median");
    assertThatThrownBy(() -> ProjectionSettings.builder().years(1).runs(1).seed(1L).lowerPercentile(5)
        .upperPercentile(50).build()).hasMessageContaining("5-50 must bracket the median");
    assertThatThrownBy(() -> ProjectionSettings.builder().years(1).runs(1).seed(1L).lowerPercentile(-1)
        .upperPercentile(95).build()).hasMessageContaining("-1-95 must bracket the median");
    assertThatThrownBy(() -> ProjectionSettings.builder().years(1).runs(1).seed(1L).lowerPercentile(5)
        .upperPercentile(101).build()).hasMessageContaining("5-101 must bracket the median");
    assertThatThrownBy(() -> ProjectionSettings.of(51, 1, 1L)).hasMessage("ProjectionSettings.years: 51 is outside 1 to 50");
    assertThatThrownBy(() -> ProjectionSettings.of(1, 100_001, 1L))
        .hasMessage("ProjectionSettings.runs: 100001 is outside 1 to 100,000");
  }
}
