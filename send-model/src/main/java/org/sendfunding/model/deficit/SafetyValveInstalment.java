package org.sendfunding.model.deficit;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * One staged payment under a safety-valve agreement: the year it is due, the amount, the conditions
 * the LA must meet, and whether it was paid or withheld.
 *
 * <pre>{@code
 * SafetyValveInstalment.builder()
 *     .dueYear(FinancialYear.parse("2024-25"))
 *     .amount(Money.ofPounds("5000000"))
 *     .addConditions("in-year DSG balance within plan")
 *     .status(InstalmentStatus.PAID)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SafetyValveInstalment {

  SafetyValveInstalment() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SafetyValveInstalment}. */
  public static final class Builder extends ImmutableSafetyValveInstalment.Builder {
    Builder() {}
  }

  /** The financial year the instalment falls due. */
  public abstract FinancialYear dueYear();

  /** The amount DfE pays if conditions are met. */
  public abstract Money amount();

  /** Conditions of payment, in the agreement's words. */
  public abstract ImmutableList<String> conditions();

  /** Paid, withheld or still due. */
  @Value.Default
  public InstalmentStatus status() {
    return InstalmentStatus.DUE;
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        amount().isPositive(), "SafetyValveInstalment.amount: %s must be above zero (due %s)", amount(), dueYear());
  }
}
