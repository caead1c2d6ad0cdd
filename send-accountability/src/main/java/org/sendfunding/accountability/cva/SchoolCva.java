package org.sendfunding.accountability.cva;

import org.immutables.value.Value;
import org.sendfunding.model.explain.Explanation;

/**
 * A school's contextual value added: the mean of its pupils' residuals (actual minus predicted
 * Attainment 8), shrunk towards zero in proportion to how little evidence the school's pupils give.
 *
 * <p>With between-school variance 9 and residual variance 100, a school of 25 pupils whose residuals
 * average +4.0 has shrinkage factor {@code 9 / (9 + 100/25) = 0.692} and a shrunken mean of +2.77
 * points, reported per slot as +0.28 so it reads like Progress 8.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SchoolCva {

  SchoolCva() {}

  /**
   * A builder, for the engine that computes this result and for reading it back from JSON
   * (send-json); figures built by hand are not checked against the rules that made them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SchoolCva}. */
  public static final class Builder extends ImmutableSchoolCva.Builder {
    Builder() {}
  }

  /** The school's URN. */
  public abstract int urn();

  /** Pupils in the model. */
  public abstract int pupils();

  /** Mean residual, in Attainment 8 points, before shrinkage. */
  public abstract double meanResidual();

  /** The shrinkage factor, 0 to 1: the weight given to the school's own mean. */
  public abstract double shrinkageFactor();

  /** The shrunken school estimate in Progress 8 units (Attainment 8 points / 10). */
  public abstract double score();

  /** Lower end of the 95% interval of the shrunken estimate, Progress 8 units. */
  public abstract double lowerBound();

  /** Upper end of the 95% interval, Progress 8 units. */
  public abstract double upperBound();

  /** How the figure was computed. */
  public abstract Explanation explanation();

  @Override
  public String toString() {
    return String.format("%d: CVA %+.2f (%+.2f to %+.2f), %d pupils, shrinkage %.2f",
        urn(), score(), lowerBound(), upperBound(), pupils(), shrinkageFactor());
  }
}
