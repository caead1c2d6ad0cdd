package org.sendfunding.accountability.progress8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sendfunding.accountability.testing.TestCohorts.SCHOOL_A;
import static org.sendfunding.accountability.testing.TestCohorts.SCHOOL_B;
import static org.sendfunding.accountability.testing.TestCohorts.SPECIAL;
import static org.sendfunding.accountability.testing.TestCohorts.base;
import static org.sendfunding.accountability.testing.TestCohorts.schools;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.accountability.cohort.KeyStage4Pupil;
import org.sendfunding.accountability.parameters.AccountabilityParameters;
import org.sendfunding.accountability.testing.TestCohorts;
import org.sendfunding.model.pupil.NeedType;

/**
 * Pupil and school Progress 8 against DfE's published 2023 estimates, worked by hand to the published
 * decimals. The guide's own Annex A worked examples could not be retrieved for this build, so these use
 * the guide's method (pupil score = (A8 - estimate) / 10; school score = mean of capped pupil scores;
 * 95% interval = score +/- 1.96 sigma / sqrt(n)) on the embedded 2023 table's real estimates.
 */
class Progress8WorkedExamplesTest {

  private static KeyStage4Pupil.Builder ks2(String id, int urn, Double reading, Double maths, double a8) {
    KeyStage4Pupil.Builder b = base(id, urn).attainment8(a8).putTermsOnRoll(urn, 6);
    if (reading != null) {
      b.ks2ReadingScore(reading);
    }
    if (maths != null) {
      b.ks2MathsScore(maths);
    }
    return b;
  }

  /**
   * <pre>
   * P1 reading 100, maths 101: KS2 100.5, group 15 (100.5 to 101.0), estimate 38.00; A8 45.5 -> +0.75
   * P2 nominal 70 and 75 (below the test): KS2 72.5, group 1 (59.0 to 82.0), estimate 15.84; A8 10.0 -> -0.584
   * P3 maths 95 only (single score): KS2 95.0, group 9 (94.5 to 95.0), estimate 28.15; A8 30.0 -> +0.185
   * </pre>
   */
  @Test
  void pupil_scores_with_nominal_and_single_ks2_scores() {
    Cohort cohort = Cohort.of(schools(), List.of(
        ks2("P1", SCHOOL_A, 100.0, 101.0, 45.5).build(),
        TestCohorts.withEhcp(ks2("P2", SCHOOL_A, 70.0, 75.0, 10.0), NeedType.SLD).build(),
        ks2("P3", SCHOOL_A, null, 95.0, 30.0).build()));
    Progress8Result r = Progress8Calculator.DEFAULT.calculateNational(cohort, 2023);
    assertThat(r.pupils()).extracting(PupilProgress8::group).containsExactly(15, 1, 9);
    assertThat(r.pupils()).extracting(PupilProgress8::estimate).containsExactly(38.0, 15.84, 28.15);
    assertThat(r.pupils().get(0).score()).isCloseTo(0.75, within(1e-12));
    assertThat(r.pupils().get(1).score()).isCloseTo(-0.584, within(1e-12));
    assertThat(r.pupils().get(2).score()).isCloseTo(0.185, within(1e-12));
    assertThat(r.pupils().get(1).hasNominalKs2Score()).isTrue();
    assertThat(r.pupils().get(2).singleKs2Score()).isTrue();
    assertThat(r.pupilsWithoutPriorAttainment()).isZero();
    assertThat(r.explanation().toText())
        .contains("pupils scored with a KS2 nominal score: 1")
        .contains("pupils scored on a single KS2 score: 1")
        .contains("34 (DfE 2023 national Attainment 8 estimates, 34 prior-attainment groups)");

    // With the single-score rule off, P3 is excluded and counted, never dropped silently.
    Progress8Result strict = Progress8Calculator.of(AccountabilityParameters.DEFAULT
        .withValue(AccountabilityParameters.SINGLE_SCORE_ALLOWED, 0, "test")).calculateNational(cohort, 2023);
    assertThat(strict.pupils()).extracting(PupilProgress8::pupilId).containsExactly("P1", "P2");
    assertThat(strict.pupilsWithoutPriorAttainment()).isEqualTo(1);
    assertThat(strict.school(SCHOOL_A).pupilsWithoutPriorAttainment()).isEqualTo(1);
  }

  /**
   * A school of four pupils in group 14 (KS2 100.0, estimate 36.30) and group 20 (106.0, 47.68),
   * scored against DfE's 2023 estimates with published floors of -2.00 (supplied here to show the rule):
   * <pre>
   * A1 A8 46.3 -> +1.000;  A2 A8 26.3 -> -1.000;  A3 A8 57.68 -> +1.000;  A4 A8 0 -> -4.768, capped at -2.000
   * school A: capped (1 - 1 + 1 - 2) / 4 = -0.25; uncapped (1 - 1 + 1 - 4.768) / 4 = -0.942
   * sigma of the capped scores (mean -0.25): sqrt((1.5625 + 0.5625 + 1.5625 + 3.0625) / 4) = 1.2990
   * 95% interval: -0.25 +/- 1.96 * 1.2990 / 2 = -1.52 to +1.02
   * </pre>
   */
  @Test
  void school_score_with_published_floors_and_its_confidence_interval() {
    Cohort cohort = Cohort.of(schools(), List.of(
        ks2("A1", SCHOOL_A, 100.0, 100.0, 46.3).build(),
        ks2("A2", SCHOOL_A, 99.0, 101.0, 26.3).build(),
        ks2("A3", SCHOOL_A, 106.0, 106.0, 57.68).build(),
        ks2("A4", SCHOOL_A, 105.0, 107.0, 0).build()));
    Attainment8Estimates floors = NationalEstimates.attainment8(2023)
        .withPublishedFloors(Map.of(14, -2.0, 20, -2.0), "test floors");
    Progress8Result r = Progress8Calculator.DEFAULT.calculate(cohort, floors);
    assertThat(r.floorSources()).containsEntry(14, "published (test floors)").containsEntry(20, "published (test floors)");
    SchoolProgress8 a = r.school(SCHOOL_A);
    assertThat(a.score()).isCloseTo(-0.25, within(1e-9));
    assertThat(a.uncappedScore()).isCloseTo(-0.942, within(1e-9));
    assertThat(a.pupilsCapped()).isEqualTo(1);
    assertThat(r.pupilStandardDeviation()).isCloseTo(1.2990, within(1e-4));
    assertThat(String.format("%+.2f to %+.2f", a.lowerBound(), a.upperBound())).isEqualTo("-1.52 to +1.02");
    assertThat(a.toString()).isEqualTo("100001: P8 -0.25 (-1.52 to +1.02), 4 pupils, 1 capped, 0 without KS2");
  }

  /**
   * National tables publish no standard deviation, so without published floors each group's floor is
   * 2.3 standard deviations of the cohort's mainstream pupils' scores in it. Group 14: scores +1 and -1
   * (SD 1) -> floor -2.3.
   */
  @Test
  void floors_from_the_cohort_when_the_national_table_has_none() {
    Cohort cohort = Cohort.of(schools(), List.of(
        ks2("A1", SCHOOL_A, 100.0, 100.0, 46.3).build(),
        ks2("A2", SCHOOL_A, 100.0, 100.0, 26.3).build(),
        TestCohorts.withEhcp(ks2("S1", SPECIAL, 100.0, 100.0, 0), NeedType.ASD).build()));
    Progress8Result r = Progress8Calculator.DEFAULT.calculateNational(cohort, 2023);
    assertThat(r.floors().get(14)).isCloseTo(-2.3, within(1e-9));
    assertThat(r.floorSources().get(14)).isEqualTo("cohort SD");
    PupilProgress8 s1 = r.pupils().get(2);
    assertThat(s1.score()).isCloseTo(-3.63, within(1e-9));
    assertThat(s1.cappedScore()).isCloseTo(-2.3, within(1e-9));
    assertThat(r.referencePopulation()).isEqualTo("pupils in mainstream schools");
  }

  /**
   * DfE's national estimates come from mainstream pupils only: a special-school pupil in the same group
   * leaves a cohort estimate unchanged unless every school is asked for. Group 14: mainstream 46.3 and
   * 26.3 -> 36.3; with the special-school pupil's 0 -> 24.2.
   */
  @Test
  void cohort_estimates_exclude_special_and_ap_schools_unless_asked() {
    Cohort cohort = Cohort.of(schools(), List.of(
        ks2("A1", SCHOOL_A, 100.0, 100.0, 46.3).build(),
        ks2("B1", SCHOOL_B, 100.0, 100.0, 26.3).build(),
        TestCohorts.withEhcp(ks2("S1", SPECIAL, 100.0, 100.0, 0), NeedType.ASD).build()));
    PriorAttainmentGroups groups = NationalEstimates.groups(2023);
    Attainment8Estimates mainstream = Attainment8Estimates.fromCohort(cohort, groups);
    assertThat(mainstream.estimate(14).meanAttainment8()).isCloseTo(36.3, within(1e-9));
    assertThat(mainstream.estimate(14).pupils()).isEqualTo(2);
    assertThat(mainstream.source()).isEqualTo("estimates from the cohort's 2 pupils in mainstream schools");
    Attainment8Estimates all = Attainment8Estimates.fromCohort(cohort, groups, EstimatePopulation.ALL_SCHOOLS);
    assertThat(all.estimate(14).meanAttainment8()).isCloseTo(24.2, within(1e-9));
    assertThat(all.source()).contains("special and AP included (not DfE's method)");
    // A group only special-school pupils occupy is estimated from them, and the source says so.
    Cohort specialOnly = Cohort.of(schools(), List.of(
        ks2("A1", SCHOOL_A, 100.0, 100.0, 46.3).build(),
        TestCohorts.withEhcp(ks2("S1", SPECIAL, 70.0, 70.0, 4), NeedType.PMLD).build()));
    Attainment8Estimates fallback = Attainment8Estimates.fromCohort(specialOnly, groups);
    assertThat(fallback.estimate(1).meanAttainment8()).isEqualTo(4.0);
    assertThat(fallback.source()).endsWith("; groups [1] from all their pupils (none in the population)");
  }
}
