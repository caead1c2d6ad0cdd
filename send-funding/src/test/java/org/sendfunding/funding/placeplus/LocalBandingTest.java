package org.sendfunding.funding.placeplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;

class LocalBandingTest {

  private static final String RANGES =
      "authority: Example\n"
          + "description: range bands\n"
          + "verified: false\n"
          + "reference:\n  - title: test fixture\n"
          + "bands:\n"
          + "  - id: level-2\n    minimum: 3000\n    maximum: 6000\n    descriptors: [needs adult support for part of the day]\n";

  @Test
  void shropshire_shape_gsp_and_ehcp_levels() {
    // Shropshire local offer: GSP levels 0.5-2 in £500 steps, EHCP levels 1-4 in £1,000 steps
    LocalBanding s = LocalBanding.example("shropshire");
    assertThat(s.bands()).hasSize(8);
    assertThat(s.band("GSP-1.5").amount()).contains(Money.ofPounds(1_500));
    assertThat(s.band("GSP-2").group()).contains("Graduated support plan");
    assertThat(s.band("EHCP-4").amount()).contains(Money.ofPounds(4_000));
    assertThat(s.verified()).isTrue();
  }

  @Test
  void southend_shape_five_levels_by_best_fit() {
    // Livewell Southend: levels 0-4, chosen by best fit against descriptors
    LocalBanding s = LocalBanding.example("southend");
    assertThat(s.bands()).extracting(Band::id).containsExactly("level-0", "level-1", "level-2", "level-3", "level-4");
    assertThat(s.bestFit(ImmutableList.of("special educational needs", "high severity within the category of need")))
        .map(Band::id).contains("level-3");
    // ties go to the earlier band
    assertThat(s.bestFit(ImmutableList.of("special educational needs"))).map(Band::id).contains("level-2");
    assertThat(s.bestFit(ImmutableList.of("nothing known"))).isEmpty();
    assertThat(s.band("level-3").hasAmount()).isFalse();
  }

  @Test
  void southend_bands_without_amounts_cannot_fund_a_pupil() {
    PupilPlacement p = PlacePlusTest.pupil("S", SettingType.MAINTAINED_SPECIAL, 20_000)
        .topUpBasis(TopUpBasis.BAND).band("level-3").build();
    assertThatThrownBy(() -> PlacePlus.DEFAULT.fund(p, PlacePlusTest.RATES, LocalBanding.example("southend")))
        .hasMessage("PlacePlus: pupil S: Band level-3: has descriptors only, no amount or range, so it cannot fund a pupil");
  }

  @Test
  void range_band_pays_cost_above_base_held_within_the_range() {
    LocalBanding b = LocalBanding.loadYaml("ranges.yaml", RANGES);
    long[][] cases = {{2_000, 3_000}, {5_000, 5_000}, {9_000, 6_000}};
    for (long[] c : cases) {
      // maintained special: base is the £10,000 place, so cost = 10,000 + cost above base
      PupilPlacement p = PlacePlusTest.pupil("R", SettingType.MAINTAINED_SPECIAL, 10_000 + c[0])
          .topUpBasis(TopUpBasis.BAND).band("level-2").build();
      assertThat(PlacePlus.DEFAULT.fund(p, PlacePlusTest.RATES, b).element3()).isEqualTo(Money.ofPounds(c[1]));
    }
  }

  @Test
  void bad_band_file_lists_every_problem() {
    String bad = "authority: X\ndescription: d\ncolour: red\nreference:\n  - title: t\nbands:\n"
        + "  - id: a\n    amount: lots\n"
        + "  - id: a\n    amount: 5\n"
        + "  - id: b\n    amount: 5\n    minimum: 1\n    maximum: 2\n";
    assertThatThrownBy(() -> LocalBanding.loadYaml("bad.yaml", bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot load banding bad.yaml (5 problems):\n"
            + "  - bad.yaml: unknown key 'colour' (allowed: authority, description, verified, reference, note, bands)\n"
            + "  - bad.yaml: key 'verified' is missing or not true/false\n"
            + "  - bad.yaml: bands[1]: amount 'lots' is not an amount of pounds (e.g. 1000 or 1000.50)\n"
            + "  - bad.yaml: bands[2]: band id 'a' repeats\n"
            + "  - bad.yaml: bands[3]: Band.amount: give an amount or a range, not both (band b)");
  }
}
