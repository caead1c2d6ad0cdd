package org.sendfunding.data.england;

import com.google.common.base.Preconditions;
import java.util.Objects;
import org.sendfunding.model.time.FinancialYear;

/**
 * The time a published figure describes: a January census date (SEN2 caseload), a calendar year
 * (SEN2 flows: requests, assessments, plans issued) or a financial year (DSG allocations, balances at
 * its 31 March, s251 budgets).
 *
 * <pre>{@code
 * Period.january(2025);                       // January 2025
 * Period.calendarYear(2019);                  // 2019
 * Period.financialYear(FinancialYear.parse("2023-24")); // 2023-24
 * Period.parse("January 2025").equals(Period.january(2025)); // true
 * }</pre>
 *
 * <p>Periods order by kind, then year. This class is immutable and thread-safe.
 */
public final class Period implements Comparable<Period> {

  /** The three kinds of period DfE's tables use. */
  public enum Kind {
    /** The January census (SEN2 counts plans on the January census date). */
    JANUARY,
    /** A calendar year (1 January to 31 December). */
    CALENDAR_YEAR,
    /** A financial year (1 April to 31 March). */
    FINANCIAL_YEAR
  }

  private final Kind kind;
  private final int year;

  private Period(Kind kind, int year) {
    Preconditions.checkArgument(year >= 1990 && year <= 2100, "Period.year: %s is outside 1990-2100", year);
    this.kind = kind;
    this.year = year;
  }

  /** The January census of a year. */
  public static Period january(int year) {
    return new Period(Kind.JANUARY, year);
  }

  /** A calendar year. */
  public static Period calendarYear(int year) {
    return new Period(Kind.CALENDAR_YEAR, year);
  }

  /** A financial year. */
  public static Period financialYear(FinancialYear year) {
    return new Period(Kind.FINANCIAL_YEAR, year.startYear());
  }

  /** A financial year, e.g. {@code "2023-24"}. */
  public static Period financialYear(String year) {
    return financialYear(FinancialYear.parse(year));
  }

  /**
   * Parses the printed form: {@code January 2025}, {@code 2024} or {@code 2023-24}.
   *
   * @param text the text
   * @return the period
   * @throws IllegalArgumentException naming the text if it is none of these
   */
  public static Period parse(String text) {
    String t = text.trim();
    try {
      if (t.startsWith("January ")) {
        return january(Integer.parseInt(t.substring(8)));
      }
      if (t.contains("-")) {
        return financialYear(FinancialYear.parse(t));
      }
      return calendarYear(Integer.parseInt(t));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Period: '" + text + "' is not 'January 2025', '2024' or '2023-24'", e);
    }
  }

  /** The kind. */
  public Kind kind() {
    return kind;
  }

  /** The calendar year of the census or year, or the first year of a financial year. */
  public int year() {
    return year;
  }

  /** The financial year, for a financial-year period. */
  public FinancialYear financialYear() {
    Preconditions.checkState(kind == Kind.FINANCIAL_YEAR, "Period.financialYear: %s is not a financial year", this);
    return FinancialYear.of(year);
  }

  /** The same kind of period one year on. */
  public Period next() {
    return new Period(kind, year + 1);
  }

  /** The same kind of period one year before. */
  public Period previous() {
    return new Period(kind, year - 1);
  }

  @Override
  public int compareTo(Period o) {
    int c = kind.compareTo(o.kind);
    return c != 0 ? c : Integer.compare(year, o.year);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Period && ((Period) o).kind == kind && ((Period) o).year == year;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, year);
  }

  @Override
  public String toString() {
    switch (kind) {
      case JANUARY:
        return "January " + year;
      case CALENDAR_YEAR:
        return Integer.toString(year);
      default:
        return FinancialYear.of(year).toString();
    }
  }
}
