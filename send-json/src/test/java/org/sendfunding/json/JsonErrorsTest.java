package org.sendfunding.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sendfunding.accountability.cohort.School;
import org.sendfunding.accountability.progress8.Attainment8Slots;
import org.sendfunding.ehcp.plan.Ehcp;
import org.sendfunding.ehcp.plan.ProvisionItem;
import org.sendfunding.ehcp.timeline.TimelineEngine;
import org.sendfunding.ehcp.timeline.TimelineOptions;
import org.sendfunding.funding.scenario.ScenarioComparison;
import org.sendfunding.funding.sufficiency.ServicesScenario;

/** Bad JSON for the new types fails with a JsonMappingException naming the type, the field and the path. */
class JsonErrorsTest {

  private static final ObjectMapper JSON = SendJson.mapper();
  private static final String ITEM = "{\"section\":\"F\",\"description\":\"Teaching assistant\",\"quantity\":\"25.0\","
      + "\"unit\":\"hours a week\",\"annualCost\":1200000,\"status\":\"SECURED\"}";

  @Test
  void a_missing_field_is_named() {
    assertThatThrownBy(() -> JSON.readValue(ITEM.replace(",\"unit\":\"hours a week\"", ""), ProvisionItem.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("ProvisionItem: field 'unit' is missing");
  }

  @Test
  void an_unknown_field_is_refused_with_the_known_ones() {
    assertThatThrownBy(() -> JSON.readValue(
        "{\"urn\":100001,\"name\":\"A\",\"localAuthority\":202,\"type\":\"MAINSTREAM_ACADEMY\",\"colour\":\"red\"}",
        School.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("School: unknown field 'colour' (known: [urn, name, localAuthority, type])");
  }

  @Test
  void a_wrong_json_type_names_the_field_and_what_was_expected() {
    assertThatThrownBy(() -> JSON.readValue(
        "{\"urn\":\"100001\",\"name\":\"A\",\"localAuthority\":202,\"type\":\"MAINSTREAM_ACADEMY\"}", School.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("School: field 'urn': expected a whole number (int) but was STRING \"100001\"");
    assertThatThrownBy(() -> JSON.readValue(ITEM.replace("\"25.0\"", "25.0"), ProvisionItem.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("ProvisionItem: field 'quantity': expected a string but was NUMBER");
    assertThatThrownBy(() -> JSON.readValue(ITEM.replace("1200000", "12000.00"), ProvisionItem.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("ProvisionItem: field 'annualCost': Money: expected a whole number of pence");
  }

  @Test
  void an_enum_is_its_name_never_its_ordinal() {
    assertThatThrownBy(() -> JSON.readValue(ITEM.replace("\"SECURED\"", "\"LOST\""), ProvisionItem.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("ProvisionItem: field 'status'")
        .hasMessageContaining("LOST");
    assertThatThrownBy(() -> JSON.readValue(ITEM.replace("\"SECURED\"", "0"), ProvisionItem.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("ProvisionItem: field 'status'");
  }

  @Test
  void the_values_own_checks_still_apply() {
    // Code of Practice 9.178: reviews of under-5s every 3 to 6 months
    assertThatThrownBy(() -> JSON.readValue("{\"underFiveReviewMonths\":9}", TimelineOptions.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("TimelineOptions: TimelineOptions.underFiveReviewMonths: 9 is outside 3 to 6 months");
    assertThatThrownBy(() -> JSON.readValue(ITEM.replace("\"F\"", "\"A\""), ProvisionItem.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("ProvisionItem: ProvisionItem.section: A (Views, interests and aspirations");
  }

  @Test
  void a_nested_failure_says_where_it_is() {
    String plan = "{\"id\":\"EHCP-1\",\"localAuthority\":202,\"issued\":\"2025-01-24\",\"sections\":{\"B\":\"SLCN\"},"
        + "\"provision\":[" + ITEM + "," + ITEM.replace("\"hours a week\"", "7") + "]}";
    assertThatThrownBy(() -> JSON.readValue(plan, Ehcp.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Ehcp: field 'provision': [1]: ProvisionItem: field 'unit': expected a string but was NUMBER 7");
    assertThatThrownBy(() -> JSON.readValue(plan.replace("{\"B\"", "{\"Z\""), Ehcp.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Ehcp: field 'sections': bad key 'Z'");
  }

  @Test
  void a_tampered_derived_figure_is_refused() {
    assertThatThrownBy(() -> JSON.readValue("{\"laCode\":202,\"year\":\"2026-27\",\"measure\":\"CLOSING_BALANCE\","
        + "\"a\":\"-1500000.00\",\"b\":\"-1250000.00\",\"difference\":\"1.00\"}", ScenarioComparison.Difference.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Difference: field 'difference' is 1.00 but the other fields give 250000.00");
    assertThatThrownBy(() -> JSON.readValue("{\"english\":5,\"englishDoubleWeighted\":true,\"maths\":6,"
        + "\"ebacc\":[4,5,6],\"open\":[3,4,5],\"total\":99}", Attainment8Slots.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("Attainment8Slots: field 'total' is 99.0");
  }

  @Test
  void a_scenario_result_is_read_by_running_its_scenario_and_its_figures_must_agree() throws Exception {
    org.sendfunding.funding.scenario.Scenario s = org.sendfunding.funding.scenario.BuiltInPolicy.TODAYS_RULES
        .scenario(org.sendfunding.funding.dataset.FundingDataset.england().restrictedTo(java.util.List.of(202)));
    com.fasterxml.jackson.databind.node.ObjectNode written =
        (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(JSON.writeValueAsString(s.run()));
    assertThat(JSON.treeToValue(written, org.sendfunding.funding.scenario.ScenarioResult.class)).isEqualTo(s.run());
    written.putObject("figures");
    assertThatThrownBy(() -> JSON.treeToValue(written, org.sendfunding.funding.scenario.ScenarioResult.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("ScenarioResult: field 'figures' is {} but");
  }

  @Test
  void only_the_default_timeline_engine_is_written_by_name() {
    ServicesScenario s = ServicesScenario.builder().name("x").addYears(org.sendfunding.model.time.FinancialYear.of(2026))
        .timelineEngine(TimelineEngine.DEFAULT.withOptions(TimelineOptions.withUnderFiveReviewMonths(4))).build();
    assertThatThrownBy(() -> JSON.writeValueAsString(s))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("only DEFAULT can be written as JSON");
  }
}
