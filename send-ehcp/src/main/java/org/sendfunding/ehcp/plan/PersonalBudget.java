package org.sendfunding.ehcp.plan;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;
import org.sendfunding.model.money.Money;

/**
 * Section J of an EHC plan: the personal budget, and the part of it paid as direct payments
 * (CFA 2014 s49; the Special Educational Needs (Personal Budgets) Regulations 2014).
 *
 * <pre>{@code
 * PersonalBudget.of(Money.ofPounds("6000.00"), Money.ofPounds("2500.00"));
 * }</pre>
 *
 * <p>Direct payments cannot fund a school place and cannot exceed the budget. This class is immutable
 * and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class PersonalBudget {

  PersonalBudget() {}

  /**
   * A personal budget.
   *
   * @param amount the yearly personal budget
   * @param directPayments the part paid to the family as direct payments
   * @return the budget
   */
  public static PersonalBudget of(Money amount, Money directPayments) {
    return ImmutablePersonalBudget.of(amount, directPayments);
  }

  /** The yearly personal budget. */
  @Value.Parameter
  public abstract Money amount();

  /** The part paid as direct payments. */
  @Value.Parameter
  public abstract Money directPayments();

  @Value.Check
  void check() {
    Preconditions.checkArgument(!amount().isNegative(), "PersonalBudget.amount: %s is negative", amount());
    Preconditions.checkArgument(
        !directPayments().isNegative(), "PersonalBudget.directPayments: %s is negative", directPayments());
    Preconditions.checkArgument(
        !directPayments().isGreaterThan(amount()),
        "PersonalBudget.directPayments: %s exceeds the budget %s", directPayments(), amount());
  }
}
