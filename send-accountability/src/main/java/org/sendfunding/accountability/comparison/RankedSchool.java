package org.sendfunding.accountability.comparison;

import org.immutables.value.Value;

/**
 * A school's place under one measure: its value and rank (1 is the best; tied values share the mean
 * of the ranks they span, so two schools tied for 3rd and 4th both rank 3.5).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class RankedSchool {

  RankedSchool() {}

  /**
   * A ranked school.
   *
   * @param urn the URN
   * @param value the school's value under the measure
   * @param rank the rank, 1 the best
   * @return the ranked school
   */
  public static RankedSchool of(int urn, double value, double rank) {
    return ImmutableRankedSchool.of(urn, value, rank);
  }

  /** The URN. */
  @Value.Parameter
  public abstract int urn();

  /** The value. */
  @Value.Parameter
  public abstract double value();

  /** The rank, 1 the best, ties averaged. */
  @Value.Parameter
  public abstract double rank();

  @Override
  public String toString() {
    return String.format("%s. %d (%+.2f)", rank() == Math.rint(rank()) ? Integer.toString((int) rank()) : Double.toString(rank()), urn(), value());
  }
}
