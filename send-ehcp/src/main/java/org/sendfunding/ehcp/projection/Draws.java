package org.sendfunding.ehcp.projection;

import java.util.SplittableRandom;

/**
 * Binomial and Poisson draws over counts, fast enough to move thousands of pupils a year without an
 * object per pupil.
 *
 * <p>Small expected counts are drawn exactly by inversion (expected cost about {@code n p} steps, with
 * {@code p} at most 1/2 by symmetry);
 * large ones (mean and its complement both at least 10) use the normal approximation rounded and
 * clamped, whose error is far below the model's own uncertainty.
 */
final class Draws {

  private static final double NORMAL_FROM = 10.0;

  private Draws() {}

  static int binomial(SplittableRandom rng, int n, double p) {
    if (n <= 0 || p <= 0.0) {
      return 0;
    }
    if (p >= 1.0) {
      return n;
    }
    if (n == 1) {
      return rng.nextDouble() < p ? 1 : 0;
    }
    if (p > 0.5) {
      return n - binomial(rng, n, 1.0 - p);
    }
    double mean = n * p;
    if (mean >= NORMAL_FROM) {
      long x = Math.round(mean + Math.sqrt(mean * (1.0 - p)) * rng.nextGaussian());
      return (int) Math.max(0, Math.min(n, x));
    }
    // Inversion (BINV): walk up the cumulative distribution; expected steps about n*p.
    double q = 1.0 - p;
    double s = p / q;
    double a = (n + 1) * s;
    double r = Math.pow(q, n);
    double u = rng.nextDouble();
    int x = 0;
    while (u > r) {
      u -= r;
      x++;
      if (x > n) {
        return n;
      }
      r *= a / x - s;
    }
    return x;
  }

  static int poisson(SplittableRandom rng, double mean) {
    return poisson(rng, mean, Math.exp(-mean));
  }

  /** As {@link #poisson(SplittableRandom, double)}, with {@code exp(-mean)} computed once by the caller. */
  static int poisson(SplittableRandom rng, double mean, double expMinusMean) {
    if (mean <= 0.0) {
      return 0;
    }
    if (mean >= 30.0) {
      long x = Math.round(mean + Math.sqrt(mean) * rng.nextGaussian());
      return (int) Math.max(0, x);
    }
    double limit = expMinusMean;
    double prod = rng.nextDouble();
    int k = 0;
    while (prod > limit) {
      prod *= rng.nextDouble();
      k++;
    }
    return k;
  }
}
