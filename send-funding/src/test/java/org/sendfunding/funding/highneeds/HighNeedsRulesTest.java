package org.sendfunding.funding.highneeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterException;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.time.FinancialYear;

/**
 * The rules of a year as resolved from the shipped parameters (2025-26: floor 7%, gains cap 10%,
 * HCWS264, 28 Nov 2024; basic entitlement £4,660; historic spend 50%; import/export £6,000; floor
 * baseline the previous year; 2026-27 a rollover year, written statement "Dedicated Schools Grant",
 * 17 Dec 2025; each value cited in its parameter file under {@code parameters/highneeds}), and the refusals of
 * inconsistent parameters.
 */
class HighNeedsRulesTest {

  private static final FinancialYear Y2025 = FinancialYear.of(2025);
  private static final LocalDate FROM = LocalDate.of(2025, 4, 1);

  private static ParameterSet with(String path, ParameterValue value) {
    return ParameterSet.defaults().withOverlay(ParameterOverlay.builder().name(path).override(path, FROM, value).build());
  }

  @Test
  void formula_year_rules_hold_the_parameters_in_whole_units() {
    HighNeedsNffRules r = HighNeedsNffRules.resolve(ParameterSet.defaults(), Y2025);
    assertThat(r.toString()).isEqualTo("HighNeedsNffRules{2025-26, nff}");
    assertThat(r.financialYear()).isEqualTo(Y2025);
    assertThat(r.floorBaselineYear()).isEqualTo(FinancialYear.of(2024));
    assertThat(r.basicEntitlementPence).isEqualTo(466_000);
    assertThat(r.historicShareMicros).isEqualTo(500_000);
    assertThat(r.importExportPence).isEqualTo(600_000);
    // growth factors in millionths: 1 + 7% and 1 + 10%
    assertThat(r.floorGrowthMicros).isEqualTo(1_070_000);
    assertThat(r.capGrowthMicros).isEqualTo(1_100_000);
    long shares = 0;
    for (long s : r.shareMicros) {
      shares += s;
    }
    assertThat(shares).isEqualTo(1_000_000);
    assertThat(r.shareMicros[ProxyFactor.POPULATION.ordinal()]).isEqualTo(500_000);
    assertThat(r.floor().value().asPercentage()).isEqualTo(Percentage.of("7"));
    assertThat(r.gainsCap()).isPresent();
    assertThat(r.searchedGainsCap()).isEmpty();
    assertThat(r.floorUses()).extracting(u -> u.path())
        .containsExactly("highneeds.nff.floor", "highneeds.nff.gains_cap", "highneeds.nff.floor_baseline");
    HighNeedsNffRules searched = r.withGainsCap(Percentage.of("8.5"));
    assertThat(searched.searchedGainsCap()).contains(Percentage.of("8.5"));
    assertThat(searched.floorUses()).extracting(u -> u.path()).containsExactly("highneeds.nff.floor", "highneeds.nff.floor_baseline");
  }

  @Test
  void rollover_year_rules_refuse_formula_parameters_by_name() {
    HighNeedsNffRules r = HighNeedsNffRules.resolve(ParameterSet.defaults(), FinancialYear.of(2026));
    assertThat(r.toString()).isEqualTo("HighNeedsNffRules{2026-27, rollover}");
    assertThat(r.method()).isEqualTo(AllocationMethod.ROLLOVER);
    assertThat(r.floorBaselineYear()).isEqualTo(Y2025);
    assertThat(r.capGrowthMicros).isEqualTo(Long.MAX_VALUE);
    String message = "HighNeedsNffRules: the method in 2026-27 is rollover, not nff";
    assertThatThrownBy(r::gainsCap).hasMessage(message);
    assertThatThrownBy(r::floor).isInstanceOf(IllegalStateException.class).hasMessage(message);
    assertThatThrownBy(r::basicEntitlement).hasMessage(message);
    assertThatThrownBy(r::historicShare).hasMessage(message);
    assertThatThrownBy(r::importExport).hasMessage(message);
    assertThatThrownBy(r::floorBaselineRule).hasMessage(message);
    assertThatThrownBy(() -> r.share(ProxyFactor.IDACI)).hasMessage(message);
  }

  @Test
  void a_gains_cap_equal_to_the_floor_is_allowed_and_one_below_is_not() {
    HighNeedsNffRules equal = HighNeedsNffRules.resolve(with("highneeds.nff.gains_cap", ParameterValue.of(Percentage.of("7"))), Y2025);
    assertThat(equal.capGrowthMicros).isEqualTo(equal.floorGrowthMicros).isEqualTo(1_070_000);
    assertThatThrownBy(() -> HighNeedsNffRules.resolve(with("highneeds.nff.gains_cap", ParameterValue.of(Percentage.of("6.9999"))), Y2025))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("highneeds.nff.gains_cap 6.9999% is below highneeds.nff.floor 7% in 2025-26");
  }

  @Test
  void percentages_with_more_than_4_decimals_or_below_zero_and_unknown_baseline_rules_are_refused() {
    assertThatThrownBy(() -> HighNeedsNffRules.resolve(with("highneeds.nff.floor", ParameterValue.of(Percentage.of("7.00001"))), Y2025))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("highneeds.nff.floor: 7.00001% must be a non-negative percentage with at most 4 decimal places");
    assertThatThrownBy(() -> HighNeedsNffRules.resolve(with("highneeds.nff.historic_spend_share", ParameterValue.of(Percentage.of("-1"))),
        Y2025)).hasMessageContaining("highneeds.nff.historic_spend_share: -1% must be a non-negative percentage");
    // 4 decimal places, and a zero floor, are fine
    assertThat(HighNeedsNffRules.resolve(with("highneeds.nff.floor", ParameterValue.of(Percentage.of("0.0001"))), Y2025).floorGrowthMicros)
        .isEqualTo(1_000_001);
    assertThat(HighNeedsNffRules.resolve(with("highneeds.nff.floor", ParameterValue.of(Percentage.of("0"))), Y2025).floorGrowthMicros)
        .isEqualTo(1_000_000);
    assertThatThrownBy(() -> HighNeedsNffRules.resolve(with("highneeds.nff.floor_baseline", ParameterValue.ofRule("last year")), Y2025))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("highneeds.nff.floor_baseline: 'last year' is neither previous-year nor a financial year such as 2017-18");
    // a named baseline year is used as it is (2018-19 and 2019-20 compared against 2017-18)
    assertThat(HighNeedsNffRules.resolve(with("highneeds.nff.floor_baseline", ParameterValue.ofRule("2017-18")), Y2025).floorBaselineYear())
        .isEqualTo(FinancialYear.of(2017));
  }
}
