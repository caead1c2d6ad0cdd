package org.sendfunding.model.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.money.Money;

class ExplanationTest {

  private static Explanation floored() {
    ParameterUse floor = ParameterUse.builder()
        .path("highneeds.nff.floor")
        .value("7%")
        .inForceFrom(LocalDate.of(2025, 4, 1))
        .verified(true)
        .addReferences(SourceReference.of("School Funding: Provisional 2025-26 Allocations (HCWS264)",
            "https://parallelparliament.co.uk/debate/2024-11-28/commons/written-statements/school-funding-provisional-2025-26-allocations"))
        .build();
    return Explanation.builder()
        .rule("Funding floor")
        .amount(Money.ofPounds("300"))
        .putInputs("population aged 2-18", "1,000")
        .addParameters(floor)
        .addChildren(
            Explanation.builder().rule("Formula allocation").amount(Money.ofPounds("280")).build(),
            Explanation.builder().rule("Floor top-up").amount(Money.ofPounds("20")).build())
        .build();
  }

  @Test
  void prints_as_an_indented_tree_with_parameters_and_sources() {
    assertThat(floored().toText()).isEqualTo(
        "Funding floor = £300.00\n"
            + "  input population aged 2-18: 1,000\n"
            + "  parameter highneeds.nff.floor = 7% (from 2025-04-01)\n"
            + "    source: School Funding: Provisional 2025-26 Allocations (HCWS264) <https://parallelparliament.co.uk/debate/2024-11-28/commons/written-statements/school-funding-provisional-2025-26-allocations>\n"
            + "  Formula allocation = £280.00\n"
            + "  Floor top-up = £20.00\n");
  }

  @Test
  void children_sum_to_the_figure_they_explain() {
    Explanation e = floored();
    assertThat(e.childrenTotal()).isEqualTo(e.amount().orElseThrow());
  }

  @Test
  void serialises_to_json_with_amounts_in_pence_and_escaped_text() {
    String json = Explanation.builder().rule("say \"hi\"\n").result("x").build().toJson();
    assertThat(json).isEqualTo(
        "{\"rule\":\"say \\\"hi\\\"\\n\",\"result\":\"x\",\"inputs\":{},\"parameters\":[],\"children\":[]}");
    assertThat(floored().toJson())
        .startsWith("{\"rule\":\"Funding floor\",\"amountPence\":30000,\"result\":\"£300.00\"")
        .contains("\"inForceFrom\":\"2025-04-01\",\"verified\":true");
  }

  @Test
  void json_carries_sources_references_and_children_exactly() {
    Explanation e = Explanation.builder()
        .rule("Final plan due")
        .source(SourceReference.of("SEND Regulations 2014", "reg 13(2)", "https://l/13"))
        .result("2025-05-20")
        .putInputs("request received", "2024-12-31")
        .putInputs("weeks", "20")
        .addParameters(ParameterUse.builder().path("p").value("20").inForceFrom(LocalDate.of(2014, 9, 1)).verified(true)
            .addReferences(SourceReference.of("A", "https://a"), SourceReference.builder().title("B").build()).build())
        .addParameters(ParameterUse.builder().path("q").value("1").inForceFrom(LocalDate.of(2014, 9, 1)).verified(false).build())
        .addChildren(Explanation.builder().rule("c1").build(), Explanation.builder().rule("c2").build())
        .build();
    assertThat(e.toJson()).isEqualTo(
        "{\"rule\":\"Final plan due\",\"source\":{\"title\":\"SEND Regulations 2014\",\"paragraph\":\"reg 13(2)\",\"href\":\"https://l/13\"},"
            + "\"result\":\"2025-05-20\",\"inputs\":{\"request received\":\"2024-12-31\",\"weeks\":\"20\"},"
            + "\"parameters\":[{\"path\":\"p\",\"value\":\"20\",\"inForceFrom\":\"2014-09-01\",\"verified\":true,"
            + "\"references\":[{\"title\":\"A\",\"href\":\"https://a\"},{\"title\":\"B\"}]},"
            + "{\"path\":\"q\",\"value\":\"1\",\"inForceFrom\":\"2014-09-01\",\"verified\":false,\"references\":[]}],"
            + "\"children\":[{\"rule\":\"c1\",\"result\":\"\",\"inputs\":{},\"parameters\":[],\"children\":[]},"
            + "{\"rule\":\"c2\",\"result\":\"\",\"inputs\":{},\"parameters\":[],\"children\":[]}]}");
    assertThat(e.toText()).startsWith("Final plan due = 2025-05-20\n  source: SEND Regulations 2014, reg 13(2) <https://l/13>\n");
    assertThat(Explanation.quote("\t\r\u0001\\")).isEqualTo("\"\\t\\r\\u0001\\\\\"");
  }

  @Test
  void unverified_parameters_say_so_and_blank_rules_are_rejected() {
    ParameterUse p = ParameterUse.builder().path("a.b").value("£6,000.00").inForceFrom(LocalDate.of(2022, 4, 1))
        .verified(false).build();
    assertThat(p).hasToString("a.b = £6,000.00 (from 2022-04-01, UNVERIFIED)");
    assertThatThrownBy(() -> Explanation.builder().rule(" ").build()).hasMessage("Explanation.rule: must not be blank");
    assertThat(SourceReference.of("SEND Regulations 2014", "reg 13(2)", "https://www.legislation.gov.uk/uksi/2014/1530"))
        .hasToString("SEND Regulations 2014, reg 13(2) <https://www.legislation.gov.uk/uksi/2014/1530>");
  }
}
