package org.sendfunding.examples.england;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.sendfunding.model.money.Money;

/**
 * Short printed forms of figures for terminal tables: money in £ millions, ratios and percentages.
 * CSV files carry the exact figures; only the terminal shortens them.
 */
final class Figures {

  private Figures() {}

  /** £11,900.0m: pounds in millions to one decimal place, rounded half up (display only). */
  static String millions(Money m) {
    BigDecimal millions = BigDecimal.valueOf(m.pence()).movePointLeft(8).setScale(1, RoundingMode.HALF_UP);
    String digits = String.format(Locale.UK, "%,.1f", millions.abs());
    return (millions.signum() < 0 ? "-£" : "£") + digits + "m";
  }

  /** A double to a fixed number of decimal places. */
  static String decimal(double value, int places) {
    return String.format(Locale.UK, "%." + places + "f", value);
  }

  /** A percentage to one decimal place, e.g. 46.4%. */
  static String percent(double value) {
    return String.format(Locale.UK, "%.1f%%", value);
  }

  /** Exact pounds in billions, for chart axes: -£7,221,200,000.00 becomes -7.2212. */
  static BigDecimal billions(Money m) {
    return m.toPounds().movePointLeft(9);
  }
}
