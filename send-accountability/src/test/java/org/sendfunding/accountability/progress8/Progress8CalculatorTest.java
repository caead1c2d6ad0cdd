package org.sendfunding.accountability.progress8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sendfunding.accountability.testing.TestCohorts.SCHOOL_A;
import static org.sendfunding.accountability.testing.TestCohorts.SCHOOL_B;
import static org.sendfunding.accountability.testing.TestCohorts.base;
import static org.sendfunding.accountability.testing.TestCohorts.pupil;
import static org.sendfunding.accountability.testing.TestCohorts.schools;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.accountability.cohort.IllustrativeCohort;
import org.sendfunding.accountability.cohort.KeyStage4Pupil;
import org.sendfunding.accountability.parameters.AccountabilityParameters;
import org.sendfunding.accountability.testing.TestCohorts;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.SenProvision;

class Progress8CalculatorTest {

  /**
   * Two schools, two prior-attainment groups, method of DfE's secondary accountability guide (Feb 2020),
   * Annex A, with estimates computed from the cohort.
   *
   * <pre>
   * group 1: A1 20, A2 30, B1 40 -> estimate 30, SD sqrt((100+0+100)/3) = 8.1650
   * group 2: A3 50, B2 60, B3 70 -> estimate 60, SD 8.1650
   * pupil scores: A1 (20-30)/10 = -1.0, A2 0.0, B1 +1.0, A3 -1.0, B2 0.0, B3 +1.0
   * floors: -2.3 * 8.1650 / 10 = -1.8779 in both groups: nobody capped
   * school A = (-1 + 0 - 1)/3 = -0.6667; school B = (1 + 0 + 1)/3 = +0.6667
   * sigma over the six scores = sqrt(4/6) = 0.8165; half-width = 1.96 * 0.8165 / sqrt(3) = 0.9240
   * A: -1.5907 to +0.2573
   * A4 has no KS2 result: excluded and counted; B5 left without a known destination: not in P8.
   * </pre>
   */
  @Test
  void hand_computed_progress_8_on_a_small_cohort() {
    List<KeyStage4Pupil> pupils = List.of(
        pupil("A1", SCHOOL_A, 1, 20).build(),
        pupil("A2", SCHOOL_A, 1, 30).build(),
        pupil("B1", SCHOOL_B, 1, 40).build(),
        pupil("A3", SCHOOL_A, 2, 50).build(),
        pupil("B2", SCHOOL_B, 2, 60).build(),
        pupil("B3", SCHOOL_B, 2, 70).build(),
        base("A4", SCHOOL_A).attainment8(35.0).putTermsOnRoll(SCHOOL_A, 6).build(),
        base("B5", SCHOOL_B).priorAttainmentGroup(1).leftWithoutKnownDestination(true).putTermsOnRoll(SCHOOL_B, 3).build());
    Progress8Result r = Progress8Calculator.DEFAULT.calculate(Cohort.of(schools(), pupils));

    assertThat(r.estimates().estimate(1).meanAttainment8()).isEqualTo(30.0);
    assertThat(r.estimates().estimate(2).meanAttainment8()).isEqualTo(60.0);
    assertThat(r.estimates().estimate(1).standardDeviation()).isCloseTo(8.1650, within(1e-4));
    assertThat(r.floors().get(1)).isCloseTo(-1.8779, within(1e-4));
    assertThat(r.pupils()).extracting(PupilProgress8::pupilId).containsExactly("A1", "A2", "A3", "B1", "B2", "B3");
    assertThat(r.pupils()).extracting(PupilProgress8::score).containsExactly(-1.0, 0.0, -1.0, 1.0, 0.0, 1.0);
    assertThat(r.pupilsCapped()).isZero();
    assertThat(r.pupilsWithoutPriorAttainment()).isEqualTo(1);

    SchoolProgress8 a = r.school(SCHOOL_A);
    assertThat(a.score()).isCloseTo(-0.6667, within(1e-4));
    assertThat(a.pupils()).isEqualTo(3);
    assertThat(a.pupilsWithoutPriorAttainment()).isEqualTo(1);
    assertThat(r.pupilStandardDeviation()).isCloseTo(0.8165, within(1e-4));
    assertThat(a.lowerBound()).isCloseTo(-1.5907, within(1e-4));
    assertThat(a.upperBound()).isCloseTo(0.2573, within(1e-4));
    assertThat(a.isSignificantlyBelowAverage()).isFalse();
    assertThat(r.school(SCHOOL_B).score()).isCloseTo(0.6667, within(1e-4));
    assertThat(r.school(SCHOOL_B).pupils()).isEqualTo(3);
    assertThat(a.explanation().toText())
        .contains("School Progress 8 = mean of its pupils' capped Progress 8 scores = -0.67")
        .contains("pupils without prior attainment (excluded): 1")
        .contains("progress8.cap.sdMultiple = 2.3 standard deviations")
        .contains("95% confidence interval = score +/- z * sigma / sqrt(pupils) = -1.59 to +0.26");
  }

  /**
   * 99 pupils score 50 and one scores 0 in the same group: estimate 49.5,
   * SD = sqrt((99 * 0.5^2 + 49.5^2) / 100) = sqrt(24.75) = 4.9749, floor = -2.3 * 0.49749 = -1.1442.
   * The pupil with 0 scores (0 - 49.5)/10 = -4.95 and is capped at -1.1442; the others score +0.05.
   */
  @Test
  void cap_raises_only_the_pupil_below_the_floor() {
    List<KeyStage4Pupil> pupils = new ArrayList<>();
    for (int i = 0; i < 99; i++) {
      pupils.add(pupil(String.format("A%03d", i), SCHOOL_A, 5, 50).build());
    }
    pupils.add(pupil("Z", SCHOOL_B, 5, 0).build());
    Progress8Result r = Progress8Calculator.DEFAULT.calculate(Cohort.of(schools(), pupils));

    assertThat(r.floors().get(5)).isCloseTo(-1.1442, within(1e-4));
    assertThat(r.pupils()).filteredOn(PupilProgress8::isCapped).extracting(PupilProgress8::pupilId).containsExactly("Z");
    PupilProgress8 z = r.pupils().get(99);
    assertThat(z.score()).isCloseTo(-4.95, within(1e-9));
    assertThat(z.cappedScore()).isCloseTo(-1.1442, within(1e-4));
    assertThat(r.school(SCHOOL_B).score()).isCloseTo(-1.1442, within(1e-4));
    assertThat(r.school(SCHOOL_B).uncappedScore()).isCloseTo(-4.95, within(1e-9));
    assertThat(r.school(SCHOOL_A).score()).isCloseTo(0.05, within(1e-9));

    // A cap 10 SD below the mean reaches nobody.
    Progress8Result loose = Progress8Calculator.of(AccountabilityParameters.DEFAULT
        .withValue(AccountabilityParameters.CAP_SD_MULTIPLE, 10, "test")).calculate(Cohort.of(schools(), pupils));
    assertThat(loose.pupilsCapped()).isZero();
    assertThat(loose.school(SCHOOL_B).score()).isCloseTo(-4.95, within(1e-9));
  }

  /** Invariants on seeded illustrative cohorts with random cap multiples. */
  @Test
  void cap_raises_exactly_the_scores_below_each_floor_and_groups_average_zero() {
    qt().withExamples(15).forAll(longs().all(), doubles().between(1.0, 3.5)).checkAssert((seed, k) -> {
      Cohort cohort = IllustrativeCohort.generate(seed, 12, 800);
      Progress8Result r = Progress8Calculator.of(AccountabilityParameters.DEFAULT
          .withValue(AccountabilityParameters.CAP_SD_MULTIPLE, k, "property")).calculate(cohort);
      Map<Integer, double[]> byGroup = new TreeMap<>();
      for (PupilProgress8 p : r.pupils()) {
        double floor = r.floors().get(p.group());
        assertThat(p.isCapped()).isEqualTo(p.score() < floor);
        assertThat(p.cappedScore()).isEqualTo(Math.max(p.score(), floor));
        if (cohort.school(p.schoolUrn()).type().isMainstream()) {
          byGroup.computeIfAbsent(p.group(), g -> new double[2])[0] += p.score();
          byGroup.get(p.group())[1]++;
        }
      }
      // With estimates from the cohort's mainstream pupils, their mean uncapped score is zero in each group.
      byGroup.values().forEach(v -> assertThat(v[0] / v[1]).isCloseTo(0.0, within(1e-9)));
      for (SchoolProgress8 s : r.schools().values()) {
        double mean = r.pupils().stream().filter(p -> p.schoolUrn() == s.urn())
            .mapToDouble(PupilProgress8::cappedScore).average().orElseThrow();
        assertThat(s.score()).isCloseTo(mean, within(1e-9));
        assertThat(s.score()).isGreaterThanOrEqualTo(s.uncappedScore() - 1e-12);
        assertThat(s.upperBound() - s.score()).isCloseTo(s.score() - s.lowerBound(), within(1e-9));
      }
      long excluded = cohort.pupils().stream().filter(p -> p.attainment8().isPresent() && !p.hasPriorAttainment()).count();
      assertThat(r.pupilsWithoutPriorAttainment()).isEqualTo((int) excluded);
    });
  }

  /**
   * Against DfE's 2023 national estimates (floors from the cohort's mainstream pupils): the cap raises
   * exactly the scores below each floor, never lowers a score or a school, and a larger multiple never
   * caps more pupils.
   */
  @Test
  void cap_against_national_estimates_only_raises_and_loosens_with_the_multiple() {
    qt().withExamples(10).forAll(longs().all(), doubles().between(1.0, 3.0)).checkAssert((seed, k) -> {
      Cohort cohort = IllustrativeCohort.generate(seed, 12, 800);
      Progress8Result r = Progress8Calculator.of(AccountabilityParameters.DEFAULT
          .withValue(AccountabilityParameters.CAP_SD_MULTIPLE, k, "property")).calculateNational(cohort, 2023);
      Progress8Result looser = Progress8Calculator.of(AccountabilityParameters.DEFAULT
          .withValue(AccountabilityParameters.CAP_SD_MULTIPLE, k + 0.5, "property")).calculateNational(cohort, 2023);
      for (PupilProgress8 p : r.pupils()) {
        assertThat(p.floor()).isEqualTo(r.floors().get(p.group())).isLessThanOrEqualTo(0);
        assertThat(p.cappedScore()).isGreaterThanOrEqualTo(p.score()).isGreaterThanOrEqualTo(p.floor());
        assertThat(p.isCapped()).isEqualTo(p.score() < p.floor());
      }
      for (SchoolProgress8 s : r.schools().values()) {
        assertThat(s.score()).isGreaterThanOrEqualTo(s.uncappedScore() - 1e-12);
      }
      r.floors().forEach((g, f) -> assertThat(looser.floors().get(g)).isLessThanOrEqualTo(f));
      assertThat(looser.pupilsCapped()).isLessThanOrEqualTo(r.pupilsCapped());
      assertThat(r.pupils().size() + r.pupilsWithoutPriorAttainment())
          .isEqualTo((int) cohort.pupils().stream().filter(p -> p.attainment8().isPresent()).count());
    });
  }

  @Test
  void national_estimates_are_used_when_supplied() {
    // Estimate 40 for group 1: a pupil scoring 52 has (52 - 40) / 10 = +1.2.
    Attainment8Estimates national = Attainment8Estimates.of("test national", List.of(GroupEstimate.of(1, 40, 10, 5000)));
    Progress8Result r = Progress8Calculator.DEFAULT.calculate(
        Cohort.of(schools(), List.of(pupil("A1", SCHOOL_A, 1, 52).build())), national);
    assertThat(r.school(SCHOOL_A).score()).isCloseTo(1.2, within(1e-9));
    assertThat(r.floors().get(1)).isCloseTo(-2.3, within(1e-9));
  }

  @Test
  void a_group_without_an_estimate_is_named() {
    Attainment8Estimates national = Attainment8Estimates.of("test national", List.of(GroupEstimate.of(1, 40, 10, 5000)));
    Cohort cohort = Cohort.of(schools(), List.of(pupil("A1", SCHOOL_A, 3, 52).build()));
    assertThatThrownBy(() -> Progress8Calculator.DEFAULT.calculate(cohort, national))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("no estimate for prior-attainment group 3 in test national");
  }

  @Test
  void breakdowns_by_provision_and_need_type() {
    // Group 1: N pupil 40, EHCP (ASD) pupil 10 -> estimate 25; scores +1.5 and -1.5.
    List<KeyStage4Pupil> pupils = List.of(
        pupil("A1", SCHOOL_A, 1, 40).build(),
        TestCohorts.withEhcp(pupil("A2", SCHOOL_A, 1, 10), NeedType.ASD).build());
    Progress8Result r = Progress8Calculator.DEFAULT.calculate(Cohort.of(schools(), pupils));
    assertThat(r.byProvision().get(SenProvision.EHC_PLAN).meanUncappedScore()).isCloseTo(-1.5, within(1e-9));
    assertThat(r.byProvision().get(SenProvision.NO_SEN).meanScore()).isCloseTo(1.5, within(1e-9));
    assertThat(r.byProvision()).doesNotContainKey(SenProvision.SEN_SUPPORT);
    assertThat(r.byNeedType()).containsOnlyKeys(NeedType.ASD);
    assertThat(r.school(SCHOOL_A).byProvision().get(SenProvision.EHC_PLAN).pupils()).isEqualTo(1);
  }
}
