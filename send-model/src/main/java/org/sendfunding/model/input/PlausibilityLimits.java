package org.sendfunding.model.input;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.RoundingRule;

/**
 * Plausibility limits as data: for each kind of figure a loader reads (an LA's population aged 2 to 18,
 * a service's FTE, one pupil's annual cost), the range outside which a value is refused as a slip, with
 * the reason. The table is {@code plausibility-limits.csv} beside this class, read through {@link
 * CsvFile}; each limit names its basis ({@code real}: a published figure, named with its publication;
 * {@code judgement}: a bound this project chose far above any real value).
 *
 * <pre>{@code
 * PlausibilityLimits limits = PlausibilityLimits.standard();
 * limits.check(row, "fte", "service_fte", fte, problems);
 * // services.csv line 4, column 'fte' ('100000000000000000000'): implausible for the staff of one LA support
 * //   service in full-time equivalents: more than 10,000 FTE (one LA's educational psychology, ... service)
 * limits.limit("la_population_2_18").max();   // 2000000
 * }</pre>
 *
 * <p>A check records a located {@link Problem} and returns false; the loader throws once every row is
 * checked, as for any other problem.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlausibilityLimits {

  /** The resource holding the standard table, beside this class. */
  public static final String RESOURCE = "plausibility-limits.csv";

  private static final ImmutableList<String> COLUMNS =
      ImmutableList.of("quantity", "description", "min", "max", "unit", "basis", "reason");

  private static final class Holder {
    static final PlausibilityLimits STANDARD =
        read(CsvFile.readResource(PlausibilityLimits.class, RESOURCE, CsvLimits.DEFAULT.withMaxBytes(1 << 20)));
  }

  /** One quantity's limit. This class is immutable and thread-safe. */
  public static final class Limit {
    private final String quantity;
    private final String description;
    private final BigDecimal min;
    private final BigDecimal max;
    private final String unit;
    private final String basis;
    private final String reason;

    Limit(String quantity, String description, BigDecimal min, BigDecimal max, String unit, String basis, String reason) {
      this.quantity = quantity;
      this.description = description;
      this.min = min;
      this.max = max;
      this.unit = unit;
      this.basis = basis;
      this.reason = reason;
    }

    /** The quantity's key, e.g. {@code service_fte}. @return the key */
    public String quantity() {
      return quantity;
    }

    /** What the quantity is, for messages. @return the description */
    public String description() {
      return description;
    }

    /** The least plausible value. @return the minimum */
    public BigDecimal min() {
      return min;
    }

    /** The greatest plausible value. @return the maximum */
    public BigDecimal max() {
      return max;
    }

    /** The unit, e.g. {@code people}, {@code pounds}. @return the unit */
    public String unit() {
      return unit;
    }

    /** {@code real} or {@code judgement}. @return the basis */
    public String basis() {
      return basis;
    }

    /** Why the limit is where it is, with its source. @return the reason */
    public String reason() {
      return reason;
    }

    /** Whether a value is within the limit. @param value the value @return true if plausible */
    public boolean contains(BigDecimal value) {
      return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    /** The message for a value outside the limit. @param value the value @return the message */
    String refusal(BigDecimal value) {
      if (value.signum() < 0 && min.signum() == 0) {
        return "must not be negative (" + description + ")";
      }
      boolean high = value.compareTo(max) > 0;
      return "implausible for " + description + ": " + (high ? "more than " + format(max) : "less than " + format(min))
          + " (" + reason + ")";
    }

    private String format(BigDecimal v) {
      if (unit.equals("pounds")) {
        return Money.ofPounds(v, RoundingRule.HALF_UP_TO_PENNY).toString().replace(".00", "");
      }
      if (unit.equals("year")) {
        return v.toPlainString();
      }
      DecimalFormat f = new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(Locale.UK));
      return f.format(v) + (unit.equals("percent") ? "%" : " " + unit);
    }

    @Override
    public String toString() {
      return quantity + " [" + min.toPlainString() + ", " + max.toPlainString() + "] " + unit + " (" + basis + ")";
    }
  }

  private final String source;
  private final ImmutableMap<String, Limit> limits;

  private PlausibilityLimits(String source, ImmutableMap<String, Limit> limits) {
    this.source = source;
    this.limits = limits;
  }

  /**
   * The standard table shipped with the library.
   *
   * @return the limits
   */
  public static PlausibilityLimits standard() {
    return Holder.STANDARD;
  }

  /**
   * A table in the same columns as the standard one ({@code quantity,description,min,max,unit,basis,
   * reason}), for a loader with limits of its own.
   *
   * @param file the table
   * @return the limits
   * @throws InputException listing every bad row
   */
  public static PlausibilityLimits read(CsvFile file) {
    Problems problems = Problems.in(file.source());
    file.requireColumns(COLUMNS, ImmutableList.of(), problems);
    Map<String, Limit> out = new LinkedHashMap<>();
    for (CsvRow row : file.rows()) {
      String quantity = row.text("quantity", problems);
      String description = row.text("description", problems);
      BigDecimal min = row.decimal("min", problems);
      BigDecimal max = row.decimal("max", problems);
      String unit = row.text("unit", problems);
      String basis = row.text("basis", problems);
      String reason = row.text("reason", problems);
      if (!basis.isEmpty() && !basis.equals("real") && !basis.equals("judgement")) {
        problems.add(row.problem("basis", "not 'real' or 'judgement'"));
      }
      if (min.compareTo(max) > 0) {
        problems.add(row.problem("max", "less than min " + min.toPlainString()));
      }
      if (out.put(quantity, new Limit(quantity, description, min, max, unit, basis, reason)) != null) {
        problems.add(row.problem("quantity", "appears twice"));
      }
    }
    problems.throwIfAny();
    return new PlausibilityLimits(file.source(), ImmutableMap.copyOf(out));
  }

  /** Every limit by quantity, in table order. @return the limits */
  public ImmutableMap<String, Limit> limits() {
    return limits;
  }

  /**
   * One quantity's limit.
   *
   * @param quantity the key, e.g. {@code service_fte}
   * @return the limit
   * @throws IllegalArgumentException naming the known keys if there is none (a programming error)
   */
  public Limit limit(String quantity) {
    Limit l = limits.get(quantity);
    Preconditions.checkArgument(l != null, "PlausibilityLimits: no quantity '%s' in %s (known: %s)", quantity, source,
        limits.keySet());
    return l;
  }

  /**
   * Checks a cell's value, recording a located problem if it is implausible.
   *
   * @param row the row
   * @param column the cell's column
   * @param quantity the quantity's key
   * @param value the parsed value
   * @param problems the loader's collector
   * @return true if plausible
   */
  public boolean check(CsvRow row, String column, String quantity, BigDecimal value, Problems problems) {
    return check(row.source(), row.line(), column, row.get(column), quantity, value, problems);
  }

  /** As {@link #check(CsvRow, String, String, BigDecimal, Problems)} for a whole number. @param row the row @param column the column @param quantity the key @param value the value @param problems the collector @return true if plausible */
  public boolean check(CsvRow row, String column, String quantity, long value, Problems problems) {
    return check(row, column, quantity, BigDecimal.valueOf(value), problems);
  }

  /** As {@link #check(CsvRow, String, String, BigDecimal, Problems)} for an amount (compared in pounds). @param row the row @param column the column @param quantity the key @param value the value @param problems the collector @return true if plausible */
  public boolean check(CsvRow row, String column, String quantity, Money value, Problems problems) {
    return check(row, column, quantity, value.toPounds(), problems);
  }

  /**
   * Checks a value read from a file other than a CSV table (YAML, properties).
   *
   * @param source the file
   * @param line its line, 0 if unknown
   * @param column the field or key
   * @param text the value as written
   * @param quantity the quantity's key
   * @param value the parsed value
   * @param problems the loader's collector
   * @return true if plausible
   */
  public boolean check(String source, int line, String column, String text, String quantity, BigDecimal value,
      Problems problems) {
    Limit l = limit(quantity);
    if (l.contains(value)) {
      return true;
    }
    problems.add(Problem.of(source, line, column, text, l.refusal(value)));
    return false;
  }

  /**
   * Why a value is implausible, for a parser that reports by exception rather than by collector.
   *
   * @param quantity the quantity's key
   * @param value the value
   * @return the message, or empty if the value is plausible
   */
  public Optional<String> refusal(String quantity, BigDecimal value) {
    Limit l = limit(quantity);
    return l.contains(value) ? Optional.empty() : Optional.of(l.refusal(value));
  }

  @Override
  public String toString() {
    return "PlausibilityLimits[" + source + ", " + limits.size() + " quantities]";
  }
}
