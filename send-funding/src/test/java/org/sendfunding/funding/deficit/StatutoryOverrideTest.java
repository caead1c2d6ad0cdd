package org.sendfunding.funding.deficit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.model.time.FinancialYear;

class StatutoryOverrideTest {

  @Test
  void override_holds_deficits_to_31_march_2028_then_ends() {
    // SI 2020/1212 reg 30L, extended by SI 2022/1328 and in June 2025 to 31 March 2028.
    ParameterSet p = ParameterSet.defaults();
    assertThat(StatutoryOverride.DEFAULT.ringFenced(p, FinancialYear.parse("2019-20"))).isFalse();
    assertThat(StatutoryOverride.DEFAULT.ringFenced(p, FinancialYear.parse("2020-21"))).isTrue();
    assertThat(StatutoryOverride.DEFAULT.ringFenced(p, FinancialYear.parse("2027-28"))).isTrue();
    assertThat(StatutoryOverride.DEFAULT.ringFenced(p, FinancialYear.parse("2028-29"))).isFalse();
    var period = StatutoryOverride.DEFAULT.period(p, FinancialYear.parse("2026-27")).orElseThrow();
    assertThat(period.from()).isEqualTo(LocalDate.of(2020, 11, 29));
    assertThat(period.until()).isEqualTo(LocalDate.of(2028, 3, 31));
    assertThat(StatutoryOverride.DEFAULT.period(p, FinancialYear.parse("2028-29"))).isEmpty();
  }

  @Test
  void a_scenario_can_extend_the_override() {
    ParameterSet p = ParameterSet.defaults().withOverlay(ParameterOverlay.builder().name("extend to 2030")
        .override(StatutoryOverride.PATH, LocalDate.of(2028, 4, 1), ParameterValue.of(true), LocalDate.of(2030, 4, 1)).build()); // until: first day no longer overridden
    assertThat(StatutoryOverride.DEFAULT.ringFenced(p, FinancialYear.parse("2029-30"))).isTrue();
    assertThat(StatutoryOverride.DEFAULT.ringFenced(p, FinancialYear.parse("2030-31"))).isFalse();
  }
}
