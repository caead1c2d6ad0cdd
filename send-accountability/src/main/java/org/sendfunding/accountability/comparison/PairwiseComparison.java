package org.sendfunding.accountability.comparison;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Two rankings of the same schools compared: rank correlations, every school's movement (largest
 * first), and how the schools with the most pupils with SEN fare.
 *
 * <p>"SEN-heavy" schools are the quarter of compared schools with the highest SEN share (at least
 * one school). A positive {@link #meanChangeOfSenHeavySchools()} means the alternative measure ranks
 * them higher than the baseline does.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PairwiseComparison {

  PairwiseComparison() {}

  /**
   * A builder, for the engine that computes this result and for reading it back from JSON
   * (send-json); figures built by hand are not checked against the rules that made them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code PairwiseComparison}. */
  public static final class Builder extends ImmutablePairwiseComparison.Builder {
    Builder() {}
  }

  /** The baseline measure's name. */
  public abstract String baseline();

  /** The alternative measure's name. */
  public abstract String alternative();

  /** Schools ranked under both. */
  public abstract int schools();

  /** Spearman's rho between the two measures' values. */
  public abstract double spearman();

  /** Kendall's tau-b. */
  public abstract double kendall();

  /** Every school's movement, largest absolute change first (ties by URN). */
  public abstract ImmutableList<SchoolMovement> movements();

  /** Mean change of the SEN-heavy schools (the top quarter by SEN share). */
  public abstract double meanChangeOfSenHeavySchools();

  /** Mean change of the other schools. */
  public abstract double meanChangeOfOtherSchools();

  @Override
  public String toString() {
    return String.format("%s vs %s: %d schools, Spearman %.3f, Kendall %.3f; SEN-heavy schools move %+.1f places on average (others %+.1f)",
        baseline(), alternative(), schools(), spearman(), kendall(), meanChangeOfSenHeavySchools(), meanChangeOfOtherSchools());
  }
}
