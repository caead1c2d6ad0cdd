package org.sendfunding.accountability.timeonroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sendfunding.accountability.testing.TestCohorts.SCHOOL_A;
import static org.sendfunding.accountability.testing.TestCohorts.SCHOOL_B;
import static org.sendfunding.accountability.testing.TestCohorts.SPECIAL;
import static org.sendfunding.accountability.testing.TestCohorts.base;
import static org.sendfunding.accountability.testing.TestCohorts.pupil;
import static org.sendfunding.accountability.testing.TestCohorts.schools;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.accountability.cohort.IllustrativeCohort;
import org.sendfunding.accountability.cohort.KeyStage4Pupil;
import org.sendfunding.accountability.progress8.Attainment8Estimates;
import org.sendfunding.accountability.progress8.GroupEstimate;
import org.sendfunding.accountability.progress8.Progress8Calculator;
import org.sendfunding.accountability.progress8.Progress8Result;

class TimeOnRollCalculatorTest {

  /**
   * Estimate 40 for group 1 (SD 100, so no cap): A1 45 -> +0.5, A2 39 -> -0.1, M 20 -> -2.0.
   * M spent 2 terms at A and 4 at B. School A = (0.5 - 0.1 - 2.0 * 1/3) / (1 + 1 + 1/3) = -0.26667 / 2.33333
   * = -0.1143 (DfE: (0.5 - 0.1) / 2 = +0.20). School B = (-2.0 * 2/3) / (2/3) = -2.0.
   */
  @Test
  void shares_a_movers_score_by_terms_on_roll() {
    Cohort cohort = Cohort.of(schools(), List.of(
        pupil("A1", SCHOOL_A, 1, 45).build(),
        pupil("A2", SCHOOL_A, 1, 39).build(),
        base("M", SCHOOL_B).priorAttainmentGroup(1).attainment8(20.0).putTermsOnRoll(SCHOOL_A, 2).putTermsOnRoll(SCHOOL_B, 4).build()));
    Progress8Result p8 = Progress8Calculator.DEFAULT.calculate(cohort,
        Attainment8Estimates.of("test", List.of(GroupEstimate.of(1, 40, 100, 1000))));
    TimeOnRollResult r = TimeOnRollCalculator.DEFAULT.calculate(cohort, p8);

    assertThat(p8.school(SCHOOL_A).score()).isCloseTo(0.20, within(1e-12));
    assertThat(r.pupilWeights().get("M")).isEqualTo(Map.of(SCHOOL_A, 1.0 / 3, SCHOOL_B, 2.0 / 3));
    assertThat(r.school(SCHOOL_A).score()).isCloseTo(-0.1143, within(1e-4));
    assertThat(r.school(SCHOOL_A).weightedPupils()).isCloseTo(7.0 / 3, within(1e-12));
    assertThat(r.school(SCHOOL_A).pupils()).isEqualTo(3);
    assertThat(r.school(SCHOOL_B).score()).isCloseTo(-2.0, within(1e-12));
    assertThat(r.school(SCHOOL_A).explanation().toText())
        .contains("= -0.11").contains("timeonroll.termsInKeyStage4 = 6 terms");
  }

  @Test
  void rejects_a_pupil_with_more_terms_than_the_key_stage() {
    KeyStage4Pupil p = base("X", SCHOOL_A).priorAttainmentGroup(1).attainment8(20.0)
        .putTermsOnRoll(SCHOOL_A, 5).putTermsOnRoll(SPECIAL, 3).build();
    assertThatThrownBy(() -> TimeOnRollWeights.of(p, 6))
        .hasMessage("TimeOnRollWeights: pupil X has 8 terms on roll, more than the 6 terms of key stage 4");
  }

  @Test
  void weights_sum_to_one_for_every_pupil() {
    qt().withExamples(200)
        .forAll(integers().between(1, 3), integers().between(1, 3), integers().between(0, 2))
        .checkAssert((a, b, c) -> {
          KeyStage4Pupil.Builder builder = base("P", SCHOOL_A).priorAttainmentGroup(1).attainment8(30.0)
              .putTermsOnRoll(SCHOOL_A, a).putTermsOnRoll(SCHOOL_B, b);
          if (c > 0) {
            builder.putTermsOnRoll(SPECIAL, c);
          }
          Map<Integer, Double> w = TimeOnRollWeights.of(builder.build(), 6 + 3);
          assertThat(w.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
          assertThat(w.get(SCHOOL_A) / w.get(SCHOOL_B)).isCloseTo((double) a / b, within(1e-12));
        });
  }

  @Test
  void every_result_counts_once_across_schools() {
    qt().withExamples(10).forAll(longs().all()).checkAssert(seed -> {
      Cohort cohort = IllustrativeCohort.generate(seed, 12, 900);
      Progress8Result p8 = Progress8Calculator.DEFAULT.calculate(cohort);
      TimeOnRollResult r = TimeOnRollCalculator.DEFAULT.calculate(cohort, p8);
      for (Map<Integer, Double> w : r.pupilWeights().values()) {
        assertThat(w.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
      }
      double totalWeight = r.schools().values().stream().mapToDouble(SchoolTimeOnRollProgress8::weightedPupils).sum();
      double weightedScores = r.schools().values().stream().mapToDouble(s -> s.score() * s.weightedPupils()).sum();
      double scores = p8.pupils().stream().mapToDouble(p -> p.cappedScore()).sum();
      assertThat(totalWeight).isCloseTo(p8.pupils().size(), within(1e-6));
      assertThat(weightedScores).isCloseTo(scores, within(1e-6));
    });
  }
}
