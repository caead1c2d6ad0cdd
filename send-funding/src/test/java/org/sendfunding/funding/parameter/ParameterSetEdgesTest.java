package org.sendfunding.funding.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendfunding.model.explain.ParameterUse;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.time.FinancialYear;

/**
 * Loading parameters from a folder and a class path, the lookups' messages, overlays read from
 * files, and the small value types (override, value, value in force, exception).
 */
class ParameterSetEdgesTest {

  private static final ParameterSet DEFAULTS = ParameterSet.defaults();
  private static final FinancialYear Y2025 = FinancialYear.of(2025);
  // The 2025-26 high-needs floor of 7% (HCWS264, funding.md), as a parameter file.
  private static final String FLOOR =
      "description: a floor\nunit: percent\nverified: true\nvalues:\n  2025-04-01: 7\n  2026-04-01: null\n"
          + "reference:\n  - title: HCWS264\n";

  @Test
  void a_folder_of_yaml_files_loads_with_paths_from_file_names(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("highneeds/nff"));
    Files.writeString(dir.resolve("highneeds/nff/floor.yaml"), FLOOR);
    Files.writeString(dir.resolve("highneeds/nff/README.md"), "not a parameter");
    ParameterSet set = ParameterSet.load(dir);
    assertThat(set.paths()).containsExactly("highneeds.nff.floor");
    assertThat(set.percentage("highneeds.nff.floor", Y2025)).isEqualTo(Percentage.of("7"));
  }

  @Test
  void a_missing_folder_is_named(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere");
    assertThatThrownBy(() -> ParameterSet.load(missing))
        .isInstanceOf(ParameterException.class)
        .hasMessageStartingWith("Cannot read parameter directory " + missing + ": java.nio.file.NoSuchFileException");
  }

  @Test
  void an_over_size_file_in_a_folder_is_refused_before_it_is_read(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("big.yaml"), "#" + "x".repeat(4 * ParameterYaml.MAX_CHARACTERS));
    assertThatThrownBy(() -> ParameterSet.load(dir))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Cannot read parameter file big.yaml (1 problem):\n  - " + dir.resolve("big.yaml")
            + ": larger than the limit of 4194304 bytes");
  }

  @Test
  void a_file_of_four_bytes_a_character_at_the_limit_is_still_read(@TempDir Path dir) throws IOException {
    // UTF-8 needs at most 4 bytes a character, so 4 × 1 MiB bytes may still be within 1 MiB characters
    String text = FLOOR + "#" + "x".repeat(4 * ParameterYaml.MAX_CHARACTERS - FLOOR.length() - 1);
    Files.writeString(dir.resolve("f.yaml"), text);
    // the file passes the byte check, then fails the character check
    assertThatThrownBy(() -> ParameterSet.load(dir))
        .hasMessage("Cannot load parameters (1 problem):\n  - f.yaml: 4194304 characters, more than the limit of 1048576");
  }

  private static ClassLoader loaderOf(Path root) throws IOException {
    return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
  }

  @Test
  void the_class_path_index_lists_the_files_to_load(@TempDir Path root) throws IOException {
    Path folder = Files.createDirectories(root.resolve(ParameterSet.RESOURCE_ROOT));
    Files.createDirectories(folder.resolve("highneeds/nff"));
    Files.writeString(folder.resolve("highneeds/nff/floor.yaml"), FLOOR);
    Files.writeString(folder.resolve("index.txt"), "# shipped files\n\n  highneeds/nff/floor.yaml  \n", StandardCharsets.UTF_8);
    try (URLClassLoader loader = (URLClassLoader) loaderOf(root)) {
      assertThat(ParameterSet.indexedFiles(loader)).containsExactly("highneeds/nff/floor.yaml");
      assertThat(ParameterSet.loadClasspath(loader).paths()).containsExactly("highneeds.nff.floor");
    }
  }

  @Test
  void an_index_naming_a_missing_file_or_no_index_is_refused(@TempDir Path root) throws IOException {
    Path folder = Files.createDirectories(root.resolve(ParameterSet.RESOURCE_ROOT));
    try (URLClassLoader loader = (URLClassLoader) loaderOf(root)) {
      assertThatThrownBy(() -> ParameterSet.loadClasspath(loader))
          .isInstanceOf(ParameterException.class)
          .hasMessage("Cannot load parameters: org/sendfunding/funding/parameters/index.txt is missing");
    }
    Files.writeString(folder.resolve("index.txt"), "gone.yaml\n");
    try (URLClassLoader loader = (URLClassLoader) loaderOf(root)) {
      assertThat(catchThrowableOfType(ParameterException.class, () -> ParameterSet.loadClasspath(loader)).messages())
          .containsExactly("index.txt lists gone.yaml but there is no such resource");
    }
  }

  @Test
  void a_lookup_after_the_rule_ended_says_when() {
    // the high-needs floor was paused for 2026-27 (funding.md): the value of 1 April 2026 ends the rule
    assertThatThrownBy(() -> DEFAULTS.get("highneeds.nff.floor", FinancialYear.of(2026)))
        .isInstanceOf(ParameterException.class)
        .hasMessage("parameter 'highneeds.nff.floor' has no value in force on 2026-04-01: the rule ended on 2026-04-01");
    assertThat(DEFAULTS.find("highneeds.nff.floor", LocalDate.of(2026, 4, 1))).isEmpty();
    assertThat(DEFAULTS.find("highneeds.nff.floor", LocalDate.of(2026, 3, 31))).isPresent();
  }

  @Test
  void a_typed_lookup_returns_the_value_in_its_unit() {
    ParameterSet s = ParameterSet.of(List.of(
        parameter("t.rate", ParameterValue.of(Rate.of("1.05"))),
        parameter("t.count", ParameterValue.of(12)),
        parameter("t.date", ParameterValue.of(LocalDate.of(2026, 4, 1))),
        parameter("t.flag", ParameterValue.of(true)),
        parameter("t.rule", ParameterValue.of("rollover")),
        parameter("t.money", ParameterValue.of(Money.ofPounds(10_000)))));
    assertThat(s.rate("t.rate", Y2025)).isEqualTo(Rate.of("1.05"));
    assertThat(s.count("t.count", Y2025)).isEqualTo(12);
    assertThat(s.date("t.date", Y2025)).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(s.flag("t.flag", Y2025)).isTrue();
    assertThat(s.rule("t.rule", Y2025)).isEqualTo("rollover");
    assertThat(s.money("t.money", Y2025)).isEqualTo(Money.ofPounds(10_000));
    assertThat(s.parameters()).containsOnlyKeys("t.count", "t.date", "t.flag", "t.money", "t.rate", "t.rule");
    assertThatThrownBy(() -> s.rate("t.count", Y2025)).hasMessage("parameter 't.count' is count, not rate");
    assertThatThrownBy(() -> s.count("t.rate", Y2025)).hasMessage("parameter 't.rate' is rate, not count");
    assertThatThrownBy(() -> s.date("t.flag", Y2025)).hasMessage("parameter 't.flag' is boolean, not date");
    assertThatThrownBy(() -> s.flag("t.date", Y2025)).hasMessage("parameter 't.date' is date, not boolean");
    assertThatThrownBy(() -> s.rule("t.money", Y2025)).hasMessage("parameter 't.money' is gbp, not rule");
    assertThatThrownBy(() -> s.percentage("t.rule", Y2025)).hasMessage("parameter 't.rule' is rule, not percent");
  }

  private static Parameter parameter(String path, ParameterValue value) {
    return Parameter.builder().path(path).description("a test value").unit(value.unit()).verified(false)
        .addReferences(SourceReference.of("Test", "https://example.org"))
        .values(ImmutableSortedMap.of(LocalDate.of(2025, 4, 1), Optional.of(value))).build();
  }

  @Test
  void a_parameter_checks_its_own_shape() {
    Parameter.Builder ok = (Parameter.Builder) Parameter.builder().from(parameter("t.count", ParameterValue.of(12)));
    assertThatThrownBy(() -> Parameter.builder().from(ok.build()).path("T.Count").build())
        .hasMessage("Parameter.path: 'T.Count' must be dotted lower-case words");
    assertThatThrownBy(() -> Parameter.builder().from(ok.build()).description(" ").build())
        .hasMessage("Parameter.description: must not be blank (t.count)");
    assertThatThrownBy(() -> Parameter.builder().from(ok.build()).references(List.of()).build())
        .hasMessage("Parameter.references: must not be empty (t.count)");
    assertThatThrownBy(() -> Parameter.builder().from(ok.build()).values(ImmutableSortedMap.of()).build())
        .hasMessage("Parameter.values: must not be empty (t.count)");
    assertThatThrownBy(() -> Parameter.builder().from(ok.build())
        .putValues(LocalDate.of(2026, 4, 1), Optional.of(ParameterValue.of(Percentage.of("7")))).build())
        .hasMessage("Parameter.values: 7% on 2026-04-01 is percent, not count (t.count)");
    assertThatThrownBy(() -> Parameter.builder().from(ok.build()).putValueVerified(LocalDate.of(2026, 4, 1), true).build())
        .hasMessage("Parameter.valueVerified: 2026-04-01 has no value on that date (t.count)");
    assertThat(ok.build().toString()).isEqualTo("t.count (count) {2025-04-01=Optional[12]}");
  }

  @Test
  void a_value_in_force_explains_itself() {
    // 2025-26 floor 7% from 1 April 2025, verified against HCWS264 (ParameterSetTest)
    ValueInForce floor = DEFAULTS.get("highneeds.nff.floor", Y2025);
    assertThat(floor.toString()).isEqualTo("highneeds.nff.floor = 7% (from 2025-04-01)");
    ParameterUse use = floor.toUse();
    assertThat(use.path()).isEqualTo("highneeds.nff.floor");
    assertThat(use.value()).isEqualTo("7%");
    assertThat(use.inForceFrom()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(use.verified()).isEqualTo(floor.verified()).isTrue();
    assertThat(use.references()).isEqualTo(floor.parameter().references());
  }

  @Test
  void values_are_equal_by_unit_and_value() {
    assertThat(ParameterValue.of(12)).isEqualTo(ParameterValue.of(12)).hasSameHashCodeAs(ParameterValue.of(12));
    assertThat(ParameterValue.of(12)).isNotEqualTo(ParameterValue.of(13));
    assertThat(ParameterValue.of("nff")).isEqualTo(ParameterValue.ofRule("nff"));
    assertThat(ParameterValue.of(Rate.of("7"))).isNotEqualTo(ParameterValue.of(7));
    assertThat(ParameterValue.of(12)).isNotEqualTo("12");
    ParameterValue v = ParameterValue.of(true);
    assertThat(v).isEqualTo(v);
    assertThatThrownBy(() -> ParameterValue.ofRule(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ParameterValue.rule: ' ' must not be blank");
    assertThatThrownBy(() -> ParameterValue.ofRule(null)).hasMessage("ParameterValue.rule: 'null' must not be blank");
  }

  @Test
  void every_accessor_names_both_units() {
    ParameterValue count = ParameterValue.of(12);
    assertThatThrownBy(count::asPercentage).hasMessage("ParameterValue: value 12 is count, not percent");
    assertThatThrownBy(count::asRate).hasMessage("ParameterValue: value 12 is count, not rate");
    assertThatThrownBy(count::asDate).hasMessage("ParameterValue: value 12 is count, not date");
    assertThatThrownBy(count::asRule).hasMessage("ParameterValue: value 12 is count, not rule");
    assertThatThrownBy(count::asBoolean).hasMessage("ParameterValue: value 12 is count, not boolean");
    assertThatThrownBy(ParameterValue.of(true)::asCount).hasMessage("ParameterValue: value true is boolean, not count");
  }

  @Test
  void an_override_prints_its_window_and_checks_it() {
    LocalDate april2025 = LocalDate.of(2025, 4, 1);
    ParameterOverride bounded = ParameterOverride.of("highneeds.nff.floor", april2025,
        Optional.of(ParameterValue.of(Percentage.of("10"))), Optional.of(LocalDate.of(2026, 4, 1)));
    assertThat(bounded.toString()).isEqualTo("highneeds.nff.floor = 10% from 2025-04-01 until 2026-04-01");
    ParameterOverride ended = ParameterOverride.of("highneeds.nff.floor", april2025, Optional.empty(), Optional.empty());
    assertThat(ended.toString()).isEqualTo("highneeds.nff.floor = (ended) from 2025-04-01");
    assertThatThrownBy(() -> ParameterOverride.of("highneeds.nff.floor", april2025, Optional.empty(), Optional.of(april2025)))
        .hasMessage("ParameterOverride.until: 2025-04-01 is not after from 2025-04-01 (highneeds.nff.floor)");
    assertThatThrownBy(() -> ParameterOverride.of(" ", april2025, Optional.empty(), Optional.empty()))
        .hasMessage("ParameterOverride.path: must not be blank");
  }

  @Test
  void an_exception_counts_its_problems() {
    assertThat(new ParameterException("Cannot x", List.of("a")).getMessage()).isEqualTo("Cannot x (1 problem):\n  - a");
    assertThat(new ParameterException("Cannot x", List.of("a", "b")).getMessage()).isEqualTo("Cannot x (2 problems):\n  - a\n  - b");
    ParameterException single = new ParameterException("just one");
    assertThat(single.getMessage()).isEqualTo("just one");
    assertThat(single.messages()).containsExactly("just one");
  }

  @Test
  void an_overlay_file_is_read_from_disk(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("higher-floor.yaml");
    Files.writeString(file, "name: higher floor\ndescription: floor of 10% in 2025-26\noverrides:\n"
        + "  - path: highneeds.nff.floor\n    from: 2025-04-01\n    value: 10\n    until: 2026-04-01\n"
        + "  - path: dsg.block_transfer_limit\n    from: 2025-04-01\n    value: null\n");
    ParameterOverlay o = ParameterOverlay.loadYaml(file, DEFAULTS);
    assertThat(o.name()).isEqualTo("higher floor");
    assertThat(o.description()).isEqualTo("floor of 10% in 2025-26");
    assertThat(o.overrides()).hasSize(2);
    assertThat(o.overrides().get(1).value()).isEmpty();
    assertThat(o.toString()).isEqualTo("ParameterOverlay 'higher floor'\n"
        + "  highneeds.nff.floor = 10% from 2025-04-01 until 2026-04-01\n"
        + "  dsg.block_transfer_limit = (ended) from 2025-04-01");
    assertThat(ParameterOverlay.builder().name("x").build().description()).isEmpty();
  }

  @Test
  void an_overlay_file_that_cannot_be_read_is_named(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> ParameterOverlay.loadYaml(missing, DEFAULTS))
        .isInstanceOf(ParameterException.class)
        .hasMessage("Cannot read overlay " + missing + " (1 problem):\n  - " + missing + ": file not found (looked for "
            + missing.toAbsolutePath().normalize() + ")");
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, "#" + "x".repeat(4 * ParameterYaml.MAX_CHARACTERS));
    assertThatThrownBy(() -> ParameterOverlay.loadYaml(big, DEFAULTS))
        .hasMessage("Cannot read overlay " + big + " (1 problem):\n  - " + big + ": larger than the limit of 4194304 bytes");
  }

  @Test
  void overlay_yaml_names_every_missing_or_misshapen_part() {
    assertThat(overlayProblems("- a\n")).containsExactly("o.yaml: expected a mapping with name, description, overrides");
    assertThat(overlayProblems("name: \" \"\noverrides: []\ncolour: red\n")).containsExactly(
        "o.yaml line 1, column 'name': missing or blank",
        "o.yaml line 2, column 'overrides': must be a non-empty list",
        "o.yaml line 3, column 'colour': unknown key (allowed: name, description, overrides)");
    assertThat(overlayProblems("name: [a]\noverrides: {path: x}\n")).containsExactly(
        "o.yaml line 1, column 'name': missing or blank",
        "o.yaml line 2, column 'overrides': must be a non-empty list");
    assertThat(overlayProblems("overrides:\n  - 7\n  - from: 2025-04-01\n  - path: highneeds.nff.floor\n    from: 2026-04-01\n"
        + "    value: 10\n    until: 2026-04-01\n")).containsExactly(
        "o.yaml line 4, column 'overrides[3].until' ('2026-04-01'): not after from 2026-04-01",
        "o.yaml, column 'name': missing or blank",
        "o.yaml, column 'overrides[1]' ('7'): expected a mapping with path, from, value, until",
        "o.yaml, column 'overrides[2].path': missing",
        "o.yaml, column 'overrides[2].value': missing (write null to end the rule)");
    assertThat(overlayProblems("name: x\noverrides:\n  - path: highneeds.nff.floor\n    value: 10\n    until: soon\n"))
        .containsExactly(
            "o.yaml line 3, column 'overrides[1].from': missing",
            "o.yaml line 3, column 'overrides[1].until' ('soon'): " + org.sendfunding.model.input.NumberSyntax.DATE);
    assertThat(overlayProblems("")).containsExactly("o.yaml: the file is empty");
  }

  @Test
  void an_until_one_day_after_from_is_allowed() {
    ParameterOverlay o = ParameterOverlay.loadYaml("o.yaml",
        "name: one day\noverrides:\n  - path: highneeds.nff.floor\n    from: 2025-04-01\n    value: 10\n    until: 2025-04-02\n", DEFAULTS);
    assertThat(o.overrides().get(0).until()).contains(LocalDate.of(2025, 4, 2));
  }

  private static List<String> overlayProblems(String yaml) {
    return catchThrowableOfType(ParameterException.class, () -> ParameterOverlay.loadYaml("o.yaml", yaml, DEFAULTS)).messages();
  }
}
