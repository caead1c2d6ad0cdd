package org.sendfunding.funding.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.input.NumberSyntax;
import org.sendfunding.model.money.Percentage;

/**
 * Parameter files at their edges: group files with stray keys, per-value verification and notes,
 * reference lists, the size limit exactly, and the shapes a file may not take.
 */
class ParameterFileEdgesTest {

  // The 2025-26 high-needs floor of 7% (HCWS264, funding.md), as a parameter file.
  private static final String FLOOR =
      "description: a floor\n"
          + "unit: percent\n"
          + "verified: true\n"
          + "values:\n"
          + "  2025-04-01: 7\n"
          + "reference:\n"
          + "  - title: HCWS264\n";

  private static List<String> problems(String name, String yaml) {
    ParameterException e = catchThrowableOfType(ParameterException.class,
        () -> ParameterSet.parse(ImmutableMap.of(name, yaml)));
    assertThat(e).as("no ParameterException").isNotNull();
    return e.messages();
  }

  @Test
  void a_group_file_may_hold_nothing_but_parameters() {
    String group = "parameters:\n  floor:\n" + FLOOR.replaceAll("(?m)^(?=.)", "    ") + "colour: blue\n";
    assertThat(problems("x/g.yaml", group))
        .containsExactly("x/g.yaml line 10, column 'colour': unknown key (allowed: parameters)");
  }

  @Test
  void a_file_must_be_a_mapping_and_a_group_must_not_be_empty() {
    assertThat(problems("f.yaml", "- 7\n- 8\n"))
        .containsExactly("f.yaml: expected a mapping of keys [description, unit, verified, values, reference, note] or 'parameters'");
    assertThat(problems("g.yaml", "parameters: {}\n"))
        .containsExactly("g.yaml line 1, column 'parameters': must be a non-empty mapping of name to parameter");
    assertThat(problems("h.yaml", "parameters:\n  floor: 7\n"))
        .containsExactly("h.yaml line 2, column 'floor': expected a mapping of keys [description, unit, verified, values, reference, note]");
  }

  @Test
  void an_empty_file_is_named() {
    assertThat(problems("f.yaml", "")).containsExactly("f.yaml: the file is empty");
  }

  @Test
  void a_note_is_kept_and_a_null_note_is_none() {
    Parameter noted = ParameterSet.parse(ImmutableMap.of("f.yaml", FLOOR + "note: confirmed in HCWS264\n")).parameter("f");
    assertThat(noted.note()).contains("confirmed in HCWS264");
    Parameter none = ParameterSet.parse(ImmutableMap.of("f.yaml", FLOOR + "note: null\n")).parameter("f");
    assertThat(none.note()).isEmpty();
  }

  @Test
  void a_value_may_carry_its_own_verification_and_note() {
    // 2024-25 3% unconfirmed, 2025-26 7% confirmed (a file marks years separately)
    String yaml = FLOOR.replace("  2025-04-01: 7\n",
        "  2024-04-01:\n    value: 3\n    verified: false\n    note: recalled\n  2025-04-01: 7\n");
    Parameter p = ParameterSet.parse(ImmutableMap.of("f.yaml", yaml)).parameter("f");
    assertThat(p.verifiedOn(LocalDate.of(2024, 4, 1))).isFalse();
    assertThat(p.verifiedOn(LocalDate.of(2025, 4, 1))).isTrue();
    assertThat(p.valueOn(LocalDate.of(2024, 6, 1)).orElseThrow().value().asPercentage()).isEqualTo(Percentage.of("3"));
    assertThat(p.valueVerified()).containsOnlyKeys(LocalDate.of(2024, 4, 1));
  }

  @Test
  void a_value_object_needs_a_value_and_a_boolean_verification() {
    String noValue = FLOOR.replace("  2025-04-01: 7\n", "  2025-04-01:\n    verified: true\n");
    assertThat(problems("f.yaml", noValue))
        .containsExactly("f.yaml line 5, column 'values.2025-04-01.value': missing (write null to end the rule)");
    String badFlag = FLOOR.replace("  2025-04-01: 7\n", "  2025-04-01:\n    value: 7\n    verified: maybe\n    colour: red\n");
    assertThat(problems("f.yaml", badFlag)).containsExactly(
        "f.yaml line 5, column 'values.2025-04-01.verified' ('maybe'): not true or false",
        "f.yaml line 8, column 'values.2025-04-01.colour': unknown key (allowed: value, verified, note)");
    String listValue = FLOOR.replace("  2025-04-01: 7\n", "  2025-04-01: [7, 8]\n");
    assertThat(problems("f.yaml", listValue))
        .containsExactly("f.yaml line 5, column 'values.2025-04-01': empty or not a single value");
    String notDate = FLOOR.replace("  2025-04-01: 7\n", "  April 2025: 7\n");
    assertThat(problems("f.yaml", notDate)).containsExactly(
        "f.yaml line 5, column 'values.April 2025' ('April 2025'): " + NumberSyntax.DATE);
  }

  @Test
  void references_are_numbered_and_checked_one_by_one() {
    String yaml = FLOOR.replace("reference:\n  - title: HCWS264\n",
        "reference:\n  - title: HCWS264\n    href: https://example.org\n    paragraph: 4\n  - just a title\n"
            + "  - title: HCWS265\n    url: https://example.org\n  - paragraph: 3\n");
    assertThat(problems("f.yaml", yaml)).containsExactly(
        "f.yaml line 12, column 'reference[3].url': unknown key (allowed: title, paragraph, href)",
        "f.yaml, column 'reference[2]' ('just a title'): expected a mapping with title, paragraph, href",
        "f.yaml, column 'reference[4].title': missing or blank");
  }

  @Test
  void a_reference_keeps_its_paragraph_and_href() {
    String yaml = FLOOR.replace("  - title: HCWS264\n", "  - title: HCWS264\n    paragraph: para 4\n    href: https://example.org\n");
    Parameter p = ParameterSet.parse(ImmutableMap.of("f.yaml", yaml)).parameter("f");
    assertThat(p.references().get(0).paragraph()).contains("para 4");
    assertThat(p.references().get(0).href()).contains("https://example.org");
  }

  @Test
  void verified_must_be_true_or_false() {
    assertThat(problems("f.yaml", FLOOR.replace("verified: true", "verified: yes please")))
        .containsExactly("f.yaml line 3, column 'verified' ('yes please'): not true or false");
  }

  @Test
  void a_file_of_exactly_the_size_limit_is_read() {
    String padded = FLOOR + "#" + Strings.repeat("x", ParameterYaml.MAX_CHARACTERS - FLOOR.length() - 1);
    assertThat(padded).hasSize(ParameterYaml.MAX_CHARACTERS);
    assertThat(ParameterSet.parse(ImmutableMap.of("f.yaml", padded)).paths()).containsExactly("f");
    assertThat(problems("f.yaml", padded + "x"))
        .containsExactly("f.yaml: 1048577 characters, more than the limit of 1048576");
  }

  @Test
  void files_must_be_yaml_and_paths_distinct() {
    String group = "parameters:\n  floor:\n" + FLOOR.replaceAll("(?m)^(?=.)", "    ");
    ParameterException e = catchThrowableOfType(ParameterException.class, () -> ParameterSet.parse(ImmutableMap.of(
        "a/b.yaml", group, "a/b/floor.yaml", FLOOR, "notes.txt", "x")));
    assertThat(e.messages()).containsExactly(
        "notes.txt: parameter files must end in .yaml",
        "a/b.yaml, column 'a.b.floor': the parameter path is defined twice");
    assertThat(e.getMessage()).startsWith("Cannot load parameters (2 problems):");
  }

  @Test
  void a_set_of_parameters_refuses_a_path_given_twice() {
    Parameter floor = ParameterSet.parse(ImmutableMap.of("f.yaml", FLOOR)).parameter("f");
    assertThatThrownBy(() -> ParameterSet.of(List.of(floor, floor)))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Cannot build parameter set (1 problem):\n  - parameter path 'f' is defined twice");
    assertThat(ParameterSet.of(List.of(floor)).toString()).isEqualTo("ParameterSet[f]");
  }
}
