package org.sendfunding.accountability.progress8;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * The estimated Attainment 8 of one prior-attainment group: the mean Attainment 8 of pupils in the
 * group, its standard deviation (which sets the negative-score cap) and the number of pupils.
 *
 * <p>{@code GroupEstimate.of(12, 38.5, 14.2, 2450)}: pupils in group 12 are expected to score 38.5;
 * with a 2.3 SD cap the group's floor is {@code -2.3 * 14.2 / 10 = -3.27}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class GroupEstimate {

  GroupEstimate() {}

  /**
   * An estimate.
   *
   * @param group the prior-attainment group, 1 upwards
   * @param meanAttainment8 the estimate: mean Attainment 8 of the group, 0 to 90
   * @param standardDeviation standard deviation of the group's Attainment 8, at least 0
   * @param pupils pupils the estimate was computed from, at least 1
   * @return the estimate
   */
  public static GroupEstimate of(int group, double meanAttainment8, double standardDeviation, int pupils) {
    return ImmutableGroupEstimate.of(group, meanAttainment8, standardDeviation, pupils);
  }

  /** The prior-attainment group. */
  @Value.Parameter
  public abstract int group();

  /** Estimated Attainment 8: the mean of the group. */
  @Value.Parameter
  public abstract double meanAttainment8();

  /** Standard deviation of Attainment 8 within the group. */
  @Value.Parameter
  public abstract double standardDeviation();

  /** Pupils behind the estimate. */
  @Value.Parameter
  public abstract int pupils();

  @Value.Check
  void check() {
    Preconditions.checkArgument(group() >= 1, "GroupEstimate.group: %s is below 1", group());
    Preconditions.checkArgument(Double.isFinite(meanAttainment8()) && meanAttainment8() >= 0 && meanAttainment8() <= 90,
        "GroupEstimate.meanAttainment8: %s is outside 0 to 90 (group %s)", meanAttainment8(), (Object) group());
    Preconditions.checkArgument(Double.isFinite(standardDeviation()) && standardDeviation() >= 0,
        "GroupEstimate.standardDeviation: %s is negative or not finite (group %s)", standardDeviation(), (Object) group());
    Preconditions.checkArgument(pupils() >= 1, "GroupEstimate.pupils: %s is below 1 (group %s)", pupils(), group());
  }

  @Override
  public String toString() {
    return String.format("group %d: A8 %.2f (SD %.2f, %d pupils)", group(), meanAttainment8(), standardDeviation(), pupils());
  }
}
