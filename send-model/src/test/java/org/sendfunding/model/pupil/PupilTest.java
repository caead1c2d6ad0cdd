package org.sendfunding.model.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;

class PupilTest {

  private static Pupil.Builder pupil(SenProvision provision) {
    return Pupil.builder()
        .id("P-0001")
        .dateOfBirth(LocalDate.of(2014, 3, 2))
        .nationalCurriculumYear(6)
        .senProvision(provision)
        .homeLocalAuthority(LocalAuthorities.england().byCode(202));
  }

  @Test
  void a_pupil_with_an_ehc_plan_has_a_primary_and_optional_secondary_need() {
    Pupil p = pupil(SenProvision.EHC_PLAN).primaryNeed(NeedType.ASD).secondaryNeed(NeedType.SLCN)
        .freeSchoolMeals(true).build();
    assertThat(p.primaryNeed()).contains(NeedType.ASD);
    assertThat(p.primaryNeed().get().broadArea()).isEqualTo(BroadAreaOfNeed.COMMUNICATION_AND_INTERACTION);
    assertThat(p.freeSchoolMeals()).isTrue();
    assertThat(p.setting()).isEmpty();
  }

  @Test
  void census_codes_map_to_types_and_areas() {
    assertThat(SenProvision.fromCensusCode("K")).isEqualTo(SenProvision.SEN_SUPPORT);
    assertThat(NeedType.fromCensusCode("SEMH").broadArea())
        .isEqualTo(BroadAreaOfNeed.SOCIAL_EMOTIONAL_AND_MENTAL_HEALTH);
    assertThat(NeedType.PMLD.broadArea()).isEqualTo(BroadAreaOfNeed.COGNITION_AND_LEARNING);
    assertThat(NeedType.MSI.broadArea()).isEqualTo(BroadAreaOfNeed.SENSORY_AND_PHYSICAL);
    assertThat(NeedType.values()).hasSize(13);
    assertThatThrownBy(() -> SenProvision.fromCensusCode("X"))
        .hasMessage("SenProvision: 'X' is not a census code (E, K or N)");
    assertThatThrownBy(() -> NeedType.fromCensusCode("ADHD"))
        .hasMessageStartingWith("NeedType: 'ADHD' is not a census need code; expected one of [SPLD, MLD");
  }

  @Test
  void nsa_is_valid_only_with_sen_support() {
    assertThat(pupil(SenProvision.SEN_SUPPORT).primaryNeed(NeedType.NSA).build().primaryNeed()).contains(NeedType.NSA);
    assertThatThrownBy(() -> pupil(SenProvision.EHC_PLAN).primaryNeed(NeedType.NSA).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Pupil.primaryNeed: NSA is only valid with SEN provision K (SEN support), got E (pupil P-0001)");
    assertThatThrownBy(() -> pupil(SenProvision.SEN_SUPPORT).primaryNeed(NeedType.MLD).secondaryNeed(NeedType.NSA).build())
        .hasMessage("Pupil.secondaryNeed: NSA cannot be a secondary need (pupil P-0001)");
  }

  @Test
  void rejects_invalid_combinations_naming_field_and_value() {
    assertThatThrownBy(() -> pupil(SenProvision.EHC_PLAN).build())
        .hasMessage("Pupil.primaryNeed: required for SEN provision E (pupil P-0001)");
    assertThatThrownBy(() -> pupil(SenProvision.NO_SEN).primaryNeed(NeedType.MLD).build())
        .hasMessage("Pupil.primaryNeed: pupil P-0001 has SEN provision N but need MLD; only E or K pupils have a need type");
    assertThatThrownBy(() -> pupil(SenProvision.NO_SEN).secondaryNeed(NeedType.MLD).build())
        .hasMessageContaining("has SEN provision N but need MLD");
    assertThatThrownBy(() -> pupil(SenProvision.SEN_SUPPORT).primaryNeed(NeedType.MLD).secondaryNeed(NeedType.MLD).build())
        .hasMessage("Pupil.secondaryNeed: MLD repeats the primary need (pupil P-0001)");
    assertThatThrownBy(() -> pupil(SenProvision.NO_SEN).nationalCurriculumYear(21).build())
        .hasMessage("Pupil.nationalCurriculumYear: 21 is outside -5 to 20 (pupil P-0001)");
    assertThatThrownBy(() -> pupil(SenProvision.NO_SEN).id(" ").build()).hasMessage("Pupil.id: must not be blank");
  }
}
