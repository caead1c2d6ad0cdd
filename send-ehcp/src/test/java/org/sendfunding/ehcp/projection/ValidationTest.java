package org.sendfunding.ehcp.projection;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendfunding.ehcp.projection.DemandProjectorTest.Y6_ASD_MAIN;
import static org.sendfunding.ehcp.projection.DemandProjectorTest.example;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.Pupil;
import org.sendfunding.model.pupil.SenProvision;
import org.sendfunding.model.setting.SettingType;

/** Every invalid-input rule of the projection package not covered elsewhere, with its message. */
class ValidationTest {

  @Test
  void model_rules() {
    CaseloadSnapshot other = CaseloadSnapshot.builder().year(2024).localAuthority(LocalAuthorities.england().byCode(202))
        .putPupils("X", Y6_ASD_MAIN).build();
    assertThatThrownBy(() -> TransitionModel.estimate(List.of(example().get(0), other)))
        .hasMessageStartingWith("TransitionModel.snapshots: CaseloadSnapshot[2024, Camden, 1 pupils] is for");
    TransitionModel m = TransitionModel.estimate(example());
    assertThatThrownBy(() -> m.moveProbability(Y6_ASD_MAIN, CaseloadState.of(8, NeedType.ASD, SettingType.MAINSTREAM_ACADEMY)))
        .hasMessage("TransitionModel.to: NCY 8 is not one more than 6");
  }

  @Test
  void snapshot_from_pupils_lists_plans_without_a_setting() {
    Pupil noNeed = Pupil.builder().id("A").dateOfBirth(LocalDate.of(2012, 10, 1)).nationalCurriculumYear(7)
        .senProvision(SenProvision.EHC_PLAN).primaryNeed(NeedType.ASD).freeSchoolMeals(false)
        .homeLocalAuthority(LocalAuthorities.england().byCode(202)).build();
    assertThatThrownBy(() -> CaseloadSnapshot.fromPupils(2024, List.of(noNeed)))
        .hasMessage("CaseloadSnapshot 2024: A has a plan but no setting");
  }

  @Test
  void settings_and_result_rules() {
    assertThatThrownBy(() -> ProjectionSettings.of(5, 0, 1L)).hasMessage("ProjectionSettings.runs: 0 is outside 1 to 100,000");
    assertThatThrownBy(() -> CountInterval.of(5, 4, 6, 5.0)).hasMessage("CountInterval: 5 <= 4 <= 6 must hold and be non-negative");
    assertThatThrownBy(() -> YearTransition.builder().fromYear(2023).opening(10).joiners(2).leavers(1).movers(0).closing(12).build())
        .hasMessage("YearTransition: closing 12 != opening 10 + joiners 2 - leavers 1 (2023)");
  }
}
