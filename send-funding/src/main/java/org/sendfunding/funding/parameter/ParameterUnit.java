package org.sendfunding.funding.parameter;

import com.google.common.base.Ascii;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.sendfunding.model.input.NumberSyntax;
import org.sendfunding.model.input.PlausibilityLimits;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;

/**
 * The kind of value a parameter holds, as written in the {@code unit:} key of a parameter file.
 *
 * <p>For example {@code unit: percent} with a value {@code 7} means 7%, and {@code unit: gbp} with
 * {@code 10000} means £10,000.00. {@link #parse(String)} turns the text of one value into a {@link
 * ParameterValue} of this unit.
 */
public enum ParameterUnit {
  /** An amount of money in pounds, e.g. {@code 10000} or {@code 4660.50}. */
  GBP,
  /** A percentage written as a number of percent, e.g. {@code 7.5} for 7.5%. */
  PERCENT,
  /** A plain decimal multiplier, e.g. {@code 1.05}. */
  RATE,
  /** A whole number, e.g. a count of places. */
  COUNT,
  /** An ISO date, e.g. {@code 2026-04-01}. */
  DATE,
  /** A named rule chosen from a fixed vocabulary, e.g. {@code nff} or {@code rollover}. */
  RULE,
  /** {@code true} or {@code false}. */
  BOOLEAN;

  /**
   * The unit named in a parameter file: {@code gbp}, {@code percent}, {@code rate}, {@code count},
   * {@code date}, {@code rule} or {@code boolean}.
   *
   * @param name the name, in lower case
   * @return the unit
   * @throws IllegalArgumentException naming the text and the allowed names
   */
  public static ParameterUnit fromName(String name) {
    for (ParameterUnit unit : values()) {
      if (unit.fileName().equals(name)) {
        return unit;
      }
    }
    throw new IllegalArgumentException(
        "unit '" + name + "' is not one of gbp, percent, rate, count, date, rule, boolean");
  }

  /** The unit's name as written in parameter files, e.g. {@code percent}. */
  public String fileName() {
    return Ascii.toLowerCase(name());
  }

  /**
   * Parses the text of one value of this unit. Numbers, money and dates follow {@link NumberSyntax},
   * the library's one syntax ({@code 1e20} and {@code 0x10} are not numbers); a percentage outside the
   * {@code parameter_percent} plausibility limit (-100% to 1,000%) is refused.
   *
   * @param text the value as written, e.g. {@code "7.5"} for a percentage
   * @return the value
   * @throws IllegalArgumentException naming the text and the unit if the text is not of this unit
   */
  public ParameterValue parse(String text) {
    String t = text == null ? "" : text.trim();
    ParameterValue value = parseSyntax(text, t);
    if (this == PERCENT) {
      // a floor of 1e20% is refused by the syntax; 100000000000000000000 by the plausibility limit
      Optional<String> refusal =
          PlausibilityLimits.standard().refusal("parameter_percent", value.asPercentage().percent());
      if (refusal.isPresent()) {
        throw new IllegalArgumentException("'" + text + "': " + refusal.get());
      }
    }
    return value;
  }

  /** Numbers, money and dates follow the library's one syntax ({@link NumberSyntax}): no exponent, no hex. */
  private ParameterValue parseSyntax(String text, String t) {
    try {
      switch (this) {
        case GBP:
          return ParameterValue.of(NumberSyntax.money(t));
        case PERCENT:
          return ParameterValue.of(Percentage.of(NumberSyntax.decimal(t)));
        case RATE:
          return ParameterValue.of(Rate.of(NumberSyntax.decimal(t)));
        case COUNT:
          return ParameterValue.of(NumberSyntax.wholeNumber(t));
        case DATE:
          return ParameterValue.of(NumberSyntax.date(t));
        case RULE:
          if (t.isEmpty() || !t.matches("[a-z0-9][a-z0-9_\\-.]*")) {
            throw new IllegalArgumentException("bad rule name");
          }
          return ParameterValue.ofRule(t);
        case BOOLEAN:
          if (t.equals("true") || t.equals("false")) {
            return ParameterValue.of(Boolean.parseBoolean(t));
          }
          throw new IllegalArgumentException("bad boolean");
        default:
          throw new AssertionError(this);
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a " + fileName() + " value (" + example() + ")", e);
    }
  }

  private String example() {
    switch (this) {
      case GBP:
        return "pounds with at most 2 decimals, e.g. 10000";
      case PERCENT:
        return "a number of percent, e.g. 7.5";
      case RATE:
        return "a decimal, e.g. 0.075";
      case COUNT:
        return "a whole number, e.g. 12";
      case DATE:
        return "an ISO date, e.g. 2026-04-01";
      case RULE:
        return "a lower-case rule name, e.g. nff";
      default:
        return "true or false";
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
