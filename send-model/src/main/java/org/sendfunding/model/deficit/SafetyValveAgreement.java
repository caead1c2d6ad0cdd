package org.sendfunding.model.deficit;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;

/**
 * A safety-valve agreement: DfE pays an LA staged instalments towards its DSG deficit in return for a
 * monitored deficit-recovery plan.
 *
 * <p>Example: York's agreement of £17.1m over five years. The total is stated in the agreement and
 * must equal the sum of its instalments.
 *
 * <pre>{@code
 * SafetyValveAgreement york = SafetyValveAgreement.builder()
 *     .localAuthority(LocalAuthorities.england().byCode(816))
 *     .agreedOn(LocalDate.of(2022, 3, 31))
 *     .total(Money.ofPounds("17100000"))
 *     .addInstalments(...)   // five instalments adding to £17.1m
 *     .build();
 * york.paid();      // the sum of PAID instalments
 * york.withheld();  // the sum of WITHHELD instalments
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SafetyValveAgreement {

  SafetyValveAgreement() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SafetyValveAgreement}. */
  public static final class Builder extends ImmutableSafetyValveAgreement.Builder {
    Builder() {}
  }

  /** The LA party to the agreement. */
  public abstract LocalAuthority localAuthority();

  /** The date the agreement was made. */
  public abstract LocalDate agreedOn();

  /** The total DfE funding stated in the agreement. */
  public abstract Money total();

  /** The staged instalments, in due-year order. */
  public abstract ImmutableList<SafetyValveInstalment> instalments();

  /** The sum of instalments with a status. */
  public Money sumWithStatus(InstalmentStatus status) {
    return Money.sum(
        instalments().stream().filter(i -> i.status() == status).map(SafetyValveInstalment::amount)::iterator);
  }

  /** The sum paid so far. */
  public Money paid() {
    return sumWithStatus(InstalmentStatus.PAID);
  }

  /** The sum withheld. */
  public Money withheld() {
    return sumWithStatus(InstalmentStatus.WITHHELD);
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        !instalments().isEmpty(), "SafetyValveAgreement.instalments: at least one is required (%s)", localAuthority());
    Money sum = Money.sum(instalments().stream().map(SafetyValveInstalment::amount)::iterator);
    Preconditions.checkArgument(
        sum.equals(total()),
        "SafetyValveAgreement.total: %s does not equal the sum of instalments %s (%s)", total(), sum, localAuthority());
    for (int i = 1; i < instalments().size(); i++) {
      Preconditions.checkArgument(
          instalments().get(i).dueYear().compareTo(instalments().get(i - 1).dueYear()) > 0,
          "SafetyValveAgreement.instalments[%s]: due %s is not after the previous instalment's %s (%s)",
          i, instalments().get(i).dueYear(), instalments().get(i - 1).dueYear(), localAuthority());
    }
  }
}
