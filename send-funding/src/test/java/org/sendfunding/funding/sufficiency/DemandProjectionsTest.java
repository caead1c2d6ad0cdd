package org.sendfunding.funding.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.ehcp.projection.CountInterval;
import org.sendfunding.ehcp.projection.DemandProjection;
import org.sendfunding.ehcp.projection.ProjectionSettings;
import org.sendfunding.funding.dataset.CaseloadProjection;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.scenario.Assumptions;
import org.sendfunding.funding.scenario.Measure;
import org.sendfunding.funding.scenario.Scenario;
import org.sendfunding.funding.scenario.ScenarioResult;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

class DemandProjectionsTest {

  private static final LocalAuthority HALTON = LocalAuthorities.england().byCode(876);

  /** A projection from census 2025: 2027 holds 900 pupils in maintained special schools and 100 in independent ones. */
  private static DemandProjection projection(boolean named) {
    CountInterval ms = CountInterval.of(850, 900, 950, 900.0);
    CountInterval iss = CountInterval.of(90, 100, 110, 100.0);
    DemandProjection.Builder b = DemandProjection.builder().baseYear(2025).settings(ProjectionSettings.of(2, 100, 42L))
        .totals(ImmutableSortedMap.of(2026, CountInterval.of(950, 1000, 1050, 1000.0), 2027, CountInterval.of(950, 1000, 1050, 1000.0)))
        .settingTotals(ImmutableSortedMap.of(
            2026, ImmutableMap.of(SettingType.MAINTAINED_SPECIAL, ms, SettingType.INDEPENDENT_SPECIAL, iss),
            2027, ImmutableMap.of(SettingType.MAINTAINED_SPECIAL, ms, SettingType.INDEPENDENT_SPECIAL, iss)));
    if (named) {
      b.localAuthority(HALTON);
    }
    return b.build();
  }

  @Test
  void census_year_maps_to_the_financial_year_holding_its_january() {
    assertThat(DemandProjections.financialYearOfCensus(2027)).isEqualTo(FinancialYear.parse("2026-27"));
    CaseloadProjection c = DemandProjections.toCaseloadProjection(projection(true));
    assertThat(c.years().keySet()).containsExactly(FinancialYear.parse("2025-26"), FinancialYear.parse("2026-27"));
    assertThat(c.pupils(FinancialYear.parse("2026-27"), SettingType.MAINTAINED_SPECIAL)).isEqualTo(900);
    assertThat(c.pupils(FinancialYear.parse("2026-27"), SettingType.INDEPENDENT_SPECIAL)).isEqualTo(100);
    assertThat(c.pupils(FinancialYear.parse("2026-27"), SettingType.MAINSTREAM_ACADEMY)).isZero();
  }

  @Test
  void a_projection_without_an_la_needs_one_named() {
    assertThatThrownBy(() -> DemandProjections.toCaseloadProjection(projection(false)))
        .hasMessageContaining("names no LA");
    assertThat(DemandProjections.toCaseloadProjection(projection(false), HALTON).localAuthority()).isEqualTo(HALTON);
    assertThatThrownBy(() -> DemandProjections.toCaseloadProjection(projection(true), LocalAuthorities.england().byCode(202)))
        .hasMessageContaining("is not the projection's LA");
  }

  @Test
  void a_scenario_fed_with_the_projection_uses_its_caseload_and_spend_follows() {
    FundingDataset data = FundingDataset.england().restrictedTo(List.of(876));
    CaseloadProjection c = DemandProjections.toCaseloadProjection(projection(true));
    Assumptions flat = Assumptions.builder().years(1).build();
    ScenarioResult grown = Scenario.builder().name("flat growth").dataset(data).assumptions(flat).build().run();
    ScenarioResult fed = Scenario.builder().name("projection").dataset(data)
        .assumptions(Assumptions.builder().from(flat).putCaseloadProjections(876, c).build()).build().run();
    FinancialYear y = FinancialYear.parse("2026-27");
    assertThat(fed.value(876, y, Measure.EHCP_PUPILS)).isEqualTo(1000);
    assertThat(grown.value(876, y, Measure.EHCP_PUPILS)).isNotEqualTo(1000);
    // placement spend = 900 x maintained special unit cost + 100 x independent unit cost, each inflated by 3% once
    Money ms = data.caseload(876).unitCosts().get(SettingType.MAINTAINED_SPECIAL);
    Money iss = data.caseload(876).unitCosts().get(SettingType.INDEPENDENT_SPECIAL);
    Money expected = ms.times(org.sendfunding.model.money.Rate.of("1.03"), org.sendfunding.model.money.RoundingRule.HALF_UP_TO_PENNY).times(900)
        .plus(iss.times(org.sendfunding.model.money.Rate.of("1.03"), org.sendfunding.model.money.RoundingRule.HALF_UP_TO_PENNY).times(100));
    assertThat(fed.money(876, y, Measure.PLACEMENT_SPEND)).isEqualTo(expected);
    assertThat(fed.money(876, y, Measure.PLACEMENT_SPEND)).isNotEqualTo(grown.money(876, y, Measure.PLACEMENT_SPEND));
  }
}
