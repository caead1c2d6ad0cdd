package org.sendfunding.ehcp.projection;

import java.util.SplittableRandom;

/**
 * Exact binomial and Poisson draws, so that the projection moves a whole state's pupils with one or two
 * draws instead of one per pupil.
 *
 * <p>Why this is the same model as drawing each pupil: if each of {@code n} pupils leaves independently
 * with probability {@code p}, the number who leave is the sum of {@code n} independent Bernoulli({@code p})
 * variables, which is exactly Binomial({@code n}, {@code p}); and a sum of independent Poisson counts is
 * Poisson. Every method here samples its distribution exactly (up to the 53-bit resolution of the uniform
 * draws), with no normal approximation:
 * <ul>
 *   <li>binomial, {@code n} at most {@value #BERNOULLI_UP_TO}: one uniform per trial, counted;
 *   <li>binomial, mean below {@value #REJECTION_FROM} (after folding {@code p} to at most 1/2): inversion,
 *       BINV of Kachitvichyanukul and Schmeiser (1988), "Binomial random variate generation",
 *       Communications of the ACM 31(2), one uniform and about {@code n p} steps;
 *   <li>binomial, mean at least {@value #REJECTION_FROM}: BTRS, the transformed rejection method with
 *       squeeze of Hörmann (1993), "The generation of binomial random variates", Journal of Statistical
 *       Computation and Simulation 46, about 1.1 pairs of uniforms per draw whatever {@code n};
 *   <li>Poisson, mean below {@value #REJECTION_FROM}: inversion by sequential search, one uniform;
 *   <li>Poisson, mean at least {@value #REJECTION_FROM}: PTRS, the transformed rejection method of
 *       Hörmann (1993), "The transformed rejection method for generating Poisson random variables",
 *       Insurance: Mathematics and Economics 12, about 1.1 pairs of uniforms per draw.
 * </ul>
 * For example {@code Draws.binomial(rng, 1000, 0.2)} has mean 200 and variance 160, like the count of
 * 1,000 coin flips each landing heads with probability 0.2.
 *
 * <p>The thresholds {@value #BERNOULLI_UP_TO} and {@value #REJECTION_FROM} choose only the cheaper of two
 * exact methods; they are algorithm constants, not model parameters. This class is stateless and
 * thread-safe; each caller passes its own generator.
 */
final class Draws {

  /** Up to this many trials, counting one uniform per trial beats any setup cost. */
  static final int BERNOULLI_UP_TO = 16;
  /** Mean from which the rejection methods (BTRS, PTRS) are used; both are valid from 10. */
  static final double REJECTION_FROM = 10.0;

  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2.0 * Math.PI);
  /**
   * {@code log k! - (HALF_LOG_TWO_PI + (k + 1/2) log(k + 1) - (k + 1))} for k = 0..9, the error of
   * Stirling's formula (Hörmann 1993, table); beyond 9 the series in {@link #stirlingTail} is exact to
   * double precision.
   */
  private static final double[] STIRLING_TAIL = {
      0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509,
      0.01664469118982119, 0.01387612882307075, 0.01189670994589177, 0.01041126526197209,
      0.009255462182712733, 0.008330563433362871};

  /** {@code 1/k} for small k: the Poisson search multiplies where it would divide. */
  private static final double[] RECIPROCALS = new double[64];

  static {
    for (int k = 1; k < RECIPROCALS.length; k++) {
      RECIPROCALS[k] = 1.0 / k;
    }
  }

  private Draws() {}

  /**
   * The number of successes in {@code n} independent trials each succeeding with probability {@code p}.
   *
   * @param rng the generator
   * @param n trials, at least 0
   * @param p success probability, 0 to 1
   * @return a draw from Binomial(n, p), 0 to n
   */
  static int binomial(SplittableRandom rng, int n, double p) {
    // Plain checks, not Preconditions: boxing the arguments on every call would cost more than the draw.
    if (n < 0) {
      throw new IllegalArgumentException("Draws.n: " + n + " is negative");
    }
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException("Draws.p: " + p + " is outside 0 to 1");
    }
    if (n == 0 || p == 0.0) {
      return 0;
    }
    if (p == 1.0) {
      return n;
    }
    if (n <= BERNOULLI_UP_TO) {
      int x = 0;
      for (int i = 0; i < n; i++) {
        if (rng.nextDouble() < p) {
          x++;
        }
      }
      return x;
    }
    if (p > 0.5) {
      return n - binomialFolded(rng, n, 1.0 - p);
    }
    return binomialFolded(rng, n, p);
  }

  /** Binomial with {@code 0 < p <= 1/2} and {@code n > 0}. */
  private static int binomialFolded(SplittableRandom rng, int n, double p) {
    return n * p < REJECTION_FROM ? binomialInversion(rng, n, p) : binomialBtrs(rng, n, p);
  }

  /**
   * BINV: walk up the cumulative distribution from {@code P(0) = q^n} with the recurrence
   * {@code P(x) = P(x-1) (a/x - s)}, {@code s = p/q}, {@code a = (n+1) s}. Rounding can leave the walk
   * short of the uniform far in the tail, so it restarts past a bound 10 standard deviations out, as
   * numpy does; the mass beyond it is below 1e-20.
   */
  static int binomialInversion(SplittableRandom rng, int n, double p) {
    double q = 1.0 - p;
    double s = p / q;
    double a = (n + 1.0) * s;
    double r0 = Math.exp(n * Math.log1p(-p));
    double bound = Math.min(n, n * p + 10.0 * Math.sqrt(n * p * q + 1.0));
    while (true) {
      double u = rng.nextDouble();
      double r = r0;
      int x = 0;
      while (u > r) {
        u -= r;
        x++;
        if (x > bound) {
          break;
        }
        r *= a / x - s;
      }
      if (x <= bound) {
        return x;
      }
    }
  }

  /** BTRS, transformed rejection with squeeze (Hörmann 1993), for {@code n p >= 10}, {@code p <= 1/2}. */
  static int binomialBtrs(SplittableRandom rng, int n, double p) {
    double spq = Math.sqrt(n * p * (1.0 - p));
    double b = 1.15 + 2.53 * spq;
    double a = -0.0873 + 0.0248 * b + 0.01 * p;
    double c = n * p + 0.5;
    double vr = 0.92 - 4.2 / b;
    double r = p / (1.0 - p);
    double alpha = (2.83 + 5.1 / b) * spq;
    double m = Math.floor((n + 1.0) * p);
    double logH = (m + 0.5) * Math.log((m + 1.0) / (r * (n - m + 1.0))) + stirlingTail(m) + stirlingTail(n - m);
    while (true) {
      double u = rng.nextDouble() - 0.5;
      double v = rng.nextDouble();
      double us = 0.5 - Math.abs(u);
      double k = Math.floor((2.0 * a / us + b) * u + c);
      if (k < 0 || k > n) {
        continue;
      }
      if (us >= 0.07 && v <= vr) {
        return (int) k;
      }
      double lhs = Math.log(v * alpha / (a / (us * us) + b));
      double rhs = logH + (n + 1.0) * Math.log((n - m + 1.0) / (n - k + 1.0))
          + (k + 0.5) * Math.log(r * (n - k + 1.0) / (k + 1.0)) - stirlingTail(k) - stirlingTail(n - k);
      if (lhs <= rhs) {
        return (int) k;
      }
    }
  }

  /**
   * A Poisson count.
   *
   * @param rng the generator
   * @param mean the mean, at least 0 and finite
   * @return a draw from Poisson(mean)
   */
  static int poisson(SplittableRandom rng, double mean) {
    if (!(mean >= 0.0 && mean < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("Draws.mean: " + mean + " is not a finite mean of 0 or more");
    }
    return poisson(rng, mean, Math.exp(-mean));
  }

  /**
   * As {@link #poisson(SplittableRandom, double)}, with {@code exp(-mean)} computed once by the caller
   * (it is used only below {@value #REJECTION_FROM}).
   */
  static int poisson(SplittableRandom rng, double mean, double expMinusMean) {
    if (mean <= 0.0) {
      return 0;
    }
    if (mean >= REJECTION_FROM) {
      return poissonPtrs(rng, mean);
    }
    // Sequential search; past 30 + 10 standard deviations (mass below 1e-20) rounding may stall it: redraw.
    double bound = mean + 10.0 * Math.sqrt(mean) + 30.0;
    while (true) {
      double u = rng.nextDouble();
      double pk = expMinusMean;
      double cdf = pk;
      int k = 0;
      while (u >= cdf && k <= bound) {
        k++;
        pk *= k < RECIPROCALS.length ? mean * RECIPROCALS[k] : mean / k;
        cdf += pk;
      }
      if (k <= bound) {
        return k;
      }
    }
  }

  /** PTRS (Hörmann 1993), for {@code mean >= 10}. */
  static int poissonPtrs(SplittableRandom rng, double mean) {
    double slam = Math.sqrt(mean);
    double loglam = Math.log(mean);
    double b = 0.931 + 2.53 * slam;
    double a = -0.059 + 0.02483 * b;
    double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2.0);
    while (true) {
      double u = rng.nextDouble() - 0.5;
      double v = rng.nextDouble();
      double us = 0.5 - Math.abs(u);
      double k = Math.floor((2.0 * a / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) {
        return (int) k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -mean + k * loglam - logFactorial(k)) {
        return (int) k;
      }
    }
  }

  /** {@code log k!} for a whole number {@code k >= 0}, from Stirling's formula and its tabulated error. */
  static double logFactorial(double k) {
    return HALF_LOG_TWO_PI + (k + 0.5) * Math.log(k + 1.0) - (k + 1.0) + stirlingTail(k);
  }

  /** The error of Stirling's formula at {@code k}: the table to 9, then the series 1/12 - 1/360 + 1/1260. */
  static double stirlingTail(double k) {
    if (k <= 9) {
      return STIRLING_TAIL[(int) k];
    }
    double kp1sq = (k + 1.0) * (k + 1.0);
    return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / kp1sq) / kp1sq) / (k + 1.0);
  }
}
