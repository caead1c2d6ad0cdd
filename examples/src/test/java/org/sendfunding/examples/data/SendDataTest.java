package org.sendfunding.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendDataTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return SendData.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static Path published(String name) {
    Path p = Path.of("..", "send-data", "published", name);
    return Files.exists(p) ? p : Path.of("send-data", "published", name);
  }

  @Test
  void help_names_the_import_command_and_its_options() {
    assertThat(run("--help")).isZero();
    assertThat(stdout()).contains("send-data").contains("import");
    out.reset();
    assertThat(run("import", "--help")).isZero();
    assertThat(stdout()).contains("--out=DIR").contains("FILE...")
        .contains("Files already in DIR that are not among the tables are kept.");
  }

  @Test
  void imports_the_dsg_balance_workbook_and_says_what_it_did_not_make(@TempDir Path dir) {
    Path target = dir.resolve("tables");
    assertThat(run("import", published("dsg_deficit_derived.xlsx").toString(), "--out",
        target.toString())).as(stderr()).isZero();
    assertThat(target.resolve("dsg_cumulative_balance_pct_income_by_la_2019-20_to_2021-22.csv"))
        .content().startsWith("time_period,financial_year,geographic_level,region_name,la_name,"
            + "deficit_pct_of_income,dsg_cumulative_balance_pct_of_total_income\n"
            + "201920,2019-20,National,England,,1.08,-1.08\n");
    assertThat(stdout()).contains("wrote ").contains("(478 rows)")
        .contains("not made: sen2_ehcp_caseload_january_by_la_2010-2025.csv");
  }

  @Test
  void bad_input_is_one_clear_line_exit_2_and_nothing_written(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("release.zip");
    Files.writeString(bad, "time_period,geographic_level\n2024,National\n");
    Path target = dir.resolve("tables");
    assertThat(run("import", published("dsg_deficit_derived.xlsx").toString(), bad.toString(),
        "--out", target.toString())).isEqualTo(2);
    assertThat(stderr().lines()).containsExactly(
        "send-data: refused, nothing written: release.zip: not a zip archive, or an empty one");
    assertThat(stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(target).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("release.zip");
    }
  }

  @Test
  void debug_adds_the_stack_trace(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("x.xls");
    Files.writeString(bad, "not really");
    assertThat(run("import", bad.toString(), "--out", dir.resolve("t").toString(), "--debug"))
        .isEqualTo(2);
    assertThat(stderr()).startsWith("send-data: refused, nothing written: x.xls: a binary .xls (BIFF)")
        .contains("InputException");
  }

  @Test
  void a_missing_out_option_is_a_usage_error() {
    assertThat(run("import", "a.zip")).isEqualTo(2);
    assertThat(stderr()).contains("Missing required option: '--out=DIR'");
  }
}
