package org.sendfunding.accountability.comparison;

import org.immutables.value.Value;

/**
 * How far a school moves between two rankings, with the facts that explain most moves: its share of
 * pupils with SEN and whether it is a special school.
 *
 * <p>A school 48th of 60 under Progress 8 and 21st under time-on-roll Progress 8 has a change of +27
 * (it climbs 27 places under the alternative).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SchoolMovement {

  SchoolMovement() {}

  /**
   * A builder, for the engine that computes this result and for reading it back from JSON
   * (send-json); figures built by hand are not checked against the rules that made them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SchoolMovement}. */
  public static final class Builder extends ImmutableSchoolMovement.Builder {
    Builder() {}
  }

  /** The URN. */
  public abstract int urn();

  /** The school's name. */
  public abstract String name();

  /** Rank under the baseline measure. */
  public abstract double baselineRank();

  /** Rank under the alternative measure. */
  public abstract double alternativeRank();

  /** Places climbed under the alternative: baseline rank minus alternative rank. */
  @Value.Derived
  public double change() {
    return baselineRank() - alternativeRank();
  }

  /** Share of the school's end roll with SEN (E or K), 0 to 1. */
  public abstract double senShare();

  /** Whether it is a special school. */
  public abstract boolean special();

  @Override
  public String toString() {
    return String.format("%-32s %5.1f -> %5.1f (%+5.1f)  SEN %4.1f%%%s", urn() + " " + name(), baselineRank(),
        alternativeRank(), change(), 100 * senShare(), special() ? "  special" : "");
  }
}
