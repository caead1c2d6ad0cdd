package org.sendfunding.model.input;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.RoundingRule;
import org.sendfunding.model.time.AcademicYear;
import org.sendfunding.model.time.FinancialYear;

/**
 * The one syntax for numbers, money, years and dates in every file and on every command line, so that
 * what one loader accepts every loader accepts.
 *
 * <table>
 *   <caption>Accepted and refused text</caption>
 *   <tr><th>kind</th><th>accepted</th><th>refused</th></tr>
 *   <tr><td>money</td><td>{@code 1234}, {@code 1234.5}, {@code -1234.56}, {@code £1,234.56},
 *       {@code -£1,234.56}, {@code 1,234}</td>
 *       <td>{@code 1,23}, {@code 12,34.5}, {@code 1.234} (three decimals), {@code £-1}, {@code .5},
 *       {@code 1e3}, {@code 1 234}, {@code +5}</td></tr>
 *   <tr><td>whole number</td><td>{@code 18500}, {@code 18,500}, {@code -3}</td>
 *       <td>{@code 18500.0}, {@code 1e4}, {@code 0x10}, {@code 185,00}</td></tr>
 *   <tr><td>decimal</td><td>{@code 0.5}, {@code -12.25}, {@code 1,234.5}, {@code 7}</td>
 *       <td>{@code 1e20}, {@code 0x1p3}, {@code 48.5d}, {@code NaN}, {@code .5}, {@code 5.}</td></tr>
 *   <tr><td>percentage</td><td>a decimal, with or without {@code %}: {@code 7.5}, {@code 7.5%}</td>
 *       <td>{@code 7.5 %}, {@code 1e1%}</td></tr>
 *   <tr><td>financial year</td><td>{@code 2025-26}</td><td>{@code 2025-27}, {@code 2025/26},
 *       {@code 2025}, {@code 25-26}</td></tr>
 *   <tr><td>academic year</td><td>{@code 2024/25}</td><td>{@code 2024-25}, {@code 2024/26}</td></tr>
 *   <tr><td>date</td><td>{@code 2025-09-01} (ISO)</td><td>{@code 01/09/2025}, {@code 2025-02-30},
 *       {@code 2025-9-1}</td></tr>
 * </table>
 *
 * <p>Thousands separators are commas in groups of exactly three; in a CSV file such a number must be
 * quoted ({@code "18,500"}), as Excel writes it. Leading and trailing spaces are ignored; spaces inside
 * are not. Money has at most two decimal places unless a loader names a {@link RoundingRule}
 * ({@link #moneyRounded}). No exponent, hex, type suffix, {@code NaN} or infinity is ever a number: a
 * figure of {@code 1e20} is refused rather than read.
 *
 * <pre>{@code
 * NumberSyntax.money("£1,234.56");          // £1,234.56
 * NumberSyntax.wholeNumber("18,500");       // 18500
 * NumberSyntax.financialYear("2025-27");    // IllegalArgumentException: '2025-27' is not a financial year: ...
 * }</pre>
 *
 * <p>Each method throws {@link IllegalArgumentException} naming the text and saying what is expected,
 * so a command-line parser can show it as is. {@link CsvRow}'s typed getters use the same methods and
 * turn the failure into a located {@link Problem}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class NumberSyntax {

  /** What a money cell must look like, as a problem message says it. */
  public static final String MONEY =
      "not an amount of money in pounds with at most two decimal places (e.g. 1234.56, \"£1,234.56\" or -1234.56)";
  /** What a money cell read with rounding must look like. */
  public static final String MONEY_ANY_DECIMALS =
      "not an amount of money in pounds (e.g. 1234.567, \"£1,234.56\" or -1234.5)";
  /** What a whole-number cell must look like. */
  public static final String WHOLE_NUMBER = "not a whole number (e.g. 18500 or \"18,500\")";
  /** What a decimal cell must look like. */
  public static final String DECIMAL = "not a decimal number (e.g. 0.5, -12.25 or \"1,234.5\"; no exponent)";
  /** What a percentage cell must look like. */
  public static final String PERCENTAGE = "not a percentage (e.g. 7.5 or 7.5%)";
  /** What a financial-year cell must look like. */
  public static final String FINANCIAL_YEAR =
      "not a financial year like 2025-26 (the second half is the year after the first)";
  /** What an academic-year cell must look like. */
  public static final String ACADEMIC_YEAR =
      "not an academic year like 2024/25 (the second half is the year after the first)";
  /** What a date cell must look like. */
  public static final String DATE = "not a date in the form yyyy-mm-dd (e.g. 2025-09-01)";

  // Digits either plain or in comma groups of three; an optional fraction of any length.
  private static final String INTEGER_PART = "(?:\\d+|\\d{1,3}(?:,\\d{3})+)";
  private static final Pattern DECIMAL_TEXT = Pattern.compile("-?" + INTEGER_PART + "(?:\\.\\d+)?");
  private static final Pattern WHOLE_TEXT = Pattern.compile("-?" + INTEGER_PART);
  private static final Pattern MONEY_TEXT = Pattern.compile("(-?)£?(" + INTEGER_PART + "(?:\\.\\d+)?)");
  private static final Pattern FINANCIAL_YEAR_TEXT = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern ACADEMIC_YEAR_TEXT = Pattern.compile("(\\d{4})/(\\d{2})");
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private NumberSyntax() {}

  /**
   * Parses an amount of pounds with at most two decimal places.
   *
   * @param text e.g. {@code "£1,234.56"}
   * @return the amount
   * @throws IllegalArgumentException naming the text if it is not money or is too large for pence in a long
   */
  public static Money money(String text) {
    return money(text, null);
  }

  /**
   * Parses an amount of pounds with any number of decimal places, rounded to whole money by a named
   * rule (for published figures given to fractions of a penny).
   *
   * @param text e.g. {@code "1234.567"}
   * @param rule how to round
   * @return the rounded amount
   * @throws IllegalArgumentException naming the text if it is not money or is too large
   */
  public static Money moneyRounded(String text, RoundingRule rule) {
    Preconditions.checkNotNull(rule, "NumberSyntax.moneyRounded: rule must not be null");
    return money(text, rule);
  }

  private static Money money(String text, RoundingRule rule) {
    String t = trimmed(text);
    Matcher m = MONEY_TEXT.matcher(t);
    if (!m.matches()) {
      throw refused(text, rule == null ? MONEY : MONEY_ANY_DECIMALS);
    }
    BigDecimal pounds = new BigDecimal(m.group(2).replace(",", ""));
    if (rule == null && pounds.scale() > 2) {
      throw refused(text, MONEY);
    }
    if (!m.group(1).isEmpty()) {
      pounds = pounds.negate();
    }
    try {
      BigDecimal pence = pounds.multiply(HUNDRED);
      return Money.ofPence(rule == null ? pence.longValueExact() : rule.roundPence(pence));
    } catch (ArithmeticException e) {
      throw new Refused(text, "too large for an amount of money (the most is " + Money.ofPence(Long.MAX_VALUE) + ")");
    }
  }

  /**
   * Parses a whole number, with optional thousands separators.
   *
   * @param text e.g. {@code "18,500"}
   * @return the number
   * @throws IllegalArgumentException naming the text if it is not a whole number or does not fit a long
   */
  public static long wholeNumber(String text) {
    String t = trimmed(text);
    if (!WHOLE_TEXT.matcher(t).matches()) {
      throw refused(text, WHOLE_NUMBER);
    }
    try {
      return Long.parseLong(t.replace(",", ""));
    } catch (NumberFormatException e) {
      throw new Refused(text, "too large for a whole number (the most is " + Long.MAX_VALUE + ")");
    }
  }

  /**
   * Parses an exact decimal number: no exponent, hex or suffix.
   *
   * @param text e.g. {@code "0.5"} or {@code "1,234.5"}
   * @return the number, with the scale written
   * @throws IllegalArgumentException naming the text if it is not a decimal number
   */
  public static BigDecimal decimal(String text) {
    String t = trimmed(text);
    if (!DECIMAL_TEXT.matcher(t).matches() || t.length() > 400) {
      throw refused(text, DECIMAL);
    }
    return new BigDecimal(t.replace(",", ""));
  }

  /**
   * Parses a percentage: a decimal number of percent, with or without a trailing {@code %}.
   *
   * @param text e.g. {@code "7.5%"}
   * @return the percentage, 7.5 for {@code "7.5%"}
   * @throws IllegalArgumentException naming the text if it is not a percentage
   */
  public static Percentage percentage(String text) {
    String t = trimmed(text);
    String number = t.endsWith("%") ? t.substring(0, t.length() - 1) : t;
    if (!DECIMAL_TEXT.matcher(number).matches() || number.length() > 400) {
      throw refused(text, PERCENTAGE);
    }
    return Percentage.of(new BigDecimal(number.replace(",", "")));
  }

  /**
   * Parses a financial year strictly: {@code "2025-26"}, where 26 must follow 2025.
   *
   * @param text the year
   * @return the financial year
   * @throws IllegalArgumentException naming the text otherwise, e.g. for {@code "2025-27"}
   */
  public static FinancialYear financialYear(String text) {
    return FinancialYear.of(startYear(text, FINANCIAL_YEAR_TEXT, FINANCIAL_YEAR));
  }

  /**
   * Parses an academic year strictly: {@code "2024/25"}, where 25 must follow 2024.
   *
   * @param text the year
   * @return the academic year
   * @throws IllegalArgumentException naming the text otherwise
   */
  public static AcademicYear academicYear(String text) {
    return AcademicYear.of(startYear(text, ACADEMIC_YEAR_TEXT, ACADEMIC_YEAR));
  }

  private static int startYear(String text, Pattern pattern, String what) {
    Matcher m = pattern.matcher(trimmed(text));
    if (!m.matches()) {
      throw refused(text, what);
    }
    int start = Integer.parseInt(m.group(1));
    int endSuffix = Integer.parseInt(m.group(2));
    if (endSuffix != (start + 1) % 100) {
      throw refused(text, what);
    }
    if (start < 1900 || start > 2999) {
      throw new Refused(text, "outside the years 1900 to 2999");
    }
    return start;
  }

  /**
   * Parses an ISO date, {@code yyyy-mm-dd}, refusing days that do not exist.
   *
   * @param text e.g. {@code "2025-09-01"}
   * @return the date
   * @throws IllegalArgumentException naming the text otherwise
   */
  public static LocalDate date(String text) {
    try {
      return LocalDate.parse(trimmed(text), ISO_DATE);
    } catch (DateTimeParseException e) {
      throw refused(text, DATE);
    }
  }

  private static String trimmed(String text) {
    Preconditions.checkNotNull(text, "NumberSyntax: text must not be null");
    return text.strip();
  }

  private static IllegalArgumentException refused(String text, String what) {
    return new Refused(text, what);
  }

  /** A refusal that keeps what was expected apart from the text, so a located problem need not repeat it. */
  static final class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    final String what;

    Refused(String text, String what) {
      super("'" + text + "' is " + what);
      this.what = what;
    }
  }
}
