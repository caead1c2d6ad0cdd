package org.sendfunding.accountability.timeonroll;

import org.immutables.value.Value;
import org.sendfunding.model.explain.Explanation;

/**
 * A school's time-on-roll weighted Progress 8: the weighted mean of the capped scores of every pupil
 * who spent time on its roll, each weighted by their share of terms there.
 *
 * <p>A school with two pupils who stayed throughout (scores +0.5 and -0.1, weight 1 each) and one who
 * spent 2 of 6 terms there before leaving for alternative provision (score -2.0, weight 1/3) scores
 * {@code (0.5 - 0.1 - 2.0/3) / (2 + 1/3) = -0.114}, against +0.20 on DfE's end-of-key-stage roll.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SchoolTimeOnRollProgress8 {

  SchoolTimeOnRollProgress8() {}

  /**
   * A builder, for the engine that computes this result and for reading it back from JSON
   * (send-json); figures built by hand are not checked against the rules that made them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SchoolTimeOnRollProgress8}. */
  public static final class Builder extends ImmutableSchoolTimeOnRollProgress8.Builder {
    Builder() {}
  }

  /** The school's URN. */
  public abstract int urn();

  /** Pupils who contribute any weight. */
  public abstract int pupils();

  /** The sum of their weights: the school's pupil count in full-key-stage equivalents. */
  public abstract double weightedPupils();

  /** The weighted mean capped Progress 8 score. */
  public abstract double score();

  /** Lower end of the 95% interval, {@code score - z sigma sqrt(sum w^2) / sum w}. */
  public abstract double lowerBound();

  /** Upper end of the 95% interval. */
  public abstract double upperBound();

  /** How the figure was computed. */
  public abstract Explanation explanation();

  @Override
  public String toString() {
    return String.format("%d: time-on-roll P8 %+.2f (%+.2f to %+.2f), %d pupils = %.1f full-time",
        urn(), score(), lowerBound(), upperBound(), pupils(), weightedPupils());
  }
}
