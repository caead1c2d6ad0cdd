package org.sendfunding.funding.placeplus;

import org.immutables.value.Value;
import org.sendfunding.model.money.Money;

/**
 * One SEN pupil's line in a school's funding gap: the cost of their provision, the part the school
 * meets from its notional SEN budget (up to £6,000), the top-up it receives, and what is left unfunded.
 *
 * <pre>{@code
 * // cost £9,000, top-up £2,000: £6,000 from notional SEN budget, £1,000 unfunded
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PupilGap {

  PupilGap() {}

  /**
   * A builder, for the engine that computes this result and for reading it back from JSON
   * (send-json); figures built by hand are not checked against the rules that made them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code PupilGap}. */
  public static final class Builder extends ImmutablePupilGap.Builder {
    Builder() {}
  }

  /** The pupil. @return the id */
  public abstract String pupilId();

  /** The cost of the pupil's additional support. @return the cost */
  public abstract Money provisionCost();

  /** The part met from the notional SEN budget: {@code min(cost, £6,000)}. @return the amount */
  public abstract Money fromNotionalSenBudget();

  /** The element 3 top-up received. @return the amount */
  public abstract Money topUp();

  /** {@code max(0, cost − notional part − top-up)}. @return the unfunded amount */
  public abstract Money unfunded();
}
