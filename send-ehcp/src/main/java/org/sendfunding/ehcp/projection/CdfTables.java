package org.sendfunding.ehcp.projection;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Precomputed cumulative distribution tables, so that a binomial or Poisson count the projection draws
 * again and again with the same parameters costs one uniform and a few comparisons (inversion: the
 * count is the first {@code x} with {@code u < P(X <= x)}).
 *
 * <p>For example the Binomial(3, 0.1) table is {@code 0.729, 0.972, 0.999, 2.0}: a uniform of 0.5 gives
 * 0 leavers, 0.98 gives 2. The last entry of every table is a sentinel above 1, so the search needs no
 * bound. A binomial table is exact up to rounding (the last entry stands for {@code P(X <= n) = 1}). A
 * Poisson table runs to {@code mean + 10 sd + 30}, whose tail beyond has probability below 1e-20, and
 * gives that bound for the tail, as {@link Draws} does. Built once per projection and read-only
 * afterwards; this class is stateless and thread-safe.
 */
final class CdfTables {

  /** Binomial tables cover 1 to this many pupils; larger states use {@link Draws#binomial}. */
  static final int MAX_TRIALS = Draws.BERNOULLI_UP_TO;
  /** Doubles in the tables of one probability: 2 + 3 + ... + (MAX_TRIALS + 1). */
  static final int BINOMIAL_BLOCK = binomialOffset(MAX_TRIALS + 1);
  /** At most this many distinct probabilities get tables (1,024 x 152 doubles = 1.2 MB); the rest draw by trials. */
  static final int MAX_TABLES = 1024;

  private CdfTables() {}

  /** Offset of the table for {@code c} trials (1 to MAX_TRIALS) within a probability's block. */
  static int binomialOffset(int c) {
    return (c - 1) * (c + 2) / 2;
  }

  /** The inversion: the first index from {@code start} whose cumulative probability exceeds {@code u}, minus start. */
  static int draw(double[] cdf, int start, double u) {
    int k = start;
    while (u >= cdf[k]) {
      k++;
    }
    return k - start;
  }

  /** Binomial tables and where each state's block starts (-1: none). */
  record Binomials(int[] start, double[] cdf) {}

  /** Poisson tables, joiner state j's from {@code start[j]} to {@code start[j + 1]} (equal: none). */
  record Poissons(int[] start, double[] cdf) {}

  /**
   * Binomial(c, p) tables for c = 1 to {@link #MAX_TRIALS}, one block per distinct leaver probability p
   * (strictly between 0 and 1) of the states of the given kind.
   */
  static Binomials binomials(double[] probability, byte[] kind, byte wanted) {
    int[] start = new int[probability.length];
    Arrays.fill(start, -1);
    Map<Double, Integer> blocks = new HashMap<>();
    for (int s = 0; s < probability.length; s++) {
      double p = probability[s];
      if (kind[s] == wanted && p > 0.0 && p < 1.0) {
        Integer b = blocks.get(p);
        if (b == null && blocks.size() < MAX_TABLES) {
          b = blocks.size();
          blocks.put(p, b);
        }
        if (b != null) {
          start[s] = b * BINOMIAL_BLOCK;
        }
      }
    }
    double[] cdf = new double[blocks.size() * BINOMIAL_BLOCK];
    blocks.forEach((p, b) -> {
      for (int c = 1; c <= MAX_TRIALS; c++) {
        int o = b * BINOMIAL_BLOCK + binomialOffset(c);
        double q = 1.0 - p;
        double pmf = Math.pow(q, c);
        double acc = pmf;
        for (int x = 0; x < c; x++) {
          cdf[o + x] = acc;
          pmf *= (double) (c - x) / (x + 1) * p / q;
          acc += pmf;
        }
        cdf[o + c] = 2.0;
      }
    });
    return new Binomials(start, cdf);
  }

  /** Poisson tables for the means below {@link Draws#REJECTION_FROM}; larger means draw by PTRS. */
  static Poissons poissons(double[] means) {
    int[] start = new int[means.length + 1];
    int size = 0;
    for (int j = 0; j < means.length; j++) {
      start[j] = size;
      size += length(means[j]);
    }
    start[means.length] = size;
    double[] cdf = new double[size];
    for (int j = 0; j < means.length; j++) {
      int n = start[j + 1] - start[j];
      double mean = means[j];
      double pmf = Math.exp(-mean);
      double acc = pmf;
      for (int k = 0; k < n - 1; k++) {
        cdf[start[j] + k] = acc;
        pmf *= mean / (k + 1);
        acc += pmf;
      }
      if (n > 0) {
        cdf[start[j] + n - 1] = 2.0;
      }
    }
    return new Poissons(start, cdf);
  }

  /** Entries of the table for a mean: 0 to mean + 10 sd + 30, or none for 0 and for large means. */
  private static int length(double mean) {
    if (mean <= 0.0 || mean >= Draws.REJECTION_FROM) {
      return 0;
    }
    return (int) Math.floor(mean + 10.0 * Math.sqrt(mean) + 30.0) + 1;
  }
}
