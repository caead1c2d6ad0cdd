package org.sendfunding.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendfunding.model.input.CsvFile;

/**
 * bin/send-ehcp-deadlines and bin/send-accountability on their sample files, as a user runs them,
 * and the runnable jar's command list.
 */
class NewCommandsTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String command, String... args) {
    return SendCommand.run(command, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void ehcp_deadlines_finds_every_breach_in_the_sample_caseload(@TempDir Path dir) throws IOException {
    assertThat(run("ehcp-deadlines", BadInputCorpusTest.sample("sample-cases.csv").toString(), "--as-of", "2025-06-30",
        "--out", dir.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
    // C-001 is send-ehcp's worked example: requested Mon 2 Sep 2024, final plan due 20 weeks later on
    // Mon 20 Jan 2025 (reg 13(2)), issued Fri 24 Jan: 4 days late.
    assertThat(out()).contains("EHCP deadlines for 8 case(s)")
        .contains("8 of 27 deadlines missed, in 7 of 8 cases")
        .containsPattern("C-001 +Camden +final-plan +2025-01-20 +2025-01-24 +4")
        // C-008: requested 13 Jan 2025, no decision by 30 June: the 6-week decision (reg 4(1)) is 126 days late.
        .containsPattern("C-008 +Halton +assessment-decision +2025-02-24 +not yet +126")
        // 2024: 4 plans issued, 2 within 20 weeks (C-002, C-004); C-006's exception (reg 10(4)(c)) takes it
        // out of the measure excluding exceptions: 2 of 3.
        .containsPattern("2024 +7 +6 +4 +50\\.0% +66\\.7% +46\\.4%");
    CsvFile deadlines = CsvFile.read(dir.resolve("ehcp-deadlines.csv"));
    assertThat(deadlines.size()).isEqualTo(27);
    assertThat(deadlines.rows().stream().filter(r -> r.get("status").equals("LATE") || !r.get("days_late").equals("0")).count())
        .isEqualTo(8);
    assertThat(CsvFile.read(dir.resolve("ehcp-timeliness.csv")).header()).contains("within_20_weeks_percent", "provenance");
  }

  @Test
  void ehcp_deadlines_reads_excel_csv_utf8_with_a_byte_order_mark_and_crlf(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("excel.csv");
    Files.writeString(f, "\uFEFFcase_id,la_code,request_received,final_issued\r\nC-001,202,2024-09-02,2025-01-24\r\n");
    assertThat(run("ehcp-deadlines", f.toString(), "--as-of", "2025-06-30")).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out()).containsPattern("C-001 +Camden +final-plan +2025-01-20 +2025-01-24 +4");
  }

  @Test
  void accountability_compares_rankings_for_the_sample_cohort(@TempDir Path dir) throws IOException {
    assertThat(run("accountability", BadInputCorpusTest.sample("cohort/pupils.csv").toString(), "--out", dir.toString()))
        .as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out()).contains("Cohort{12 schools, 1198 pupils}")
        .containsPattern("Contextual value added +12 +0\\.685 +0\\.545")
        // Special schools rise when their pupils' context is allowed for.
        .containsPattern("Contextual value added +140009 +Dene Special School +8 +4 +\\+4 +100\\.0% +yes");
    CsvFile csv = CsvFile.read(dir.resolve("accountability-movements.csv"));
    assertThat(csv.size()).isEqualTo(3 * 12);
    assertThat(csv.rows()).allSatisfy(r -> assertThat(r.get("progress8_rank")).matches("\\d+(\\.5)?"));
  }

  @Test
  void every_command_has_help() {
    for (String c : List.of("report", "school-report", "ehcp-deadlines", "accountability")) {
      out.reset();
      assertThat(run(c, "--help")).isZero();
      assertThat(out()).startsWith("Usage: send-" + c).contains("--debug");
    }
  }

  @Test
  void an_unknown_command_is_not_in_the_list() {
    assertThat(SendCommand.find("repot")).isNull();
    assertThat(SendCommand.available()).startsWith("report", "school-report", "ehcp-deadlines", "accountability");
  }

  @Test
  void debug_prints_the_trace_that_is_otherwise_hidden() {
    assertThat(run("ehcp-deadlines", "missing.csv", "--debug")).isEqualTo(2);
    String e = err.toString(StandardCharsets.UTF_8);
    assertThat(e).contains("UserError").contains("\tat ");
    assertThat(e.lines().reduce((a, b) -> b).orElseThrow()).startsWith("send-ehcp-deadlines: CASES.csv missing.csv: no such file");
  }

  @Test
  void an_existing_output_folder_keeps_the_files_a_run_does_not_write(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("out");
    Files.createDirectories(target);
    Files.writeString(target.resolve("notes.txt"), "mine\n");
    Files.writeString(target.resolve("ehcp-deadlines.csv"), "old\n");
    assertThat(run("ehcp-deadlines", BadInputCorpusTest.sample("sample-cases.csv").toString(), "--as-of", "2025-06-30",
        "--out", target.toString())).isZero();
    assertThat(Files.readString(target.resolve("notes.txt"))).isEqualTo("mine\n");
    assertThat(Files.readString(target.resolve("ehcp-deadlines.csv"))).startsWith("case_id,la_code");
    assertThat(dir.toFile().list()).containsExactly("out");
  }
}
