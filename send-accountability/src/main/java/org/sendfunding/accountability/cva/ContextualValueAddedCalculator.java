package org.sendfunding.accountability.cva;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.accountability.cohort.KeyStage4Pupil;
import org.sendfunding.accountability.parameters.AccountabilityParameter;
import org.sendfunding.accountability.parameters.AccountabilityParameters;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.pupil.SenProvision;

/**
 * Computes a contextual value added (CVA) measure: Attainment 8 predicted from prior attainment and
 * pupil characteristics, and each school's shrunken mean of actual minus predicted.
 *
 * <p>The model, fitted by ordinary least squares ({@link LeastSquares}, Householder QR) on every pupil
 * with KS2 scaled scores and a result:
 * <pre>
 * A8 = b0 + b1 (KS2 - 100) + b2 (KS2 - 100)^2 + b3 EHC plan + b4 SEN support + b5 FSM + b6 IDACI
 *        + b7 EAL + b8 looked after + b9 months younger than the oldest in the year + e
 * </pre>
 * KS2 is the mean of the reading and maths scaled scores. The 2006-2010 DfE CVA used a multilevel
 * model with more covariates (gender, ethnicity, mobility, school prior-attainment mean and spread);
 * this one keeps those the issue names and, like DfE, shrinks each school's mean residual towards zero
 * by {@code tau^2 / (tau^2 + sigma^2 / n)}: sigma^2 is the within-school residual variance, tau^2
 * the between-school variance of school means less their sampling variance (method of moments, never
 * below zero). A school's interval is {@code +/- z * sqrt(shrinkage * sigma^2 / n)}. Scores are
 * reported divided by 10, the Progress 8 scale. Including SEN as a covariate is contested (Leckie and
 * Goldstein 2017): it treats lower attainment of pupils with SEN as expected.
 *
 * <p>{@link #calculate} fits one model to every school; {@link #calculateBySector} fits special
 * schools and other schools separately, as DfE did.
 *
 * <p>A binary covariate on which no pupil varies (no looked-after pupil, say) is dropped and listed
 * in {@link CvaResult#droppedCovariates()}; so is "SEN support" when every pupil has SEN (as in a
 * special-school model), the EHC plan coefficient then comparing plans with SEN support. Any other
 * collinearity fails naming the covariate.
 *
 * <pre>{@code
 * CvaResult cva = ContextualValueAddedCalculator.DEFAULT.calculate(cohort);
 * cva.coefficient(ContextualValueAddedCalculator.FSM).estimate();   // about -5 on the illustrative cohort
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContextualValueAddedCalculator {

  /** Covariate name: the constant. */
  public static final String CONSTANT = "constant";
  /** Covariate name: KS2 average scaled score minus 100. */
  public static final String KS2 = "KS2 average - 100";
  /** Covariate name: its square. */
  public static final String KS2_SQUARED = "(KS2 average - 100)^2";
  /** Covariate name: has an EHC plan. */
  public static final String EHC_PLAN = "EHC plan";
  /** Covariate name: on SEN support. */
  public static final String SEN_SUPPORT = "SEN support";
  /** Covariate name: eligible for free school meals. */
  public static final String FSM = "FSM";
  /** Covariate name: IDACI score. */
  public static final String IDACI = "IDACI";
  /** Covariate name: English as an additional language. */
  public static final String EAL = "EAL";
  /** Covariate name: looked after. */
  public static final String LOOKED_AFTER = "looked after";
  /** Covariate name: months younger than a September-born pupil. */
  public static final String AGE = "months younger than oldest in year";

  /** Every covariate, in model order. */
  public static final ImmutableList<String> COVARIATES =
      ImmutableList.of(CONSTANT, KS2, KS2_SQUARED, EHC_PLAN, SEN_SUPPORT, FSM, IDACI, EAL, LOOKED_AFTER, AGE);

  /** The calculator with the shipped parameters. */
  public static final ContextualValueAddedCalculator DEFAULT = of(AccountabilityParameters.DEFAULT);

  static final SourceReference CRITIQUE = SourceReference.of(
      "Leckie, G. and Goldstein, H. (2017) The evolution of school league tables in England 1992-2016: "
          + "'contextual value-added', 'expected progress' and 'progress 8', British Educational Research Journal 43(2)",
      "https://doi.org/10.1002/berj.3264");

  private static final double KS2_CENTRE = 100;

  private final AccountabilityParameters parameters;

  private ContextualValueAddedCalculator(AccountabilityParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * A calculator using some parameters (the confidence z-value and the Progress 8 divisor).
   *
   * @param parameters the parameters
   * @return the calculator
   */
  public static ContextualValueAddedCalculator of(AccountabilityParameters parameters) {
    return new ContextualValueAddedCalculator(parameters);
  }

  /**
   * The covariate values of a pupil with KS2 scores, in {@link #COVARIATES} order.
   *
   * @param p the pupil
   * @return the row of the design matrix
   * @throws java.util.NoSuchElementException if the pupil has no KS2 scores
   */
  public static double[] covariates(KeyStage4Pupil p) {
    double k = p.ks2AverageScore().orElseThrow() - KS2_CENTRE;
    return new double[] {1, k, k * k,
        p.senProvision() == SenProvision.EHC_PLAN ? 1 : 0, p.senProvision() == SenProvision.SEN_SUPPORT ? 1 : 0,
        p.freeSchoolMeals() ? 1 : 0, p.idaci(), p.englishAdditionalLanguage() ? 1 : 0, p.lookedAfter() ? 1 : 0,
        p.monthsYoungerThanOldest()};
  }

  /**
   * Fits the model to a cohort and estimates every school's CVA.
   *
   * @param cohort the cohort
   * @return the result
   * @throws IllegalArgumentException if too few pupils have KS2 scores or covariates are collinear
   */
  public CvaResult calculate(Cohort cohort) {
    return fit(cohort, p -> true, "all schools");
  }

  /**
   * Fits separate models for special schools and for all other schools, as DfE's 2006-2010 CVA did:
   * each sector gets its own coefficients, variance components and shrunken school estimates.
   *
   * @param cohort the cohort
   * @return a result for each sector that has pupils with a result, special schools first
   * @throws IllegalArgumentException naming the sector if it has too few pupils with KS2 scores for
   *     the model or its covariates are collinear
   */
  public ImmutableMap<CvaSector, CvaResult> calculateBySector(Cohort cohort) {
    ImmutableMap.Builder<CvaSector, CvaResult> out = ImmutableMap.builder();
    for (CvaSector sector : CvaSector.values()) {
      boolean any = cohort.pupils().stream()
          .anyMatch(p -> p.attainment8().isPresent() && sector.includes(cohort.school(p.schoolUrn())));
      if (any) {
        try {
          out.put(sector, fit(cohort, p -> sector.includes(cohort.school(p.schoolUrn())), sector.displayName()));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(sector.displayName() + ": " + e.getMessage(), e);
        }
      }
    }
    return out.build();
  }

  private CvaResult fit(Cohort cohort, Predicate<KeyStage4Pupil> inScope, String scope) {
    AccountabilityParameter z = parameters.get(AccountabilityParameters.CONFIDENCE_Z);
    AccountabilityParameter divisor = parameters.get(AccountabilityParameters.SCORE_DIVISOR);
    List<KeyStage4Pupil> in = new ArrayList<>();
    int withoutKs2 = 0;
    for (KeyStage4Pupil p : cohort.pupils()) {
      if (p.attainment8().isEmpty() || !inScope.test(p)) {
        continue;
      }
      if (p.ks2AverageScore().isEmpty()) {
        withoutKs2++;
      } else {
        in.add(p);
      }
    }
    double[][] full = new double[in.size()][];
    double[] y = new double[in.size()];
    for (int i = 0; i < in.size(); i++) {
      full[i] = covariates(in.get(i));
      y[i] = in.get(i).attainment8().get();
    }
    // Keep the constant, prior attainment and every covariate that varies across pupils. SEN provision
    // is one three-level category coded by two indicators against "no SEN"; when no pupil in scope is
    // without SEN (a special-school model) the indicators sum to one, so SEN support is dropped and
    // becomes the reference level that the EHC plan coefficient is measured against.
    boolean anyWithoutSen = in.stream().anyMatch(p -> !p.senProvision().hasSen());
    int senSupportColumn = COVARIATES.indexOf(SEN_SUPPORT);
    List<Integer> kept = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (int j = 0; j < COVARIATES.size(); j++) {
      boolean varies = false;
      for (int i = 1; i < full.length && !varies; i++) {
        varies = full[i][j] != full[0][j];
      }
      if (j == senSupportColumn && !anyWithoutSen) {
        varies = false;
      }
      if (j == 0 || varies) {
        kept.add(j);
      } else {
        dropped.add(COVARIATES.get(j));
      }
    }
    double[][] x = new double[in.size()][kept.size()];
    for (int i = 0; i < in.size(); i++) {
      for (int c = 0; c < kept.size(); c++) {
        x[i][c] = full[i][kept.get(c)];
      }
    }
    List<String> names = kept.stream().map(COVARIATES::get).toList();
    LinearFit fit = LeastSquares.fit(names, x, y);

    Map<Integer, List<Double>> residualsBySchool = new TreeMap<>();
    for (int i = 0; i < in.size(); i++) {
      residualsBySchool.computeIfAbsent(in.get(i).schoolUrn(), u -> new ArrayList<>()).add(fit.residuals().get(i));
    }
    // Variance components by the method of moments.
    double within = 0;
    int dfWithin = 0;
    double[] means = new double[residualsBySchool.size()];
    double samplingVariance = 0;
    int s = 0;
    for (List<Double> r : residualsBySchool.values()) {
      double m = r.stream().mapToDouble(Double::doubleValue).sum() / r.size();
      means[s++] = m;
      for (double e : r) {
        within += (e - m) * (e - m);
      }
      dfWithin += r.size() - 1;
    }
    double sigma2 = dfWithin > 0 ? within / dfWithin : fit.residualVariance();
    double grand = 0;
    for (double m : means) {
      grand += m;
    }
    grand /= Math.max(means.length, 1);
    double between = 0;
    for (double m : means) {
      between += (m - grand) * (m - grand);
    }
    between = means.length > 1 ? between / (means.length - 1) : 0;
    for (List<Double> r : residualsBySchool.values()) {
      samplingVariance += sigma2 / r.size();
    }
    samplingVariance /= Math.max(means.length, 1);
    double tau2 = Math.max(0, between - samplingVariance);

    ImmutableSortedMap.Builder<Integer, SchoolCva> schools = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<Integer, List<Double>> e : residualsBySchool.entrySet()) {
      int n = e.getValue().size();
      double mean = e.getValue().stream().mapToDouble(Double::doubleValue).sum() / n;
      double lambda = tau2 / (tau2 + sigma2 / n);
      double shrunk = lambda * mean / divisor.value();
      double half = z.value() * Math.sqrt(lambda * sigma2 / n) / divisor.value();
      Explanation explanation = Explanation.builder()
          .rule("School CVA = shrinkage * mean(actual - predicted Attainment 8) / 10; shrinkage = tau^2 / (tau^2 + sigma^2 / n)")
          .source(CRITIQUE)
          .result(String.format("%+.2f", shrunk))
          .putInputs("school", Integer.toString(e.getKey()))
          .putInputs("pupils in model (n)", Integer.toString(n))
          .putInputs("mean residual (A8 points)", String.format("%+.3f", mean))
          .putInputs("between-school variance tau^2", String.format("%.3f", tau2))
          .putInputs("within-school variance sigma^2", String.format("%.3f", sigma2))
          .putInputs("shrinkage", String.format("%.4f", lambda))
          .putInputs("95% interval", String.format("%+.2f to %+.2f", shrunk - half, shrunk + half))
          .addParameters(z.use(), divisor.use())
          .build();
      schools.put(e.getKey(), SchoolCva.builder()
          .urn(e.getKey()).pupils(n).meanResidual(mean).shrinkageFactor(lambda).score(shrunk)
          .lowerBound(shrunk - half).upperBound(shrunk + half).explanation(explanation).build());
    }
    List<CvaCoefficient> coefficients = new ArrayList<>();
    Explanation.Builder model = Explanation.builder()
        .rule("Contextual value added: OLS (Householder QR) of Attainment 8 on prior attainment and pupil characteristics")
        .source(CRITIQUE)
        .result(in.size() + " pupils, " + residualsBySchool.size() + " schools")
        .putInputs("schools modelled", scope)
        .putInputs("pupils without KS2 scaled scores (excluded)", Integer.toString(withoutKs2))
        .putInputs("dropped covariates (no variation)", dropped.toString())
        .putInputs("SEN reference level", anyWithoutSen ? "no SEN" : "SEN support (no pupil without SEN)")
        .putInputs("R diagonal ratio (conditioning)", String.format("%.3g", fit.diagonalRatio()));
    for (int c = 0; c < names.size(); c++) {
      CvaCoefficient coefficient = CvaCoefficient.of(names.get(c), fit.coefficients().get(c), fit.standardErrors().get(c));
      coefficients.add(coefficient);
      model.putInputs("coefficient " + names.get(c), String.format("%+.4f (SE %.4f)", coefficient.estimate(), coefficient.standardError()));
    }
    return CvaResult.builder()
        .coefficients(coefficients)
        .droppedCovariates(dropped)
        .pupils(in.size())
        .pupilsWithoutKs2Scores(withoutKs2)
        .residualVariance(sigma2)
        .betweenSchoolVariance(tau2)
        .schools(schools.build())
        .explanation(model.build())
        .build();
  }
}
