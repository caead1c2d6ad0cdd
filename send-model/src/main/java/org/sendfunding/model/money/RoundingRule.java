package org.sendfunding.model.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A named rule for turning an exact amount of pence into whole money.
 *
 * <p>Funding documents state their rounding ("rounded to the nearest pound", "to the penny"); every
 * calculation in this library that can produce a fraction of a penny names one of these rules, so
 * the rounding is visible in code and in explanations. For example, {@code HALF_UP_TO_PENNY} turns
 * 1234.5 pence into 1235 pence (£12.35), while {@code DOWN_TO_POUND} turns 1299 pence into 1200
 * pence (£12.00).
 *
 * <p>"Down" and "up" are towards and away from zero, as in {@link RoundingMode}.
 */
public enum RoundingRule {
  /** Nearest penny; exact halves go away from zero. */
  HALF_UP_TO_PENNY(1, RoundingMode.HALF_UP),
  /** Nearest penny; exact halves go to the even penny (banker's rounding). */
  HALF_EVEN_TO_PENNY(1, RoundingMode.HALF_EVEN),
  /** Whole pennies, dropping any fraction (towards zero). */
  DOWN_TO_PENNY(1, RoundingMode.DOWN),
  /** Whole pennies, raising any fraction (away from zero). */
  UP_TO_PENNY(1, RoundingMode.UP),
  /** Nearest pound; exact halves go away from zero. */
  HALF_UP_TO_POUND(100, RoundingMode.HALF_UP),
  /** Whole pounds, dropping any pence (towards zero). */
  DOWN_TO_POUND(100, RoundingMode.DOWN),
  /** Whole pounds, raising any pence (away from zero). */
  UP_TO_POUND(100, RoundingMode.UP);

  private final long unitPence;
  private final RoundingMode mode;

  RoundingRule(long unitPence, RoundingMode mode) {
    this.unitPence = unitPence;
    this.mode = mode;
  }

  /** The size of the unit rounded to, in pence: 1 for a penny, 100 for a pound. */
  public long unitPence() {
    return unitPence;
  }

  /** The {@link RoundingMode} applied at the unit. */
  public RoundingMode mode() {
    return mode;
  }

  /**
   * Rounds an exact amount of pence to this rule's unit.
   *
   * @param pence an exact (possibly fractional) number of pence
   * @return the rounded amount in pence
   * @throws ArithmeticException if the result does not fit in a {@code long}
   */
  public long roundPence(BigDecimal pence) {
    BigDecimal units = pence.divide(BigDecimal.valueOf(unitPence)).setScale(0, mode);
    return units.multiply(BigDecimal.valueOf(unitPence)).longValueExact();
  }

  /**
   * Rounds a whole amount to this rule's unit (a no-op for penny rules).
   *
   * @param amount the amount to round
   * @return the amount rounded to this rule's unit
   */
  public Money round(Money amount) {
    return Money.ofPence(roundPence(BigDecimal.valueOf(amount.pence())));
  }
}
