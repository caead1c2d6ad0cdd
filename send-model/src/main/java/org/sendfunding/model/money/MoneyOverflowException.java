package org.sendfunding.model.money;

import com.google.common.base.Preconditions;

/**
 * A sum or product of money that would leave the range of a {@code long} of pence
 * (±£92,233,720,368,547,758.07), refused instead of wrapping round to a wrong figure.
 *
 * <p>The message names where the figure was being computed (the LA, the year, the school or pupil),
 * the figure, and the operation with its operands, so that a user can find the input that caused it:
 *
 * <pre>{@code
 * Riverside Primary School, pupil P2: total provision cost overflows: £92,233,720,368,547,758.00 + £100.00
 * is beyond ±£92,233,720,368,547,758.07, the range of money in pence (check the input for a figure with
 * extra digits, or in pence where pounds are expected)
 * }</pre>
 *
 * <p>It is an {@link ArithmeticException}, as {@link Math#addExact} throws, so code that caught those
 * still catches it. Engines deep in a calculation throw it with what they know (the figure and the
 * operation); callers that know more add it with {@link #at(String)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MoneyOverflowException extends ArithmeticException {

  private static final long serialVersionUID = 1L;

  /** The range of money in pence, as printed in every message. */
  public static final String RANGE = "±£92,233,720,368,547,758.07";

  private final String where;
  private final String figure;
  private final String operation;

  /**
   * Creates the exception.
   *
   * @param where where the figure was being computed (e.g. {@code "Halton (876), 2028-29"}), or empty
   * @param figure the figure (e.g. {@code "closing DSG balance"})
   * @param operation the operation and its operands (e.g. {@code "-£1.00 + -£92,233,720,368,547,758.00"})
   */
  public MoneyOverflowException(String where, String figure, String operation) {
    super(message(where, figure, operation));
    this.where = Preconditions.checkNotNull(where, "where");
    this.figure = Preconditions.checkNotNull(figure, "figure");
    this.operation = Preconditions.checkNotNull(operation, "operation");
  }

  private static String message(String where, String figure, String operation) {
    return (where == null || where.isEmpty() ? "" : where + ": ") + figure + " overflows: " + operation
        + " is beyond " + RANGE + ", the range of money in pence (check the input for a figure with extra"
        + " digits, or in pence where pounds are expected)";
  }

  /** Where the figure was being computed, or empty. @return the place */
  public String where() {
    return where;
  }

  /** The figure being computed. @return the figure */
  public String figure() {
    return figure;
  }

  /** The operation and its operands. @return the operation */
  public String operation() {
    return operation;
  }

  /**
   * The same overflow, located more precisely by a caller that knows more (the LA, the year).
   *
   * @param outer the caller's place, put before this one's
   * @return a new exception with this one as its cause
   */
  public MoneyOverflowException at(String outer) {
    String combined = outer.isEmpty() ? where : where.isEmpty() ? outer : outer + ", " + where;
    MoneyOverflowException located = new MoneyOverflowException(combined, figure, operation);
    located.initCause(this);
    return located;
  }
}
