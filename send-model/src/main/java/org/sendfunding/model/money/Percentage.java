package org.sendfunding.model.money;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A percentage held exactly, as written in funding documents: "a floor of 7%" is {@code
 * Percentage.of("7")}.
 *
 * <p>Use {@link #toRate()} to apply it: {@code Percentage.of("0.5").toRate()} is the rate 0.005, the
 * share of the schools block that may move to high needs with schools forum approval.
 *
 * <p>Equality is numerical: {@code Percentage.of("7.0")} equals {@code Percentage.of("7")}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Percentage implements Comparable<Percentage> {

  Percentage() {}

  /**
   * The number of percent, e.g. 7.5 for 7.5%.
   *
   * @return the number of percent
   */
  @Value.Parameter
  public abstract BigDecimal percent();

  /**
   * Creates a percentage.
   *
   * @param percent the number of percent, e.g. 7.5
   * @return the percentage
   */
  public static Percentage of(BigDecimal percent) {
    Preconditions.checkNotNull(percent, "Percentage.percent: must not be null");
    return ImmutablePercentage.of(Rate.normalise(percent));
  }

  /**
   * Parses a percentage from decimal text, with or without a trailing {@code %}.
   *
   * @param percent text such as {@code "7.5"} or {@code "7.5%"}
   * @return the percentage
   * @throws IllegalArgumentException if the text is not a decimal number
   */
  public static Percentage of(String percent) {
    Preconditions.checkNotNull(percent, "Percentage.percent: must not be null");
    String text = percent.trim();
    if (text.endsWith("%")) {
      text = text.substring(0, text.length() - 1).trim();
    }
    try {
      return of(new BigDecimal(text));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Percentage.percent: '" + percent + "' is not a decimal number", e);
    }
  }

  /** This percentage as a multiplier: 7.5% becomes 0.075. */
  public Rate toRate() {
    return Rate.of(percent().movePointLeft(2));
  }

  /** One plus this percentage, as a growth factor: 7% becomes 1.07. */
  public Rate toGrowthFactor() {
    return Rate.ONE.plus(toRate());
  }

  @Override
  public int compareTo(Percentage other) {
    return percent().compareTo(other.percent());
  }

  @Override
  public String toString() {
    return percent().toPlainString() + "%";
  }
}
