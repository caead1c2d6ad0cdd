package org.sendfunding.accountability.progress8;

import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.pupil.SenProvision;

/**
 * A school's Progress 8 score: the mean of its pupils' capped scores, with a 95% confidence interval.
 *
 * <p>For example 180 pupils with scores averaging -0.12 and a national pupil standard deviation of
 * 1.25 give an interval of {@code -0.12 +/- 1.96 * 1.25 / sqrt(180) = -0.30 to 0.06}: not
 * significantly different from zero. Pupils without prior attainment are excluded and counted.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SchoolProgress8 {

  SchoolProgress8() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SchoolProgress8}. */
  public static final class Builder extends ImmutableSchoolProgress8.Builder {
    Builder() {}
  }

  /** The school's URN. */
  public abstract int urn();

  /** Pupils with a Progress 8 score. */
  public abstract int pupils();

  /** Pupils on roll at the end of the key stage but excluded because they have no prior attainment. */
  public abstract int pupilsWithoutPriorAttainment();

  /** Pupils whose score the cap raised. */
  public abstract int pupilsCapped();

  /** The school's Progress 8: mean capped pupil score. */
  public abstract double score();

  /** The mean uncapped pupil score, as before 2018. */
  public abstract double uncappedScore();

  /** Lower end of the 95% confidence interval. */
  public abstract double lowerBound();

  /** Upper end of the 95% confidence interval. */
  public abstract double upperBound();

  /** Mean capped score by SEN provision, for provisions the school has. */
  public abstract ImmutableMap<SenProvision, SubgroupProgress8> byProvision();

  /** How the score was computed. */
  public abstract Explanation explanation();

  /** Whether the whole interval is above zero. */
  public boolean isSignificantlyAboveAverage() {
    return lowerBound() > 0;
  }

  /** Whether the whole interval is below zero. */
  public boolean isSignificantlyBelowAverage() {
    return upperBound() < 0;
  }

  @Override
  public String toString() {
    return String.format("%d: P8 %+.2f (%+.2f to %+.2f), %d pupils, %d capped, %d without KS2",
        urn(), score(), lowerBound(), upperBound(), pupils(), pupilsCapped(), pupilsWithoutPriorAttainment());
  }
}
