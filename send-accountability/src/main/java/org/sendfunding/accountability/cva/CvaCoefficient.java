package org.sendfunding.accountability.cva;

import org.immutables.value.Value;

/**
 * One coefficient of the contextual value added model: the covariate, its estimate in Attainment 8
 * points, and its standard error.
 *
 * <p>For example "FSM: -5.12 (SE 0.31)": pupils eligible for free school meals score about five
 * Attainment 8 points lower than otherwise similar pupils.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class CvaCoefficient {

  CvaCoefficient() {}

  /**
   * A coefficient.
   *
   * @param covariate the covariate's name
   * @param estimate the estimate, in Attainment 8 points per unit of the covariate
   * @param standardError its standard error
   * @return the coefficient
   */
  public static CvaCoefficient of(String covariate, double estimate, double standardError) {
    return ImmutableCvaCoefficient.of(covariate, estimate, standardError);
  }

  /** The covariate, e.g. "FSM". */
  @Value.Parameter
  public abstract String covariate();

  /** The estimate in Attainment 8 points. */
  @Value.Parameter
  public abstract double estimate();

  /** Its standard error. */
  @Value.Parameter
  public abstract double standardError();

  @Override
  public String toString() {
    return String.format("%s: %+.3f (SE %.3f)", covariate(), estimate(), standardError());
  }
}
