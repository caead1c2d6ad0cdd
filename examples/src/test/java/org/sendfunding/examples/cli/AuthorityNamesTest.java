package org.sendfunding.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;

class AuthorityNamesTest {

  private static final LocalAuthorities ENGLAND = LocalAuthorities.england();

  @Test
  void a_name_in_any_case_a_dfe_code_or_an_ons_code_finds_the_authority() {
    assertThat(AuthorityNames.find("--la", "shropshire", ENGLAND).code()).isEqualTo(893);
    assertThat(AuthorityNames.find("--la", "893", ENGLAND).name()).isEqualTo("Shropshire");
    assertThat(AuthorityNames.find("--la", "E06000023", ENGLAND).code()).isEqualTo(801);
  }

  @Test
  void a_near_miss_suggests_the_nearest_names() {
    assertThatThrownBy(() -> AuthorityNames.find("--la", "Hackny", ENGLAND)).isInstanceOf(UserError.class)
        .hasMessage("--la 'Hackny' is not a local authority in England; did you mean Hackney? Give the name as DfE spells it"
            + " or its three-digit code");
    // a part of a name is near the names containing it
    assertThat(AuthorityNames.nearest("Bristol", ENGLAND, 3)).containsExactly("Bristol, City of");
  }

  @Test
  void a_name_nowhere_near_suggests_nothing_and_a_code_not_in_the_register_says_so() {
    assertThatThrownBy(() -> AuthorityNames.find("--la", "Narnia", ENGLAND))
        .hasMessage("--la 'Narnia' is not a local authority in England; give the name as DfE spells it or its three-digit code");
    assertThatThrownBy(() -> AuthorityNames.find("--la", "999", ENGLAND))
        .hasMessageStartingWith("--la 999: no local authority has this DfE code");
  }

  @Test
  void edit_distance_is_levenshtein() {
    assertThat(AuthorityNames.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(AuthorityNames.distance("", "abc")).isEqualTo(3);
    assertThat(AuthorityNames.distance("same", "same")).isZero();
  }
}
