package org.sendfunding.model.time;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A UK government financial year, 1 April to 31 March, in which DSG and high-needs funding is
 * allocated and spent.
 *
 * <p>It prints as DfE writes it: the year starting 1 April 2025 is {@code "2025-26"}.
 *
 * <pre>{@code
 * FinancialYear fy = FinancialYear.parse("2025-26");
 * fy.start();                                   // 2025-04-01
 * fy.end();                                     // 2026-03-31
 * fy.contains(LocalDate.of(2026, 1, 15));       // true
 * fy.next();                                    // 2026-27
 * FinancialYear.containing(LocalDate.of(2025, 3, 31)); // 2024-25
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class FinancialYear implements Comparable<FinancialYear> {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})-(\\d{2})");

  FinancialYear() {}

  /**
   * The calendar year in which this financial year starts (2025 for 2025-26).
   *
   * @return the starting calendar year
   */
  @Value.Parameter
  public abstract int startYear();

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        startYear() >= 1900 && startYear() <= 2999,
        "FinancialYear.startYear: %s is outside 1900 to 2999",
        startYear());
  }

  /**
   * The financial year starting on 1 April of the given calendar year.
   *
   * @param startYear e.g. 2025 for 2025-26
   * @return the financial year
   */
  public static FinancialYear of(int startYear) {
    return ImmutableFinancialYear.of(startYear);
  }

  /**
   * Parses {@code "2025-26"}.
   *
   * @param text the year as DfE prints it
   * @return the financial year
   * @throws IllegalArgumentException naming the text if it is not {@code YYYY-YY} with consecutive years
   */
  public static FinancialYear parse(String text) {
    Preconditions.checkNotNull(text, "FinancialYear: text must not be null");
    Matcher m = TEXT.matcher(text.trim());
    Preconditions.checkArgument(
        m.matches(), "FinancialYear: '%s' is not a financial year like 2025-26", text);
    int start = Integer.parseInt(m.group(1));
    int endSuffix = Integer.parseInt(m.group(2));
    Preconditions.checkArgument(
        endSuffix == (start + 1) % 100,
        "FinancialYear: '%s' does not end the year after it starts (expected %s)",
        text,
        of(start));
    return of(start);
  }

  /**
   * The financial year in which a date falls.
   *
   * @param date any date
   * @return the financial year containing it
   */
  public static FinancialYear containing(LocalDate date) {
    return of(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
  }

  /**
   * The years from {@code first} to {@code last}, both included.
   *
   * @param first the first year
   * @param last the last year, not before {@code first}
   * @return the years in order
   */
  public static ImmutableList<FinancialYear> range(FinancialYear first, FinancialYear last) {
    Preconditions.checkArgument(
        first.compareTo(last) <= 0, "FinancialYear.range: %s is after %s", first, last);
    ImmutableList.Builder<FinancialYear> years = ImmutableList.builder();
    for (int y = first.startYear(); y <= last.startYear(); y++) {
      years.add(of(y));
    }
    return years.build();
  }

  /** 1 April of the starting year. */
  public LocalDate start() {
    return LocalDate.of(startYear(), Month.APRIL, 1);
  }

  /** 31 March of the following calendar year. */
  public LocalDate end() {
    return LocalDate.of(startYear() + 1, Month.MARCH, 31);
  }

  /** Whether the date falls in this financial year. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** The following financial year. */
  public FinancialYear next() {
    return of(startYear() + 1);
  }

  /** The preceding financial year. */
  public FinancialYear previous() {
    return of(startYear() - 1);
  }

  /** This year moved by a number of years (negative for earlier). */
  public FinancialYear plusYears(int years) {
    return of(startYear() + years);
  }

  /**
   * The date of the January school census that falls in this financial year (the spring census of
   * the academic year that starts in its first September). Funding for a year is commonly based on
   * the census taken in the January before it starts: use {@code previous().januaryCensusDate()}.
   */
  public LocalDate januaryCensusDate() {
    return AcademicYear.of(startYear()).springCensusDate();
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear(), other.startYear());
  }

  @Override
  public String toString() {
    return String.format("%d-%02d", startYear(), (startYear() + 1) % 100);
  }
}
