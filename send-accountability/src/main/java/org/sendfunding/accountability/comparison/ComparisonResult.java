package org.sendfunding.accountability.comparison;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import org.immutables.value.Value;
import org.sendfunding.accountability.cva.CvaResult;
import org.sendfunding.accountability.inclusion.SchoolInclusion;
import org.sendfunding.accountability.progress8.Progress8Result;
import org.sendfunding.accountability.timeonroll.TimeOnRollResult;

/**
 * Every measure computed on the same pupils, the schools ranked under each, and each alternative
 * compared with Progress 8.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ComparisonResult {

  ComparisonResult() {}

  /**
   * A builder, for the engine that computes this result and for reading it back from JSON
   * (send-json); figures built by hand are not checked against the rules that made them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ComparisonResult}. */
  public static final class Builder extends ImmutableComparisonResult.Builder {
    Builder() {}
  }

  /** Progress 8 (with its uncapped scores). */
  public abstract Progress8Result progress8();

  /** Contextual value added. */
  public abstract CvaResult contextualValueAdded();

  /** Time-on-roll weighted Progress 8. */
  public abstract TimeOnRollResult timeOnRoll();

  /** Inclusion indicators, by URN. */
  public abstract ImmutableSortedMap<Integer, SchoolInclusion> inclusion();

  /** Rankings by measure name, baseline first. */
  public abstract ImmutableMap<String, SchoolRanking> rankings();

  /** Each alternative against the baseline, in the order of {@link #rankings()}. */
  public abstract ImmutableList<PairwiseComparison> comparisons();
}
