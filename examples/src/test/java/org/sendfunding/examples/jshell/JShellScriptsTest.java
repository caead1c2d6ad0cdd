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
 * The deficit, settlement and banding figures are those of send-funding/README-II.md.
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
    assertThat(found).containsExactlyInAnyOrderElementsOf(tested);
  }

  @Test
  void cancel_deficits_prints_the_national_balance_under_each_policy() {
    assertThat(OUTPUT.get("cancel-deficits.jsh")).isEqualTo(
        "year     today's rules    90% cover  cancellation  outside the override\n"
            + "2026-27     -£7,221.2m   -£2,721.2m    -£2,221.2m                 £0.0m\n"
            + "2027-28    -£10,796.7m   -£6,296.7m    -£5,796.7m                 £0.0m\n"
            + "2028-29    -£15,735.5m  -£11,235.5m   -£10,735.5m            £15,735.5m\n"
            + "2029-30    -£22,192.7m  -£17,692.7m   -£17,192.7m            £22,192.7m\n"
            + "2030-31    -£30,367.7m  -£25,867.7m   -£25,367.7m            £30,367.7m\n"
            + "written off in 2026-27: 90% cover £4,500,000,000.03, cancellation £5,000,000,000.00\n");
  }

  @Test
  void three_year_settlement_prints_allocations_and_surprise() {
    assertThat(OUTPUT.get("three-year-settlement.jsh")).isEqualTo(
        "year         annual  surprise  three-year  surprise\n"
            + "2026-27  £11,900.0m    0.0000  £12,138.0m    0.0098\n"
            + "2027-28  £12,257.0m    0.0291  £12,502.1m    0.0098\n"
            + "2028-29  £12,624.7m    0.0291  £12,877.2m    0.0098\n"
            + "2029-30  £13,003.5m    0.0291  £13,263.5m    0.0000\n"
            + "2030-31  £13,393.6m    0.0291  £13,661.4m    0.0000\n"
            + "Kent under the three-year settlement: mean change 0.0280, volatility 0.0040, mean |surprise| 0.0059\n");
  }

  @Test
  void national_banding_prints_tariffs_and_winners_and_losers() {
    // Camden's ACA in the panel is 1.1946: £10,000 × 1.1946 = £11,946.00.
    assertThat(OUTPUT.get("national-banding.jsh")).isEqualTo(
        "setting                       national tariff  in Camden (ACA)\n"
            + "Mainstream maintained school       £10,000.00       £11,946.00\n"
            + "Maintained special school          £28,000.00       £33,448.80\n"
            + "Independent special school         £60,000.00       £71,676.00\n"
            + "placement spend 2026-27: 90 LAs pay less, 63 pay more; national change -£121,697,564.09\n");
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
}
