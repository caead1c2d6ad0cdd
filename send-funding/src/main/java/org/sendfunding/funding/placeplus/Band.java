package org.sendfunding.funding.placeplus;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.money.Money;

/**
 * One band of an LA's local top-up banding: a fixed annual top-up, a range, or (where the LA's
 * amounts are not known) descriptors only.
 *
 * <pre>{@code
 * Band.builder().id("EHCP-2").group("EHCP top-up").amount(Money.ofPounds(2_000)).build();
 * Band.builder().id("level-3").minimum(Money.ofPounds(4_000)).maximum(Money.ofPounds(8_000))
 *     .addDescriptors("needs high levels of adult support for most of the day").build();
 * }</pre>
 *
 * <p>A range band pays the pupil's costed need above the base, held within the range. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Band {

  Band() {}

  /** Starts a builder. @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Band}. */
  public static final class Builder extends ImmutableBand.Builder {
    Builder() {}
  }

  /** The band's id, unique within its banding, e.g. {@code EHCP-2}. @return the id */
  public abstract String id();

  /** The scheme the band belongs to, e.g. "Graduated support plan". @return the group */
  public abstract Optional<String> group();

  /** A fixed annual top-up. @return the amount */
  public abstract Optional<Money> amount();

  /** The lowest annual top-up of a range band. @return the minimum */
  public abstract Optional<Money> minimum();

  /** The highest annual top-up of a range band. @return the maximum */
  public abstract Optional<Money> maximum();

  /** What a pupil in this band is like, for best-fit placement. @return the descriptors */
  public abstract ImmutableList<String> descriptors();

  /** Whether the band has an amount or range, so it can fund a pupil. @return true if funded */
  public boolean hasAmount() {
    return amount().isPresent() || minimum().isPresent();
  }

  /**
   * The top-up this band pays for a pupil whose costed need above the base is {@code costAboveBase}.
   *
   * @param costAboveBasePence the cost above elements 1-2 or place funding, in pence
   * @return the top-up in pence
   */
  long topUpPence(long costAboveBasePence) {
    long amount = amountPence();
    if (amount >= 0) {
      return amount;
    }
    if (minimumPence() < 0) {
      throw new IllegalArgumentException(
          "Band " + id() + ": has descriptors only, no amount or range, so it cannot fund a pupil");
    }
    return Math.max(minimumPence(), Math.min(maximumPence(), costAboveBasePence));
  }

  @Value.Derived
  @Value.Auxiliary
  long amountPence() {
    return amount().map(Money::pence).orElse(-1L);
  }

  @Value.Derived
  @Value.Auxiliary
  long minimumPence() {
    return minimum().map(Money::pence).orElse(-1L);
  }

  @Value.Derived
  @Value.Auxiliary
  long maximumPence() {
    return maximum().map(Money::pence).orElse(-1L);
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(!id().isBlank(), "Band.id: must not be blank");
    Preconditions.checkArgument(minimum().isPresent() == maximum().isPresent(),
        "Band.minimum/maximum: give both or neither (band %s)", id());
    Preconditions.checkArgument(!(amount().isPresent() && minimum().isPresent()),
        "Band.amount: give an amount or a range, not both (band %s)", id());
    amount().ifPresent(a -> Preconditions.checkArgument(!a.isNegative(),
        "Band.amount: %s must not be negative (band %s)", a, id()));
    if (minimum().isPresent()) {
      Preconditions.checkArgument(!minimum().get().isNegative() && !minimum().get().isGreaterThan(maximum().get()),
          "Band.minimum: %s must be between zero and the maximum %s (band %s)", minimum().get(), maximum().get(), id());
    }
  }
}
