package org.sendfunding.funding.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.NumberSyntax;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.time.FinancialYear;

class ParameterOverlayTest {

  private final ParameterSet base = ParameterSet.defaults();

  @Test
  void override_replaces_values_from_its_date_and_base_is_unchanged() {
    ParameterOverlay overlay = ParameterOverlay.builder()
        .name("higher floor")
        .override("highneeds.nff.floor", LocalDate.of(2025, 4, 1), ParameterValue.of(Percentage.of("10")))
        .build();
    ParameterSet scenario = base.withOverlay(overlay);
    assertThat(scenario.percentage("highneeds.nff.floor", FinancialYear.of(2025))).isEqualTo(Percentage.of("10"));
    // open-ended: the 2026 end of the rule is replaced too
    assertThat(scenario.percentage("highneeds.nff.floor", FinancialYear.of(2027))).isEqualTo(Percentage.of("10"));
    assertThat(scenario.percentage("highneeds.nff.floor", FinancialYear.of(2024))).isEqualTo(Percentage.of("3"));
    assertThat(base.percentage("highneeds.nff.floor", FinancialYear.of(2025))).isEqualTo(Percentage.of("7"));
    ValueInForce v = scenario.get("highneeds.nff.floor", FinancialYear.of(2025));
    assertThat(v.verified()).isFalse();
    assertThat(v.toUse().references()).anySatisfy(r -> assertThat(r.title()).isEqualTo("Scenario overlay 'higher floor'"));
  }

  @Test
  void bounded_override_resumes_base_value() {
    ParameterSet scenario = base.withOverlay(ParameterOverlay.builder().name("one year")
        .override("highneeds.nff.floor", LocalDate.of(2024, 4, 1), ParameterValue.of(Percentage.of("4")),
            LocalDate.of(2025, 4, 1))
        .build());
    assertThat(scenario.percentage("highneeds.nff.floor", FinancialYear.of(2024))).isEqualTo(Percentage.of("4"));
    assertThat(scenario.percentage("highneeds.nff.floor", FinancialYear.of(2025))).isEqualTo(Percentage.of("7"));
    assertThat(scenario.get("highneeds.nff.floor", FinancialYear.of(2025)).verified()).isTrue();
    assertThat(scenario.find("highneeds.nff.floor", LocalDate.of(2026, 4, 1))).isEmpty();
  }

  @Test
  void override_can_end_a_rule() {
    ParameterSet scenario = base.withOverlay(ParameterOverlay.builder().name("no cap")
        .end("highneeds.nff.gains_cap", LocalDate.of(2025, 4, 1)).build());
    assertThat(scenario.find("highneeds.nff.gains_cap", LocalDate.of(2025, 4, 1))).isEmpty();
  }

  @Test
  void invalid_overlay_lists_every_problem_and_changes_nothing() {
    ParameterOverlay overlay = ParameterOverlay.builder()
        .name("bad")
        .override("highneeds.nff.flor", LocalDate.of(2025, 4, 1), ParameterValue.of(Percentage.of("10")))
        .override("highneeds.nff.floor", LocalDate.of(2025, 4, 1), ParameterValue.of(Money.ofPounds(10)))
        .override("highneeds.nff.gains_cap", LocalDate.of(2024, 4, 1), ParameterValue.of(Percentage.of("9")))
        .override("highneeds.nff.gains_cap", LocalDate.of(2025, 4, 1), ParameterValue.of(Percentage.of("12")))
        .override("dsg.block_transfer_limit", LocalDate.of(2025, 4, 1), ParameterValue.of(Percentage.of("1")))
        .override("dsg.block_transfer_limit", LocalDate.of(2025, 4, 1), ParameterValue.of(Percentage.of("2")))
        .build();
    ParameterException e = catchThrowableOfType(ParameterException.class, () -> base.withOverlay(overlay));
    assertThat(e.messages()).containsExactly(
        "overlay 'bad', column 'highneeds.nff.flor': override from 2025-04-01: unknown parameter path",
        "overlay 'bad', column 'highneeds.nff.floor' ('£10.00'): override from 2025-04-01: the value is gbp but the parameter is percent",
        "overlay 'bad', column 'dsg.block_transfer_limit': override date 2025-04-01 is given twice",
        "overlay 'bad', column 'highneeds.nff.gains_cap': override from 2024-04-01 to (open-ended) overlaps the override from 2025-04-01");
    assertThat(e.getMessage()).startsWith("Invalid overlay 'bad' (4 problems):");
  }

  @Test
  void loads_overlay_yaml_using_base_units() {
    String yaml = "name: higher floor\n"
        + "description: floor of 10% in 2025-26 only\n"
        + "overrides:\n"
        + "  - path: highneeds.nff.floor\n"
        + "    from: 2025-04-01\n"
        + "    value: 10\n"
        + "    until: 2026-04-01\n";
    ParameterOverlay overlay = ParameterOverlay.loadYaml("higher-floor.yaml", yaml, base);
    assertThat(overlay.overrides()).hasSize(1);
    ParameterSet scenario = base.withOverlay(overlay);
    assertThat(scenario.percentage("highneeds.nff.floor", FinancialYear.of(2025))).isEqualTo(Percentage.of("10"));
    assertThat(scenario.find("highneeds.nff.floor", LocalDate.of(2026, 4, 1))).isEmpty();
  }

  @Test
  void bad_overlay_yaml_lists_every_problem() {
    String yaml = "name: x\n"
        + "overrides:\n"
        + "  - path: highneeds.nff.floor\n"
        + "    from: 2025-04-01\n"
        + "    value: ten\n"
        + "  - path: nope\n"
        + "    from: 1 April\n"
        + "    value: 1\n"
        + "    colour: red\n";
    ParameterException e = catchThrowableOfType(ParameterException.class,
        () -> ParameterOverlay.loadYaml("s.yaml", yaml, base));
    assertThat(e.messages()).containsExactly(
        "s.yaml line 3, column 'overrides[1].value' ('ten'): for 'highneeds.nff.floor': 'ten' is not a percent value (a number of percent, e.g. 7.5)",
        "s.yaml line 6, column 'overrides[2].path' ('nope'): unknown parameter path",
        "s.yaml line 6, column 'overrides[2].from' ('1 April'): " + NumberSyntax.DATE,
        "s.yaml line 9, column 'overrides[2].colour': unknown key (allowed: [path, from, value, until])");
    assertThat(e).isInstanceOf(InputException.class);
  }

  @Test
  void an_overlay_file_saved_by_excel_or_notepad_reads_and_a_windows_1252_one_is_refused(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    String yaml = "name: x\r\noverrides:\r\n  - path: highneeds.nff.floor\r\n    from: 2025-04-01\r\n    value: 10\r\n";
    java.nio.file.Path bom = dir.resolve("bom.yaml");
    java.nio.file.Files.write(bom, ("\uFEFF" + yaml).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(ParameterOverlay.loadYaml(bom, base).overrides()).hasSize(1);
    java.nio.file.Path cp = dir.resolve("cp.yaml");
    java.nio.file.Files.write(cp, (yaml + "description: \u00a310\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
    ParameterException e = catchThrowableOfType(ParameterException.class, () -> ParameterOverlay.loadYaml(cp, base));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.message()).contains("not UTF-8").contains("save it as UTF-8");
    });
  }
}
