package org.sendfunding.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.accountability.cohort.School;
import org.sendfunding.ehcp.plan.PersonalBudget;
import org.sendfunding.ehcp.plan.PlanSection;
import org.sendfunding.ehcp.plan.ProvisionItem;
import org.sendfunding.ehcp.plan.ProvisionStatus;
import org.sendfunding.ehcp.projection.CountInterval;
import org.sendfunding.ehcp.timeline.CaseEvent;
import org.sendfunding.ehcp.timeline.EventType;
import org.sendfunding.ehcp.timeline.TimelineOptions;
import org.sendfunding.funding.placeplus.Band;
import org.sendfunding.funding.scenario.ScenarioComparison;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/** The JSON text of a few types, exactly: the documented forms (send-json/README.md) hold. */
class WorkedExamplesTest {

  private static final ObjectMapper JSON = SendJson.mapper();

  private static void writesExactly(Object value, String json) throws Exception {
    assertThat(JSON.writeValueAsString(value)).isEqualTo(json);
    assertThat(JSON.readValue(json, value.getClass().getSuperclass())).isEqualTo(value);
  }

  @Test
  void a_provision_item_has_pence_a_decimal_string_and_enum_names() throws Exception {
    // the send-ehcp README's teaching assistant: section F (special educational provision), £12,000 a year
    writesExactly(ProvisionItem.builder().section(PlanSection.F).description("Teaching assistant")
        .quantity(new BigDecimal("25.0")).unit("hours a week").annualCost(Money.ofPounds(12_000))
        .status(ProvisionStatus.SECURED).build(),
        "{\"section\":\"F\",\"description\":\"Teaching assistant\",\"quantity\":\"25.0\",\"unit\":\"hours a week\","
            + "\"annualCost\":1200000,\"status\":\"SECURED\"}");
  }

  @Test
  void small_values_are_objects_named_by_their_accessors() throws Exception {
    writesExactly(PersonalBudget.of(Money.ofPounds("3000.50"), Money.ofPounds(1_000)),
        "{\"amount\":300050,\"directPayments\":100000}");
    writesExactly(CaseEvent.of(EventType.FINAL_ISSUED, LocalDate.of(2025, 1, 24)),
        "{\"type\":\"FINAL_ISSUED\",\"date\":\"2025-01-24\"}");
    writesExactly(CountInterval.of(1480, 1520, 1561, 1519.7),
        "{\"lower\":1480,\"median\":1520,\"upper\":1561,\"mean\":1519.7}");
  }

  @Test
  void an_authority_is_its_dfe_code() throws Exception {
    writesExactly(School.builder().urn(100001).name("Example Academy")
        .localAuthority(LocalAuthorities.england().byCode(202)).type(SettingType.MAINSTREAM_ACADEMY).build(),
        "{\"urn\":100001,\"name\":\"Example Academy\",\"localAuthority\":202,\"type\":\"MAINSTREAM_ACADEMY\"}");
  }

  @Test
  void absent_optionals_are_left_out_and_lists_are_arrays() throws Exception {
    // a Shropshire-style band with a fixed amount: no minimum or maximum, so neither is written
    writesExactly(Band.builder().id("EHCP-2").group("EHCP").amount(Money.ofPounds(4_000))
        .addDescriptors("Needs met with 10 hours' support").build(),
        "{\"id\":\"EHCP-2\",\"group\":\"EHCP\",\"amount\":400000,\"descriptors\":[\"Needs met with 10 hours' support\"]}");
    writesExactly(TimelineOptions.withUnderFiveReviewMonths(4), "{\"underFiveReviewMonths\":4}");
    writesExactly(TimelineOptions.statutoryOnly(), "{}");
  }

  @Test
  void a_derived_figure_is_written_for_readers() throws Exception {
    writesExactly(ScenarioComparison.Difference.of(202, FinancialYear.of(2026), "CLOSING_BALANCE",
        new BigDecimal("-1500000.00"), new BigDecimal("-1250000.00")),
        "{\"laCode\":202,\"year\":\"2026-27\",\"measure\":\"CLOSING_BALANCE\",\"a\":\"-1500000.00\","
            + "\"b\":\"-1250000.00\",\"difference\":\"250000.00\"}");
  }
}
