package org.sendfunding.funding.scenario;

/**
 * The unit of a scenario figure.
 *
 * <pre>{@code
 * Measure.CLOSING_BALANCE.unit(); // GBP
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
public enum MeasureUnit {
  /** Money in pence, printed as pounds. */
  GBP,
  /** A whole count (pupils, people). */
  COUNT,
  /** A statistic (a ratio or fraction). */
  RATIO
}
