package org.sendfunding.accountability.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RankCorrelationTest {

  /** x = (1,2,3,4), y = (1,3,2,4): d = (0,1,-1,0), rho = 1 - 6*2/(4*15) = 0.8; C = 5, D = 1, tau = 4/6. */
  @Test
  void hand_computed_example() {
    double[] x = {1, 2, 3, 4};
    double[] y = {1, 3, 2, 4};
    assertThat(RankCorrelation.spearman(x, y)).isCloseTo(0.8, within(1e-12));
    assertThat(RankCorrelation.kendall(x, y)).isCloseTo(4.0 / 6, within(1e-12));
  }

  /**
   * Ties: x = (1,1,2,3), y = (1,2,3,4). Ranks of x (1.5,1.5,3,4). Kendall: pairs 6, tied in x 1,
   * concordant 5, discordant 0: tau-b = 5 / sqrt(5 * 6) = 0.91287.
   */
  @Test
  void ties_use_average_ranks_and_tau_b() {
    double[] x = {1, 1, 2, 3};
    double[] y = {1, 2, 3, 4};
    assertThat(RankCorrelation.ranks(x)).containsExactly(1.5, 1.5, 3, 4);
    assertThat(RankCorrelation.kendall(x, y)).isCloseTo(0.91287, within(1e-5));
    assertThat(RankCorrelation.spearman(x, y)).isCloseTo(0.94868, within(1e-5));
  }

  @Test
  void rejects_mismatched_or_non_finite_input() {
    assertThatThrownBy(() -> RankCorrelation.spearman(new double[] {1, 2}, new double[] {1}))
        .hasMessage("RankCorrelation: 2 values against 1");
    assertThatThrownBy(() -> RankCorrelation.kendall(new double[] {1, Double.NaN}, new double[] {1, 2}))
        .hasMessage("RankCorrelation: item 1 has values NaN and 2.0; both must be finite");
  }

  @Test
  void identical_orders_give_one_reversed_give_minus_one_and_order_of_items_is_irrelevant() {
    qt().withExamples(200).forAll(longs().all(), integers().between(2, 40)).checkAssert((seed, n) -> {
      Random r = new Random(seed);
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = r.nextGaussian();
        y[i] = r.nextInt(5);
      }
      double[] monotone = new double[n];
      double[] reversed = new double[n];
      for (int i = 0; i < n; i++) {
        monotone[i] = Math.exp(x[i]);
        reversed[i] = -x[i];
      }
      assertThat(RankCorrelation.spearman(x, monotone)).isCloseTo(1, within(1e-12));
      assertThat(RankCorrelation.kendall(x, monotone)).isCloseTo(1, within(1e-12));
      assertThat(RankCorrelation.spearman(x, reversed)).isCloseTo(-1, within(1e-12));
      assertThat(RankCorrelation.kendall(x, reversed)).isCloseTo(-1, within(1e-12));
      // Symmetric, and unchanged when the items are listed in another order.
      assertThat(RankCorrelation.kendall(x, y)).isCloseTo(RankCorrelation.kendall(y, x), within(1e-12));
      double[] xs = x.clone();
      double[] ys = y.clone();
      for (int i = n - 1; i > 0; i--) {
        int j = r.nextInt(i + 1);
        double t = xs[i]; xs[i] = xs[j]; xs[j] = t;
        t = ys[i]; ys[i] = ys[j]; ys[j] = t;
      }
      assertThat(RankCorrelation.spearman(xs, ys)).isCloseTo(RankCorrelation.spearman(x, y), within(1e-12));
      assertThat(RankCorrelation.kendall(xs, ys)).isCloseTo(RankCorrelation.kendall(x, y), within(1e-12));
      assertThat(RankCorrelation.spearman(x, y)).isBetween(-1.0, 1.0);
    });
  }
}
