package org.sendfunding.model.setting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;

class SettingTest {

  private static Setting.Builder special() {
    return Setting.builder()
        .urn(100000)
        .name("Example Special School")
        .localAuthority(LocalAuthorities.england().byCode(202))
        .type(SettingType.MAINTAINED_SPECIAL)
        .phase(Phase.ALL_THROUGH)
        .places(120);
  }

  @Test
  void builds_a_setting_with_its_places() {
    Setting s = special().build();
    assertThat(s.places()).isEqualTo(120);
    assertThat(s).hasToString("Example Special School (URN 100000, Maintained special school)");
  }

  @Test
  void setting_types_say_how_they_are_funded() {
    assertThat(SettingType.INDEPENDENT_SPECIAL.isStateFunded()).isFalse();
    assertThat(SettingType.NON_MAINTAINED_SPECIAL.isStateFunded()).isFalse();
    assertThat(SettingType.RESOURCED_PROVISION.isSpecialist()).isTrue();
    assertThat(SettingType.RESOURCED_PROVISION.isMainstream()).isTrue();
    assertThat(SettingType.MAINSTREAM_ACADEMY.isSpecialist()).isFalse();
    assertThat(SettingType.ALTERNATIVE_PROVISION.isSpecialist()).isTrue();
    assertThat(SettingType.values()).hasSize(10);
  }

  @Test
  void rejects_invalid_fields_naming_them() {
    assertThatThrownBy(() -> special().urn(99).build()).hasMessage("Setting.urn: 99 is not a URN of 6 or 7 digits");
    assertThatThrownBy(() -> special().places(-1).build()).hasMessage("Setting.places: -1 is negative (URN 100000)");
    assertThatThrownBy(() -> special().name("").build()).hasMessage("Setting.name: must not be blank (URN 100000)");
    assertThatThrownBy(() -> Setting.builder().urn(100000).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }
}
