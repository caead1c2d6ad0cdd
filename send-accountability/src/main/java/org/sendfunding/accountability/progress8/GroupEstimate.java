package org.sendfunding.accountability.progress8;

import com.google.common.base.Preconditions;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The estimated Attainment 8 of one prior-attainment group: the mean Attainment 8 of pupils in the
 * group and, when the source gives them, its standard deviation (which sets the negative-score cap),
 * the number of pupils and DfE's element estimates.
 *
 * <p>{@code GroupEstimate.of(12, 38.5, 14.2, 2450)} (computed from a cohort): pupils in group 12 are
 * expected to score 38.5; with a 2.3 SD cap the group's floor is {@code -2.3 * 14.2 / 10 = -3.27}.
 * {@code GroupEstimate.published(15, ElementEstimates.of(8.46, 7.35, 10.42, 11.77, 2.78, 2.80))} is a
 * row of DfE's 2023 table: estimate 38.00; DfE's tables publish neither a standard deviation nor a
 * pupil count, so {@link #pupils()} is 0 and {@link #hasDistribution()} is false.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class GroupEstimate {

  GroupEstimate() {}

  /**
   * An estimate with its distribution, e.g. computed from a cohort.
   *
   * @param group the prior-attainment group, 1 upwards
   * @param meanAttainment8 the estimate: mean Attainment 8 of the group, 0 to 90
   * @param standardDeviation standard deviation of the group's Attainment 8, at least 0
   * @param pupils pupils the estimate was computed from, at least 1
   * @return the estimate
   */
  public static GroupEstimate of(int group, double meanAttainment8, double standardDeviation, int pupils) {
    Preconditions.checkArgument(pupils >= 1, "GroupEstimate.pupils: %s is below 1 (group %s)", pupils, group);
    return ImmutableGroupEstimate.of(group, meanAttainment8, standardDeviation, pupils, Optional.empty());
  }

  /**
   * A published national estimate: the sum of DfE's element estimates, without a distribution.
   *
   * @param group the prior-attainment group, 1 upwards
   * @param elements the element estimates
   * @return the estimate
   */
  public static GroupEstimate published(int group, ElementEstimates elements) {
    return ImmutableGroupEstimate.of(group, elements.attainment8(), 0, 0, Optional.of(elements));
  }

  /** The prior-attainment group. */
  @Value.Parameter
  public abstract int group();

  /** Estimated Attainment 8: the mean of the group. */
  @Value.Parameter
  public abstract double meanAttainment8();

  /** Standard deviation of Attainment 8 within the group; 0 when the source does not give it. */
  @Value.Parameter
  public abstract double standardDeviation();

  /** Pupils behind the estimate; 0 when the source does not give it (DfE's national tables). */
  @Value.Parameter
  public abstract int pupils();

  /** DfE's element estimates, for published national estimates. */
  @Value.Parameter
  public abstract Optional<ElementEstimates> elements();

  /** Whether the standard deviation and pupil count are known (they are for cohort estimates). */
  public boolean hasDistribution() {
    return pupils() > 0;
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(group() >= 1, "GroupEstimate.group: %s is below 1", group());
    Preconditions.checkArgument(Double.isFinite(meanAttainment8()) && meanAttainment8() >= 0 && meanAttainment8() <= 90,
        "GroupEstimate.meanAttainment8: %s is outside 0 to 90 (group %s)", meanAttainment8(), (Object) group());
    Preconditions.checkArgument(Double.isFinite(standardDeviation()) && standardDeviation() >= 0,
        "GroupEstimate.standardDeviation: %s is negative or not finite (group %s)", standardDeviation(), (Object) group());
    Preconditions.checkArgument(pupils() >= 0, "GroupEstimate.pupils: %s is below 0 (group %s)", pupils(), group());
    Preconditions.checkArgument(pupils() > 0 || standardDeviation() == 0,
        "GroupEstimate.standardDeviation: %s given without a pupil count (group %s)", standardDeviation(), (Object) group());
  }

  @Override
  public String toString() {
    return hasDistribution()
        ? String.format("group %d: A8 %.2f (SD %.2f, %d pupils)", group(), meanAttainment8(), standardDeviation(), pupils())
        : String.format("group %d: A8 %.2f (published)", group(), meanAttainment8());
  }
}
