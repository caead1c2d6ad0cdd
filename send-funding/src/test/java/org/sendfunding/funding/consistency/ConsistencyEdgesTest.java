package org.sendfunding.funding.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/** National banding modes and explanations, and the distribution measures at their edges. */
class ConsistencyEdgesTest {

  private static final FinancialYear Y = FinancialYear.parse("2026-27");
  private static final LocalDate APRIL_2026 = LocalDate.of(2026, 4, 1);

  private static ParameterSet mode(String mode) {
    return ParameterSet.defaults().withOverlay(ParameterOverlay.builder().name(mode)
        .override(NationalBanding.MODE, APRIL_2026, ParameterValue.ofRule(mode)).build());
  }

  @Test
  void national_mode_replaces_local_bands_from_its_date() {
    // SEND and AP Improvement Plan (March 2023) proposed national tariffs; a scenario switches them on.
    ParameterSet national = mode("national");
    assertThat(NationalBanding.DEFAULT.isNational(national, Y)).isTrue();
    assertThat(NationalBanding.DEFAULT.isNational(national, FinancialYear.parse("2025-26"))).isFalse();
  }

  @Test
  void an_unknown_mode_is_refused_with_the_year() {
    assertThatThrownBy(() -> NationalBanding.DEFAULT.isNational(mode("regional"), Y))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("consistency.national_banding.mode: 'regional' is not one of local, national (2026-27)");
  }

  @Test
  void tariff_paths_are_the_lower_case_setting_type() {
    assertThat(NationalBanding.tariffPath(SettingType.MAINTAINED_SPECIAL)).isEqualTo("consistency.national_tariff.maintained_special");
    assertThat(NationalBanding.tariffPath(SettingType.POST_16_FE)).isEqualTo("consistency.national_tariff.post_16_fe");
  }

  @Test
  void area_cost_adjustment_rounds_half_up_to_the_penny() {
    // £6,000 early years tariff × 1.0000025 = £6,000.015 -> £6,000.02 (half up)
    assertThat(NationalBanding.DEFAULT.tariff(ParameterSet.defaults(), Y, SettingType.EARLY_YEARS, Rate.of("1.0000025")))
        .isEqualTo(Money.ofPounds("6000.02"));
  }

  @Test
  void explanation_names_the_adjustment_only_when_it_applies() {
    // £28,000 × 1.15 = £32,200 (NationalBandingTest worked example)
    Explanation adjusted = NationalBanding.DEFAULT.explain(ParameterSet.defaults(), Y, SettingType.MAINTAINED_SPECIAL, Rate.of("1.15"));
    assertThat(adjusted.rule()).isEqualTo("National tariff for " + SettingType.MAINTAINED_SPECIAL.displayName()
        + " times the area cost adjustment");
    assertThat(adjusted.amount()).contains(Money.ofPounds(32_200));
    assertThat(adjusted.inputs()).containsEntry("area cost adjustment", "1.15");
    assertThat(adjusted.parameters()).extracting(u -> u.path() + " = " + u.value()).containsExactly(
        "consistency.national_tariff.maintained_special = £28,000.00",
        "consistency.national_banding.area_cost_adjusted = true");
    ParameterSet flat = ParameterSet.defaults().withOverlay(ParameterOverlay.builder().name("no ACA")
        .override(NationalBanding.AREA_COST_ADJUSTED, APRIL_2026, ParameterValue.of(false)).build());
    Explanation plain = NationalBanding.DEFAULT.explain(flat, Y, SettingType.MAINTAINED_SPECIAL, Rate.of("1.15"));
    assertThat(plain.rule()).isEqualTo("National tariff for " + SettingType.MAINTAINED_SPECIAL.displayName());
    assertThat(plain.amount()).contains(Money.ofPounds(28_000));
  }

  @Test
  void no_values_is_refused() {
    assertThatThrownBy(() -> DistributionMeasures.of(new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DistributionMeasures.values: at least one value is required");
  }

  @Test
  void the_smallest_value_is_named_whatever_its_position() {
    assertThatThrownBy(() -> DistributionMeasures.of(new double[] {5, -2, 0}))
        .hasMessage("DistributionMeasures.values: -2.0 is not above zero");
  }

  @Test
  void a_single_la_has_no_variation() {
    DistributionMeasures m = DistributionMeasures.of(new double[] {7});
    assertThat(m.count()).isEqualTo(1);
    assertThat(m.mean()).isEqualTo(7.0);
    assertThat(m.coefficientOfVariation()).isZero();
    assertThat(m.gini()).isZero();
    assertThat(m.p90OverP10()).isEqualTo(1.0);
    assertThat(m.maxOverMin()).isEqualTo(1.0);
  }

  @Test
  void two_las_one_twice_the_other() {
    // 1 and 2: mean 1.5; population sd 0.5, CV 1/3; Gini = |1-2| × 2 / (2 × 4 × 1.5) = 1/6;
    // P90 = 1 + 0.9 = 1.9, P10 = 1 + 0.1 = 1.1; max/min 2
    DistributionMeasures m = DistributionMeasures.of(new double[] {2, 1});
    assertThat(m.count()).isEqualTo(2);
    assertThat(m.mean()).isEqualTo(1.5);
    assertThat(m.coefficientOfVariation()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(m.gini()).isCloseTo(1.0 / 6, within(1e-12));
    assertThat(m.p90OverP10()).isCloseTo(1.9 / 1.1, within(1e-12));
    assertThat(m.maxOverMin()).isEqualTo(2.0);
  }

  @Test
  void percentile_interpolates_between_closest_ranks() {
    double[] sorted = {10, 20, 30, 40, 50};
    // h = (n - 1) p; P10 = 10 + 0.4 × 10 = 14, P90 = 40 + 0.6 × 10 = 46, P100 = 50, P0 = 10
    assertThat(DistributionMeasures.percentile(sorted, 0.1)).isCloseTo(14.0, within(1e-12));
    assertThat(DistributionMeasures.percentile(sorted, 0.9)).isCloseTo(46.0, within(1e-12));
    assertThat(DistributionMeasures.percentile(sorted, 1.0)).isEqualTo(50.0);
    assertThat(DistributionMeasures.percentile(sorted, 0.0)).isEqualTo(10.0);
    assertThat(DistributionMeasures.percentile(sorted, 0.5)).isEqualTo(30.0);
  }

  @Test
  void a_tiny_real_variation_is_not_cleaned_away() {
    // values differing by one part in a million: CV 5e-7 and Gini 2.5e-7 are far above the 1e-12 noise floor
    DistributionMeasures m = DistributionMeasures.of(new double[] {1.0, 1.000001});
    assertThat(m.coefficientOfVariation()).isCloseTo(5e-7, within(1e-12));
    assertThat(m.gini()).isCloseTo(2.5e-7, within(1e-12));
  }
}
