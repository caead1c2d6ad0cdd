package org.sendfunding.model.time;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A school academic year, 1 September to 31 August, in which pupils, EHC plans and census facts are
 * counted.
 *
 * <p>It prints as DfE statistics write it: the year starting 1 September 2024 is {@code "2024/25"}.
 * Its spring school census is taken on the third Thursday of January (16 January 2025 for 2024/25),
 * as set out in DfE's school census guide.
 *
 * <pre>{@code
 * AcademicYear ay = AcademicYear.parse("2024/25");
 * ay.start();              // 2024-09-01
 * ay.springCensusDate();   // 2025-01-16
 * ay.next();               // 2025/26
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class AcademicYear implements Comparable<AcademicYear> {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})/(\\d{2})");

  AcademicYear() {}

  /**
   * The calendar year in which this academic year starts (2024 for 2024/25).
   *
   * @return the starting calendar year
   */
  @Value.Parameter
  public abstract int startYear();

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        startYear() >= 1900 && startYear() <= 2999,
        "AcademicYear.startYear: %s is outside 1900 to 2999",
        startYear());
  }

  /**
   * The academic year starting on 1 September of the given calendar year.
   *
   * @param startYear e.g. 2024 for 2024/25
   * @return the academic year
   */
  public static AcademicYear of(int startYear) {
    return ImmutableAcademicYear.of(startYear);
  }

  /**
   * Parses {@code "2024/25"}.
   *
   * @param text the year as DfE statistics print it
   * @return the academic year
   * @throws IllegalArgumentException naming the text if it is not {@code YYYY/YY} with consecutive years
   */
  public static AcademicYear parse(String text) {
    Preconditions.checkNotNull(text, "AcademicYear: text must not be null");
    Matcher m = TEXT.matcher(text.trim());
    Preconditions.checkArgument(
        m.matches(), "AcademicYear: '%s' is not an academic year like 2024/25", text);
    int start = Integer.parseInt(m.group(1));
    int endSuffix = Integer.parseInt(m.group(2));
    Preconditions.checkArgument(
        endSuffix == (start + 1) % 100,
        "AcademicYear: '%s' does not end the year after it starts (expected %s)",
        text,
        of(start));
    return of(start);
  }

  /**
   * The academic year in which a date falls.
   *
   * @param date any date
   * @return the academic year containing it
   */
  public static AcademicYear containing(LocalDate date) {
    return of(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
  }

  /**
   * The years from {@code first} to {@code last}, both included.
   *
   * @param first the first year
   * @param last the last year, not before {@code first}
   * @return the years in order
   */
  public static ImmutableList<AcademicYear> range(AcademicYear first, AcademicYear last) {
    Preconditions.checkArgument(
        first.compareTo(last) <= 0, "AcademicYear.range: %s is after %s", first, last);
    ImmutableList.Builder<AcademicYear> years = ImmutableList.builder();
    for (int y = first.startYear(); y <= last.startYear(); y++) {
      years.add(of(y));
    }
    return years.build();
  }

  /** 1 September of the starting year. */
  public LocalDate start() {
    return LocalDate.of(startYear(), Month.SEPTEMBER, 1);
  }

  /** 31 August of the following calendar year. */
  public LocalDate end() {
    return LocalDate.of(startYear() + 1, Month.AUGUST, 31);
  }

  /** Whether the date falls in this academic year. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** The following academic year. */
  public AcademicYear next() {
    return of(startYear() + 1);
  }

  /** The preceding academic year. */
  public AcademicYear previous() {
    return of(startYear() - 1);
  }

  /** This year moved by a number of years (negative for earlier). */
  public AcademicYear plusYears(int years) {
    return of(startYear() + years);
  }

  /** The spring (January) school census date: the third Thursday of January. */
  public LocalDate springCensusDate() {
    return LocalDate.of(startYear() + 1, Month.JANUARY, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY));
  }

  /** The financial year that starts in this academic year (2024/25 holds the start of 2025-26). */
  public FinancialYear financialYearStarting() {
    return FinancialYear.of(startYear() + 1);
  }

  @Override
  public int compareTo(AcademicYear other) {
    return Integer.compare(startYear(), other.startYear());
  }

  @Override
  public String toString() {
    return String.format("%d/%02d", startYear(), (startYear() + 1) % 100);
  }
}
