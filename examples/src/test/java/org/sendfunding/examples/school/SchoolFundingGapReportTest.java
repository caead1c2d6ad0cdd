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
        .contains("placeplus.notional_sen_threshold");
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
    assertThat(e).contains("bad.csv: 6 problems")
        .contains("bad.csv line 2 column provision_cost: ")
        .contains("bad.csv line 3 column sen_provision: ")
        .contains("bad.csv line 4 column pupil_id: 'P1' already appears on line 2")
        .contains("bad.csv line 4 column band: 'EHCP-9' is not a band of Shropshire's banding")
        .contains("bad.csv line 5 column agreed_top_up: required when top_up_basis is AGREED_AMOUNT")
        .contains("bad.csv line 6: 4 fields, expected 7");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void a_missing_column_is_named() {
    assertThatThrownBy(() -> SchoolPupilsCsv.parse("s.csv", "pupil_id,sen_provision,primary_need,provision_cost,top_up_basis,band\n",
        SettingType.MAINSTREAM_MAINTAINED, Money.ofPounds(5000), LocalBanding.example("shropshire")))
        .isInstanceOf(SchoolCsvException.class)
        .hasMessage("s.csv: 1 problem\n  - s.csv line 1: missing column 'agreed_top_up'");
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
