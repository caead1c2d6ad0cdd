package org.sendfunding.ehcp.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/**
 * The exact samplers. Every statistical check uses a fixed seed, so it gives the same answer on every run
 * and cannot flake; its tolerance is set from the sample size so that a correct sampler fails it with
 * probability below about one in a million (5 standard errors, or a chi-square quantile at 1e-4 for one
 * of a dozen tests), while a sampler off by a fraction of a standard deviation fails it.
 */
class DrawsTest {

  /** Draws per statistical check: standard errors are 1/sqrt(200,000) = 0.22% of a standard deviation. */
  private static final int DRAWS = 200_000;

  @Test
  void edge_cases_are_exact() {
    SplittableRandom rng = new SplittableRandom(3L);
    assertThat(Draws.binomial(rng, 0, 0.5)).isZero();
    assertThat(Draws.binomial(rng, 0, 1.0)).isZero();
    assertThat(Draws.binomial(rng, 9, 0.0)).isZero();
    assertThat(Draws.binomial(rng, Integer.MAX_VALUE, 0.0)).isZero();
    assertThat(Draws.binomial(rng, 7, 1.0)).isEqualTo(7);
    assertThat(Draws.binomial(rng, Integer.MAX_VALUE, 1.0)).isEqualTo(Integer.MAX_VALUE);
    assertThat(Draws.binomial(rng, 1, 1.0)).isEqualTo(1);
    assertThat(Draws.poisson(rng, 0.0)).isZero();
    assertThat(Draws.poisson(rng, 0.0, 1.0)).isZero();
  }

  @Test
  void huge_n_stays_within_a_few_standard_deviations() {
    // n = 2^31 - 1: BTRS for p = 1/2 (sd 23,170) and p = 0.999 (folded), inversion for p = 1e-9 (mean 2.1).
    SplittableRandom rng = new SplittableRandom(17L);
    int n = Integer.MAX_VALUE;
    for (int i = 0; i < 1000; i++) {
      assertThat((double) Draws.binomial(rng, n, 0.5)).isCloseTo(n * 0.5, within(6 * Math.sqrt(n * 0.25)));
      assertThat((double) Draws.binomial(rng, n, 0.999)).isCloseTo(n * 0.999, within(6 * Math.sqrt(n * 0.999 * 0.001)));
      assertThat(Draws.binomial(rng, n, 1e-9)).isBetween(0, 20);
      assertThat((double) Draws.poisson(rng, 1e9)).isCloseTo(1e9, within(6 * Math.sqrt(1e9)));
    }
    // The mean of the huge draws, not just their range: 1,000 draws of Binomial(n, 1/2), standard error 733.
    SplittableRandom r2 = new SplittableRandom(18L);
    double sum = 0;
    for (int i = 0; i < 1000; i++) {
      sum += Draws.binomial(r2, n, 0.5);
    }
    assertThat(sum / 1000).isCloseTo(n * 0.5, within(5 * Math.sqrt(n * 0.25 / 1000)));
  }

  @Test
  void binomial_stays_within_zero_and_n() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, 100_000), doubles().between(0.0, 1.0))
        .check((seed, n, p) -> {
          int x = Draws.binomial(new SplittableRandom(seed), n, p);
          return x >= 0 && x <= n;
        });
  }

  @Test
  void poisson_is_never_negative() {
    qt().withExamples(300)
        .forAll(longs().all(), doubles().between(0.0, 5000.0))
        .check((seed, mean) -> Draws.poisson(new SplittableRandom(seed), mean) >= 0);
  }

  @Test
  void bad_arguments_are_refused() {
    SplittableRandom rng = new SplittableRandom(1L);
    assertThatThrownBy(() -> Draws.binomial(rng, -1, 0.5)).hasMessage("Draws.n: -1 is negative");
    assertThatThrownBy(() -> Draws.binomial(rng, 3, 1.5)).hasMessage("Draws.p: 1.5 is outside 0 to 1");
    assertThatThrownBy(() -> Draws.binomial(rng, 3, Double.NaN)).hasMessage("Draws.p: NaN is outside 0 to 1");
    assertThatThrownBy(() -> Draws.poisson(rng, -2.0)).hasMessage("Draws.mean: -2.0 is not a finite mean of 0 or more");
    assertThatThrownBy(() -> Draws.poisson(rng, Double.POSITIVE_INFINITY))
        .hasMessage("Draws.mean: Infinity is not a finite mean of 0 or more");
  }

  @Test
  void binomial_mean_and_variance_match_theory_in_every_regime() {
    // One uniform per trial (n <= 16), inversion (n p < 10), BTRS (n p >= 10), and p > 1/2 folded.
    double[][] cases = {{1, 0.4}, {10, 0.3}, {16, 0.95}, {200, 0.02}, {60, 0.1}, {60, 0.2}, {1000, 0.3},
        {1000, 0.7}, {5000, 0.5}, {100_000, 0.0004}};
    for (double[] c : cases) {
      int n = (int) c[0];
      double p = c[1];
      double q = 1 - p;
      double mean = n * p;
      double var = n * p * q;
      // Excess kurtosis of a binomial, for the standard error of the sample variance.
      double excess = (1 - 6 * p * q) / (n * p * q);
      SplittableRandom rng = new SplittableRandom(11L);
      checkMoments("Binomial(" + n + ", " + p + ")", r -> Draws.binomial(rng, n, p), mean, var, excess);
    }
  }

  @Test
  void poisson_mean_and_variance_match_theory_in_every_regime() {
    // Inversion below a mean of 10, PTRS from 10.
    for (double mean : new double[] {0.05, 0.3, 1.0, 4.0, 9.99, 10.0, 25.0, 55.0, 1000.0}) {
      SplittableRandom rng = new SplittableRandom(5L);
      checkMoments("Poisson(" + mean + ")", r -> Draws.poisson(rng, mean), mean, mean, 1 / mean);
    }
  }

  @Test
  void binomial_frequencies_match_the_probability_function() {
    // Chi-square goodness of fit over the whole distribution: it sees a wrong tail or a wrong acceptance
    // step that the mean and variance could miss.
    double[][] cases = {{10, 0.3}, {200, 0.02}, {40, 0.2}, {1000, 0.3}, {1000, 0.7}, {30, 0.5}};
    for (double[] c : cases) {
      int n = (int) c[0];
      double p = c[1];
      SplittableRandom rng = new SplittableRandom(23L);
      double[] pmf = binomialPmf(n, p);
      checkFit("Binomial(" + n + ", " + p + ")", x -> Draws.binomial(rng, n, p), pmf);
    }
  }

  @Test
  void poisson_frequencies_match_the_probability_function() {
    for (double mean : new double[] {0.5, 3.0, 9.5, 10.0, 25.0, 400.0}) {
      SplittableRandom rng = new SplittableRandom(29L);
      checkFit("Poisson(" + mean + ")", x -> Draws.poisson(rng, mean), poissonPmf(mean));
    }
  }

  @Test
  void a_sampler_with_the_wrong_mean_fails_the_checks() {
    // The checks can fail: Binomial(1000, 0.302) is not Binomial(1000, 0.3) to these tests.
    SplittableRandom rng = new SplittableRandom(11L);
    assertThatThrownBy(() -> checkMoments("shifted", r -> Draws.binomial(rng, 1000, 0.302), 300, 210, 0))
        .isInstanceOf(AssertionError.class);
    SplittableRandom rng2 = new SplittableRandom(23L);
    assertThatThrownBy(() -> checkFit("shifted", x -> Draws.binomial(rng2, 1000, 0.302), binomialPmf(1000, 0.3)))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void log_factorial_matches_the_sum_of_logs() {
    double sum = 0;
    for (int k = 0; k <= 300; k++) {
      if (k > 0) {
        sum += Math.log(k);
      }
      assertThat(Draws.logFactorial(k)).as("log %s!", k).isCloseTo(sum, within(1e-9 * Math.max(1, sum)));
    }
  }

  /**
   * The sample mean within 5 standard errors ({@code sqrt(var / N)}) of the mean, and the sample variance
   * within 5 standard errors ({@code var sqrt((2 + excess kurtosis) / N)}) of the variance.
   */
  private static void checkMoments(String what, IntUnaryOperator draw, double mean, double var, double excess) {
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < DRAWS; i++) {
      double x = draw.applyAsInt(i);
      sum += x;
      sumSq += x * x;
    }
    double m = sum / DRAWS;
    double v = (sumSq - DRAWS * m * m) / (DRAWS - 1);
    assertThat(m).as("mean of %s", what).isCloseTo(mean, within(5 * Math.sqrt(var / DRAWS)));
    assertThat(v).as("variance of %s", what).isCloseTo(var, within(5 * var * Math.sqrt((2 + excess) / DRAWS)));
  }

  /**
   * Pearson's chi-square over bins of expected count at least 5 (tails merged), against the 1 - 1e-4
   * quantile of chi-square with (bins - 1) degrees of freedom, from the Wilson-Hilferty approximation
   * (z = 3.719), which is within 1% of the exact quantile from 3 degrees of freedom.
   */
  private static void checkFit(String what, ToIntFunction<Integer> draw, double[] pmf) {
    long[] observed = new long[pmf.length];
    for (int i = 0; i < DRAWS; i++) {
      int x = draw.applyAsInt(i);
      observed[Math.min(x, pmf.length - 1)]++;
    }
    java.util.List<double[]> bins = new java.util.ArrayList<>();
    double expAcc = 0;
    double obsAcc = 0;
    for (int k = 0; k < pmf.length; k++) {
      expAcc += pmf[k] * DRAWS;
      obsAcc += observed[k];
      if (expAcc >= 5) {
        bins.add(new double[] {expAcc, obsAcc});
        expAcc = 0;
        obsAcc = 0;
      }
    }
    // A right tail expecting fewer than 5 joins the last bin.
    double[] last = bins.get(bins.size() - 1);
    last[0] += expAcc;
    last[1] += obsAcc;
    double chi = 0;
    for (double[] bin : bins) {
      chi += (bin[1] - bin[0]) * (bin[1] - bin[0]) / bin[0];
    }
    int df = bins.size() - 1;
    double h = 2.0 / (9 * df);
    double critical = df * Math.pow(1 - h + 3.719 * Math.sqrt(h), 3);
    assertThat(chi).as("chi-square of %s over %s bins", what, bins.size()).isLessThan(critical);
  }

  /** {@code log k!} for k = 0..n, summed directly (independent of the sampler's Stirling series). */
  private static double[] logFactorials(int n) {
    double[] f = new double[n + 1];
    for (int k = 1; k <= n; k++) {
      f[k] = f[k - 1] + Math.log(k);
    }
    return f;
  }

  /** Binomial probabilities, computed in logs so that {@code q^n} cannot underflow. */
  private static double[] binomialPmf(int n, double p) {
    double[] f = logFactorials(n);
    double[] pmf = new double[n + 1];
    for (int k = 0; k <= n; k++) {
      pmf[k] = Math.exp(f[n] - f[k] - f[n - k] + k * Math.log(p) + (n - k) * Math.log1p(-p));
    }
    return pmf;
  }

  /** Poisson probabilities to 20 standard deviations above the mean, in logs; the last entry holds the tail. */
  private static double[] poissonPmf(double mean) {
    int top = (int) Math.ceil(mean + 20 * Math.sqrt(mean) + 20);
    double[] f = logFactorials(top);
    double[] pmf = new double[top + 1];
    double acc = 0;
    for (int k = 0; k < top; k++) {
      pmf[k] = Math.exp(-mean + k * Math.log(mean) - f[k]);
      acc += pmf[k];
    }
    pmf[top] = Math.max(0, 1 - acc);
    return pmf;
  }
}
