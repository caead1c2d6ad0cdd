package org.sendfunding.ehcp.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.SettingType;

/** The speed-ups of the Monte Carlo projector change no figure. */
class DemandProjectorSpeedTest {

  @Test
  void one_thread_and_many_give_the_same_projection() throws Exception {
    TransitionModel m = model(new SplittableRandom(5), 1500);
    ProjectionSettings s = ProjectionSettings.of(4, 230, 17L);
    DemandProjection common = DemandProjector.DEFAULT.project(m, s);
    ForkJoinPool one = new ForkJoinPool(1);
    ForkJoinPool three = new ForkJoinPool(3);
    try {
      assertThat(one.submit(() -> DemandProjector.DEFAULT.project(m, s)).get()).isEqualTo(common);
      assertThat(three.submit(() -> DemandProjector.DEFAULT.project(m, s)).get()).isEqualTo(common);
    } finally {
      one.shutdown();
      three.shutdown();
    }
    // A different seed gives a different projection: the comparison above can fail.
    assertThat(DemandProjector.DEFAULT.project(m, ProjectionSettings.of(4, 230, 18L))).isNotEqualTo(common);
  }

  @Test
  void histogram_percentiles_equal_sorted_percentiles() {
    // Narrow ranges take the histogram, wide ones the sort: both must give the nearest-rank figures.
    qt().withExamples(300).forAll(longs().all(), integers().between(1, 700), integers().between(1, 5000))
        .checkAssert((seed, n, spread) -> {
          SplittableRandom r = new SplittableRandom(seed);
          int[] values = new int[n];
          for (int i = 0; i < n; i++) {
            values[i] = 40 + r.nextInt(spread);
          }
          ProjectionSettings s = ProjectionSettings.builder().years(1).runs(n).seed(1L).lowerPercentile(5)
              .upperPercentile(95).build();
          int[] sorted = values.clone();
          Arrays.sort(sorted);
          double mean = Arrays.stream(values).average().orElseThrow();
          assertThat(DemandProjector.interval(values, s)).isEqualTo(
              CountInterval.of(nearestRank(sorted, 5), nearestRank(sorted, 50), nearestRank(sorted, 95), mean));
        });
  }

  @Test
  void worked_percentiles() {
    // 20 runs: P5 is the 1st value (ceil(0.05 x 20) = 1), P50 the 10th, P95 the 19th.
    int[] values = {7, 3, 9, 1, 4, 8, 2, 6, 5, 10, 11, 19, 13, 14, 15, 16, 17, 18, 12, 20};
    ProjectionSettings s = ProjectionSettings.of(1, 20, 1L);
    assertThat(DemandProjector.interval(values, s)).isEqualTo(CountInterval.of(1, 10, 19, 10.5));
  }

  private static int nearestRank(int[] sorted, int percentile) {
    int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  static TransitionModel model(SplittableRandom r, int size) {
    CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2023);
    CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2024);
    NeedType[] needs = {NeedType.ASD, NeedType.SLCN, NeedType.SEMH, NeedType.MLD, NeedType.SLD};
    SettingType[] settings = {SettingType.MAINSTREAM_MAINTAINED, SettingType.MAINTAINED_SPECIAL,
        SettingType.INDEPENDENT_SPECIAL, SettingType.POST_16_FE};
    for (int i = 0; i < size; i++) {
      int ncy = r.nextInt(-2, 19);
      NeedType n = needs[r.nextInt(needs.length)];
      a.putPupils("P" + i, CaseloadState.of(ncy, n, settings[r.nextInt(settings.length)]));
      if (r.nextDouble() < 0.9) {
        b.putPupils("P" + i, CaseloadState.of(ncy + 1, n, settings[r.nextInt(settings.length)]));
      }
    }
    for (int j = 0; j < size / 7; j++) {
      b.putPupils("J" + j, CaseloadState.of(r.nextInt(0, 14), needs[r.nextInt(needs.length)], settings[r.nextInt(2)]));
    }
    return TransitionModel.estimate(List.of(a.build(), b.build()));
  }
}
