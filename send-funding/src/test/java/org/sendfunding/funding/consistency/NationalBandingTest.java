package org.sendfunding.funding.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

class NationalBandingTest {

  private static final FinancialYear Y = FinancialYear.parse("2026-27");

  @Test
  void tariff_is_area_cost_adjusted() {
    // £28,000 × 1.15 = £32,200
    assertThat(NationalBanding.DEFAULT.tariff(ParameterSet.defaults(), Y, SettingType.MAINTAINED_SPECIAL, Rate.of("1.15")))
        .isEqualTo(Money.ofPounds(32_200));
    ParameterSet flat = ParameterSet.defaults().withOverlay(ParameterOverlay.builder().name("no ACA")
        .override(NationalBanding.AREA_COST_ADJUSTED, LocalDate.of(2026, 4, 1), ParameterValue.of(false)).build());
    assertThat(NationalBanding.DEFAULT.tariff(flat, Y, SettingType.MAINTAINED_SPECIAL, Rate.of("1.15"))).isEqualTo(Money.ofPounds(28_000));
  }

  @Test
  void local_bands_are_todays_rule() {
    assertThat(NationalBanding.DEFAULT.isNational(ParameterSet.defaults(), Y)).isFalse();
    assertThat(NationalBanding.DEFAULT.explain(ParameterSet.defaults(), Y, SettingType.INDEPENDENT_SPECIAL, Rate.of("1.1")).toText())
        .contains("£66,000.00").contains("consistency.national_tariff.independent_special = £60,000.00");
  }
}
