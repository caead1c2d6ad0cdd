package org.sendfunding.accountability.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendfunding.accountability.testing.TestCohorts.SCHOOL_A;
import static org.sendfunding.accountability.testing.TestCohorts.SCHOOL_B;
import static org.sendfunding.accountability.testing.TestCohorts.base;
import static org.sendfunding.accountability.testing.TestCohorts.pupil;
import static org.sendfunding.accountability.testing.TestCohorts.schools;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.SenProvision;

class KeyStage4PupilTest {

  @Test
  void derived_values() {
    KeyStage4Pupil p = base("P", SCHOOL_A).ks2ReadingScore(104.0).ks2MathsScore(99.0).attainment8(40.0)
        .monthOfBirth(8).putTermsOnRoll(SCHOOL_A, 4).putTermsOnRoll(SCHOOL_B, 2).build();
    assertThat(p.ks2AverageScore()).contains(101.5);
    assertThat(p.monthsYoungerThanOldest()).isEqualTo(11);
    assertThat(p.totalTerms()).isEqualTo(6);
    assertThat(p.hasPriorAttainment()).isTrue();
  }

  /**
   * Pupils working below the standard of the KS2 tests have nominal scores below 80 and count (DfE,
   * from 2017); a pupil with one score is grouped by it (the single-score rule).
   */
  @Test
  void nominal_scores_and_a_single_score_are_prior_attainment() {
    KeyStage4Pupil nominal = base("N", SCHOOL_A).ks2ReadingScore(70.0).ks2MathsScore(79.0).attainment8(12.0)
        .putTermsOnRoll(SCHOOL_A, 6).build();
    assertThat(nominal.ks2AverageScore()).contains(74.5);
    assertThat(nominal.hasNominalKs2Score()).isTrue();
    assertThat(nominal.ks2ScoreCount()).isEqualTo(2);
    KeyStage4Pupil single = base("S", SCHOOL_A).ks2MathsScore(95.0).attainment8(30.0).putTermsOnRoll(SCHOOL_A, 6).build();
    assertThat(single.ks2AverageScore()).contains(95.0);
    assertThat(single.ks2ScoreCount()).isEqualTo(1);
    assertThat(single.hasNominalKs2Score()).isFalse();
    assertThat(single.hasPriorAttainment()).isTrue();
    KeyStage4Pupil readingOnly = base("R", SCHOOL_A).ks2ReadingScore(59.0).attainment8(0.0).putTermsOnRoll(SCHOOL_A, 6).build();
    assertThat(readingOnly.ks2AverageScore()).contains(59.0);
    assertThat(readingOnly.hasNominalKs2Score()).isTrue();
  }

  @Test
  void checks_name_field_value_and_pupil() {
    assertThatThrownBy(() -> pupil("P", SCHOOL_A, 1, 91).build())
        .hasMessage("KeyStage4Pupil.attainment8: 91.0 is outside 0 to 90 (pupil P)");
    assertThatThrownBy(() -> pupil("P", SCHOOL_A, 1, 40).senProvision(SenProvision.EHC_PLAN).build())
        .hasMessage("KeyStage4Pupil.primaryNeed: required for SEN provision E (pupil P)");
    assertThatThrownBy(() -> pupil("P", SCHOOL_A, 1, 40).senProvision(SenProvision.EHC_PLAN).primaryNeed(NeedType.NSA).build())
        .hasMessage("KeyStage4Pupil.primaryNeed: NSA is only valid with SEN support (K), got E (pupil P)");
    assertThatThrownBy(() -> base("P", SCHOOL_A).attainment8(40.0).putTermsOnRoll(SCHOOL_B, 6).build())
        .hasMessage("KeyStage4Pupil.termsOnRoll: {100002=6} has no terms at the pupil's school 100001 (pupil P)");
    assertThatThrownBy(() -> base("P", SCHOOL_A).ks2ReadingScore(58.0).attainment8(40.0).putTermsOnRoll(SCHOOL_A, 6).build())
        .hasMessage("KeyStage4Pupil.ks2ReadingScore: 58.0 is outside the KS2 range 59 to 120 (scaled scores from 80, nominal scores below) (pupil P)");
    assertThatThrownBy(() -> base("P", SCHOOL_A).ks2MathsScore(100.0).priorAttainmentGroup(3).attainment8(40.0).putTermsOnRoll(SCHOOL_A, 6).build())
        .hasMessage("KeyStage4Pupil.priorAttainmentGroup: give KS2 scores or a group, not both (pupil P)");
    assertThatThrownBy(() -> pupil("P", SCHOOL_A, 1, 40).idaci(1.5).build())
        .hasMessage("KeyStage4Pupil.idaci: 1.5 is outside 0 to 1 (pupil P)");
  }

  @Test
  void cohort_lists_duplicate_ids_and_unknown_schools() {
    assertThatThrownBy(() -> Cohort.of(schools(), List.of(
        pupil("P", SCHOOL_A, 1, 40).build(), pupil("P", SCHOOL_B, 1, 40).build(), pupil("Q", 123456, 1, 40).build())))
        .hasMessage("Cohort: 2 problem(s):\n  pupil id P appears twice\n  pupil Q names school 123456, which is not in the schools");
  }
}
