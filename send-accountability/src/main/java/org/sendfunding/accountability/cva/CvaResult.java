package org.sendfunding.accountability.cva;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.NoSuchElementException;
import org.immutables.value.Value;
import org.sendfunding.model.explain.Explanation;

/**
 * A fitted contextual value added model: its coefficients, the pupils it covered, the variance
 * components, and each school's shrunken estimate.
 *
 * <pre>{@code
 * CvaResult cva = ContextualValueAddedCalculator.DEFAULT.calculate(cohort);
 * cva.coefficients();          // constant, KS2, KS2^2, EHC plan, SEN support, FSM, IDACI, EAL, ...
 * cva.school(140001).score();  // shrunken estimate, Progress 8 units
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CvaResult {

  CvaResult() {}

  /**
   * A builder, for the engine that computes this result and for reading it back from JSON
   * (send-json); figures built by hand are not checked against the rules that made them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CvaResult}. */
  public static final class Builder extends ImmutableCvaResult.Builder {
    Builder() {}
  }

  /** The coefficients, in model order. */
  public abstract ImmutableList<CvaCoefficient> coefficients();

  /**
   * Covariates left out because no pupil in scope varies on them (e.g. no looked-after pupils), and
   * "SEN support" when every pupil has SEN (it is then the reference level).
   */
  public abstract ImmutableList<String> droppedCovariates();

  /** Pupils in the model. */
  public abstract int pupils();

  /** Pupils with a result but no KS2 scaled scores, left out of the model. */
  public abstract int pupilsWithoutKs2Scores();

  /** Residual (within-school) variance, Attainment 8 points squared. */
  public abstract double residualVariance();

  /** Estimated between-school variance of true school effects (method of moments), points squared. */
  public abstract double betweenSchoolVariance();

  /** School estimates, by URN. */
  public abstract ImmutableSortedMap<Integer, SchoolCva> schools();

  /** The model and its coefficients as an explanation. */
  public abstract Explanation explanation();

  /**
   * A coefficient by covariate name.
   *
   * @param covariate the name, e.g. {@link ContextualValueAddedCalculator#FSM}
   * @return the coefficient
   * @throws NoSuchElementException if the covariate is not in the model
   */
  public CvaCoefficient coefficient(String covariate) {
    return coefficients().stream().filter(c -> c.covariate().equals(covariate)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("CvaResult: no covariate '" + covariate
            + "' in the model" + (droppedCovariates().contains(covariate) ? " (dropped: no variation)" : "")));
  }

  /**
   * A school's estimate.
   *
   * @param urn the URN
   * @return the estimate
   * @throws NoSuchElementException if the school has no pupil in the model
   */
  public SchoolCva school(int urn) {
    SchoolCva s = schools().get(urn);
    if (s == null) {
      throw new NoSuchElementException("CvaResult: school " + urn + " has no pupil in the model");
    }
    return s;
  }
}
