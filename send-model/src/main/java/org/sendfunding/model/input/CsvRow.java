package org.sendfunding.model.input;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.RoundingRule;
import org.sendfunding.model.time.AcademicYear;
import org.sendfunding.model.time.FinancialYear;

/**
 * One data row of a {@link CsvFile}: its cells by column name, with typed getters that parse a cell
 * by {@link NumberSyntax} and, when it is bad, record a located {@link Problem} and return a
 * placeholder.
 *
 * <pre>{@code
 * Problems problems = Problems.in(file.source());
 * for (CsvRow row : file.rows()) {
 *   String code = row.text("la_code", problems);           // "202"; "" and a problem if blank
 *   Money funding = row.money("funding", problems);        // "£1,234.56" -> £1,234.56
 *   Optional<Long> places = row.optionalWholeNumber("places", problems);   // empty if blank
 * }
 * problems.throwIfAny();
 * }</pre>
 *
 * <p>A placeholder (zero, an empty text, the year 2000-01) never escapes: the loader throws once every
 * row is checked, because the collector is not empty. A problem reads, for example,
 * {@code panel.csv line 7, column 'funding' ('12,34'): not an amount of money in pounds ...}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvRow {

  private static final FinancialYear PLACEHOLDER_FY = FinancialYear.of(2000);
  private static final AcademicYear PLACEHOLDER_AY = AcademicYear.of(2000);
  private static final LocalDate PLACEHOLDER_DATE = LocalDate.of(2000, 1, 1);
  private static final Percentage PLACEHOLDER_PERCENTAGE = Percentage.of(BigDecimal.ZERO);

  private final String source;
  private final int line;
  private final ImmutableMap<String, Integer> index;
  private final ImmutableList<String> cells;

  CsvRow(String source, int line, ImmutableMap<String, Integer> index, ImmutableList<String> cells) {
    this.source = source;
    this.line = line;
    this.index = index;
    this.cells = cells;
  }

  /** The file or resource the row is in. @return the source */
  public String source() {
    return source;
  }

  /** The 1-based line the row starts on (a quoted line break makes a row span lines). @return the line */
  public int line() {
    return line;
  }

  /** The cells in header order, unquoted and (if they were not quoted) trimmed. @return the cells */
  public ImmutableList<String> cells() {
    return cells;
  }

  /**
   * The text of a cell, "" if it is blank or the header has no such column (an optional column left
   * out).
   *
   * @param column the header name
   * @return the cell's text
   */
  public String get(String column) {
    Integer i = index.get(column);
    return i == null ? "" : cells.get(i);
  }

  /** Whether a cell is blank (empty or only spaces) or its column absent. @param column the header name @return true if blank */
  public boolean isBlank(String column) {
    return get(column).isBlank();
  }

  /**
   * A problem located at this row, for checks a loader makes itself (a code not in the register, a
   * figure out of range).
   *
   * @param column the column, "" for the whole row
   * @param message what is wrong
   * @return the problem, naming the cell's text as its value
   */
  public Problem problem(String column, String message) {
    return Problem.of(source, line, column, column.isEmpty() ? "" : get(column), message);
  }

  /**
   * A cell that must not be blank.
   *
   * @param column the header name
   * @param problems where a blank cell is recorded
   * @return the text, "" if blank
   */
  public String text(String column, Problems problems) {
    String value = get(column);
    if (value.isBlank()) {
      problems.add(blank(column));
      return "";
    }
    return value;
  }

  /** As {@link #text}, empty if blank. @param column the header name @return the text if any */
  public Optional<String> optionalText(String column) {
    String value = get(column);
    return value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /**
   * As {@link #optionalText(String)}; the collector is taken for symmetry with the other optional
   * getters (text cannot be malformed).
   *
   * @param column the header name
   * @param problems unused
   * @return the text if any
   */
  public Optional<String> optionalText(String column, Problems problems) {
    return optionalText(column);
  }

  /**
   * An amount of money, at most two decimal places, by {@link NumberSyntax#money}.
   *
   * @param column the header name
   * @param problems where a bad or blank cell is recorded
   * @return the amount, zero on failure
   */
  public Money money(String column, Problems problems) {
    return parse(column, problems, NumberSyntax::money, Money.ZERO);
  }

  /**
   * An amount of money with any decimals, rounded by a named rule ({@link NumberSyntax#moneyRounded}).
   *
   * @param column the header name
   * @param rule how to round
   * @param problems where a bad or blank cell is recorded
   * @return the amount, zero on failure
   */
  public Money moneyRounded(String column, RoundingRule rule, Problems problems) {
    return parse(column, problems, t -> NumberSyntax.moneyRounded(t, rule), Money.ZERO);
  }

  /** A whole number ({@link NumberSyntax#wholeNumber}). @param column the header name @param problems where a problem is recorded @return the number, 0 on failure */
  public long wholeNumber(String column, Problems problems) {
    return parse(column, problems, NumberSyntax::wholeNumber, 0L);
  }

  /** A decimal ({@link NumberSyntax#decimal}). @param column the header name @param problems where a problem is recorded @return the number, 0 on failure */
  public BigDecimal decimal(String column, Problems problems) {
    return parse(column, problems, NumberSyntax::decimal, BigDecimal.ZERO);
  }

  /** A percentage ({@link NumberSyntax#percentage}). @param column the header name @param problems where a problem is recorded @return the percentage, 0% on failure */
  public Percentage percentage(String column, Problems problems) {
    return parse(column, problems, NumberSyntax::percentage, PLACEHOLDER_PERCENTAGE);
  }

  /** A financial year, strictly "2025-26" ({@link NumberSyntax#financialYear}). @param column the header name @param problems where a problem is recorded @return the year, 2000-01 on failure */
  public FinancialYear financialYear(String column, Problems problems) {
    return parse(column, problems, NumberSyntax::financialYear, PLACEHOLDER_FY);
  }

  /** An academic year, strictly "2024/25" ({@link NumberSyntax#academicYear}). @param column the header name @param problems where a problem is recorded @return the year, 2000/01 on failure */
  public AcademicYear academicYear(String column, Problems problems) {
    return parse(column, problems, NumberSyntax::academicYear, PLACEHOLDER_AY);
  }

  /** An ISO date ({@link NumberSyntax#date}). @param column the header name @param problems where a problem is recorded @return the date, 2000-01-01 on failure */
  public LocalDate date(String column, Problems problems) {
    return parse(column, problems, NumberSyntax::date, PLACEHOLDER_DATE);
  }

  /** As {@link #money}, empty for a blank cell. @param column the header name @param problems where a problem is recorded @return the amount if any */
  public Optional<Money> optionalMoney(String column, Problems problems) {
    return optional(column, problems, NumberSyntax::money);
  }

  /** As {@link #moneyRounded}, empty for a blank cell. @param column the header name @param rule how to round @param problems where a problem is recorded @return the amount if any */
  public Optional<Money> optionalMoneyRounded(String column, RoundingRule rule, Problems problems) {
    return optional(column, problems, t -> NumberSyntax.moneyRounded(t, rule));
  }

  /** As {@link #wholeNumber}, empty for a blank cell. @param column the header name @param problems where a problem is recorded @return the number if any */
  public Optional<Long> optionalWholeNumber(String column, Problems problems) {
    return optional(column, problems, NumberSyntax::wholeNumber);
  }

  /** As {@link #decimal}, empty for a blank cell. @param column the header name @param problems where a problem is recorded @return the number if any */
  public Optional<BigDecimal> optionalDecimal(String column, Problems problems) {
    return optional(column, problems, NumberSyntax::decimal);
  }

  /** As {@link #percentage}, empty for a blank cell. @param column the header name @param problems where a problem is recorded @return the percentage if any */
  public Optional<Percentage> optionalPercentage(String column, Problems problems) {
    return optional(column, problems, NumberSyntax::percentage);
  }

  /** As {@link #financialYear}, empty for a blank cell. @param column the header name @param problems where a problem is recorded @return the year if any */
  public Optional<FinancialYear> optionalFinancialYear(String column, Problems problems) {
    return optional(column, problems, NumberSyntax::financialYear);
  }

  /** As {@link #academicYear}, empty for a blank cell. @param column the header name @param problems where a problem is recorded @return the year if any */
  public Optional<AcademicYear> optionalAcademicYear(String column, Problems problems) {
    return optional(column, problems, NumberSyntax::academicYear);
  }

  /** As {@link #date}, empty for a blank cell. @param column the header name @param problems where a problem is recorded @return the date if any */
  public Optional<LocalDate> optionalDate(String column, Problems problems) {
    return optional(column, problems, NumberSyntax::date);
  }

  /**
   * Parses a cell with a parser of the caller's own (an enum, a code), recording its
   * {@link IllegalArgumentException}'s message as the problem.
   *
   * @param <T> the value type
   * @param column the header name
   * @param problems where a problem is recorded
   * @param parser the parser, which throws IllegalArgumentException for bad text
   * @param placeholder returned on failure
   * @return the value, or the placeholder
   */
  public <T> T parse(String column, Problems problems, Function<String, T> parser, T placeholder) {
    Preconditions.checkNotNull(problems, "CsvRow.problems: must not be null");
    String value = get(column);
    if (value.isBlank()) {
      problems.add(blank(column));
      return placeholder;
    }
    return parseNonBlank(column, value, problems, parser).orElse(placeholder);
  }

  private <T> Optional<T> optional(String column, Problems problems, Function<String, T> parser) {
    String value = get(column);
    return value.isBlank() ? Optional.empty() : parseNonBlank(column, value, problems, parser);
  }

  private <T> Optional<T> parseNonBlank(String column, String value, Problems problems, Function<String, T> parser) {
    try {
      return Optional.of(parser.apply(value));
    } catch (NumberSyntax.Refused e) {
      problems.add(Problem.of(source, line, column, value, e.what));
    } catch (IllegalArgumentException e) {
      problems.add(Problem.of(source, line, column, value, String.valueOf(e.getMessage())));
    }
    return Optional.empty();
  }

  private Problem blank(String column) {
    return Problem.of(source, line, column, "", "is blank; a value is required");
  }

  @Override
  public String toString() {
    return source + " line " + line + ": " + cells;
  }
}
