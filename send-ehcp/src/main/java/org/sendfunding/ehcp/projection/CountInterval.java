package org.sendfunding.ehcp.projection;

import com.google.common.base.Preconditions;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The spread of a projected count over Monte Carlo runs: lower percentile, median, upper percentile and
 * mean.
 *
 * <pre>{@code
 * CountInterval.of(1180, 1243, 1305, 1242.6);   // prints 1243 (1180-1305)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class CountInterval {

  CountInterval() {}

  /**
   * An interval.
   *
   * @param lower the lower percentile
   * @param median the median
   * @param upper the upper percentile
   * @param mean the mean
   * @return the interval
   */
  public static CountInterval of(int lower, int median, int upper, double mean) {
    return ImmutableCountInterval.of(lower, median, upper, mean);
  }

  /** The lower percentile (by default the 5th). */
  @Value.Parameter
  public abstract int lower();

  /** The median. */
  @Value.Parameter
  public abstract int median();

  /** The upper percentile (by default the 95th). */
  @Value.Parameter
  public abstract int upper();

  /** The mean over runs. */
  @Value.Parameter
  public abstract double mean();

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        0 <= lower() && lower() <= median() && median() <= upper(),
        "CountInterval: %s <= %s <= %s must hold and be non-negative", lower(), median(), upper());
  }

  @Override
  public String toString() {
    return String.format(Locale.UK, "%d (%d-%d)", median(), lower(), upper());
  }
}
