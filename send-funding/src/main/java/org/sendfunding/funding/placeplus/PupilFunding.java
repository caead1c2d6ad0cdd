package org.sendfunding.funding.placeplus;

import org.immutables.value.Value;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.money.Money;

/**
 * The place-plus funding of one pupil: elements 1, 2 and 3, the place the pupil fills, and any fee.
 *
 * <p>In a mainstream school element 2 is the part of the first £6,000 of additional support met from
 * the notional SEN budget. In specialist settings element 2 (and, in special schools and AP, element
 * 1) is paid as {@link #placeFunding()}: £10,000 a place in special schools and AP, £6,000 in
 * resourced provision and FE. An independent special school is paid its {@link #fee()} instead.
 *
 * <pre>{@code
 * PupilFunding f = PlacePlus.DEFAULT.fund(placement, rates, banding);
 * f.element3();          // the commissioning LA's top-up
 * f.highNeedsCost();     // place + element 3 + fee: what the high-needs block pays
 * System.out.println(f.explanation().toText());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PupilFunding {

  PupilFunding() {}

  /**
   * A builder, for the engine that computes this result and for reading it back from JSON
   * (send-json); figures built by hand are not checked against the rules that made them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code PupilFunding}. */
  public static final class Builder extends ImmutablePupilFunding.Builder {
    Builder() {}
  }

  /** The placement funded. @return the placement */
  public abstract PupilPlacement placement();

  /** Element 1: basic per-pupil funding where paid per pupil. @return the amount */
  public abstract Money element1();

  /** Element 2 from a mainstream school's notional SEN budget. @return the amount */
  public abstract Money element2();

  /** Place funding for the place the pupil fills (elements 1-2 in specialist settings). @return the amount */
  public abstract Money placeFunding();

  /** Element 3: the commissioning LA's top-up. @return the amount */
  public abstract Money element3();

  /** An independent special school's fee. @return the amount */
  public abstract Money fee();

  /** The explanation, with one child per non-zero part. @return the explanation */
  @Value.Auxiliary
  public abstract Explanation explanation();

  /** Everything the pupil's place is funded with. @return the total */
  public Money total() {
    return element1().plus(element2()).plus(placeFunding()).plus(element3()).plus(fee());
  }

  /** What the high-needs block pays: place funding, element 3 and fees. @return the amount */
  public Money highNeedsCost() {
    return placeFunding().plus(element3()).plus(fee());
  }
}
