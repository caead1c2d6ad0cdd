package org.sendfunding.accountability.cva;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The result of a least-squares fit: a coefficient and standard error per named covariate, the
 * residuals, the residual variance, and a conditioning indicator.
 *
 * <p>For the exact fit of {@code y = 1 + 2x} through (0,1), (1,3), (2,5) the coefficients are [1, 2]
 * and every residual is 0.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LinearFit {

  LinearFit() {}

  /**
   * A builder, for the engine that computes this result and for reading it back from JSON
   * (send-json); figures built by hand are not checked against the rules that made them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code LinearFit}. */
  public static final class Builder extends ImmutableLinearFit.Builder {
    Builder() {}
  }

  /** Covariate names, in column order. */
  public abstract ImmutableList<String> names();

  /** Estimated coefficients, in column order. */
  public abstract ImmutableList<Double> coefficients();

  /** Standard errors of the coefficients, {@code sqrt(sigma^2 (X'X)^-1)} on the diagonal. */
  public abstract ImmutableList<Double> standardErrors();

  /** Residuals {@code y - X b}, in row order. */
  public abstract ImmutableList<Double> residuals();

  /** Residual variance {@code RSS / (n - p)}. */
  public abstract double residualVariance();

  /**
   * Largest over smallest absolute diagonal entry of R: a cheap lower bound on the condition number of
   * X. Values above about 1e8 mean coefficients have few reliable digits.
   */
  public abstract double diagonalRatio();

  /**
   * The coefficient of a covariate.
   *
   * @param name the covariate's name
   * @return the coefficient
   * @throws IllegalArgumentException if there is no such covariate
   */
  public double coefficient(String name) {
    int i = names().indexOf(name);
    Preconditions.checkArgument(i >= 0, "LinearFit: no covariate '%s' in %s", name, names());
    return coefficients().get(i);
  }
}
