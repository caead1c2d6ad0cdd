package org.sendfunding.examples.england;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnglandReportTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return EnglandReport.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  @Test
  void help_lists_the_options() {
    assertThat(run("--help")).isZero();
    String help = out.toString(StandardCharsets.UTF_8);
    assertThat(help).contains("Usage: send-report").contains("--year").contains("--out").contains("--policy")
        .contains("ILLUSTRATIVE");
  }

  @Test
  void a_malformed_year_is_refused_with_its_text(@TempDir Path dir) {
    assertThat(run("--year", "2025/26", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("FinancialYear: '2025/26' is not a financial year like 2025-26");
  }

  @Test
  void projections_must_end_after_the_report_year(@TempDir Path dir) {
    assertThat(run("--year", "2025-26", "--to", "2025-26", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--to 2025-26 must be after --year 2025-26");
  }
}
