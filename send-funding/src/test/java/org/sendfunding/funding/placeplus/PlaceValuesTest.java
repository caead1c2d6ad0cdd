package org.sendfunding.funding.placeplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendfunding.funding.placeplus.PlacePlusTest.RATES;
import static org.sendfunding.funding.placeplus.PlacePlusTest.pupil;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ValueInForce;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * Place values of every setting type with the 2025-26 rates (£10,000 special, non-maintained special
 * and AP; £6,000 resourced provision for a pupil on the roll, £10,000 otherwise; £6,000 FE; nothing in
 * mainstream, early years or independent schools: Dorset Council, "Funding for SEND in schools and
 * educational settings", https://www.dorsetcouncil.gov.uk/w/funding-for-send-in-schools-and-educational-settings),
 * commissioned places, and the refusals.
 */
class PlaceValuesTest {

  @Test
  void every_setting_type_has_its_place_value_and_parameter() {
    assertThat(RATES.financialYear()).isEqualTo(FinancialYear.of(2025));
    assertThat(RATES.notionalSenThreshold()).isEqualTo(Money.ofPounds(6_000));
    Object[][] expected = {
        {SettingType.MAINTAINED_SPECIAL, 10_000L, "placeplus.place_value.special"},
        {SettingType.ACADEMY_SPECIAL, 10_000L, "placeplus.place_value.special"},
        {SettingType.NON_MAINTAINED_SPECIAL, 10_000L, "placeplus.place_value.non_maintained_special"},
        {SettingType.ALTERNATIVE_PROVISION, 10_000L, "placeplus.place_value.alternative_provision"},
        {SettingType.POST_16_FE, 6_000L, "placeplus.place_value.post16_fe"},
        {SettingType.RESOURCED_PROVISION, 6_000L, "placeplus.place_value.resourced_provision"}};
    for (Object[] e : expected) {
      SettingType t = (SettingType) e[0];
      assertThat(RATES.placeValue(t, true)).as("%s", t).isEqualTo(Money.ofPounds((Long) e[1]));
      assertThat(RATES.placeParameter(t, true)).extracting(v -> v.parameter().path()).as("%s", t).containsExactly((String) e[2]);
    }
    assertThat(RATES.placeValue(SettingType.RESOURCED_PROVISION, false)).isEqualTo(Money.ofPounds(10_000));
    assertThat(RATES.placeParameter(SettingType.RESOURCED_PROVISION, false)).extracting(v -> v.parameter().path())
        .containsExactly("placeplus.place_value.resourced_provision_unoccupied");
    for (SettingType t : new SettingType[] {SettingType.MAINSTREAM_MAINTAINED, SettingType.MAINSTREAM_ACADEMY, SettingType.EARLY_YEARS,
        SettingType.INDEPENDENT_SPECIAL}) {
      assertThat(RATES.placeValue(t, true)).as("%s", t).isEqualTo(Money.ZERO);
      assertThat(RATES.placeParameter(t, true)).as("%s", t).isEmpty();
    }
    ValueInForce threshold = RATES.threshold();
    assertThat(threshold.parameter().path()).isEqualTo("placeplus.notional_sen_threshold");
  }

  @Test
  void place_funding_is_places_times_value_and_says_when_a_setting_has_no_place_funding() {
    Explanation special = PlacePlus.DEFAULT.placeFunding(SettingType.ACADEMY_SPECIAL, 12, RATES);
    assertThat(special.amount()).contains(Money.ofPounds(120_000));
    assertThat(special.rule()).isEqualTo("Place funding: places × place value for Special academy / free school");
    assertThat(special.inputs()).containsEntry("places", "12");
    assertThat(special.parameters()).extracting(u -> u.path()).containsExactly("placeplus.place_value.special");
    Explanation mainstream = PlacePlus.DEFAULT.placeFunding(SettingType.MAINSTREAM_ACADEMY, 5, RATES);
    assertThat(mainstream.amount()).contains(Money.ZERO);
    assertThat(mainstream.rule()).endsWith("(places not funded in this setting)");
    assertThat(PlacePlus.DEFAULT.placeFunding(SettingType.POST_16_FE, 0, RATES).amount()).contains(Money.ZERO);
    assertThatThrownBy(() -> PlacePlus.DEFAULT.placeFunding(SettingType.MAINTAINED_SPECIAL, -1, RATES))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("PlacePlus.places: -1 must not be negative (MAINTAINED_SPECIAL)");
  }

  @Test
  void resourced_places_are_funded_at_the_occupied_rate_only_up_to_the_pupils_on_the_roll() {
    PupilPlacement onRoll = pupil("R1", SettingType.RESOURCED_PROVISION, 6_000).basicPerPupilFunding(Money.ofPounds(5_000))
        .topUpBasis(TopUpBasis.NONE).build();
    // 3 on the roll, 5 places: 3 x £6,000 + 2 x £10,000 = £38,000
    HighNeedsSpend five = PlacePlus.DEFAULT.highNeedsSpend(ImmutableList.of(onRoll, onRoll, onRoll),
        ImmutableMap.of(SettingType.RESOURCED_PROVISION, 5L), RATES);
    assertThat(five.places().get(SettingType.RESOURCED_PROVISION)).isEqualTo(Money.ofPounds(38_000));
    // 3 on the roll, 2 places: 2 x £6,000
    HighNeedsSpend two = PlacePlus.DEFAULT.highNeedsSpend(ImmutableList.of(onRoll, onRoll, onRoll),
        ImmutableMap.of(SettingType.RESOURCED_PROVISION, 2L), RATES);
    assertThat(two.places().get(SettingType.RESOURCED_PROVISION)).isEqualTo(Money.ofPounds(12_000));
    assertThat(two.explanation().children().get(0).children().get(0).inputs())
        .containsEntry("places commissioned", "2").containsEntry("places filled by pupils on the roll", "2");
    // a pupil not on the roll is measured against the £10,000 unoccupied rate: £13,000 cost, £3,000 top-up
    PupilPlacement offRoll = pupil("R2", SettingType.RESOURCED_PROVISION, 13_000).onSchoolRoll(false)
        .topUpBasis(TopUpBasis.COST_ABOVE_BASE).build();
    HighNeedsSpend off = PlacePlus.DEFAULT.highNeedsSpend(ImmutableList.of(offRoll), ImmutableMap.of(SettingType.RESOURCED_PROVISION, 1L), RATES);
    assertThat(off.topUps().get(SettingType.RESOURCED_PROVISION)).isEqualTo(Money.ofPounds(3_000));
    assertThat(off.places().get(SettingType.RESOURCED_PROVISION)).isEqualTo(Money.ofPounds(10_000));
    assertThat(PlacePlus.DEFAULT.fund(offRoll, RATES).element3()).isEqualTo(Money.ofPounds(3_000));
    assertThat(PlacePlus.DEFAULT.fund(offRoll, RATES).placeFunding()).isEqualTo(Money.ofPounds(10_000));
  }

  @Test
  void agreed_top_ups_are_paid_as_agreed_and_setting_types_without_pupils_or_places_are_left_out() {
    PupilPlacement ap = pupil("A1", SettingType.ALTERNATIVE_PROVISION, 30_000).topUpBasis(TopUpBasis.AGREED_AMOUNT)
        .agreedTopUp(Money.ofPounds(4_321)).build();
    HighNeedsSpend s = PlacePlus.DEFAULT.highNeedsSpend(ImmutableList.of(ap), ImmutableMap.of(SettingType.POST_16_FE, 0L), RATES);
    assertThat(s.topUps().get(SettingType.ALTERNATIVE_PROVISION)).isEqualTo(Money.ofPounds(4_321));
    assertThat(s.places().get(SettingType.ALTERNATIVE_PROVISION)).isEqualTo(Money.ZERO);
    assertThat(s.fees().get(SettingType.ALTERNATIVE_PROVISION)).isEqualTo(Money.ZERO);
    assertThat(s.pupils()).containsOnlyKeys(SettingType.ALTERNATIVE_PROVISION, SettingType.POST_16_FE);
    assertThat(s.total()).isEqualTo(Money.ofPounds(4_321));
    assertThat(PlacePlus.DEFAULT.fund(ap, RATES).element3()).isEqualTo(Money.ofPounds(4_321));
    assertThat(PlacePlus.DEFAULT.fund(ap, RATES).explanation().toText()).contains("Element 3: top-up agreed with the provider");
    assertThatThrownBy(() -> PlacePlus.DEFAULT.highNeedsSpend(ImmutableList.of(ap), ImmutableMap.of(SettingType.ALTERNATIVE_PROVISION, -1L),
        RATES)).hasMessage("PlacePlus.commissionedPlaces: ALTERNATIVE_PROVISION is -1, must not be negative");
  }

  @Test
  void a_banded_pupil_without_a_banding_is_refused_by_name() {
    PupilPlacement banded = pupil("B1", SettingType.MAINTAINED_SPECIAL, 20_000).topUpBasis(TopUpBasis.BAND).band("EHCP-2").build();
    assertThatThrownBy(() -> PlacePlus.DEFAULT.fund(banded, RATES)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PlacePlus: pupil B1 has band 'EHCP-2' but no local banding was given");
    assertThatThrownBy(() -> PlacePlus.DEFAULT.highNeedsSpend(ImmutableList.of(banded), ImmutableMap.of(), RATES))
        .hasMessage("PlacePlus: pupil B1: PlacementTable row 0: band 'EHCP-2' but no banding was given");
  }

  @Test
  void each_pupils_explanation_names_the_place_its_base_and_the_threshold_only_where_it_applies() {
    // resourced provision, pupil not on the host school's roll: £10,000 place; £13,000 cost, £3,000 above the base
    PupilPlacement offRoll = pupil("R2", SettingType.RESOURCED_PROVISION, 13_000).onSchoolRoll(false)
        .topUpBasis(TopUpBasis.COST_ABOVE_BASE).build();
    Explanation e = PlacePlus.DEFAULT.fund(offRoll, RATES).explanation();
    Explanation place = e.children().get(0);
    assertThat(place.rule()).isEqualTo("Place funding for a Resourced provision / SEN unit place not filled by a pupil on the school's roll");
    assertThat(place.parameters()).extracting(u -> u.path()).containsExactly("placeplus.place_value.resourced_provision_unoccupied");
    Explanation topUp = e.children().get(1);
    assertThat(topUp.inputs()).containsEntry("cost above the base", "£3,000.00");
    assertThat(topUp.parameters()).isEmpty();
    // on the roll: the £6,000 place, no "not filled" wording
    PupilPlacement onRoll = pupil("R1", SettingType.RESOURCED_PROVISION, 13_000).basicPerPupilFunding(Money.ofPounds(5_000))
        .topUpBasis(TopUpBasis.COST_ABOVE_BASE).build();
    assertThat(PlacePlus.DEFAULT.fund(onRoll, RATES).explanation().children()).extracting(Explanation::rule)
        .contains("Place funding for a Resourced provision / SEN unit place");
    // mainstream: the top-up above the £6,000 threshold cites the threshold; £9,000 cost, £3,000 above it
    PupilPlacement mainstream = pupil("M1", SettingType.MAINSTREAM_MAINTAINED, 9_000).basicPerPupilFunding(Money.ofPounds(5_000))
        .topUpBasis(TopUpBasis.COST_ABOVE_BASE).build();
    Explanation m = PlacePlus.DEFAULT.fund(mainstream, RATES).explanation();
    Explanation mTopUp = m.children().get(m.children().size() - 1);
    assertThat(mTopUp.rule()).startsWith("Element 3: top-up of the provision cost above");
    assertThat(mTopUp.inputs()).containsEntry("cost above the base", "£3,000.00");
    assertThat(mTopUp.parameters()).extracting(u -> u.path()).containsExactly("placeplus.notional_sen_threshold");
  }

  @Test
  void spend_total_adds_every_setting_types_places_top_ups_and_fees() {
    PupilPlacement special = pupil("S1", SettingType.MAINTAINED_SPECIAL, 25_000).topUpBasis(TopUpBasis.COST_ABOVE_BASE).build();
    PupilPlacement ap = pupil("A1", SettingType.ALTERNATIVE_PROVISION, 30_000).topUpBasis(TopUpBasis.AGREED_AMOUNT)
        .agreedTopUp(Money.ofPounds(4_000)).build();
    // special: 2 places x £10,000 + £15,000 top-up = £35,000; AP: 1 x £10,000 + £4,000 = £14,000
    HighNeedsSpend s = PlacePlus.DEFAULT.highNeedsSpend(ImmutableList.of(special, ap),
        ImmutableMap.of(SettingType.MAINTAINED_SPECIAL, 2L, SettingType.ALTERNATIVE_PROVISION, 1L), RATES);
    assertThat(s.total()).isEqualTo(Money.ofPounds(49_000));
    assertThat(s.explanation().amount()).contains(Money.ofPounds(49_000));
  }
}
