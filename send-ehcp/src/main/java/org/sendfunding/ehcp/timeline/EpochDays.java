package org.sendfunding.ehcp.timeline;

/**
 * Calendar arithmetic on days counted from 1 January 1970 (the epoch day of {@link java.time.LocalDate}),
 * as plain {@code int}s, for the timeline fast path.
 *
 * <p>The conversions are the proleptic Gregorian algorithms of H. Hinnant ("chrono-compatible low-level
 * date algorithms"), which {@code java.time} also implements; month arithmetic follows
 * {@link java.time.LocalDate#plusMonths}: a day that does not exist in the end month becomes that
 * month's last day, so 31 January 2024 plus 1 month is 29 February 2024 and 29 February 2024 plus 12
 * months is 28 February 2025. {@code EpochDaysTest} checks every method against {@code java.time} on
 * random dates across leap years and year ends.
 *
 * <p>Days from 1900 to 2199 are looked up in two precomputed tables (the date of each day, the first day
 * of each month); others are computed. Days must lie within {@link #MIN_DAY} to {@link #MAX_DAY} (years 1
 * to 9999), which keeps every intermediate value well inside an {@code int}. This class is immutable and thread-safe.
 */
final class EpochDays {

  /** The epoch day of 0001-01-01. */
  static final int MIN_DAY = -719162;
  /** The epoch day of 9999-12-31. */
  static final int MAX_DAY = 2932896;
  /** The days in 400 Gregorian years. */
  private static final int DAYS_PER_ERA = 146097;
  /** The days from 0000-03-01 to 1970-01-01: the algorithms count from a March 1st so leap days fall last. */
  private static final int SHIFT = 719468;

  /** The first year of the lookup tables: days from 1 January 1900 to 31 December 2199 are looked up. */
  private static final int TABLE_FIRST_YEAR = 1900;
  private static final int TABLE_YEARS = 300;
  private static final int TABLE_FIRST_DAY = of(TABLE_FIRST_YEAR, 1, 1);
  /** Per day from {@link #TABLE_FIRST_DAY}: the packed date of {@link #civil}. 110,000 ints (430 KB). */
  private static final int[] CIVIL = new int[of(TABLE_FIRST_YEAR + TABLE_YEARS, 1, 1) - TABLE_FIRST_DAY];
  /** Per month from January 1900: the epoch day of its first day. */
  private static final int[] MONTH_START = new int[TABLE_YEARS * 12 + 1];

  static {
    for (int m = 0; m < MONTH_START.length; m++) {
      MONTH_START[m] = of(TABLE_FIRST_YEAR + m / 12, m % 12 + 1, 1);
    }
    for (int d = 0; d < CIVIL.length; d++) {
      CIVIL[d] = civilByArithmetic(TABLE_FIRST_DAY + d);
    }
  }

  private EpochDays() {}

  /**
   * The epoch day of a date.
   *
   * @param year the year
   * @param month 1 to 12
   * @param day 1 to the length of the month
   * @return the epoch day
   */
  static int of(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * DAYS_PER_ERA + dayOfEra - SHIFT;
  }

  /**
   * The year, month and day of an epoch day, packed as {@code year << 9 | month << 5 | day}; read them
   * with {@link #year}, {@link #month} and {@link #dayOfMonth}.
   *
   * @param epochDay the day
   * @return the packed date
   */
  static int civil(int epochDay) {
    int i = epochDay - TABLE_FIRST_DAY;
    return i >= 0 && i < CIVIL.length ? CIVIL[i] : civilByArithmetic(epochDay);
  }

  private static int civilByArithmetic(int epochDay) {
    int z = epochDay + SHIFT;
    int era = Math.floorDiv(z, DAYS_PER_ERA);
    int dayOfEra = z - era * DAYS_PER_ERA;
    int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int mp = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * mp + 2) / 5 + 1;
    int month = mp < 10 ? mp + 3 : mp - 9;
    int year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return year << 9 | month << 5 | day;
  }

  /** The year of a packed date from {@link #civil}. */
  static int year(int civil) {
    return civil >> 9;
  }

  /** The month (1 to 12) of a packed date from {@link #civil}. */
  static int month(int civil) {
    return (civil >> 5) & 0xf;
  }

  /** The day of the month of a packed date from {@link #civil}. */
  static int dayOfMonth(int civil) {
    return civil & 0x1f;
  }

  /** Whether a year is a Gregorian leap year. */
  static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** The number of days in a month of a year. */
  static int lengthOfMonth(int year, int month) {
    if (month == 2) {
      return isLeap(year) ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /**
   * A day plus a number of calendar months, as {@link java.time.LocalDate#plusMonths}.
   *
   * @param epochDay the day
   * @param months the months, may be negative
   * @return the epoch day
   */
  static int plusMonths(int epochDay, int months) {
    int c = civil(epochDay);
    int total = year(c) * 12 + month(c) - 1 + months;
    int m = total - TABLE_FIRST_YEAR * 12;
    if (m >= 0 && m + 1 < MONTH_START.length) {
      // Within the tables: the month's first day, plus the day of the month cut to the month's length.
      int first = MONTH_START[m];
      return first + Math.min(dayOfMonth(c), MONTH_START[m + 1] - first) - 1;
    }
    int year = Math.floorDiv(total, 12);
    int month = total - year * 12 + 1;
    return of(year, month, Math.min(dayOfMonth(c), lengthOfMonth(year, month)));
  }

  /**
   * A day of the year in the calendar year of another day, as {@link java.time.MonthDay#atYear}: 29
   * February becomes 28 February in a year that is not a leap year.
   *
   * @param epochDay the day giving the year
   * @param month 1 to 12
   * @param day the day of the month
   * @return the epoch day
   */
  static int sameYear(int epochDay, int month, int day) {
    int year = year(civil(epochDay));
    return of(year, month, Math.min(day, lengthOfMonth(year, month)));
  }
}
