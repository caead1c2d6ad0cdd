package org.sendfunding.funding.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;
import org.sendfunding.model.money.Percentage;

class ParameterYamlTest {

  private static final String GOOD =
      "description: a floor\n"
          + "unit: percent\n"
          + "verified: true\n"
          + "values:\n"
          + "  2024-04-01: 3\n"
          + "  2025-04-01: 7\n"
          + "  2026-04-01: null\n"
          + "reference:\n"
          + "  - title: HCWS264\n"
          + "    paragraph: para 4\n"
          + "    href: https://example.org\n";

  @Test
  void reads_a_single_parameter_file_with_path_from_its_name() {
    ParameterSet set = ParameterSet.parse(ImmutableMap.of("highneeds/nff/floor.yaml", GOOD));
    Parameter p = set.parameter("highneeds.nff.floor");
    assertThat(p.unit()).isEqualTo(ParameterUnit.PERCENT);
    assertThat(p.values()).hasSize(3);
    assertThat(p.valueOn(LocalDate.of(2025, 12, 1)).get().value().asPercentage()).isEqualTo(Percentage.of("7"));
    assertThat(p.valueOn(LocalDate.of(2026, 4, 1))).isEmpty();
    assertThat(p.references().get(0).paragraph()).contains("para 4");
  }

  @Test
  void reads_a_group_file() {
    String group = "parameters:\n  a:\n" + GOOD.replaceAll("(?m)^", "    ").replace("    parameters", "parameters");
    ParameterSet set = ParameterSet.parse(ImmutableMap.of("x/g.yaml", group));
    assertThat(set.paths()).containsExactly("x.g.a");
  }

  @Test
  void collects_every_problem_of_every_file_naming_file_key_and_line() {
    String bad =
        "description: a floor\n"
            + "unit: percent\n"
            + "colour: blue\n"
            + "values:\n"
            + "  2025-04-01: 7\n"
            + "  2024-04-01: abc\n"
            + "reference:\n"
            + "  - title: X\n";
    String noRef = "description: d\nunit: gbp\nverified: false\nvalues:\n  2025-04-01: 10000\n";
    ParameterException e =
        catchThrowableOfType(ParameterException.class,
            () -> ParameterSet.parse(ImmutableMap.of("a/bad.yaml", bad, "a/noref.yaml", noRef)));
    assertThat(e.messages())
        .containsExactly(
            "a/bad.yaml line 3, column 'colour': unknown key (allowed: description, unit, verified, values, reference, note)",
            "a/bad.yaml line 6, column 'values.2024-04-01' ('2024-04-01'): dates must be sorted and unique, but 2024-04-01 comes after 2025-04-01",
            "a/bad.yaml, column 'verified': missing (true or false)",
            "a/noref.yaml, column 'reference': missing or not a non-empty list of {title, paragraph, href}");
    assertThat(e.getMessage()).startsWith("Cannot load parameters (4 problems):\n  - a/bad.yaml line 3, column 'colour'");
    assertThat(e).isInstanceOf(InputException.class);
    assertThat(e.problems().get(1)).isEqualTo(Problem.of("a/bad.yaml", 6, "values.2024-04-01", "2024-04-01",
        "dates must be sorted and unique, but 2024-04-01 comes after 2025-04-01"));
  }

  @Test
  void rejects_values_not_of_the_unit() {
    String bad = GOOD.replace("2025-04-01: 7", "2025-04-01: abc");
    ParameterException e =
        catchThrowableOfType(ParameterException.class, () -> ParameterSet.parse(ImmutableMap.of("f.yaml", bad)));
    assertThat(e.messages())
        .containsExactly("f.yaml line 6, column 'values.2025-04-01' ('abc'): 'abc' is not a percent value (a number of percent, e.g. 7.5)");
  }

  @Test
  void rejects_duplicate_dates_with_line() {
    String bad = GOOD.replace("2026-04-01: null", "2025-04-01: 8");
    ParameterException e =
        catchThrowableOfType(ParameterException.class, () -> ParameterSet.parse(ImmutableMap.of("f.yaml", bad)));
    assertThat(e.messages()).hasSize(1);
    assertThat(e.messages().get(0)).startsWith("f.yaml line 7: not valid YAML: Duplicate field '2025-04-01'");
  }

  @Test
  void rejects_empty_values_missing_unit_and_bad_unit() {
    String noValues = "description: d\nunit: percent\nverified: true\nvalues: {}\nreference:\n  - title: X\n";
    String badUnit = GOOD.replace("unit: percent", "unit: furlongs");
    String noUnit = GOOD.replace("unit: percent\n", "");
    ParameterException e =
        catchThrowableOfType(ParameterException.class,
            () -> ParameterSet.parse(ImmutableMap.of("a.yaml", noValues, "b.yaml", badUnit, "c.yaml", noUnit)));
    assertThat(e.messages())
        .containsExactly(
            "a.yaml line 4, column 'values': missing or empty (a mapping of date to value)",
            "b.yaml line 2, column 'unit' ('furlongs'): unit 'furlongs' is not one of gbp, percent, rate, count, date, rule, boolean",
            "c.yaml, column 'unit': missing or blank");
  }

  @Test
  void value_accessors_name_the_actual_unit() {
    ParameterValue v = ParameterValue.of(Percentage.of("7"));
    assertThat(v.toString()).isEqualTo("7%");
    org.assertj.core.api.Assertions.assertThatThrownBy(v::asMoney)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ParameterValue: value 7% is percent, not gbp");
  }

  @Test
  void every_unit_parses_its_own_text() {
    assertThat(ParameterUnit.GBP.parse("10000").toString()).isEqualTo("£10,000.00");
    assertThat(ParameterUnit.RATE.parse("0.075").asRate().value()).isEqualByComparingTo("0.075");
    assertThat(ParameterUnit.COUNT.parse("12").asCount()).isEqualTo(12L);
    assertThat(ParameterUnit.DATE.parse("2026-04-01").asDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(ParameterUnit.RULE.parse("rollover").asRule()).isEqualTo("rollover");
    assertThat(ParameterUnit.BOOLEAN.parse("true").asBoolean()).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParameterUnit.BOOLEAN.parse("yes"))
        .hasMessage("'yes' is not a boolean value (true or false)");
  }
}
