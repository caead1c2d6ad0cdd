package org.sendfunding.funding.placeplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.Money;

/** Band files: unknown keys inside references and bands, references numbered from 1, the size limit, a repeated id. */
class BandingFileRulesTest {

  private static final String HEAD = "authority: X\ndescription: d\nverified: true\n";

  @Test
  void unknown_keys_inside_a_reference_or_a_band_are_named_with_their_position() {
    String yaml = HEAD + "reference:\n  - title: t\n  - title: u\n    page: 4\nbands:\n  - id: a\n    amount: 5\n    colour: red\n";
    assertThatThrownBy(() -> LocalBanding.loadYaml("k.yaml", yaml)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k.yaml: reference[2]: unknown key 'page'")
        .hasMessageContaining("k.yaml: bands[1]: unknown key 'colour'")
        .hasMessageStartingWith("Cannot load banding k.yaml (2 problems):");
  }

  @Test
  void a_file_at_the_size_limit_loads_and_one_character_more_is_refused() {
    String good = HEAD + "reference:\n  - title: t\nbands:\n  - id: a\n    amount: 5\n";
    String padded = good + "#" + Strings.repeat(" ", LocalBanding.MAX_CHARACTERS - good.length() - 1);
    assertThat(padded).hasSize(LocalBanding.MAX_CHARACTERS);
    LocalBanding b = LocalBanding.loadYaml("limit.yaml", padded);
    assertThat(b.band("a").amount()).contains(Money.ofPounds(5));
    assertThat(b.references()).extracting(SourceReference::title).containsExactly("t");
    assertThatThrownBy(() -> LocalBanding.loadYaml("big.yaml", padded + " "))
        .hasMessage("big.yaml: 1048577 characters, more than the limit of 1048576");
  }

  @Test
  void a_banding_built_in_code_refuses_a_repeated_band_id() {
    Band a = Band.builder().id("a").amount(Money.ofPounds(1)).build();
    assertThatThrownBy(() -> LocalBanding.builder().authority("Y").description("d").verified(false).addReferences(SourceReference.of("t", "https://example.org"))
        .addBands(a, a).build()).hasMessage("LocalBanding.bands: band id 'a' repeats (Y)");
  }
}
