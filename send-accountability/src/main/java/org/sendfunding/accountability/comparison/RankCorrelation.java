package org.sendfunding.accountability.comparison;

import com.google.common.base.Preconditions;

/**
 * Rank correlation coefficients: how similarly two measures order the same schools.
 *
 * <p>Spearman's rho is the Pearson correlation of the ranks (ties given their average rank). Kendall's
 * tau-b counts concordant minus discordant pairs, corrected for ties:
 * {@code (C - D) / sqrt((n0 - n1)(n0 - n2))}, with n0 = n(n-1)/2 pairs and n1, n2 the pairs tied in
 * each measure. Both are 1 for identical orders and -1 for reversed ones. For x = (1, 2, 3, 4) and
 * y = (1, 3, 2, 4): rho = 0.8 and tau = (5 - 1) / 6 = 0.667.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RankCorrelation {

  private RankCorrelation() {}

  /**
   * Spearman's rank correlation.
   *
   * @param x values under one measure
   * @param y values of the same items under another, same length, at least 2
   * @return rho in -1 to 1; 0 if either measure gives every item the same rank
   */
  public static double spearman(double[] x, double[] y) {
    check(x, y);
    return pearson(ranks(x), ranks(y));
  }

  /**
   * Kendall's tau-b.
   *
   * @param x values under one measure
   * @param y values of the same items under another, same length, at least 2
   * @return tau-b in -1 to 1; 0 if either measure ties every pair
   */
  public static double kendall(double[] x, double[] y) {
    check(x, y);
    long concordant = 0;
    long discordant = 0;
    long tiedX = 0;
    long tiedY = 0;
    int n = x.length;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int sx = Double.compare(x[i], x[j]);
        int sy = Double.compare(y[i], y[j]);
        if (sx == 0) {
          tiedX++;
        }
        if (sy == 0) {
          tiedY++;
        }
        if (sx != 0 && sy != 0) {
          if (sx == sy) {
            concordant++;
          } else {
            discordant++;
          }
        }
      }
    }
    long pairs = (long) n * (n - 1) / 2;
    double denominator = Math.sqrt((double) (pairs - tiedX) * (pairs - tiedY));
    return denominator == 0 ? 0 : (concordant - discordant) / denominator;
  }

  /** Average ranks, 1 for the smallest value. */
  static double[] ranks(double[] values) {
    int n = values.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = (i + j) / 2.0 + 1;
      }
      i = j + 1;
    }
    return ranks;
  }

  private static double pearson(double[] a, double[] b) {
    int n = a.length;
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < n; i++) {
      ma += a[i];
      mb += b[i];
    }
    ma /= n;
    mb /= n;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < n; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
  }

  private static void check(double[] x, double[] y) {
    Preconditions.checkArgument(x.length == y.length, "RankCorrelation: %s values against %s", x.length, y.length);
    Preconditions.checkArgument(x.length >= 2, "RankCorrelation: need at least 2 items, got %s", x.length);
    for (int i = 0; i < x.length; i++) {
      Preconditions.checkArgument(Double.isFinite(x[i]) && Double.isFinite(y[i]),
          "RankCorrelation: item %s has values %s and %s; both must be finite", i, x[i], y[i]);
    }
  }
}
