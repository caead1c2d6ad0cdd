package org.sendfunding.examples.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendfunding.funding.placeplus.LocalBanding;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;

class SchoolFundingGapReportTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return SchoolFundingGapReport.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  private static Path sample() {
    Path p = Path.of("data", "sample-school.csv");
    return Files.exists(p) ? p : Path.of("examples", "data", "sample-school.csv");
  }

  @Test
  void the_sample_school_has_a_gap_of_25100_pounds(@TempDir Path dir) throws IOException {
    assertThat(run(sample().toString(), "--school", "Riverside Primary School", "--la", "Shropshire",
        "--notional-sen-budget", "60000", "--out", dir.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
    String text = out.toString(StandardCharsets.UTF_8);
    // P01: £18,500 cost − £6,000 element 2 − £4,000 (Shropshire EHCP-4) = £8,500 unfunded.
    assertThat(text).containsPattern("P01 +EHC plan +ASD +£18,500\\.00 +£6,000\\.00 +£4,000\\.00 +£8,500\\.00")
        // P06: SEN support costing £3,200 is met entirely from the notional SEN budget.
        .containsPattern("P06 +SEN support +SPLD +£3,200\\.00 +£3,200\\.00 +£0\\.00 +£0\\.00")
        // Σ cost £109,100 − notional £60,000 − top-ups £24,000 = £25,100.
        .containsPattern("cost of SEN provision +£109,100\\.00")
        .containsPattern("top-ups received from the LA +£24,000\\.00")
        .containsPattern("funding gap \\(cost - notional budget - top-ups\\) +£25,100\\.00")
        .containsPattern("notional budget headroom +-£200\\.00")
        .contains("That leaves £25,100.00 of the cost of provision unfunded: £2,091.67 for each of these pupils")
        .contains("£200.00 more than the whole notional budget")
        .contains("The largest unfunded costs are for pupils P01 (£8,500.00), P02 (£7,200.00), P04 (£6,000.00).")
        .contains("placeplus.notional_sen_threshold")
        // Shropshire's own published figures, with source and year (DfE: 1,906 plans in January 2019, 3,016 in
        // January 2025; 37.2% of 2024's new plans within 20 weeks)
        .contains("Shropshire's EHC plans rose from 1,906 in January 2019 to 3,016 in January 2025 (+58%) (DfE, Education, health"
            + " and care plans, reporting year 2025).")
        .containsPattern("In 2024, 37\\.2% of its new EHC plans were issued within the 20 weeks the law allows, against \\d+\\.\\d% in England")
        .containsPattern("Its high-needs block in 2021-22 was £[\\d,]+\\.\\d\\d for each resident aged 2 to 18, against £[\\d,]+\\.\\d\\d in England");
    assertThat(Files.readAllLines(dir.resolve("school-funding-gap.csv"))).hasSize(13);
    assertThat(Files.readString(dir.resolve("letter.txt"))).startsWith("Dear Shropshire SEND team");
  }

  @Test
  void every_bad_row_is_reported_with_its_line_and_column(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "pupil_id,sen_provision,primary_need,provision_cost,top_up_basis,band,agreed_top_up\n"
        + "P1,E,ASD,abc,BAND,EHCP-3,\n"
        + "P2,X,ASD,100,NONE,,\n"
        + "P1,K,SPLD,100,BAND,EHCP-9,\n"
        + "P4,K,SPLD,100,AGREED_AMOUNT,,\n"
        + "P5,N,SPLD,100\n");
    assertThat(run(csv.toString(), "--school", "X", "--la", "Shropshire", "--notional-sen-budget", "1000")).isEqualTo(2);
    String e = err.toString(StandardCharsets.UTF_8);
    // each problem on its own indented line, then one line for the command
    assertThat(e).contains("  " + csv + " line 2, column 'provision_cost' ('abc'): not an amount of money")
        .contains("  " + csv + " line 3, column 'sen_provision' ('X'): ")
        .contains("  " + csv + " line 4, column 'pupil_id' ('P1'): already appears on line 2")
        .contains("  " + csv + " line 4, column 'band' ('EHCP-9'): not a band of Shropshire's banding")
        .contains("  " + csv + " line 5, column 'agreed_top_up': required when top_up_basis is AGREED_AMOUNT")
        .contains("  " + csv + " line 6: 4 cells but the header has 7 columns")
        .endsWith("send-school-report: 6 problems in " + csv + " (listed above); correct them and run again" + System.lineSeparator());
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void a_missing_column_is_named() {
    assertThatThrownBy(() -> SchoolPupilsCsv.parse("s.csv", "pupil_id,sen_provision,primary_need,provision_cost,top_up_basis,band\n",
        SettingType.MAINSTREAM_MAINTAINED, Money.ofPounds(5000), LocalBanding.example("shropshire")))
        .isInstanceOf(SchoolCsvException.class)
        .isInstanceOf(InputException.class)
        .hasMessage("1 problem in s.csv:\n  line 1, column 'agreed_top_up': missing column (expected "
            + String.join(",", SchoolPupilsCsv.COLUMNS) + ")");
  }

  @Test
  void an_excel_csv_utf8_file_with_a_bom_and_quoted_thousands_reads() {
    String excel = "\uFEFF" + String.join(",", SchoolPupilsCsv.COLUMNS) + "\r\n"
        + "P01,E,ASD,\"18,500\",BAND,EHCP-4,\r\n"
        + "P02,K,SPLD,\"£2,400.00\",NONE,,\r\n";
    var pupils = SchoolPupilsCsv.parse("school.csv", excel, SettingType.MAINSTREAM_MAINTAINED, Money.ofPounds(5000),
        LocalBanding.example("shropshire"));
    assertThat(pupils).extracting(p -> p.placement().provisionCost())
        .containsExactly(Money.ofPounds(18_500), Money.ofPounds(2_400));
  }

  @Test
  void an_amount_that_would_overflow_the_total_is_refused_as_implausible_not_wrapped() {
    // the case: one pupil's cost of £92,233,720,368,547,758 (near the largest long of pence)
    String csv = String.join(",", SchoolPupilsCsv.COLUMNS) + "\nP01,E,ASD,\"92,233,720,368,547,758\",NONE,,\n";
    assertThatThrownBy(() -> SchoolPupilsCsv.parse("s.csv", csv, SettingType.MAINSTREAM_MAINTAINED, Money.ofPounds(5000),
        LocalBanding.example("shropshire")))
        .isInstanceOf(SchoolCsvException.class)
        .hasMessageStartingWith("1 problem in s.csv:\n  line 2, column 'provision_cost' ('92,233,720,368,547,758'): "
            + "implausible for one pupil's annual SEN provision cost or top-up: more than £2,000,000 (");
  }

  @Test
  void an_empty_file_and_a_header_alone_are_both_no_pupils(@TempDir Path dir) throws IOException {
    for (String text : new String[] {"", String.join(",", SchoolPupilsCsv.COLUMNS) + "\r\n"}) {
      assertThatThrownBy(() -> SchoolPupilsCsv.parse("s.csv", text, SettingType.MAINSTREAM_MAINTAINED, Money.ofPounds(5000),
          LocalBanding.example("shropshire")))
          .hasMessage("1 problem in s.csv:\n  no pupils after the header (expected " + String.join(",", SchoolPupilsCsv.COLUMNS) + ")");
    }
    Path cp1252 = dir.resolve("excel.csv");
    Files.write(cp1252, (String.join(",", SchoolPupilsCsv.COLUMNS) + "\r\nP01,E,ASD,\u00a3500,NONE,,\r\n")
        .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    assertThatThrownBy(() -> SchoolPupilsCsv.read(cp1252, SettingType.MAINSTREAM_MAINTAINED, Money.ofPounds(5000),
        LocalBanding.example("shropshire")))
        .isInstanceOf(SchoolCsvException.class)
        .hasMessageContaining("line 2 ('byte 0xA3'): the file is not UTF-8 text")
        .hasMessageContaining("save it as \"CSV UTF-8\"");
  }

  @Test
  void a_budget_that_is_not_an_amount_is_refused() {
    assertThat(run(sample().toString(), "--school", "X", "--la", "Y", "--notional-sen-budget", "lots")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--notional-sen-budget").contains("'lots' is not an amount of money");
  }

  @Test
  void a_special_school_setting_is_refused() {
    assertThat(run(sample().toString(), "--school", "X", "--la", "Shropshire", "--notional-sen-budget", "1",
        "--setting", "MAINTAINED_SPECIAL")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--setting MAINTAINED_SPECIAL: the funding gap is for mainstream schools");
  }

  @Test
  void dash_capital_v_prints_the_project_version() throws Exception {
    assertThat(run("-V")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).trim())
        .isEqualTo("SEND Funding Model " + org.sendfunding.examples.report.ProjectVersion.version())
        .isEqualTo("SEND Funding Model " + org.sendfunding.examples.report.ProjectVersionTest.parentPomVersion());
  }

  @Test
  void a_cost_that_overflows_the_schools_total_is_refused_with_one_located_line_and_exit_2(@TempDir Path dir)
      throws IOException {
    // issue 23: this file once gave a negative total and a letter saying the school had money to spare.
    Path csv = dir.resolve("school.csv");
    Files.writeString(csv, "pupil_id,sen_provision,primary_need,provision_cost,top_up_basis,band,agreed_top_up\n"
        + "P01,E,ASD,18500,NONE,,\n"
        + "P02,E,SEMH,92233720368547758,NONE,,\n", StandardCharsets.UTF_8);
    assertThat(run(csv.toString(), "--school", "Riverside Primary School", "--la", "Shropshire",
        "--notional-sen-budget", "60000")).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .startsWith(csv + ": Riverside Primary School, pupil P02: total cost of SEN provision overflows: "
            + "£18,500.00 + £92,233,720,368,547,758.00 is beyond ±£92,233,720,368,547,758.07")
        .doesNotContain("Exception", "\tat ");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("to spare");
  }

  @Test
  void a_banding_file_of_the_users_prices_band_rows(@TempDir Path dir) throws IOException {
    // Southend's published bands with amounts the LA gave the school: level-2 pays £5,000.
    Files.writeString(dir.resolve("bands.yaml"), "authority: Southend-on-Sea\n"
        + "description: our LA's bands, with the amounts in its 2025-26 letter\n"
        + "verified: false\n"
        + "reference:\n  - title: Letter from the LA to the school\n"
        + "bands:\n  - id: level-2\n    amount: 5000\n  - id: level-3\n    amount: 9000\n");
    Files.writeString(dir.resolve("pupils.csv"), SchoolPupilsCsv.COLUMNS.stream().collect(java.util.stream.Collectors.joining(",")) + "\n"
        + "P01,E,ASD,18500,BAND,level-2,\nP02,E,SEMH,16000,BAND,level-3,\n");
    assertThat(run(dir.resolve("pupils.csv").toString(), "--school", "Shoreline", "--la", "Southend-on-Sea",
        "--notional-sen-budget", "12,000", "--banding-file", dir.resolve("bands.yaml").toString()))
        .as(err.toString(StandardCharsets.UTF_8)).isZero();
    // Cost £34,500 - notional £12,000 - top-ups (£5,000 + £9,000) = £8,500.
    assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("top-ups received from the LA +£14,000\\.00")
        .containsPattern("funding gap \\(cost - notional budget - top-ups\\) +£8,500\\.00")
        .contains("Dear Southend-on-Sea SEND team");
  }

  @Test
  void an_la_code_names_the_authority_in_the_letter(@TempDir Path dir) throws IOException {
    assertThat(run(sample().toString(), "--school", "Riverside Primary School", "--la", "893",
        "--notional-sen-budget", "60,000", "--out", dir.resolve("gap").toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(Files.readString(dir.resolve("gap").resolve("letter.txt"))).startsWith("Dear Shropshire SEND team");
    List<String> csv = Files.readAllLines(dir.resolve("gap").resolve("school-funding-gap.csv"));
    assertThat(csv.get(0)).isEqualTo("pupil_id,sen_provision,primary_need,provision_cost,from_notional_sen_budget,top_up,unfunded,provenance");
    assertThat(csv.get(1)).startsWith("P01,E,ASD,18500.00,6000.00,4000.00,8500.00,");
    assertThat(String.join("\n", csv)).doesNotContain("£");
  }

  @Test
  void a_near_miss_la_name_suggests_the_real_one() {
    assertThat(run(sample().toString(), "--school", "X", "--la", "Shropshre", "--notional-sen-budget", "1")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("send-school-report: --la 'Shropshre' is not a local authority"
        + " in England; did you mean Shropshire? Give the name as DfE spells it or its three-digit code");
  }
}
