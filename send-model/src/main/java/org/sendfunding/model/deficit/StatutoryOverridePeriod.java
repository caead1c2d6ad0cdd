package org.sendfunding.model.deficit;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.sendfunding.model.time.FinancialYear;

/**
 * A period during which the statutory override holds a DSG deficit in a separate, ring-fenced account
 * instead of the council's general fund.
 *
 * <p>The override was made by SI 2020/1212 (regulation 30L of the Local Authorities (Capital Finance
 * and Accounting) (England) Regulations 2003), extended by SI 2022/1328 to 31 March 2026 and in June
 * 2025 to 31 March 2028. The dates in force are parameters of the funding rules; this type only holds
 * one period:
 *
 * <pre>{@code
 * StatutoryOverridePeriod p = StatutoryOverridePeriod.of(
 *     LocalDate.of(2020, 11, 29), LocalDate.of(2028, 3, 31), "SI 2020/1212 as extended (June 2025)");
 * p.covers(FinancialYear.parse("2027-28")); // true
 * p.covers(FinancialYear.parse("2028-29")); // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class StatutoryOverridePeriod {

  StatutoryOverridePeriod() {}

  /** The first day the override applies. */
  @Value.Parameter
  public abstract LocalDate from();

  /** The last day the override applies. */
  @Value.Parameter
  public abstract LocalDate until();

  /** The legal instrument(s) that set the period. */
  @Value.Parameter
  public abstract String instrument();

  /**
   * Creates a period.
   *
   * @param from first day
   * @param until last day, not before {@code from}
   * @param instrument the legislation
   * @return the period
   */
  public static StatutoryOverridePeriod of(LocalDate from, LocalDate until, String instrument) {
    return ImmutableStatutoryOverridePeriod.of(from, until, instrument);
  }

  /** Whether the override applies at the end of a financial year (when the deficit is accounted). */
  public boolean covers(FinancialYear year) {
    LocalDate yearEnd = year.end();
    return !yearEnd.isBefore(from()) && !yearEnd.isAfter(until());
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        !until().isBefore(from()),
        "StatutoryOverridePeriod.until: %s is before from %s", until(), from());
    Preconditions.checkArgument(
        !instrument().isBlank(), "StatutoryOverridePeriod.instrument: must not be blank");
  }
}
