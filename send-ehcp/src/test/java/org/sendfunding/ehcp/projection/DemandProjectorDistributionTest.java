package org.sendfunding.ehcp.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.SettingType;

/**
 * The state-by-state Monte Carlo projector against the model it simulates: pupils are conserved in every
 * run, the mean over runs is the exact mean of {@link MomentProjector}, and the figures do not depend on
 * the number of threads.
 */
class DemandProjectorDistributionTest {

  private static final LocalAuthority CAMDEN = LocalAuthorities.england().byCode(202);
  private static final LocalAuthority ISLINGTON = LocalAuthorities.england().byCode(206);

  @Test
  void every_run_conserves_pupils() {
    // Stock next year = stock + joiners - leavers, never negative, and leavers come out of the stock; the
    // closing stock is summed from the simulated counts, independently of the joiners and leavers tallies.
    qt().withExamples(60)
        .forAll(longs().all(), integers().between(1, 3000), longs().all())
        .checkAssert((modelSeed, size, seed) -> {
          TransitionModel m = crowdedModel(new SplittableRandom(modelSeed), size, null);
          int[][] ledger = DemandProjector.ledger(m, 10, new SplittableRandom(seed));
          int opening = m.baselineTotal();
          for (int[] year : ledger) {
            assertThat(year[0]).isEqualTo(opening);
            assertThat(year[2]).isBetween(0, year[0]);
            assertThat(year[1]).isNotNegative();
            assertThat(year[3]).isEqualTo(year[0] + year[1] - year[2]).isNotNegative();
            opening = year[3];
          }
        });
  }

  @Test
  void the_ledger_is_the_projection_s_own_run() {
    // With one run, the projection's total for each year is that run's closing stock.
    TransitionModel m = crowdedModel(new SplittableRandom(4L), 2500, CAMDEN);
    ProjectionSettings s = ProjectionSettings.of(6, 1, 77L);
    DemandProjection p = DemandProjector.DEFAULT.project(m, s);
    int[][] ledger = DemandProjector.ledger(m, 6, DemandProjector.generators(m, s)[0]);
    for (int y = 0; y < 6; y++) {
      assertThat(p.total(m.baseYear() + y + 1).median()).as("year %s", y).isEqualTo(ledger[y][3]);
    }
    assertThat(ledger[5][3]).isNotEqualTo(m.baselineTotal());
  }

  @Test
  void the_mean_over_runs_is_the_exact_mean() {
    // States of 20 to 150 pupils (leavers and movers by BTRS and inversion, joiner means above 10 by PTRS)
    // beside sparse states (pupil by pupil). Over R = 4,000 runs the Monte Carlo mean has standard error
    // sd / sqrt(R); the exact mean must lie within 5 of them. The sd is the exact one from MomentProjector's
    // 5th-95th interval (width 2 x 1.645 sd, each end rounded to a whole pupil, hence the + 1).
    TransitionModel m = crowdedModel(new SplittableRandom(2025L), 6000, CAMDEN);
    int runs = 4000;
    ProjectionSettings s = ProjectionSettings.of(6, runs, 31L);
    DemandProjection mc = DemandProjector.DEFAULT.project(m, s);
    DemandProjection exact = MomentProjector.DEFAULT.project(m, s);
    for (int y : mc.years()) {
      check("total " + y, mc.total(y), exact.total(y), runs);
      for (SettingType t : SettingType.values()) {
        check(t + " " + y, mc.bySetting(y).get(t), exact.bySetting(y).get(t), runs);
      }
      check("ASD special " + y, mc.count(y, SettingType.MAINTAINED_SPECIAL, NeedType.ASD),
          exact.count(y, SettingType.MAINTAINED_SPECIAL, NeedType.ASD), runs);
    }
    // The check is tight: for the total it allows less than 0.1% of the mean, so a sampler biased by a few
    // pupils a year would fail it.
    CountInterval last = exact.total(2030);
    assertThat(5 * (last.upper() - last.lower() + 1) / (2 * 1.6449) / Math.sqrt(runs)).isLessThan(0.001 * last.mean());
  }

  private static void check(String what, CountInterval mc, CountInterval exact, int runs) {
    double sd = (exact.upper() - exact.lower() + 1) / (2 * 1.6449);
    assertThat(mc.mean()).as(what).isCloseTo(exact.mean(), within(5 * sd / Math.sqrt(runs) + 1e-9));
  }

  @Test
  void one_thread_and_two_give_identical_projections_of_crowded_states() throws Exception {
    TransitionModel m = crowdedModel(new SplittableRandom(9L), 4000, CAMDEN);
    ProjectionSettings s = ProjectionSettings.of(5, 120, 3L);
    ForkJoinPool one = new ForkJoinPool(1);
    ForkJoinPool two = new ForkJoinPool(2);
    try {
      DemandProjection a = one.submit(() -> DemandProjector.DEFAULT.project(m, s)).get();
      DemandProjection b = two.submit(() -> DemandProjector.DEFAULT.project(m, s)).get();
      assertThat(a).isEqualTo(b).isEqualTo(DemandProjector.DEFAULT.project(m, s));
    } finally {
      one.shutdown();
      two.shutdown();
    }
  }

  @Test
  void each_la_has_its_own_random_streams() {
    // The same seed for two LAs must not replay the same numbers (their national sum would be too wide).
    ProjectionSettings s = ProjectionSettings.of(1, 3, 42L);
    TransitionModel camden = crowdedModel(new SplittableRandom(1L), 100, CAMDEN);
    TransitionModel islington = crowdedModel(new SplittableRandom(1L), 100, ISLINGTON);
    TransitionModel camdenAgain = crowdedModel(new SplittableRandom(2L), 50, CAMDEN);
    long a = DemandProjector.generators(camden, s)[0].nextLong();
    assertThat(DemandProjector.generators(islington, s)[0].nextLong()).isNotEqualTo(a);
    assertThat(DemandProjector.generators(camdenAgain, s)[0].nextLong()).isEqualTo(a);
    // Runs differ from each other.
    assertThat(DemandProjector.generators(camden, s)[1].nextLong()).isNotEqualTo(a);
  }

  /**
   * Two snapshots with {@code size} pupils: most in few states (2 needs x 3 settings x NCY 0-12, about
   * {@code size / 78} each) with 10% leaving and 10% moving, the rest spread thinly over other needs;
   * joiners, a seventh of the size, go to a handful of states.
   */
  static TransitionModel crowdedModel(SplittableRandom r, int size, LocalAuthority la) {
    CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2023);
    CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2024);
    if (la != null) {
      a.localAuthority(la);
      b.localAuthority(la);
    }
    NeedType[] crowded = {NeedType.ASD, NeedType.SEMH};
    NeedType[] sparse = {NeedType.SLD, NeedType.PMLD, NeedType.VI, NeedType.HI, NeedType.MSI, NeedType.PD};
    SettingType[] settings = {SettingType.MAINSTREAM_MAINTAINED, SettingType.MAINTAINED_SPECIAL,
        SettingType.INDEPENDENT_SPECIAL};
    for (int i = 0; i < size; i++) {
      boolean thin = r.nextDouble() < 0.1;
      int ncy = thin ? r.nextInt(-3, 20) : r.nextInt(0, 13);
      NeedType need = thin ? sparse[r.nextInt(sparse.length)] : crowded[r.nextInt(crowded.length)];
      SettingType setting = settings[r.nextInt(settings.length)];
      a.putPupils("P" + i, CaseloadState.of(ncy, need, setting));
      double u = r.nextDouble();
      if (u < 0.8) {
        b.putPupils("P" + i, CaseloadState.of(ncy + 1, need, setting));
      } else if (u < 0.9) {
        b.putPupils("P" + i, CaseloadState.of(ncy + 1, need, settings[r.nextInt(settings.length)]));
      }
    }
    for (int j = 0; j < size / 7; j++) {
      b.putPupils("J" + j, CaseloadState.of(r.nextInt(2, 6), crowded[r.nextInt(crowded.length)], settings[r.nextInt(2)]));
    }
    return TransitionModel.estimate(List.of(a.build(), b.build()));
  }
}
