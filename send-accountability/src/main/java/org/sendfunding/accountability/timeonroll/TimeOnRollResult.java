package org.sendfunding.accountability.timeonroll;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.NoSuchElementException;
import org.immutables.value.Value;

/**
 * Time-on-roll weighted Progress 8 for every school, and the weights used for every pupil.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TimeOnRollResult {

  TimeOnRollResult() {}

  /**
   * A builder, for the engine that computes this result and for reading it back from JSON
   * (send-json); figures built by hand are not checked against the rules that made them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code TimeOnRollResult}. */
  public static final class Builder extends ImmutableTimeOnRollResult.Builder {
    Builder() {}
  }

  /** Each scored pupil's weights by URN, by pupil id; each pupil's weights sum to one. */
  public abstract ImmutableMap<String, ImmutableSortedMap<Integer, Double>> pupilWeights();

  /** School results, by URN. */
  public abstract ImmutableSortedMap<Integer, SchoolTimeOnRollProgress8> schools();

  /**
   * A school's result.
   *
   * @param urn the URN
   * @return the result
   * @throws NoSuchElementException if no scored pupil spent time at the school
   */
  public SchoolTimeOnRollProgress8 school(int urn) {
    SchoolTimeOnRollProgress8 s = schools().get(urn);
    if (s == null) {
      throw new NoSuchElementException("TimeOnRollResult: no scored pupil spent time at school " + urn);
    }
    return s;
  }
}
