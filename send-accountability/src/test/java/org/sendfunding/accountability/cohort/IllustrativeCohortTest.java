package org.sendfunding.accountability.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sendfunding.model.pupil.SenProvision;

class IllustrativeCohortTest {

  private static final Cohort COHORT = IllustrativeCohort.generate(2026);

  @Test
  void same_seed_same_cohort_other_seed_other_cohort() {
    Cohort again = IllustrativeCohort.generate(2026);
    assertThat(again.pupils()).isEqualTo(COHORT.pupils());
    assertThat(again.schools()).isEqualTo(COHORT.schools());
    assertThat(IllustrativeCohort.generate(2027).pupils()).isNotEqualTo(COHORT.pupils());
  }

  @Test
  void default_cohort_has_the_documented_shape() {
    assertThat(COHORT.schools()).hasSize(60);
    assertThat(COHORT.pupils().size()).isBetween(9_900, 10_100);
    assertThat(COHORT.schools().values().stream().filter(School::isSpecial).count()).isEqualTo(6);
    long ehcp = COHORT.pupils().stream().filter(p -> p.senProvision() == SenProvision.EHC_PLAN).count();
    long support = COHORT.pupils().stream().filter(p -> p.senProvision() == SenProvision.SEN_SUPPORT).count();
    // Secondary-age national shares are roughly 3-5% EHC plan and 12-14% SEN support.
    assertThat((double) ehcp / COHORT.pupils().size()).isBetween(0.025, 0.05);
    assertThat((double) support / COHORT.pupils().size()).isBetween(0.10, 0.14);
    long ehcpZero = COHORT.pupils().stream()
        .filter(p -> p.senProvision() == SenProvision.EHC_PLAN && p.attainment8().orElse(-1.0) == 0).count();
    // "About a third of pupils with EHCPs have an Attainment 8 score of 0" (Steve Preston, "Progress 8
    // fails pupils with special needs", Schools Week, 23 Nov 2019,
    // https://schoolsweek.co.uk/progress-8-fails-pupils-with-special-needs/).
    assertThat((double) ehcpZero / ehcp).isBetween(0.25, 0.6);
    assertThat(COHORT.pupils().stream().filter(KeyStage4Pupil::leftWithoutKnownDestination).count()).isPositive();
    assertThat(COHORT.pupils().stream().filter(p -> p.termsOnRoll().size() > 1).count()).isGreaterThan(400);
  }

  @Test
  void rejects_sizes_too_small_to_be_realistic() {
    assertThatThrownBy(() -> IllustrativeCohort.generate(1, 5, 1000))
        .hasMessage("IllustrativeCohort.schoolCount: 5 is below 12");
    assertThatThrownBy(() -> IllustrativeCohort.generate(1, 20, 100))
        .hasMessage("IllustrativeCohort.pupilCount: 100 is below 50 per school (20 schools)");
  }
}
