package org.sendfunding.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sendfunding.examples.report.AuthorityLookup.UnknownAuthorityException;

class AuthorityLookupTest {

  @Test
  void a_dfe_code_or_a_name_finds_the_authority() {
    assertThat(AuthorityLookup.find("857").name()).isEqualTo("Rutland");
    assertThat(AuthorityLookup.find(" rutland ").code()).isEqualTo(857);
    // "&" reads as "and", punctuation and case are ignored.
    assertThat(AuthorityLookup.find("bournemouth, christchurch & poole").code()).isEqualTo(839);
    assertThat(AuthorityLookup.find("Kingston upon Hull").code()).isEqualTo(810);
    assertThat(AuthorityLookup.find("North Northamptonshire").code()).isEqualTo(940);
    // An exact name wins over the longer names containing it.
    assertThat(AuthorityLookup.find("Dorset").code()).isEqualTo(838);
  }

  @Test
  void a_misspelt_name_suggests_the_closest() {
    assertThatThrownBy(() -> AuthorityLookup.find("Rutlnd")).isInstanceOf(UnknownAuthorityException.class)
        .hasMessage("no local authority 'Rutlnd'; did you mean Rutland (857)?");
    assertThatThrownBy(() -> AuthorityLookup.find("Shropshre")).hasMessage("no local authority 'Shropshre'; did you mean Shropshire (893)?");
  }

  @Test
  void an_ambiguous_part_of_a_name_lists_the_candidates() {
    assertThatThrownBy(() -> AuthorityLookup.find("Northamptonshire"))
        .hasMessage("'Northamptonshire' matches 2 local authorities: North Northamptonshire (940), West Northamptonshire (941);"
            + " give the full name or the DfE code");
  }

  @Test
  void an_abolished_code_names_its_successors_and_an_unknown_code_the_nearest() {
    assertThatThrownBy(() -> AuthorityLookup.find("909"))
        .hasMessage("Cumbria (909) was abolished on 2023-04-01 (CUMBRIA_2023); its successors are Cumberland (942),"
            + " Westmorland and Furness (943)");
    assertThatThrownBy(() -> AuthorityLookup.find("835")).hasMessageContaining("Dorset (835) was abolished on 2019-04-01 (DORSET_2019)");
    assertThatThrownBy(() -> AuthorityLookup.find("858")).hasMessage("no local authority with DfE code 858; did you mean Rutland (857)?");
  }

  @Test
  void edit_distance_counts_insertions_deletions_and_substitutions() {
    assertThat(AuthorityLookup.distance("rutlnd", "rutland")).isEqualTo(1);
    assertThat(AuthorityLookup.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(AuthorityLookup.distance("", "abc")).isEqualTo(3);
  }
}
