package org.sendfunding.examples.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every JShell script after startup.jsh, as {@code bin/send-jshell} does, and checks what it
 * prints, figure for figure. All scenario scripts run in one JShell session (each script's output
 * is separated by a marker) so the module's tests stay quick; each script also runs alone.
 * The deficit, settlement and banding figures are those of docs/funding-scenarios.md.
 */
class JShellScriptsTest {

  static final List<String> SCENARIO_SCRIPTS = List.of("cancel-deficits.jsh", "three-year-settlement.jsh",
      "national-banding.jsh", "school-funding-gap.jsh", "ehcp-deadline-check.jsh");

  private static final Map<String, String> OUTPUT = new LinkedHashMap<>();

  @BeforeAll
  static void runEveryScenarioScript(@TempDir Path markers) throws IOException {
    Path dir = JShellScript.scriptDir();
    List<Path> scripts = new ArrayList<>();
    scripts.add(dir.resolve("startup.jsh"));
    for (String s : SCENARIO_SCRIPTS) {
      Path marker = markers.resolve(s + ".marker.jsh");
      Files.writeString(marker, "System.out.println(\"#### " + s + "\");\n");
      scripts.add(marker);
      scripts.add(dir.resolve(s));
    }
    String all = JShellScript.run(scripts.toArray(new Path[0]));
    for (String part : all.split("#### ")) {
      if (!part.isEmpty()) {
        int nl = part.indexOf('\n');
        OUTPUT.put(part.substring(0, nl), part.substring(nl + 1));
      }
    }
  }

  private static String run(String script) throws Exception {
    Path dir = JShellScript.scriptDir();
    return JShellScript.run(dir.resolve("startup.jsh"), dir.resolve(script));
  }

  /** Prints each script's output, to copy into the expectations below when a script changes. */
  public static void main(String[] args) throws Exception {
    for (String script : args) {
      System.out.println("== " + script);
      System.out.print(run(script));
    }
  }

  @Test
  void every_script_in_the_folder_is_tested() throws IOException {
    List<String> found = new ArrayList<>();
    try (var files = Files.list(JShellScript.scriptDir())) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsh")).sorted().forEach(found::add);
    }
    List<String> tested = new ArrayList<>(SCENARIO_SCRIPTS);
    tested.add("money-basics.jsh");
    tested.add("startup.jsh");
    tested.add("places-and-services.jsh"); // PlacesAndServicesScriptTest
    tested.add("my-authority.jsh");
    assertThat(found).containsExactlyInAnyOrderElementsOf(tested);
  }

  @Test
  void cancel_deficits_prints_the_national_balance_under_each_policy() {
    assertThat(OUTPUT.get("cancel-deficits.jsh")).isEqualTo(
        "year     today's rules    90% cover  cancellation  outside the override\n"
            + "2026-27     -£7,478.9m   -£2,978.9m    -£2,478.9m                 £0.0m\n"
            + "2027-28    -£11,284.8m   -£6,784.8m    -£6,284.8m                 £0.0m\n"
            + "2028-29    -£16,408.6m  -£11,908.6m   -£11,408.6m            £16,730.4m\n"
            + "2029-30    -£22,998.5m  -£18,498.5m   -£17,998.5m            £23,365.2m\n"
            + "2030-31    -£31,245.7m  -£26,745.7m   -£26,245.7m            £31,679.3m\n"
            + "written off in 2026-27: 90% cover £4,500,000,000.06, cancellation £5,000,000,000.00\n");
  }

  @Test
  void three_year_settlement_prints_allocations_and_surprise() {
    assertThat(OUTPUT.get("three-year-settlement.jsh")).isEqualTo(
        "year         annual  surprise  three-year  surprise\n"
            + "2026-27  £11,191.6m    0.0000  £11,415.5m    0.0098\n"
            + "2027-28  £11,527.4m    0.0291  £11,757.9m    0.0098\n"
            + "2028-29  £11,873.2m    0.0291  £12,110.7m    0.0098\n"
            + "2029-30  £12,229.4m    0.0291  £12,474.0m    0.0000\n"
            + "2030-31  £12,596.3m    0.0291  £12,848.2m    0.0000\n"
            + "Kent under the three-year settlement: mean change 0.0280, volatility 0.0040, mean |surprise| 0.0059\n");
  }

  @Test
  void national_banding_prints_tariffs_and_winners_and_losers() {
    // Camden's ACA is derived from its 2023-24 basic entitlement unit rate: £10,000 × 1.213794 = £12,137.94.
    assertThat(OUTPUT.get("national-banding.jsh")).isEqualTo(
        "setting                       national tariff  in Camden (ACA)\n"
            + "Mainstream maintained school       £10,000.00       £12,137.94\n"
            + "Maintained special school          £28,000.00       £33,986.23\n"
            + "Independent special school         £60,000.00       £72,827.64\n"
            + "placement spend 2026-27: 152 LAs pay less, 0 pay more; national change -£158,100,570.90\n");
  }

  @Test
  void school_funding_gap_prints_each_pupil_and_the_gap() {
    // A: £15,000 − £6,000 (element 2) − £3,000 (Shropshire EHCP-3) = £6,000 unfunded.
    // Gap: £30,500 − £20,000 − £4,000 = £6,500; headroom £20,000 − (6,000 + 6,000 + 4,000 + 2,500) = £1,500.
    assertThat(OUTPUT.get("school-funding-gap.jsh")).isEqualTo(
        "pupil        cost  notional budget     top-up   unfunded\n"
            + "A      £15,000.00        £6,000.00  £3,000.00  £6,000.00\n"
            + "B       £9,000.00        £6,000.00  £1,000.00  £2,000.00\n"
            + "C       £4,000.00        £4,000.00      £0.00      £0.00\n"
            + "D       £2,500.00        £2,500.00      £0.00      £0.00\n"
            + "gap £6,500.00 = cost £30,500.00 - notional SEN budget £20,000.00 - top-ups £4,000.00; notional headroom £1,500.00\n");
  }

  @Test
  void ehcp_deadline_check_prints_every_deadline() {
    // 2 Sep 2024 + 20 weeks = Mon 20 Jan 2025 (reg 13(2)); issued Fri 24 Jan: 4 days late
    // (send-ehcp/README.md worked example).
    assertThat(OUTPUT.get("ehcp-deadline-check.jsh")).isEqualTo(
        "deadline                    due   status        done  days late\n"
            + "assessment-decision  2024-10-14      MET  2024-10-11          0\n"
            + "draft-comment        2025-01-03      MET  2025-01-24          0\n"
            + "final-plan           2025-01-20     LATE  2025-01-24          4\n"
            + "annual-review        2026-01-24  PENDING           -          0\n"
            + "1 deadline(s) missed; the final plan was due 2025-01-20 (20 weeks after the request)\n");
  }

  @Test
  void a_script_runs_on_its_own_after_the_startup_script() throws Exception {
    assertThat(run("school-funding-gap.jsh")).isEqualTo(OUTPUT.get("school-funding-gap.jsh"));
  }

  @Test
  void money_basics_prints_exact_figures() throws Exception {
    String out = run("money-basics.jsh");
    assertThat(out).isEqualTo(
        "figure                                              amount\n"
            + "special-school place                            £10,000.00\n"
            + "with area cost adjustment 1.0712                £10,712.00\n"
            + "£100 shared three ways            [£33.34, £33.33, £33.33]\n"
            + "shares added back                                  £100.00\n"
            + "Camden (202) is in London; 2025-26 is followed by 2026-27\n");
  }

  @Test
  void a_chain_continued_on_a_line_starting_with_a_dot_fails_as_it_does_in_jshell(@TempDir Path dir) throws IOException {
    // jshell runs "String s = "a"" as soon as the line is complete; ".concat(...)" is then a snippet of its own.
    Path script = dir.resolve("broken.jsh");
    Files.writeString(script, "String s = \"a\"\n    .concat(\"b\");\nSystem.out.println(s);\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JShellScript.run(JShellScript.scriptDir().resolve("startup.jsh"), script))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Error:");
    Files.writeString(script, "String s = \"a\".\n    concat(\"b\");\nSystem.out.println(s);\n");
    assertThat(JShellScript.run(JShellScript.scriptDir().resolve("startup.jsh"), script)).isEqualTo("ab\n");
  }

  @Test
  void my_authority_prints_halton_real_and_modelled() throws Exception {
    String out = run("my-authority.jsh");
    // DfE, Education, health and care plans (2022 and 2025 releases): Halton 554 statements in January 2010,
    // 771 plans in January 2019, 1,712 in January 2025; 58.2% of 2024's new plans within 20 weeks.
    assertThat(out).startsWith("Halton: statements and EHC plans (REAL, DfE)\n")
        .containsPattern("January 2010 +554\n").containsPattern("January 2019 +771\n").containsPattern("January 2025 +1,712\n")
        .containsPattern("2024 +\\S+ +58\\.2% +")
        .contains("The model's years (MODELLED)").containsPattern("2030-31 +\\d+ +£");
  }
}
