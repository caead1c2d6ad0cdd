package org.sendfunding.ehcp.projection;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * What happened between two consecutive snapshots: pupils at the start, joiners, leavers, movers
 * (pupils whose need or setting changed), and pupils at the end.
 *
 * <p>Pupils are conserved: {@code closing = opening + joiners - leavers}; for 1,000 pupils with 150
 * joiners and 90 leavers the next year has 1,060.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class YearTransition {

  YearTransition() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link YearTransition}. */
  public static final class Builder extends ImmutableYearTransition.Builder {
    Builder() {}
  }

  /** The first year of the pair. */
  public abstract int fromYear();

  /** Pupils in the first snapshot. */
  public abstract int opening();

  /** Pupils in the second snapshot and not the first. */
  public abstract int joiners();

  /** Pupils in the first snapshot and not the second. */
  public abstract int leavers();

  /** Pupils in both whose need or setting type changed. */
  public abstract int movers();

  /** Pupils in the second snapshot. */
  public abstract int closing();

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        closing() == opening() + joiners() - leavers(),
        "YearTransition: closing %s != opening %s + joiners %s - leavers %s (%s)",
        closing(), opening(), joiners(), leavers(), fromYear());
  }
}
