package org.sendfunding.model.money;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A dimensionless multiplier held exactly as a {@link BigDecimal}, such as a growth factor, a share of
 * a pot or an area cost adjustment.
 *
 * <p>{@code Rate.of("0.075")} is a 7.5% share; {@code Rate.of("1.0712")} is an area cost adjustment
 * of 1.0712. A rate of 0.5 applied to £6,000 gives £3,000:
 *
 * <pre>{@code
 * Money.ofPounds("6000").times(Rate.of("0.5"), RoundingRule.HALF_UP_TO_PENNY)  // £3,000.00
 * }</pre>
 *
 * <p>Equality is numerical: {@code Rate.of("0.50")} equals {@code Rate.of("0.5")}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Rate implements Comparable<Rate> {

  /** A rate of zero. */
  public static final Rate ZERO = of(BigDecimal.ZERO);

  /** A rate of one (the identity multiplier). */
  public static final Rate ONE = of(BigDecimal.ONE);

  Rate() {}

  /**
   * The exact value, with trailing zeros removed so that equal rates have equal values.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract BigDecimal value();

  /**
   * Creates a rate from an exact decimal.
   *
   * @param value the rate, e.g. {@code 0.075}
   * @return the rate
   */
  public static Rate of(BigDecimal value) {
    Preconditions.checkNotNull(value, "Rate.value: must not be null");
    return ImmutableRate.of(normalise(value));
  }

  /**
   * Parses a rate from its decimal text.
   *
   * @param value decimal text such as {@code "0.075"}
   * @return the rate
   * @throws IllegalArgumentException if the text is not a decimal number
   */
  public static Rate of(String value) {
    Preconditions.checkNotNull(value, "Rate.value: must not be null");
    try {
      return of(new BigDecimal(value.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Rate.value: '" + value + "' is not a decimal number", e);
    }
  }

  /**
   * The ratio {@code numerator / denominator}, exact to 20 significant figures (half-even).
   *
   * @param numerator the top of the fraction
   * @param denominator the bottom of the fraction, not zero
   * @return the ratio as a rate
   */
  public static Rate ratio(long numerator, long denominator) {
    Preconditions.checkArgument(denominator != 0, "Rate.ratio: denominator must not be zero");
    return of(
        BigDecimal.valueOf(numerator)
            .divide(BigDecimal.valueOf(denominator), new java.math.MathContext(20)));
  }

  /** This rate plus another. */
  public Rate plus(Rate other) {
    return of(value().add(other.value()));
  }

  /** This rate minus another. */
  public Rate minus(Rate other) {
    return of(value().subtract(other.value()));
  }

  /** This rate times another. */
  public Rate times(Rate other) {
    return of(value().multiply(other.value()));
  }

  /** Whether this rate is below zero. */
  public boolean isNegative() {
    return value().signum() < 0;
  }

  /** This rate expressed as a percentage: 0.075 becomes 7.5%. */
  public Percentage toPercentage() {
    return Percentage.of(value().movePointRight(2));
  }

  @Override
  public int compareTo(Rate other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value().toPlainString();
  }

  static BigDecimal normalise(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
