package org.sendfunding.ehcp.calendar;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.input.CsvFile;
import org.sendfunding.model.input.CsvLimits;
import org.sendfunding.model.input.CsvRow;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problems;

/**
 * The bank holidays of England and Wales, read from cited data, and working-day arithmetic over them.
 *
 * <p>A working day is a day that is neither a Saturday, a Sunday nor a bank holiday. For example, the
 * State Funeral of Queen Elizabeth II made Monday 19 September 2022 a bank holiday, so the third working
 * day after Friday 16 September 2022 is Thursday 22 September 2022:
 *
 * <pre>{@code
 * BankHolidays cal = BankHolidays.englandAndWales();
 * cal.plusWorkingDays(LocalDate.of(2022, 9, 16), 3);   // 2022-09-22
 * }</pre>
 *
 * <p>(Working days after the 16th: Tue 20, Wed 21, Thu 22, so the answer is 2022-09-22.) Asking about a
 * date outside the years covered throws rather than guessing. This class is immutable and thread-safe.
 */
public final class BankHolidays {

  /** The data file of England and Wales bank holidays, 2014 to 2030. */
  static final String RESOURCE = "england-and-wales-bank-holidays.csv";

  /** Where the dates come from. */
  public static final SourceReference SOURCE =
      SourceReference.of(
          "gov.uk, UK bank holidays; Banking and Financial Dealings Act 1971 Sch 1 and royal proclamations",
          "https://www.gov.uk/bank-holidays");

  private static final ImmutableList<String> COLUMNS = ImmutableList.of("date", "name", "status");

  private static final BankHolidays ENGLAND_AND_WALES = load();

  private final ImmutableSortedMap<LocalDate, String> holidays;
  private final int firstYear;
  private final int lastYear;

  private BankHolidays(ImmutableSortedMap<LocalDate, String> holidays, int firstYear, int lastYear) {
    this.holidays = holidays;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /**
   * The bank holidays of England and Wales from 2014 to 2030, from the bundled cited data.
   *
   * @return the calendar
   */
  public static BankHolidays englandAndWales() {
    return ENGLAND_AND_WALES;
  }

  /**
   * A calendar from explicit dates, for scenarios and tests.
   *
   * @param holidays date to name
   * @param firstYear the first calendar year covered
   * @param lastYear the last calendar year covered
   * @return the calendar
   */
  public static BankHolidays of(Map<LocalDate, String> holidays, int firstYear, int lastYear) {
    Preconditions.checkArgument(
        firstYear <= lastYear, "BankHolidays.firstYear: %s is after lastYear %s", firstYear, lastYear);
    for (LocalDate d : holidays.keySet()) {
      Preconditions.checkArgument(
          d.getYear() >= firstYear && d.getYear() <= lastYear,
          "BankHolidays.holidays: %s is outside the years covered %s-%s",
          d,
          firstYear,
          lastYear);
    }
    return new BankHolidays(ImmutableSortedMap.copyOf(holidays), firstYear, lastYear);
  }

  /** The most bytes a file may have: 1 MiB (the shipped file is under 8 KB), so that a hostile file fails clearly. */
  static final int MAX_BYTES = 1024 * 1024;


  /**
   * Parses the bank-holiday data format: {@code #} comment lines, then a CSV file with the columns
   * {@code date} (ISO, e.g. {@code 2022-09-19}), {@code name} and {@code status} ({@code published} by
   * gov.uk or {@code projected} from the Act's schedule), one row a holiday. It is read by {@link
   * CsvFile}: a UTF-8 byte-order mark is dropped, a quoted name may hold commas, and dates follow
   * {@link org.sendfunding.model.input.NumberSyntax#date}. Every bad row is reported in one exception.
   *
   * @param in the data
   * @param what the file name, for messages
   * @return the calendar covering the years from the first to the last date listed
   * @throws InputException listing every bad row with its line and column
   */
  public static BankHolidays parse(InputStream in, String what) {
    Problems problems = Problems.in(what);
    CsvFile file = CsvFile.read(in, what, CsvLimits.DEFAULT.withMaxBytes(MAX_BYTES), problems);
    file.requireColumns(COLUMNS, List.of(), problems);
    TreeMap<LocalDate, String> dates = new TreeMap<>();
    for (CsvRow row : file.rows()) {
      int before = problems.size();
      LocalDate d = row.date("date", problems);
      String name = row.text("name", problems);
      String status = row.text("status", problems);
      if (problems.size() > before) {
        continue;
      }
      if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        problems.add(row.problem("date", "falls on a " + d.getDayOfWeek() + " (" + name + ")"));
      } else if (dates.containsKey(d)) {
        problems.add(row.problem("date", "listed twice"));
      } else if (!status.equals("published") && !status.equals("projected")) {
        problems.add(row.problem("status", "not 'published' or 'projected'"));
      } else {
        dates.put(d, name);
      }
    }
    if (file.isEmpty() && problems.isEmpty()) {
      problems.addFile("no holidays listed");
    }
    problems.throwIfAny();
    return new BankHolidays(
        ImmutableSortedMap.copyOf(dates), dates.firstKey().getYear(), dates.lastKey().getYear());
  }

  private static BankHolidays load() {
    InputStream in = BankHolidays.class.getResourceAsStream(RESOURCE);
    Preconditions.checkState(in != null, "Missing resource %s", RESOURCE);
    return parse(in, RESOURCE);
  }

  /** The first calendar year covered. */
  public int firstYear() {
    return firstYear;
  }

  /** The last calendar year covered. */
  public int lastYear() {
    return lastYear;
  }

  /** Every bank holiday, date to name. */
  public ImmutableSortedMap<LocalDate, String> holidays() {
    return holidays;
  }

  /**
   * The name of the bank holiday on a date, if it is one.
   *
   * @param date the date, within the years covered
   * @return the name, or empty
   */
  public Optional<String> holidayName(LocalDate date) {
    checkCovered(date);
    return Optional.ofNullable(holidays.get(date));
  }

  /**
   * Whether a date is a working day: not a Saturday, Sunday or bank holiday.
   *
   * @param date the date, within the years covered
   * @return true for a working day
   */
  public boolean isWorkingDay(LocalDate date) {
    checkCovered(date);
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.containsKey(date);
  }

  /**
   * The first working day on or after a date.
   *
   * @param date the date
   * @return that date if it is a working day, otherwise the next working day
   */
  public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
    LocalDate d = date;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * The date a number of working days after a date; the start date itself is not counted.
   *
   * @param date the start
   * @param workingDays the number of working days, zero or more
   * @return the date
   */
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    Preconditions.checkArgument(workingDays >= 0, "BankHolidays.workingDays: %s is negative", workingDays);
    LocalDate d = date;
    for (int i = 0; i < workingDays; i++) {
      d = d.plusDays(1);
      while (!isWorkingDay(d)) {
        d = d.plusDays(1);
      }
    }
    return d;
  }

  /**
   * The number of working days after {@code from} up to and including {@code to}.
   *
   * @param from the start, not counted
   * @param to the end, counted if a working day; not before {@code from}
   * @return the count
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Preconditions.checkArgument(!to.isBefore(from), "BankHolidays.to: %s is before from %s", to, from);
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  private void checkCovered(LocalDate date) {
    Preconditions.checkArgument(
        date.getYear() >= firstYear && date.getYear() <= lastYear,
        "BankHolidays: %s is outside the years covered by the bank-holiday data (%s-%s)",
        date,
        firstYear,
        lastYear);
  }

  @Override
  public String toString() {
    return "BankHolidays[England and Wales " + firstYear + "-" + lastYear + ", " + holidays.size() + " days]";
  }
}
