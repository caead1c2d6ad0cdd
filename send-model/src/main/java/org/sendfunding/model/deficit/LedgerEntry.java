package org.sendfunding.model.deficit;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import com.google.common.base.Preconditions;
import org.immutables.value.Value;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * One financial year of an LA's DSG deficit ledger: the opening balance, named income and spend lines,
 * and the closing balance that always equals opening + income − spend.
 *
 * <pre>{@code
 * LedgerEntry e = LedgerEntry.builder()
 *     .financialYear(FinancialYear.parse("2025-26"))
 *     .openingBalance(Money.ofPounds("-10000000"))
 *     .putIncome("high needs allocation", Money.ofPounds("50000000"))
 *     .putIncome("block transfer", Money.ofPounds("1000000"))
 *     .putSpend("top-ups and places", Money.ofPounds("55000000"))
 *     .build();
 * e.closingBalance(); // -£14,000,000.00 (a deficit)
 * }</pre>
 *
 * <p>A negative balance is a deficit. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LedgerEntry {

  LedgerEntry() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LedgerEntry}. */
  public static final class Builder extends ImmutableLedgerEntry.Builder {
    Builder() {}
  }

  /** The financial year. */
  public abstract FinancialYear financialYear();

  /** The cumulative DSG balance brought forward (negative for a deficit). */
  public abstract Money openingBalance();

  /** Income lines: allocation, block transfers, safety-valve instalments, write-offs. */
  public abstract ImmutableMap<String, Money> income();

  /** Spend lines: places, top-ups, fees by setting type. */
  public abstract ImmutableMap<String, Money> spend();

  /** The sum of income lines. */
  @Value.Derived
  public Money totalIncome() {
    return Money.sum(income().values());
  }

  /** The sum of spend lines. */
  @Value.Derived
  public Money totalSpend() {
    return Money.sum(spend().values());
  }

  /** Income minus spend this year (negative: an in-year deficit). */
  public Money inYearBalance() {
    return totalIncome().minus(totalSpend());
  }

  /** Opening balance + income − spend. */
  @Value.Derived
  public Money closingBalance() {
    return openingBalance().plus(inYearBalance());
  }

  @Value.Check
  void check() {
    for (Map.Entry<String, Money> line : income().entrySet()) {
      Preconditions.checkArgument(
          !line.getKey().isBlank(), "LedgerEntry.income: a line name is blank (%s)", financialYear());
    }
    for (Map.Entry<String, Money> line : spend().entrySet()) {
      Preconditions.checkArgument(
          !line.getKey().isBlank(), "LedgerEntry.spend: a line name is blank (%s)", financialYear());
      Preconditions.checkArgument(
          !line.getValue().isNegative(),
          "LedgerEntry.spend: line '%s' is negative (%s) in %s", line.getKey(), line.getValue(), financialYear());
    }
  }
}
