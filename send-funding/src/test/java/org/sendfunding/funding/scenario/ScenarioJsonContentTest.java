package org.sendfunding.funding.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.time.FinancialYear;

/** The JSON output carries the same figures as the result's own accessors, field by field. */
class ScenarioJsonContentTest {

  @Test
  void json_fields_match_the_result() throws Exception {
    ScenarioResult r = BuiltInPolicy.THREE_YEAR_SETTLEMENT.scenario(FundingDataset.england()).run();
    JsonNode j = new ObjectMapper().readTree(r.toJson());
    assertThat(j.get("scenario").asText()).isEqualTo(r.scenario().name());
    assertThat(j.get("dataset").asText()).isEqualTo(r.scenario().dataset().name());
    assertThat(j.get("illustrative").asBoolean()).isEqualTo(r.illustrative());
    assertThat(j.get("overlays").size()).isEqualTo(r.scenario().overlays().size());
    Assumptions a = r.scenario().assumptions();
    JsonNode ja = j.get("assumptions");
    assertThat(ja.get("years").asInt()).isEqualTo(a.years());
    assertThat(ja.get("caseload_growth_percent").asText()).isEqualTo(a.caseloadGrowth().percent().toPlainString());
    assertThat(ja.get("inflation_percent").asText()).isEqualTo(a.inflation().percent().toPlainString());
    assertThat(ja.get("population_growth_percent").asText()).isEqualTo(a.populationGrowth().percent().toPlainString());
    assertThat(ja.get("allocation_volatility_percent").asText())
        .isEqualTo(a.allocationVolatility().percent().toPlainString());
    assertThat(ja.get("seed").asLong()).isEqualTo(a.seed());
    assertThat(ja.get("safety_valve_conditions_met").asBoolean()).isEqualTo(a.safetyValveConditionsMet());
    assertThat(j.get("authorities").size()).isEqualTo(r.authorities().size());
    LocalAuthority first = r.authorities().get(0);
    JsonNode la = j.get("authorities").get(0);
    assertThat(la.get("la_code").asInt()).isEqualTo(first.code());
    assertThat(la.get("name").asText()).isEqualTo(first.name());
    for (FinancialYear y : r.years()) {
      for (Measure m : Measure.values()) {
        assertThat(la.get("years").get(y.toString()).get(m.name()).asText()).as("%s %s", y, m)
            .isEqualTo(ScenarioResult.plain(m, r.value(first.code(), y, m)));
        assertThat(j.get("england").get(y.toString()).get(m.name()).asText()).as("England %s %s", y, m)
            .isEqualTo(ScenarioResult.plain(m, r.nationalValue(y, m)));
      }
      for (NationalStatistic s : NationalStatistic.values()) {
        assertThat(j.get("england").get(y.toString()).get(s.name()).asText()).as("England %s %s", y, s)
            .isEqualTo(ScenarioResult.plain(r.statistic(y, s)));
      }
    }
    assertThat(r.toString()).startsWith("ScenarioResult[" + r.scenario().name() + ", 153 LAs, " + r.years().get(0) + " to ");
  }
}
