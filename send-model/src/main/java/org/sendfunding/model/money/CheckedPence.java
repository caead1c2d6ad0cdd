package org.sendfunding.model.money;

/**
 * Sums and products of amounts in pence held in {@code long}s, checked for overflow, for the
 * long-pence kernels that cannot afford a {@link Money} per figure.
 *
 * <p>Each method returns the exact result or throws a {@link MoneyOverflowException} naming the
 * figure, where it was computed and the operation with its operands. The names are taken as
 * {@code Object}s and turned into text only when the operation overflows, so a kernel can pass its
 * LA, year and measure without building a string per operation:
 *
 * <pre>{@code
 * balance = CheckedPence.add(balance, income, Measure.CLOSING_BALANCE, la, year);
 * // overflow: "Halton (876), 2028-29: Closing DSG balance overflows: £92,233,720,368,547,000.00 + £1,000,000.00 is beyond ..."
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CheckedPence {

  private CheckedPence() {}

  /**
   * {@code a + b}.
   *
   * @param a pence
   * @param b pence
   * @param figure the figure being computed (its {@code toString()} is used, or {@code label()} of a labelled figure)
   * @param where where (e.g. an LA), or null
   * @param when when (e.g. a financial year), or null
   * @return the exact sum
   * @throws MoneyOverflowException if the sum leaves the range of a {@code long}
   */
  public static long add(long a, long b, Object figure, Object where, Object when) {
    try {
      // Math.addExact is an intrinsic (an add and a branch never taken); the catch is free until taken.
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new MoneyOverflowException(place(where, when), text(figure), Money.ofPence(a) + " + " + Money.ofPence(b));
    }
  }

  /**
   * {@code a − b}.
   *
   * @param a pence
   * @param b pence
   * @param figure the figure being computed
   * @param where where, or null
   * @param when when, or null
   * @return the exact difference
   * @throws MoneyOverflowException if the difference leaves the range of a {@code long}
   */
  public static long subtract(long a, long b, Object figure, Object where, Object when) {
    try {
      return Math.subtractExact(a, b);
    } catch (ArithmeticException e) {
      throw new MoneyOverflowException(place(where, when), text(figure), Money.ofPence(a) + " - " + Money.ofPence(b));
    }
  }

  /**
   * {@code pence × count}: an amount times a whole number (of pupils, places, years).
   *
   * @param pence pence
   * @param count the count
   * @param figure the figure being computed
   * @param where where, or null
   * @param when when, or null
   * @return the exact product
   * @throws MoneyOverflowException if the product leaves the range of a {@code long}
   */
  public static long times(long pence, long count, Object figure, Object where, Object when) {
    try {
      return Math.multiplyExact(pence, count);
    } catch (ArithmeticException e) {
      throw new MoneyOverflowException(place(where, when), text(figure), Money.ofPence(pence) + " × " + count);
    }
  }

  /**
   * {@code a + b}, where the caller's message gives the place itself.
   *
   * @param a pence
   * @param b pence
   * @param figure the figure being computed
   * @return the exact sum
   * @throws MoneyOverflowException if the sum leaves the range of a {@code long}
   */
  public static long add(long a, long b, Object figure) {
    return add(a, b, figure, null, null);
  }

  /**
   * {@code pence × count}, where the caller's message gives the place itself.
   *
   * @param pence pence
   * @param count the count
   * @param figure the figure being computed
   * @return the exact product
   * @throws MoneyOverflowException if the product leaves the range of a {@code long}
   */
  public static long times(long pence, long count, Object figure) {
    return times(pence, count, figure, null, null);
  }

  /**
   * The exception for an overflow found by other means (a rounded product, a division), with the
   * same naming as this class's methods.
   *
   * @param figure the figure being computed
   * @param where where, or null
   * @param when when, or null
   * @param operation the operation and its operands
   * @return the exception, to throw
   */
  public static MoneyOverflowException overflow(Object figure, Object where, Object when, String operation) {
    return new MoneyOverflowException(place(where, when), text(figure), operation);
  }

  private static String place(Object where, Object when) {
    String a = where == null ? "" : where.toString();
    String b = when == null ? "" : when.toString();
    return a.isEmpty() ? b : b.isEmpty() ? a : a + ", " + b;
  }

  /** A figure's label: {@code label()} if it has one (a measure), else its text. */
  private static String text(Object figure) {
    if (figure instanceof Labelled) {
      return ((Labelled) figure).label();
    }
    return String.valueOf(figure);
  }

  /**
   * A figure with a readable label, used in overflow messages instead of its {@code toString()}
   * (an enum constant's name is not what a user reads in a report).
   */
  public interface Labelled {
    /** The label. @return the label */
    String label();
  }
}
