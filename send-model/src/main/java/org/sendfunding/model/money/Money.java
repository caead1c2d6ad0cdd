package org.sendfunding.model.money;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An exact amount of pounds sterling, held as a whole number of pence in a {@code long}.
 *
 * <p>Amounts in funding documents are written in pounds: {@code Money.ofPounds("10000")} is the
 * £10,000 place value of a special-school place and prints as {@code "£10,000.00"}. Arithmetic is
 * exact; any operation that could produce a fraction of a penny takes a {@link RoundingRule}.
 * Overflow throws {@link MoneyOverflowException} (an {@link ArithmeticException}) naming the
 * operands, instead of wrapping. For example:
 *
 * <pre>{@code
 * Money place = Money.ofPounds("10000");
 * Money tenPlaces = place.times(10);                                       // £100,000.00
 * Money share = tenPlaces.times(Rate.of("0.075"), RoundingRule.HALF_UP_TO_PENNY); // £7,500.00
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, prehash = false)
public abstract class Money implements Comparable<Money> {

  /** Zero pounds. */
  public static final Money ZERO = ofPence(0);

  private static final Pattern POUNDS = Pattern.compile("-?\\d{1,3}(,\\d{3})*(\\.\\d{1,2})?|-?\\d+(\\.\\d{1,2})?");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Money() {}

  /**
   * The amount as a whole number of pence.
   *
   * @return pence, negative for a debit
   */
  @Value.Parameter
  public abstract long pence();

  /**
   * Creates an amount from a whole number of pence.
   *
   * @param pence the number of pence
   * @return the amount
   */
  public static Money ofPence(long pence) {
    return ImmutableMoney.of(pence);
  }

  /**
   * Parses an amount written in pounds, with at most two decimal places and optional thousands
   * separators: {@code "10000"}, {@code "10,000.00"}, {@code "-250.5"}.
   *
   * @param pounds the amount in pounds
   * @return the amount
   * @throws IllegalArgumentException naming the text if it is not an amount of pounds and pence
   */
  public static Money ofPounds(String pounds) {
    Preconditions.checkNotNull(pounds, "Money.pounds: must not be null");
    String text = pounds.trim();
    if (text.startsWith("£")) {
      text = text.substring(1);
    } else if (text.startsWith("-£")) {
      text = "-" + text.substring(2);
    }
    if (!POUNDS.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "Money.pounds: '" + pounds
              + "' is not an amount of pounds with at most two decimal places (e.g. 10000.00)");
    }
    BigDecimal value = new BigDecimal(text.replace(",", ""));
    try {
      return ofPence(value.multiply(HUNDRED).longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("Money.pounds: '" + pounds + "' is too large", e);
    }
  }

  /**
   * Creates an amount from a whole number of pounds.
   *
   * @param pounds whole pounds
   * @return the amount
   * @throws ArithmeticException if the amount in pence overflows a {@code long}
   */
  public static Money ofPounds(long pounds) {
    return ofPence(Math.multiplyExact(pounds, 100L));
  }

  /**
   * Converts an exact decimal amount of pounds, rounding by the given rule.
   *
   * @param pounds the amount in pounds, possibly with fractions of a penny
   * @param rule how to round to whole money
   * @return the rounded amount
   */
  public static Money ofPounds(BigDecimal pounds, RoundingRule rule) {
    return ofPence(rule.roundPence(pounds.multiply(HUNDRED)));
  }

  /**
   * Sums amounts exactly.
   *
   * @param amounts the amounts to add
   * @return their total, zero if there are none
   * @throws MoneyOverflowException (an {@link ArithmeticException}) naming the operands on overflow
   */
  public static Money sum(Iterable<Money> amounts) {
    long total = 0;
    for (Money amount : amounts) {
      total = CheckedPence.add(total, amount.pence(), "sum of money");
    }
    return ofPence(total);
  }

  /** The amount in pounds as an exact decimal with two places. */
  public BigDecimal toPounds() {
    return BigDecimal.valueOf(pence(), 2);
  }

  /**
   * This amount plus another; throws a {@link MoneyOverflowException} (an {@link ArithmeticException})
   * naming both on overflow.
   */
  public Money plus(Money other) {
    return ofPence(CheckedPence.add(pence(), other.pence(), "sum of money"));
  }

  /**
   * This amount minus another; throws a {@link MoneyOverflowException} (an {@link ArithmeticException})
   * naming both on overflow.
   */
  public Money minus(Money other) {
    return ofPence(CheckedPence.subtract(pence(), other.pence(), "difference of money", null, null));
  }

  /**
   * This amount times a whole number, such as a count of places; exact, or a {@link
   * MoneyOverflowException} naming both on overflow.
   */
  public Money times(long count) {
    return ofPence(CheckedPence.times(pence(), count, "product of money"));
  }

  /**
   * This amount times a rate, rounded by the given rule.
   *
   * @param rate the multiplier
   * @param rule how to round the exact product
   * @return the rounded product
   */
  public Money times(Rate rate, RoundingRule rule) {
    try {
      return ofPence(rule.roundPence(BigDecimal.valueOf(pence()).multiply(rate.value())));
    } catch (ArithmeticException e) {
      MoneyOverflowException overflow =
          new MoneyOverflowException("", "product of money", this + " × " + rate.value().toPlainString());
      overflow.initCause(e);
      throw overflow;
    }
  }

  /**
   * This amount divided by a whole number, rounded by the given rule: £100 shared by 3 heads is
   * £33.33 per head with {@link RoundingRule#HALF_UP_TO_PENNY}.
   *
   * @param divisor the number to divide by, not zero
   * @param rule how to round the exact quotient
   * @return the rounded quotient
   */
  public Money dividedBy(long divisor, RoundingRule rule) {
    Preconditions.checkArgument(divisor != 0, "Money.dividedBy: divisor must not be zero");
    // BigDecimal.divide with a scale rounds the exact quotient once, so no guard digits are needed.
    BigDecimal units =
        BigDecimal.valueOf(pence())
            .divide(
                BigDecimal.valueOf(divisor).multiply(BigDecimal.valueOf(rule.unitPence())),
                0,
                rule.mode());
    return ofPence(units.multiply(BigDecimal.valueOf(rule.unitPence())).longValueExact());
  }

  /**
   * The exact ratio of this amount to another, e.g. a percentage change per head.
   *
   * @param denominator the amount to divide by, not zero
   * @return the ratio, to 20 significant figures (half-even)
   */
  public Rate ratioTo(Money denominator) {
    Preconditions.checkArgument(!denominator.isZero(), "Money.ratioTo: denominator must not be zero");
    return Rate.ratio(pence(), denominator.pence());
  }

  /** The amount with its sign reversed. */
  public Money negated() {
    if (pence() == Long.MIN_VALUE) {
      throw new MoneyOverflowException("", "negated money", "-(" + this + ")");
    }
    return ofPence(-pence());
  }

  /** The amount without its sign. */
  public Money abs() {
    return pence() < 0 ? negated() : this;
  }

  /** Whether this is exactly zero. */
  public boolean isZero() {
    return pence() == 0;
  }

  /** Whether this is below zero (a debit, or a deficit). */
  public boolean isNegative() {
    return pence() < 0;
  }

  /** Whether this is above zero. */
  public boolean isPositive() {
    return pence() > 0;
  }

  /** Whether this is more than another amount. */
  public boolean isGreaterThan(Money other) {
    return pence() > other.pence();
  }

  /** Whether this is less than another amount. */
  public boolean isLessThan(Money other) {
    return pence() < other.pence();
  }

  /** The larger of this and another amount. */
  public Money max(Money other) {
    return pence() >= other.pence() ? this : other;
  }

  /** The smaller of this and another amount. */
  public Money min(Money other) {
    return pence() <= other.pence() ? this : other;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(pence(), other.pence());
  }

  /**
   * The amount as it is printed in funding tables: {@code "£10,000.00"}, {@code "-£1,234.56"}.
   *
   * @return the formatted amount
   */
  @Override
  public String toString() {
    long p = pence();
    // Long.MIN_VALUE has no positive counterpart, so format through BigInteger.
    BigInteger magnitude = BigInteger.valueOf(p).abs();
    BigInteger[] poundsAndPence = magnitude.divideAndRemainder(BigInteger.valueOf(100));
    StringBuilder pounds = new StringBuilder(poundsAndPence[0].toString());
    for (int i = pounds.length() - 3; i > 0; i -= 3) {
      pounds.insert(i, ',');
    }
    int pennies = poundsAndPence[1].intValue();
    return (p < 0 ? "-£" : "£") + pounds + "." + (pennies < 10 ? "0" : "") + pennies;
  }
}
