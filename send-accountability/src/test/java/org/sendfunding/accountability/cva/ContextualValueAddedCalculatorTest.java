package org.sendfunding.accountability.cva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.accountability.cohort.IllustrativeCohort;
import org.sendfunding.accountability.cohort.KeyStage4Pupil;
import org.sendfunding.accountability.testing.TestCohorts;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.SenProvision;

class ContextualValueAddedCalculatorTest {

  private static final double[] TRUE = IllustrativeCohort.TRUE_COEFFICIENTS;

  /** Pupils whose Attainment 8 is exactly TRUE . covariates + noise (no clipping, no school effect). */
  private static Cohort synthetic(long seed, int n, double noise) {
    return synthetic(seed, n, noise, TRUE);
  }

  /** As above, but pupils at the special school follow {@code special} coefficients. */
  private static Cohort synthetic(long seed, int n, double noise, double[] special) {
    Random r = new Random(seed);
    List<KeyStage4Pupil> pupils = new ArrayList<>();
    int[] urns = {TestCohorts.SCHOOL_A, TestCohorts.SCHOOL_B, TestCohorts.SPECIAL};
    for (int i = 0; i < n; i++) {
      // KS2 92 to 111 and a shift of 12 keep Attainment 8 inside 0 to 90 without clipping, which would bias the fit.
      double reading = 92 + r.nextInt(20);
      double maths = 92 + r.nextInt(20);
      double u = r.nextDouble();
      SenProvision sp = u < 0.1 ? SenProvision.EHC_PLAN : u < 0.3 ? SenProvision.SEN_SUPPORT : SenProvision.NO_SEN;
      int urn = urns[r.nextInt(3)];
      KeyStage4Pupil.Builder b = TestCohorts.base(String.format("S%05d", i), urn)
          .ks2ReadingScore(reading).ks2MathsScore(maths).senProvision(sp)
          .freeSchoolMeals(r.nextDouble() < 0.3).idaci(r.nextDouble()).englishAdditionalLanguage(r.nextDouble() < 0.2)
          .lookedAfter(r.nextDouble() < 0.05).monthOfBirth(1 + r.nextInt(12)).putTermsOnRoll(urn, 6)
          .attainment8(45.0); // replaced below once the covariates are known
      if (sp.hasSen()) {
        b.primaryNeed(NeedType.MLD);
      }
      KeyStage4Pupil draft = b.build();
      double[] x = ContextualValueAddedCalculator.covariates(draft);
      double a8 = noise * r.nextGaussian();
      double[] coefficients = urn == TestCohorts.SPECIAL ? special : TRUE;
      for (int j = 0; j < x.length; j++) {
        a8 += coefficients[j] * x[j];
      }
      pupils.add(b.attainment8(a8 + 12).build());
    }
    return Cohort.of(TestCohorts.schools(), pupils);
  }

  @Test
  void recovers_known_coefficients_exactly_without_noise() {
    CvaResult cva = ContextualValueAddedCalculator.DEFAULT.calculate(synthetic(1, 300, 0));
    assertThat(cva.coefficient(ContextualValueAddedCalculator.CONSTANT).estimate()).isCloseTo(TRUE[0] + 12, within(1e-8));
    for (int j = 1; j < TRUE.length; j++) {
      assertThat(cva.coefficients().get(j).estimate())
          .as(cva.coefficients().get(j).covariate()).isCloseTo(TRUE[j], within(1e-8));
    }
    assertThat(cva.droppedCovariates()).isEmpty();
  }

  @Test
  void recovers_known_coefficients_within_their_standard_errors() {
    qt().withExamples(5).forAll(longs().all()).checkAssert(seed -> {
      CvaResult cva = ContextualValueAddedCalculator.DEFAULT.calculate(synthetic(seed, 3000, 2));
      for (int j = 1; j < TRUE.length; j++) {
        CvaCoefficient c = cva.coefficients().get(j);
        // 5 standard errors: a false failure has probability about 6e-7 per coefficient.
        assertThat(c.estimate()).as(c.toString()).isCloseTo(TRUE[j], within(5 * c.standardError()));
      }
      assertThat(cva.residualVariance()).isCloseTo(4, within(0.5));
    });
  }

  /** Special-school pupils follow a different model (constant +4, FSM -1): fitted apart, both are exact. */
  @Test
  void separate_sector_models_recover_each_sectors_coefficients() {
    double[] special = TRUE.clone();
    special[0] += 4;
    special[5] = -1;
    Cohort cohort = synthetic(9, 900, 0, special);
    ImmutableMap<CvaSector, CvaResult> bySector = ContextualValueAddedCalculator.DEFAULT.calculateBySector(cohort);
    assertThat(bySector.keySet()).containsExactly(CvaSector.SPECIAL_SCHOOLS, CvaSector.OTHER_SCHOOLS);
    assertThat(bySector.get(CvaSector.SPECIAL_SCHOOLS).coefficient(ContextualValueAddedCalculator.FSM).estimate())
        .isCloseTo(-1, within(1e-8));
    assertThat(bySector.get(CvaSector.OTHER_SCHOOLS).coefficient(ContextualValueAddedCalculator.FSM).estimate())
        .isCloseTo(TRUE[5], within(1e-8));
    assertThat(bySector.get(CvaSector.SPECIAL_SCHOOLS).schools().keySet()).containsExactly(TestCohorts.SPECIAL);
    assertThat(bySector.get(CvaSector.SPECIAL_SCHOOLS).explanation().toText()).contains("schools modelled: special schools");
    // One pooled model cannot fit both exactly.
    double pooled = ContextualValueAddedCalculator.DEFAULT.calculate(cohort).coefficient(ContextualValueAddedCalculator.FSM).estimate();
    assertThat(Math.abs(pooled - TRUE[5])).isGreaterThan(0.1);
  }

  /** In special schools every pupil has SEN: SEN support becomes the reference level, not an error. */
  @Test
  void special_school_model_on_the_illustrative_cohort_uses_sen_support_as_reference() {
    ImmutableMap<CvaSector, CvaResult> bySector =
        ContextualValueAddedCalculator.DEFAULT.calculateBySector(IllustrativeCohort.generate(2026));
    CvaResult special = bySector.get(CvaSector.SPECIAL_SCHOOLS);
    assertThat(special.droppedCovariates()).contains(ContextualValueAddedCalculator.SEN_SUPPORT);
    assertThat(special.schools()).hasSize(6);
    assertThat(special.explanation().toText()).contains("SEN reference level: SEN support (no pupil without SEN)");
    assertThat(bySector.get(CvaSector.OTHER_SCHOOLS).droppedCovariates()).isEmpty();
    assertThat(bySector.get(CvaSector.OTHER_SCHOOLS).schools()).hasSize(54);
  }

  @Test
  void a_sector_too_small_for_the_model_is_named() {
    List<KeyStage4Pupil> pupils = new ArrayList<>(synthetic(4, 200, 1).pupils().stream()
        .filter(p -> p.schoolUrn() != TestCohorts.SPECIAL).toList());
    pupils.add(TestCohorts.base("X", TestCohorts.SPECIAL).ks2ReadingScore(90.0).ks2MathsScore(90.0).attainment8(10.0)
        .putTermsOnRoll(TestCohorts.SPECIAL, 6).build());
    pupils.add(TestCohorts.base("Y", TestCohorts.SPECIAL).ks2ReadingScore(95.0).ks2MathsScore(93.0).attainment8(12.0)
        .putTermsOnRoll(TestCohorts.SPECIAL, 6).build());
    Cohort cohort = Cohort.of(TestCohorts.schools(), pupils);
    assertThatThrownBy(() -> ContextualValueAddedCalculator.DEFAULT.calculateBySector(cohort))
        .hasMessageStartingWith("special schools: LeastSquares: 2 observations cannot fit 3 coefficients");
  }

  @Test
  void shrinkage_is_between_zero_and_one_and_larger_for_bigger_schools() {
    Cohort cohort = IllustrativeCohort.generate(2026, 12, 1500);
    CvaResult cva = ContextualValueAddedCalculator.DEFAULT.calculate(cohort);
    assertThat(cva.betweenSchoolVariance()).isPositive();
    for (SchoolCva s : cva.schools().values()) {
      assertThat(s.shrinkageFactor()).isBetween(0.0, 1.0);
      assertThat(Math.abs(s.score())).isLessThanOrEqualTo(Math.abs(s.meanResidual() / 10) + 1e-12);
      assertThat(s.lowerBound()).isLessThan(s.score());
      assertThat(s.explanation().toText()).contains("pupils in model (n): " + s.pupils());
    }
    SchoolCva small = cva.schools().values().stream().min((a, b) -> Integer.compare(a.pupils(), b.pupils())).orElseThrow();
    SchoolCva large = cva.schools().values().stream().max((a, b) -> Integer.compare(a.pupils(), b.pupils())).orElseThrow();
    assertThat(small.shrinkageFactor()).isLessThan(large.shrinkageFactor());
  }

  @Test
  void covariate_without_variation_is_dropped_and_listed() {
    List<KeyStage4Pupil> pupils = new ArrayList<>();
    for (KeyStage4Pupil p : synthetic(3, 200, 1).pupils()) {
      pupils.add(KeyStage4Pupil.builder().from(p).lookedAfter(false).build());
    }
    CvaResult cva = ContextualValueAddedCalculator.DEFAULT.calculate(Cohort.of(TestCohorts.schools(), pupils));
    assertThat(cva.droppedCovariates()).containsExactly(ContextualValueAddedCalculator.LOOKED_AFTER);
    assertThat(cva.coefficients()).hasSize(9);
    assertThat(cva.explanation().toText()).contains("dropped covariates (no variation): [looked after]");
  }
}
