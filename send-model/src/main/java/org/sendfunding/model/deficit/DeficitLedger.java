package org.sendfunding.model.deficit;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * An LA's DSG balance over consecutive financial years, with the statutory-override period in force.
 *
 * <p>Each year opens with the previous year's closing balance, so the ledger always reconciles:
 * closing = opening + income − spend in every year, and the final balance is the first opening
 * balance plus all income minus all spend.
 *
 * <pre>{@code
 * DeficitLedger ledger = DeficitLedger.builder()
 *     .localAuthority(la)
 *     .addEntries(year2025, year2026)   // year2026.openingBalance() == year2025.closingBalance()
 *     .statutoryOverride(StatutoryOverridePeriod.of(...))
 *     .build();
 * ledger.closingBalance();                      // the last year's closing balance
 * ledger.isRingFenced(FinancialYear.parse("2028-29")); // false once the override has ended
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DeficitLedger {

  DeficitLedger() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeficitLedger}. */
  public static final class Builder extends ImmutableDeficitLedger.Builder {
    Builder() {}
  }

  /** The LA whose DSG this is. */
  public abstract LocalAuthority localAuthority();

  /** One entry per year, consecutive, each opening where the last closed. */
  public abstract ImmutableList<LedgerEntry> entries();

  /** The statutory override in force for this ledger, if any. */
  public abstract Optional<StatutoryOverridePeriod> statutoryOverride();

  /** The first year's opening balance. */
  public Money openingBalance() {
    return entries().get(0).openingBalance();
  }

  /** The last year's closing balance. */
  public Money closingBalance() {
    return entries().get(entries().size() - 1).closingBalance();
  }

  /** The entry for a year. */
  public Optional<LedgerEntry> entry(FinancialYear year) {
    return entries().stream().filter(e -> e.financialYear().equals(year)).findFirst();
  }

  /**
   * Whether a deficit at the end of the year sits in the ring-fenced DSG account under the override,
   * rather than on the council's general fund.
   */
  public boolean isRingFenced(FinancialYear year) {
    return statutoryOverride().map(p -> p.covers(year)).orElse(false);
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        !entries().isEmpty(), "DeficitLedger.entries: at least one year is required (%s)", localAuthority());
    for (int i = 1; i < entries().size(); i++) {
      LedgerEntry prev = entries().get(i - 1);
      LedgerEntry cur = entries().get(i);
      Preconditions.checkArgument(
          cur.financialYear().equals(prev.financialYear().next()),
          "DeficitLedger.entries[%s]: %s does not follow %s (%s)", i, cur.financialYear(), prev.financialYear(), localAuthority());
      Preconditions.checkArgument(
          cur.openingBalance().equals(prev.closingBalance()),
          "DeficitLedger.entries[%s]: %s opens at %s but %s closed at %s (%s)",
          i, cur.financialYear(), cur.openingBalance(), prev.financialYear(), prev.closingBalance(), localAuthority());
    }
  }
}
