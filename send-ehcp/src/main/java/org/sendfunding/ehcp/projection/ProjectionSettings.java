package org.sendfunding.ehcp.projection;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * How to run a demand projection: years ahead, Monte Carlo runs, the random seed, and the percentiles
 * reported as the interval.
 *
 * <pre>{@code
 * ProjectionSettings.of(10, 1000, 42L);   // 10 years, 1,000 runs, seed 42, 5th-95th percentile interval
 * }</pre>
 *
 * <p>The same settings and model always give the same projection. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ProjectionSettings {

  ProjectionSettings() {}

  /** Starts a builder; every field must be given. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProjectionSettings}. */
  public static final class Builder extends ImmutableProjectionSettings.Builder {
    Builder() {}
  }

  /**
   * Settings with the 5th and 95th percentiles as the interval.
   *
   * @param years years to project, 1 to 50
   * @param runs Monte Carlo runs, 1 to 100,000
   * @param seed the random seed
   * @return the settings
   */
  public static ProjectionSettings of(int years, int runs, long seed) {
    return builder().years(years).runs(runs).seed(seed).lowerPercentile(5).upperPercentile(95).build();
  }

  /** Years to project beyond the base year. */
  public abstract int years();

  /** Monte Carlo runs. */
  public abstract int runs();

  /** The seed of the {@link java.util.SplittableRandom} that drives every run. */
  public abstract long seed();

  /** The lower percentile of the interval, e.g. 5. */
  public abstract int lowerPercentile();

  /** The upper percentile of the interval, e.g. 95. */
  public abstract int upperPercentile();

  @Value.Check
  void check() {
    Preconditions.checkArgument(years() >= 1 && years() <= 50, "ProjectionSettings.years: %s is outside 1 to 50", years());
    Preconditions.checkArgument(
        runs() >= 1 && runs() <= 100_000, "ProjectionSettings.runs: %s is outside 1 to 100,000", runs());
    Preconditions.checkArgument(
        lowerPercentile() >= 0 && lowerPercentile() < 50 && upperPercentile() > 50 && upperPercentile() <= 100,
        "ProjectionSettings.percentiles: %s-%s must bracket the median (0 <= lower < 50 < upper <= 100)",
        lowerPercentile(), upperPercentile());
  }
}
