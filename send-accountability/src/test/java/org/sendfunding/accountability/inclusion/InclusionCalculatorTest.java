package org.sendfunding.accountability.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sendfunding.accountability.testing.TestCohorts.SCHOOL_A;
import static org.sendfunding.accountability.testing.TestCohorts.SCHOOL_B;
import static org.sendfunding.accountability.testing.TestCohorts.SPECIAL;
import static org.sendfunding.accountability.testing.TestCohorts.base;
import static org.sendfunding.accountability.testing.TestCohorts.pupil;
import static org.sendfunding.accountability.testing.TestCohorts.schools;
import static org.sendfunding.accountability.testing.TestCohorts.withEhcp;

import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.SenProvision;

class InclusionCalculatorTest {

  /**
   * End rolls: A = A1 (N), A2 (K), A3 (E); B = B1, B2, B3 (N) and A5 (K, moved from A after 2 terms).
   * A4 (N) left A after 3 terms with no known destination. S1 (E) is at the special school.
   * LA mainstream (A and B): 7 pupils, 1 E, 2 K -> 1/7 and 2/7.
   * A: EHCP 1/3 -> representation (1/3) / (1/7) = 2.3333; K 1/3 -> (1/3) / (2/7) = 1.1667.
   * A ever roll: A1..A5 = 5; unknown destination 1 -> 0.2. SEN ever A2, A3, A5, left A5 -> 1/3;
   * non-SEN ever A1, A4, left A4 -> 1/2; gap -0.1667.
   */
  @Test
  void hand_computed_indicators() {
    Cohort cohort = Cohort.of(schools(), List.of(
        pupil("A1", SCHOOL_A, 1, 40).build(),
        pupil("A2", SCHOOL_A, 1, 30).senProvision(SenProvision.SEN_SUPPORT).primaryNeed(NeedType.SPLD).build(),
        withEhcp(pupil("A3", SCHOOL_A, 1, 10), NeedType.ASD).build(),
        base("A4", SCHOOL_A).leftWithoutKnownDestination(true).putTermsOnRoll(SCHOOL_A, 3).build(),
        base("A5", SCHOOL_B).attainment8(20.0).senProvision(SenProvision.SEN_SUPPORT).primaryNeed(NeedType.SEMH)
            .putTermsOnRoll(SCHOOL_A, 2).putTermsOnRoll(SCHOOL_B, 4).build(),
        pupil("B1", SCHOOL_B, 1, 40).build(),
        pupil("B2", SCHOOL_B, 1, 40).build(),
        pupil("B3", SCHOOL_B, 1, 40).build(),
        withEhcp(pupil("S1", SPECIAL, 1, 0), NeedType.PMLD).build()));
    ImmutableSortedMap<Integer, SchoolInclusion> r = InclusionCalculator.DEFAULT.calculate(cohort);

    SchoolInclusion a = r.get(SCHOOL_A);
    assertThat(a.pupilsAtEnd()).isEqualTo(3);
    assertThat(a.pupilsEverOnRoll()).isEqualTo(5);
    assertThat(a.laEhcPlanShare()).isCloseTo(1.0 / 7, within(1e-12));
    assertThat(a.ehcPlanRepresentation().orElseThrow()).isCloseTo(2.3333, within(1e-4));
    assertThat(a.senSupportRepresentation().orElseThrow()).isCloseTo(1.1667, within(1e-4));
    assertThat(a.leftWithoutKnownDestination()).isEqualTo(1);
    assertThat(a.unknownDestinationRate()).isCloseTo(0.2, within(1e-12));
    assertThat(a.senLeavingRate()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(a.nonSenLeavingRate()).isCloseTo(0.5, within(1e-12));
    assertThat(a.senLeavingGap()).isCloseTo(-0.1667, within(1e-4));

    SchoolInclusion b = r.get(SCHOOL_B);
    assertThat(b.pupilsAtEnd()).isEqualTo(4);
    assertThat(b.ehcPlanRepresentation().orElseThrow()).isZero();
    assertThat(b.senLeavingRate()).isZero();
    assertThat(r.get(SPECIAL).ehcPlanShare()).isEqualTo(1.0);
    assertThat(a.explanation().toText()).contains("LA mainstream end roll: 7");
  }
}
