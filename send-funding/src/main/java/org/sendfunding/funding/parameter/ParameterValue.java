package org.sendfunding.funding.parameter;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.Objects;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;

/**
 * One value of a parameter, tagged with its {@link ParameterUnit}.
 *
 * <pre>{@code
 * ParameterValue floor = ParameterValue.of(Percentage.of("7"));
 * floor.asPercentage();   // 7%
 * floor.asMoney();        // IllegalStateException: value 7% is percent, not gbp
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParameterValue {

  private final ParameterUnit unit;
  private final Object value;

  private ParameterValue(ParameterUnit unit, Object value) {
    this.unit = unit;
    this.value = Preconditions.checkNotNull(value, "ParameterValue.value: must not be null");
  }

  /** A money value. @param money the amount @return the value */
  public static ParameterValue of(Money money) {
    return new ParameterValue(ParameterUnit.GBP, money);
  }

  /** A percentage value. @param percentage the percentage @return the value */
  public static ParameterValue of(Percentage percentage) {
    return new ParameterValue(ParameterUnit.PERCENT, percentage);
  }

  /** A rate value. @param rate the rate @return the value */
  public static ParameterValue of(Rate rate) {
    return new ParameterValue(ParameterUnit.RATE, rate);
  }

  /** A count. @param count the count @return the value */
  public static ParameterValue of(long count) {
    return new ParameterValue(ParameterUnit.COUNT, count);
  }

  /** A date. @param date the date @return the value */
  public static ParameterValue of(LocalDate date) {
    return new ParameterValue(ParameterUnit.DATE, date);
  }

  /**
   * A named rule, e.g. {@code nff}.
   *
   * @param rule the rule's name
   * @return the value
   */
  public static ParameterValue of(String rule) {
    return ofRule(rule);
  }

  /**
   * A named rule, e.g. {@code nff}; the same as {@link #of(String)}.
   *
   * @param rule the rule's name, not blank
   * @return the value
   */
  public static ParameterValue ofRule(String rule) {
    Preconditions.checkArgument(
        rule != null && !rule.isBlank(), "ParameterValue.rule: '%s' must not be blank", rule);
    return new ParameterValue(ParameterUnit.RULE, rule);
  }

  /** A boolean flag. @param flag the flag @return the value */
  public static ParameterValue of(boolean flag) {
    return new ParameterValue(ParameterUnit.BOOLEAN, flag);
  }

  /** The unit of this value. @return the unit */
  public ParameterUnit unit() {
    return unit;
  }

  /** This value as money. @return the amount @throws IllegalStateException if not gbp */
  public Money asMoney() {
    return as(ParameterUnit.GBP, Money.class);
  }

  /** This value as a percentage. @return the percentage @throws IllegalStateException if not percent */
  public Percentage asPercentage() {
    return as(ParameterUnit.PERCENT, Percentage.class);
  }

  /** This value as a rate. @return the rate @throws IllegalStateException if not rate */
  public Rate asRate() {
    return as(ParameterUnit.RATE, Rate.class);
  }

  /** This value as a count. @return the count @throws IllegalStateException if not count */
  public long asCount() {
    return as(ParameterUnit.COUNT, Long.class);
  }

  /** This value as a date. @return the date @throws IllegalStateException if not date */
  public LocalDate asDate() {
    return as(ParameterUnit.DATE, LocalDate.class);
  }

  /** This value as a rule name. @return the rule @throws IllegalStateException if not rule */
  public String asRule() {
    return as(ParameterUnit.RULE, String.class);
  }

  /** This value as a flag. @return the flag @throws IllegalStateException if not boolean */
  public boolean asBoolean() {
    return as(ParameterUnit.BOOLEAN, Boolean.class);
  }

  private <T> T as(ParameterUnit wanted, Class<T> type) {
    if (unit != wanted) {
      throw new IllegalStateException(
          "ParameterValue: value " + this + " is " + unit.fileName() + ", not " + wanted.fileName());
    }
    return type.cast(value);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof ParameterValue)) {
      return false;
    }
    ParameterValue other = (ParameterValue) obj;
    return unit == other.unit && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, value);
  }

  /** The value as printed: "£10,000.00", "7%", "0.075", "12", "2026-04-01", "nff", "true". */
  @Override
  public String toString() {
    return value.toString();
  }
}
