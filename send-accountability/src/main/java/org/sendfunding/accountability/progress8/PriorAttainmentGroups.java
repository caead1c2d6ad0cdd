package org.sendfunding.accountability.progress8;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.OptionalInt;
import org.sendfunding.accountability.cohort.KeyStage4Pupil;

/**
 * DfE's prior-attainment groups for one year: each pupil's group from their KS2 prior attainment, or
 * the group supplied with the pupil.
 *
 * <p>KS2 prior attainment is the mean of the pupil's KS2 reading and maths scaled scores, nominal
 * scores below 80 included for pupils working below the standard of the tests, or the one score a
 * pupil has (the single-score rule, {@code priorattainment.ks2.singleScoreAllowed}); see
 * {@link KeyStage4Pupil#ks2AverageScore()}. DfE's groups are the runs of equal estimates in its yearly
 * Attainment 8 estimates table (Secondary accountability measures guide, "Pupil prior attainment
 * calculation for Progress 8" and the estimates table): in 2023 there are 34, from "below 82.5" (every
 * nominal score and the lowest scaled scores) through 82.5 to 86.0, 86.5 to 87.5 and so on in steps of
 * one point to 119.5 to 120.0. So {@code PriorAttainmentGroups.dfe(2023).groupOfScore(100.5)} is 15 and
 * {@code groupOfScore(72.0)} is 1.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PriorAttainmentGroups {

  private final String source;
  private final ImmutableList<Double> lowerBounds;
  private final double maximum;
  private final boolean singleScoreAllowed;

  private PriorAttainmentGroups(String source, ImmutableList<Double> lowerBounds, double maximum, boolean singleScoreAllowed) {
    this.source = source;
    this.lowerBounds = lowerBounds;
    this.maximum = maximum;
    this.singleScoreAllowed = singleScoreAllowed;
  }

  /**
   * Groups with given lower bounds: group {@code i} (1 upwards) holds scores from {@code lowerBounds[i-1]}
   * up to, not including, the next bound; the last group runs to {@code maximum} inclusive.
   *
   * @param source where the boundaries come from, e.g. "DfE 2023 Attainment 8 estimates"
   * @param lowerBounds strictly increasing lower bounds, the first being the lowest score allowed
   * @param maximum the highest score allowed, at least the last lower bound
   * @return the groups (single-score rule on)
   */
  public static PriorAttainmentGroups of(String source, List<Double> lowerBounds, double maximum) {
    Preconditions.checkArgument(!lowerBounds.isEmpty(), "PriorAttainmentGroups: no groups (%s)", source);
    for (int i = 1; i < lowerBounds.size(); i++) {
      Preconditions.checkArgument(lowerBounds.get(i) > lowerBounds.get(i - 1),
          "PriorAttainmentGroups: lower bound %s of group %s is not above %s (%s)", lowerBounds.get(i), i + 1,
          lowerBounds.get(i - 1), source);
    }
    Preconditions.checkArgument(maximum >= lowerBounds.get(lowerBounds.size() - 1),
        "PriorAttainmentGroups: maximum %s is below the last lower bound (%s)", maximum, source);
    return new PriorAttainmentGroups(source, ImmutableList.copyOf(lowerBounds), maximum, true);
  }

  /**
   * DfE's groups for a year whose estimates table is embedded ({@link NationalEstimates#years()}).
   *
   * @param year the year of the key stage 4 results, e.g. 2023
   * @return the groups
   * @throws java.util.NoSuchElementException naming the years available
   */
  public static PriorAttainmentGroups dfe(int year) {
    return NationalEstimates.groups(year);
  }

  /**
   * These groups with the single-score rule on or off.
   *
   * @param allowed whether a pupil with one KS2 score is grouped by it (DfE's rule) or excluded
   * @return the groups
   */
  public PriorAttainmentGroups withSingleScoreAllowed(boolean allowed) {
    return new PriorAttainmentGroups(source, lowerBounds, maximum, allowed);
  }

  /**
   * The pupil's group, or empty when they have no prior attainment (or only one KS2 score and the
   * single-score rule is off).
   *
   * @param pupil the pupil
   * @return the group, 1 upwards
   * @throws IllegalArgumentException if the pupil's KS2 score is outside these groups' range
   */
  public OptionalInt groupOf(KeyStage4Pupil pupil) {
    if (pupil.priorAttainmentGroup().isPresent()) {
      return OptionalInt.of(pupil.priorAttainmentGroup().get());
    }
    if (pupil.ks2AverageScore().isEmpty() || (!singleScoreAllowed && pupil.ks2ScoreCount() < 2)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(groupOfScore(pupil.ks2AverageScore().get()));
  }

  /**
   * The group of a KS2 prior-attainment score.
   *
   * @param score the score, from the first lower bound to the maximum
   * @return the group, 1 upwards
   * @throws IllegalArgumentException naming the score and range if it is outside them
   */
  public int groupOfScore(double score) {
    Preconditions.checkArgument(Double.isFinite(score) && score >= lowerBounds.get(0) && score <= maximum,
        "PriorAttainmentGroups: KS2 prior attainment %s is outside %s to %s (%s)", score, lowerBounds.get(0), maximum, source);
    int group = 1;
    while (group < lowerBounds.size() && score >= lowerBounds.get(group)) {
      group++;
    }
    return group;
  }

  /** How many groups there are. */
  public int size() {
    return lowerBounds.size();
  }

  /**
   * The scores a group holds, printed as DfE's table does, e.g. "82.5 to 86.0" or "59.0 to 82.0"
   * (scores come in steps of 0.5, the mean of two whole scaled scores).
   *
   * @param group the group, 1 to {@link #size()}
   * @return the range
   */
  public String describe(int group) {
    Preconditions.checkArgument(group >= 1 && group <= size(), "PriorAttainmentGroups: no group %s (1 to %s)", group, size());
    double top = group == size() ? maximum : lowerBounds.get(group) - 0.5;
    return String.format(java.util.Locale.UK, "%.1f to %.1f", lowerBounds.get(group - 1), top);
  }

  /** Where the boundaries come from. */
  public String source() {
    return source;
  }

  /** Whether a pupil with one KS2 score is grouped by it. */
  public boolean singleScoreAllowed() {
    return singleScoreAllowed;
  }

  @Override
  public String toString() {
    return "PriorAttainmentGroups{" + size() + " groups, " + source + "}";
  }
}
