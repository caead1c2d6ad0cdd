package org.sendfunding.accountability.senprogress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sendfunding.accountability.testing.TestCohorts.SCHOOL_A;
import static org.sendfunding.accountability.testing.TestCohorts.SCHOOL_B;
import static org.sendfunding.accountability.testing.TestCohorts.base;
import static org.sendfunding.accountability.testing.TestCohorts.pupil;
import static org.sendfunding.accountability.testing.TestCohorts.schools;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.accountability.cohort.IllustrativeCohort;
import org.sendfunding.accountability.comparison.ComparisonCalculator;
import org.sendfunding.accountability.progress8.Attainment8Estimates;
import org.sendfunding.accountability.progress8.GroupEstimate;
import org.sendfunding.accountability.progress8.Progress8Calculator;
import org.sendfunding.accountability.progress8.Progress8Result;
import org.sendfunding.accountability.testing.TestCohorts;
import org.sendfunding.accountability.timeonroll.TimeOnRollCalculator;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.SenProvision;

class SenProgress8CalculatorTest {

  /**
   * Group 1 estimated at 40 (SD 10, floor -2.3). School A: no-SEN pupils 50 and 40 (+1.0, 0.0), an EHCP
   * pupil 0 (-4.0, capped -2.3), a SEN-support pupil 30 (-1.0). Capped mean (1 + 0 - 2.3 - 1) / 4 = -0.575;
   * EHC plan contributes 1/4 * -2.3 = -0.575, SEN support -0.25, no SEN +0.25. A pupil who left without
   * a known destination and one without KS2 are counted, not scored.
   */
  @Test
  void school_score_is_the_sum_of_its_provisions_contributions() {
    Cohort cohort = Cohort.of(schools(), List.of(
        pupil("A1", SCHOOL_A, 1, 50).build(),
        pupil("A2", SCHOOL_A, 1, 40).build(),
        TestCohorts.withEhcp(pupil("A3", SCHOOL_A, 1, 0), NeedType.ASD).build(),
        pupil("A4", SCHOOL_A, 1, 30).senProvision(SenProvision.SEN_SUPPORT).primaryNeed(NeedType.SPLD).build(),
        base("A5", SCHOOL_A).attainment8(20.0).putTermsOnRoll(SCHOOL_A, 6).build(),
        base("A6", SCHOOL_A).priorAttainmentGroup(1).leftWithoutKnownDestination(true).putTermsOnRoll(SCHOOL_A, 2).build(),
        pupil("B1", SCHOOL_B, 1, 40).build()));
    Attainment8Estimates e = Attainment8Estimates.of("test", List.of(GroupEstimate.of(1, 40, 10, 1000)));
    Progress8Result p8 = Progress8Calculator.DEFAULT.calculate(cohort, e);
    SenProgress8Report r = SenProgress8Calculator.DEFAULT.calculate(cohort, p8, TimeOnRollCalculator.DEFAULT.calculate(cohort, p8));
    SchoolSenProgress8 a = r.school(SCHOOL_A);
    assertThat(a.score()).isCloseTo(-0.575, within(1e-9));
    assertThat(a.uncappedScore()).isCloseTo(-1.0, within(1e-9));
    assertThat(a.byProvision().get(SenProvision.EHC_PLAN).contribution()).isCloseTo(-0.575, within(1e-9));
    assertThat(a.byProvision().get(SenProvision.EHC_PLAN).uncappedContribution()).isCloseTo(-1.0, within(1e-9));
    assertThat(a.byProvision().get(SenProvision.SEN_SUPPORT).contribution()).isCloseTo(-0.25, within(1e-9));
    assertThat(a.byProvision().get(SenProvision.NO_SEN).contribution()).isCloseTo(0.25, within(1e-9));
    assertThat(a.senContribution()).isCloseTo(-0.825, within(1e-9));
    assertThat(a.leftWithoutKnownDestination()).isEqualTo(1);
    assertThat(a.pupilsWithoutPriorAttainment()).isEqualTo(1);
    assertThat(a.byProvision().get(SenProvision.EHC_PLAN).pupilsCapped()).isEqualTo(1);
    // Cohort: five scored pupils; EHC plan -2.3 capped, -4.0 uncapped.
    assertThat(r.cohort().get(SenProvision.EHC_PLAN).score()).isCloseTo(-2.3, within(1e-9));
    assertThat(r.cohort().get(SenProvision.NO_SEN).pupils()).isEqualTo(3);
    assertThat(a.toText()).contains("100001 School A: P8 -0.58 (uncapped -1.00), 4 pupils scored")
        .contains("pupils with SEN make -0.83 of the score")
        .contains("left without a known destination 1; SEN leaving gap -25.0 pts; excluded without prior attainment 1");
    // Ever on roll: 2 pupils with SEN, both still there; 4 without, 1 of whom left: 0% - 25% = -25 points.
    assertThat(a.senLeavingGap()).hasValueSatisfying(g -> assertThat(g).isCloseTo(-0.25, within(1e-12)));
    assertThat(r.cohortText()).contains("  EHC plan                  1").contains("mainstream capped");
  }

  /** On illustrative cohorts: every school's contributions add up to its score and its shares to 1. */
  @Test
  void contributions_add_up_to_each_school_s_score() {
    qt().withExamples(5).forAll(longs().all()).checkAssert(seed -> {
      Cohort cohort = IllustrativeCohort.generate(seed, 12, 800);
      SenProgress8Report r = SenProgress8Calculator.DEFAULT.calculate(cohort, ComparisonCalculator.DEFAULT.compare(cohort));
      for (SchoolSenProgress8 s : r.schools().values()) {
        double sum = s.byProvision().values().stream().mapToDouble(ProvisionProgress8::contribution).sum();
        double uncapped = s.byProvision().values().stream().mapToDouble(ProvisionProgress8::uncappedContribution).sum();
        double shares = s.byProvision().values().stream().mapToDouble(ProvisionProgress8::share).sum();
        int pupils = s.byProvision().values().stream().mapToInt(ProvisionProgress8::pupils).sum();
        assertThat(sum).isCloseTo(s.score(), within(1e-9));
        assertThat(uncapped).isCloseTo(s.uncappedScore(), within(1e-9));
        assertThat(shares).isCloseTo(1.0, within(1e-12));
        assertThat(pupils).isEqualTo(s.pupils());
      }
    });
  }
}
