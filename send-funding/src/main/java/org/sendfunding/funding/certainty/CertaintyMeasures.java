package org.sendfunding.funding.certainty;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * How predictable an LA's allocations were: the volatility of year-on-year changes and the gap
 * between what it could plan on in advance and what it finally got.
 *
 * <pre>{@code
 * // allocations £100m (base), £103m, £101m, £106m; indicative £100m, £103m, £101m
 * CertaintyMeasures m = CertaintyMeasures.of(new long[] {100, 103, 101, 106}, new long[] {100, 103, 101});
 * m.meanChange();               // (3% - 1.94% + 4.95%) / 3 = 2.00%
 * m.volatility();               // population standard deviation of the three changes = 2.90 points
 * m.meanAbsoluteSurprise();     // (3/103 + 2/101 + 5/106) / 3 = 3.20% of the final allocation
 * }</pre>
 *
 * <p>Statistics use {@code double}. This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class CertaintyMeasures {

  CertaintyMeasures() {}

  /** Mean year-on-year change, as a fraction (0.02 = 2%). */
  @Value.Parameter
  public abstract double meanChange();

  /** Population standard deviation of year-on-year changes, as a fraction. */
  @Value.Parameter
  public abstract double volatility();

  /** Mean of |final − known in advance| / final, as a fraction. */
  @Value.Parameter
  public abstract double meanAbsoluteSurprise();

  /**
   * The measures as already computed, for reading them back (send-json reads a
   * {@code CertaintyMeasures} this way).
   *
   * @param meanChange mean year-on-year change, as a fraction
   * @param volatility standard deviation of year-on-year changes, as a fraction
   * @param meanAbsoluteSurprise mean surprise, as a fraction of the final allocation
   * @return the measures
   */
  public static CertaintyMeasures of(double meanChange, double volatility, double meanAbsoluteSurprise) {
    return ImmutableCertaintyMeasures.of(meanChange, volatility, meanAbsoluteSurprise);
  }

  /**
   * Measures one LA's allocations.
   *
   * @param allocations the base-year allocation then each projected year's final allocation, all above zero
   * @param knownInAdvance for each projected year, what the LA knew before it (indicative or guaranteed)
   * @return the measures
   */
  public static CertaintyMeasures of(long[] allocations, long[] knownInAdvance) {
    Preconditions.checkArgument(allocations.length >= 2, "CertaintyMeasures.allocations: at least two years are required");
    Preconditions.checkArgument(knownInAdvance.length == allocations.length - 1,
        "CertaintyMeasures.knownInAdvance: %s values for %s projected years", knownInAdvance.length, allocations.length - 1);
    int n = allocations.length - 1;
    double[] change = new double[n];
    double sum = 0;
    double surprise = 0;
    for (int t = 0; t < n; t++) {
      Preconditions.checkArgument(allocations[t] > 0 && allocations[t + 1] > 0, "CertaintyMeasures.allocations: %s is not above zero", Math.min(allocations[t], allocations[t + 1]));
      change[t] = (double) allocations[t + 1] / allocations[t] - 1.0;
      sum += change[t];
      surprise += Math.abs((double) (allocations[t + 1] - knownInAdvance[t])) / allocations[t + 1];
    }
    double mean = sum / n;
    double ss = 0;
    for (double c : change) {
      ss += (c - mean) * (c - mean);
    }
    return ImmutableCertaintyMeasures.of(mean, Math.sqrt(ss / n), surprise / n);
  }
}
