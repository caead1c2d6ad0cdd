package org.sendfunding.funding.placeplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * Place-plus worked examples with the 2025-26 rates: £10,000 a place in special schools, non-maintained
 * special schools and AP; £6,000 in resourced provision (pupil on the roll; £10,000 otherwise) and FE;
 * the £6,000 notional SEN threshold (Dorset Council, "Funding for SEND in schools and educational
 * settings", https://www.dorsetcouncil.gov.uk/w/funding-for-send-in-schools-and-educational-settings;
 * written answer by Nadhim Zahawi, December 2018, on the threshold's origin in a 2009 PwC study).
 */
class PlacePlusTest {

  static final PlacePlusRates RATES = PlacePlusRates.resolve(ParameterSet.defaults(), FinancialYear.of(2025));
  static final LocalBanding SHROPSHIRE = LocalBanding.example("shropshire");

  static PupilPlacement.Builder pupil(String id, SettingType type, long costPounds) {
    return PupilPlacement.builder().pupilId(id).settingType(type).provisionCost(Money.ofPounds(costPounds));
  }

  private static PupilFunding fund(PupilPlacement p) {
    return PlacePlus.DEFAULT.fund(p, RATES, SHROPSHIRE);
  }

  private static void assertFunding(PupilFunding f, long e1, long e2, long place, long e3, long fee) {
    assertThat(f.element1()).isEqualTo(Money.ofPounds(e1));
    assertThat(f.element2()).isEqualTo(Money.ofPounds(e2));
    assertThat(f.placeFunding()).isEqualTo(Money.ofPounds(place));
    assertThat(f.element3()).isEqualTo(Money.ofPounds(e3));
    assertThat(f.fee()).isEqualTo(Money.ofPounds(fee));
    assertThat(f.explanation().amount()).contains(f.total());
    assertThat(f.explanation().childrenTotal()).isEqualTo(f.total());
  }

  @Test
  void mainstream_school_meets_first_6000_and_la_tops_up_the_rest() {
    PupilFunding f = fund(pupil("P1", SettingType.MAINSTREAM_ACADEMY, 9_500)
        .basicPerPupilFunding(Money.ofPounds(5_000)).topUpBasis(TopUpBasis.COST_ABOVE_BASE).build());
    assertFunding(f, 5_000, 6_000, 0, 3_500, 0);
    assertThat(f.highNeedsCost()).isEqualTo(Money.ofPounds(3_500));
  }

  @Test
  void mainstream_pupil_below_threshold_gets_no_top_up() {
    assertFunding(fund(pupil("P2", SettingType.MAINSTREAM_MAINTAINED, 4_000)
        .basicPerPupilFunding(Money.ofPounds(5_000)).topUpBasis(TopUpBasis.NONE).build()), 5_000, 4_000, 0, 0, 0);
  }

  @Test
  void shropshire_ehcp_and_gsp_levels_set_the_top_up() {
    // Shropshire local offer: EHCP level 3 = £3,000; GSP level 0.5 = £500, on top of the £6,000 notional budget
    assertFunding(fund(pupil("P3", SettingType.MAINSTREAM_MAINTAINED, 9_000).basicPerPupilFunding(Money.ofPounds(5_000))
        .topUpBasis(TopUpBasis.BAND).band("EHCP-3").build()), 5_000, 6_000, 0, 3_000, 0);
    assertFunding(fund(pupil("P4", SettingType.MAINSTREAM_MAINTAINED, 6_500).basicPerPupilFunding(Money.ofPounds(5_000))
        .topUpBasis(TopUpBasis.BAND).band("GSP-0.5").build()), 5_000, 6_000, 0, 500, 0);
    assertThat(fund(pupil("P5", SettingType.MAINSTREAM_MAINTAINED, 6_500).basicPerPupilFunding(Money.ofPounds(5_000))
        .topUpBasis(TopUpBasis.BAND).band("EHCP-3").build()).explanation().toText())
        .contains("Element 3: top-up of band EHCP-3 of Shropshire's local banding = £3,000.00");
  }

  @Test
  void resourced_provision_on_roll_gets_6000_place_plus_element_1() {
    assertFunding(fund(pupil("R1", SettingType.RESOURCED_PROVISION, 8_000).basicPerPupilFunding(Money.ofPounds(5_000))
        .topUpBasis(TopUpBasis.COST_ABOVE_BASE).build()), 5_000, 0, 6_000, 2_000, 0);
  }

  @Test
  void resourced_provision_not_on_roll_gets_10000_place() {
    assertFunding(fund(pupil("R2", SettingType.RESOURCED_PROVISION, 12_000).onSchoolRoll(false)
        .topUpBasis(TopUpBasis.COST_ABOVE_BASE).build()), 0, 0, 10_000, 2_000, 0);
  }

  @Test
  void special_schools_get_10000_place_and_top_up() {
    assertFunding(fund(pupil("S1", SettingType.MAINTAINED_SPECIAL, 25_000).topUpBasis(TopUpBasis.COST_ABOVE_BASE).build()),
        0, 0, 10_000, 15_000, 0);
    assertFunding(fund(pupil("S2", SettingType.ACADEMY_SPECIAL, 20_000).topUpBasis(TopUpBasis.AGREED_AMOUNT)
        .agreedTopUp(Money.ofPounds(12_000)).build()), 0, 0, 10_000, 12_000, 0);
    assertFunding(fund(pupil("S3", SettingType.NON_MAINTAINED_SPECIAL, 30_000).topUpBasis(TopUpBasis.COST_ABOVE_BASE).build()),
        0, 0, 10_000, 20_000, 0);
  }

  @Test
  void independent_special_school_is_paid_its_fee() {
    PupilFunding f = fund(pupil("I1", SettingType.INDEPENDENT_SPECIAL, 60_000).annualFee(Money.ofPounds(60_000))
        .topUpBasis(TopUpBasis.NONE).build());
    assertFunding(f, 0, 0, 0, 0, 60_000);
    assertThat(f.highNeedsCost()).isEqualTo(Money.ofPounds(60_000));
  }

  @Test
  void alternative_provision_fe_and_early_years() {
    assertFunding(fund(pupil("A1", SettingType.ALTERNATIVE_PROVISION, 14_000).topUpBasis(TopUpBasis.COST_ABOVE_BASE).build()),
        0, 0, 10_000, 4_000, 0);
    assertFunding(fund(pupil("F1", SettingType.POST_16_FE, 9_000).basicPerPupilFunding(Money.ofPounds(4_500))
        .topUpBasis(TopUpBasis.COST_ABOVE_BASE).build()), 4_500, 0, 6_000, 3_000, 0);
    assertFunding(fund(pupil("E1", SettingType.EARLY_YEARS, 2_500).basicPerPupilFunding(Money.ofPounds(3_000))
        .topUpBasis(TopUpBasis.COST_ABOVE_BASE).build()), 3_000, 0, 0, 2_500, 0);
  }

  @Test
  void place_funding_by_setting_type() {
    // Herefordshire 2022-23: 56 unit places × £6,000 = £336,000; 50 PRS places × £10,000 = £500,000
    PlacePlusRates y2022 = PlacePlusRates.resolve(ParameterSet.defaults(), FinancialYear.of(2022));
    assertThat(PlacePlus.DEFAULT.placeFunding(SettingType.RESOURCED_PROVISION, 56, y2022).amount())
        .contains(Money.ofPounds(336_000));
    assertThat(PlacePlus.DEFAULT.placeFunding(SettingType.ALTERNATIVE_PROVISION, 50, y2022).amount())
        .contains(Money.ofPounds(500_000));
    assertThat(PlacePlus.DEFAULT.placeFunding(SettingType.MAINSTREAM_ACADEMY, 5, RATES).amount()).contains(Money.ZERO);
  }

  @Test
  void la_spend_by_setting_type_is_places_plus_top_ups_plus_fees() {
    ImmutableList<PupilPlacement> caseload = ImmutableList.of(
        pupil("S1", SettingType.MAINTAINED_SPECIAL, 25_000).topUpBasis(TopUpBasis.COST_ABOVE_BASE).build(),
        pupil("S2", SettingType.MAINTAINED_SPECIAL, 18_000).topUpBasis(TopUpBasis.COST_ABOVE_BASE).build(),
        pupil("I1", SettingType.INDEPENDENT_SPECIAL, 60_000).annualFee(Money.ofPounds(60_000)).topUpBasis(TopUpBasis.NONE).build(),
        pupil("M1", SettingType.MAINSTREAM_ACADEMY, 8_000).basicPerPupilFunding(Money.ofPounds(5_000))
            .topUpBasis(TopUpBasis.BAND).band("EHCP-2").build(),
        pupil("R1", SettingType.RESOURCED_PROVISION, 8_000).basicPerPupilFunding(Money.ofPounds(5_000))
            .topUpBasis(TopUpBasis.COST_ABOVE_BASE).build(),
        pupil("R2", SettingType.RESOURCED_PROVISION, 8_000).basicPerPupilFunding(Money.ofPounds(5_000))
            .topUpBasis(TopUpBasis.COST_ABOVE_BASE).build());
    HighNeedsSpend s = PlacePlus.DEFAULT.highNeedsSpend(caseload,
        ImmutableMap.of(SettingType.MAINTAINED_SPECIAL, 3L, SettingType.RESOURCED_PROVISION, 4L), RATES, SHROPSHIRE);
    assertThat(s.total(SettingType.MAINTAINED_SPECIAL)).isEqualTo(Money.ofPounds(53_000)); // 3 × £10k + £15k + £8k
    assertThat(s.places().get(SettingType.RESOURCED_PROVISION)).isEqualTo(Money.ofPounds(32_000)); // 2 × £6k + 2 × £10k
    assertThat(s.total(SettingType.RESOURCED_PROVISION)).isEqualTo(Money.ofPounds(36_000));
    assertThat(s.total(SettingType.INDEPENDENT_SPECIAL)).isEqualTo(Money.ofPounds(60_000));
    assertThat(s.total(SettingType.MAINSTREAM_ACADEMY)).isEqualTo(Money.ofPounds(2_000));
    assertThat(s.total()).isEqualTo(Money.ofPounds(151_000));
    assertThat(s.explanation().childrenTotal()).isEqualTo(s.total());
    assertThat(s.pupils().get(SettingType.MAINTAINED_SPECIAL)).isEqualTo(2L);
  }

  @Test
  void bad_placements_are_named() {
    assertThatThrownBy(() -> pupil("X", SettingType.MAINSTREAM_ACADEMY, 1).topUpBasis(TopUpBasis.NONE).build())
        .hasMessage("PupilPlacement.basicPerPupilFunding: is required: element 1 is paid per pupil in this setting"
            + " (pupil X, MAINSTREAM_ACADEMY)");
    assertThatThrownBy(() -> pupil("X", SettingType.INDEPENDENT_SPECIAL, 1).topUpBasis(TopUpBasis.NONE).build())
        .hasMessage("PupilPlacement.annualFee: is required for an independent special school (pupil X, INDEPENDENT_SPECIAL)");
    assertThatThrownBy(() -> pupil("X", SettingType.MAINTAINED_SPECIAL, 1).topUpBasis(TopUpBasis.BAND).build())
        .hasMessage("PupilPlacement.band: must be given exactly when topUpBasis is BAND (basis BAND) (pupil X, MAINTAINED_SPECIAL)");
    assertThatThrownBy(() -> pupil("X", SettingType.MAINTAINED_SPECIAL, -1).topUpBasis(TopUpBasis.NONE).build())
        .hasMessage("PupilPlacement.provisionCost: -£1.00 must not be negative (pupil X, MAINTAINED_SPECIAL)");
  }

  @Test
  void unknown_band_is_named_with_the_known_bands() {
    assertThatThrownBy(() -> fund(pupil("P9", SettingType.MAINTAINED_SPECIAL, 12_000)
            .topUpBasis(TopUpBasis.BAND).band("EHCP-5").build()))
        .hasMessage("PlacePlus: pupil P9: LocalBanding Shropshire: no band 'EHCP-5' (bands: GSP-0.5, GSP-1, "
            + "GSP-1.5, GSP-2, EHCP-1, EHCP-2, EHCP-3, EHCP-4)");
  }

  @Test
  void columnar_caseload_names_the_row_of_a_bad_pupil() {
    PlacementTable.Builder b = PlacementTable.builder(SHROPSHIRE, 4)
        .add(SettingType.MAINTAINED_SPECIAL, 2_500_000, TopUpBasis.COST_ABOVE_BASE, null, 0, true);
    assertThatThrownBy(() -> b.add(SettingType.MAINSTREAM_ACADEMY, 900_000, TopUpBasis.BAND, "EHCP-9", 0, true))
        .hasMessageStartingWith("PlacementTable row 1: LocalBanding Shropshire: no band 'EHCP-9'");
    assertThatThrownBy(() -> b.add(SettingType.MAINSTREAM_ACADEMY, -1, TopUpBasis.NONE, null, 0, true))
        .hasMessage("PlacementTable row 1: amounts must not be negative (cost -1, amount 0)");
    HighNeedsSpend s = PlacePlus.DEFAULT.highNeedsSpend(b.build(), ImmutableMap.of(SettingType.MAINTAINED_SPECIAL, 1L), RATES);
    assertThat(s.total()).isEqualTo(Money.ofPounds(25_000)); // £10,000 place + £15,000 top-up
  }
}
