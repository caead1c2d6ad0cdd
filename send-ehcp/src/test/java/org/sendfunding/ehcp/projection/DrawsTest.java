package org.sendfunding.ehcp.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DrawsTest {

  @Test
  void binomial_stays_within_zero_and_n() {
    SplittableRandom rng = new SplittableRandom(3);
    qt().withExamples(300)
        .forAll(integers().between(0, 5000), doubles().between(0.0, 1.0))
        .check((n, p) -> {
          int x = Draws.binomial(rng, n, p);
          return x >= 0 && x <= n;
        });
  }

  @Test
  void binomial_means_match_n_p_in_each_regime() {
    // n = 1, inversion (n p < 10, p folded to at most 1/2) and normal (n p >= 10) regimes.
    int[][] cases = {{1, 40}, {10, 30}, {30, 90}, {200, 2}, {5000, 20}, {400, 90}};
    for (int[] c : cases) {
      int n = c[0];
      double p = c[1] / 100.0;
      SplittableRandom rng = new SplittableRandom(11);
      long sum = 0;
      int draws = 20000;
      for (int i = 0; i < draws; i++) {
        sum += Draws.binomial(rng, n, p);
      }
      assertThat((double) sum / draws).as("n=%s p=%s", n, p).isCloseTo(n * p, within(0.02 * n * p + 0.05));
    }
  }

  @Test
  void poisson_means_match() {
    for (double mean : new double[] {0.3, 4.0, 55.0}) {
      SplittableRandom rng = new SplittableRandom(5);
      long sum = 0;
      for (int i = 0; i < 20000; i++) {
        sum += Draws.poisson(rng, mean);
      }
      assertThat(sum / 20000.0).isCloseTo(mean, within(0.03 * mean + 0.02));
    }
  }
}
