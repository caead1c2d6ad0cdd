package org.sendfunding.funding.consistency;

import com.google.common.base.Preconditions;
import java.util.Arrays;
import org.immutables.value.Value;

/**
 * How unequal a figure is across LAs: coefficient of variation, Gini coefficient, the ratio of the
 * 90th to the 10th percentile, and the ratio of the largest to the smallest value.
 *
 * <p>These are statistics that describe a set of figures, not amounts of money, so they use
 * {@code double}: funding per head goes in as pounds only to be compared, and nothing computed here
 * is ever paid, shared or added to a total (those stay {@code Money}). For funding per head of 100, 100, 100, 100 every
 * measure shows no variation (CV 0, Gini 0, P90/P10 1, max/min 1); for 1, 2, 3, 4:
 *
 * <pre>{@code
 * DistributionMeasures m = DistributionMeasures.of(new double[] {1, 2, 3, 4});
 * m.mean();                      // 2.5
 * m.coefficientOfVariation();    // 0.4472 (population standard deviation 1.118 / 2.5)
 * m.gini();                      // 0.25 (sum of |xi - xj| over all pairs 20, / (2 n^2 mean) = 20 / 80)
 * m.p90OverP10();                // 3.7 / 1.3 = 2.846 (linear interpolation between ranks)
 * m.maxOverMin();                // 4.0
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class DistributionMeasures {

  DistributionMeasures() {}

  /** Number of values. */
  @Value.Parameter
  public abstract int count();

  /** Arithmetic mean. */
  @Value.Parameter
  public abstract double mean();

  /** Population standard deviation divided by the mean (0 when all values are equal). */
  @Value.Parameter
  public abstract double coefficientOfVariation();

  /** Gini coefficient, 0 (all equal) to 1 (one LA has everything). */
  @Value.Parameter
  public abstract double gini();

  /** 90th percentile over 10th percentile (linear interpolation between closest ranks). */
  @Value.Parameter
  public abstract double p90OverP10();

  /** Largest value over smallest value. */
  @Value.Parameter
  public abstract double maxOverMin();

  /**
   * The measures as already computed, for reading them back (send-json reads a
   * {@code DistributionMeasures} this way).
   *
   * @param count number of values
   * @param mean arithmetic mean
   * @param coefficientOfVariation standard deviation over the mean
   * @param gini Gini coefficient
   * @param p90OverP10 90th over 10th percentile
   * @param maxOverMin largest over smallest value
   * @return the measures
   */
  public static DistributionMeasures of(int count, double mean, double coefficientOfVariation, double gini,
      double p90OverP10, double maxOverMin) {
    return ImmutableDistributionMeasures.of(count, mean, coefficientOfVariation, gini, p90OverP10, maxOverMin);
  }

  /**
   * Measures a set of positive values.
   *
   * @param values one value per LA, at least one, each above zero
   * @return the measures
   * @throws IllegalArgumentException naming the first value that is not above zero
   */
  public static DistributionMeasures of(double[] values) {
    Preconditions.checkArgument(values.length > 0, "DistributionMeasures.values: at least one value is required");
    double[] v = values.clone();
    Arrays.sort(v);
    Preconditions.checkArgument(v[0] > 0, "DistributionMeasures.values: %s is not above zero", v[0]);
    int n = v.length;
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    double mean = sum / n;
    double ss = 0;
    for (double x : v) {
      ss += (x - mean) * (x - mean);
    }
    double cv = Math.sqrt(ss / n) / mean;
    // Gini from sorted values: sum_i (2i - n - 1) x_i / (n * sum), i from 1.
    double g = 0;
    for (int i = 0; i < n; i++) {
      g += (2.0 * (i + 1) - n - 1) * v[i];
    }
    double gini = g / (n * sum);
    double ratio = percentile(v, 0.9) / percentile(v, 0.1);
    return ImmutableDistributionMeasures.of(n, mean, clean(cv), clean(gini), ratio, v[n - 1] / v[0]);
  }

  /** Percentile by linear interpolation between closest ranks (the "R-7" / spreadsheet method). */
  static double percentile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static double clean(double x) {
    // Rounding noise of identical values must read as exactly no variation.
    return Math.abs(x) < 1e-12 ? 0.0 : x;
  }
}
