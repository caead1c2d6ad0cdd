package org.sendfunding.examples.england;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/send-report --la}: real published figures for Rutland (a small LA never reorganised),
 * Cumberland (Cumbria's years split by share), North Northamptonshire and Dorset, checked against the
 * embedded DfE tables as published (SEN2 2025 release: Rutland 376 EHC plans in January 2025; DSG
 * allocation tables 2023-24: Rutland's high-needs block £5,871,999).
 */
class AuthorityReportTest {

  @TempDir
  static Path dir;

  private static String rutland;
  private static String cumberland;

  static String run(int expectedExit, Path out, String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(List.of("--out", out.toString(), "--no-progress"));
    int code = EnglandReport.run(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
        all.toArray(new String[0]));
    assertThat(code).as(e.toString(StandardCharsets.UTF_8)).isEqualTo(expectedExit);
    return expectedExit == 0 ? o.toString(StandardCharsets.UTF_8) : e.toString(StandardCharsets.UTF_8);
  }

  @BeforeAll
  static void runTwoAuthorities() {
    rutland = run(0, dir.resolve("rutland"), "--la", "Rutland");
    cumberland = run(0, dir.resolve("cumberland"), "--la", "942");
  }

  @Test
  void rutland_shows_its_published_plans_and_placements_since_2010() {
    assertThat(rutland).contains("Rutland (DfE 857, East Midlands): DfE's published figures beside the model's years")
        // statements until 2018, EHC plans from 2015
        .containsPattern("January 2010 +183 +183 +z ")
        .containsPattern("January 2018 +201 +0 +201 ")
        // SEN2 January 2025: 376 plans, 201 mainstream, 78 special, 32 independent special, 0 AP/PRU, 58 FE,
        // 38 educated elsewhere, 2 NEET, 1 placement unknown; placement unknown was "x" before 2023.
        .containsPattern("January 2025 +- +- +376 +201 +78 +32 +0 +58 +38 +2 +1\n")
        .containsPattern("January 2019 +197 +z +197 +101 +53 +22 +0 +35 +6 +0 +x\n")
        .doesNotContain("carried from predecessors");
  }

  @Test
  void rutland_shows_flows_timeliness_and_funding_with_sources() {
    // 2024: 75 requests, 80 assessments, 77 new plans, 74.3% within 20 weeks (78.4% excluding exceptions), 47 ceased.
    assertThat(rutland).containsPattern("\n +2024 +75 +80 +77 +74\\.3% +78\\.4% +47\n")
        .containsPattern("\n +2019 +62 +x +31 +100% +100% +-\n")
        // DSG 2023-24: high-needs block £5,871,999, DSG £38,173,690; balance -3.12% of income at 31 March 2022.
        .containsPattern("2023-24 +£5\\.9m +£5\\.7m +£0\\.3m +£38\\.2m")
        .containsPattern("2021-22 +£4\\.6m +£4\\.6m +£0\\.3m +£34\\.0m +-3\\.12%")
        .contains("Source: Education, health and care plans, reporting year 2022; Education, health and care plans, reporting year 2025")
        .contains("Education, health and care plans, reporting year 2025, released 2025-06-26, https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans/2025")
        .contains("Contains public sector information licensed under the Open Government Licence v3.0");
  }

  @Test
  void rutland_shows_its_modelled_years_with_provenance() {
    assertThat(rutland).containsPattern("2025-26 +high-needs allocation \\(model: published 7% floor, 10% gains cap\\) +£6\\.6m +derived")
        .containsPattern("2025-26 +change from the real 2023-24 high-needs block \\(£5\\.9m\\) +12\\.0%")
        .containsPattern("2025-26 +DSG balance at 31 March 2026 \\(model's start\\) +-£1\\.7m +illustrative")
        .containsPattern("2030-31 +DSG balance at 31 March 2031, projected under today's rules +-£16\\.4m");
  }

  @Test
  void rutland_writes_every_figure_with_its_provenance_and_two_charts() throws IOException {
    List<String> csv = Files.readAllLines(dir.resolve("rutland").resolve("authority-857.csv"));
    assertThat(csv.get(0)).isEqualTo("la_code,la_name,measure,column,period,value,status,not_available,publication,publication_url,derivation");
    assertThat(csv).contains("857,Rutland,EHC_PLANS,ehc_plans,January 2025,376,real,,\"Education, health and care plans, reporting year 2025\","
            + "https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans/2025,")
        .contains("857,Rutland,EHC_PLANS,ehc_plans,January 2010,,not available,z (not applicable),\"Education, health and care plans, reporting year 2022\","
            + "https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans/2022,")
        .anyMatch(l -> l.startsWith("857,Rutland,DSG_HIGH_NEEDS_BLOCK_GROSS,high_needs_block_gross,2023-24,5871999,real,"))
        .anyMatch(l -> l.startsWith("857,Rutland,MODEL_CLOSING_BALANCE,closing_balance,2030-31,-16"));
    for (String png : List.of("authority-857-plans.png", "authority-857-funding.png")) {
      byte[] bytes = Files.readAllBytes(dir.resolve("rutland").resolve(png));
      assertThat(bytes).hasSizeGreaterThan(10_000).startsWith(0x89, 'P', 'N', 'G');
    }
  }

  @Test
  void cumberland_carries_cumbrias_years_by_a_stated_share() throws IOException {
    assertThat(cumberland).contains("Reorganisation CUMBRIA_2023: created on 2023-04-01 from Cumbria (909).")
        // docs/data.md: Cumbria's 4,489 plans of January 2023 × 2,656/4,852 = 2,457 (largest remainder).
        .containsPattern("January 2023 +- +- +2,457\\* ")
        .containsPattern("January 2024 +- +- +2,656 ")
        .contains("EHC plans, January 2015 to January 2023 (9 periods), e.g. January 2023: Cumbria (909) 4489 split by"
            + " Cumberland's share of the successors' EHC_PLANS in January 2024 (2656 of 4852, 54.7%)")
        // statements end before the successors exist: split by the share of EHC plans, stated.
        .contains("statements + EHC plans, January 2010 to January 2022 (13 periods), e.g. January 2022: Cumbria (909) 4292 split by"
            + " Cumberland's share of the successors' EHC_PLANS in January 2024 (2656 of 4852, 54.7%)")
        // a percentage from a single predecessor is carried unchanged, marked
        .contains("e.g. 2022: Cumbria (909)'s percent carried unchanged (CUMBRIA_2023)");
    assertThat(Files.readAllLines(dir.resolve("cumberland").resolve("authority-942.csv")))
        .anyMatch(l -> l.startsWith("942,Cumberland,EHC_PLANS,ehc_plans,January 2023,2457,derived,") && l.contains("54.7%"));
  }

  @Test
  void other_reorganised_authorities_say_how_their_predecessors_years_are_carried(@TempDir Path out) {
    assertThat(run(0, out.resolve("nn"), "--la", "North Northamptonshire", "--section", "1"))
        .contains("Reorganisation NORTHAMPTONSHIRE_2021: created on 2021-04-01 from Northamptonshire (928).")
        .contains("statements + EHC plans, January 2010 to January 2021 (12 periods), e.g. January 2021: Northamptonshire (928) 4847"
            + " split by North Northamptonshire's share of the successors' EHC_PLANS in January 2022 (2842 of 5689, 50.0%)");
    assertThat(run(0, out.resolve("dorset"), "--la", "838"))
        .contains("Reorganisation DORSET_2019: created on 2019-04-01 from Dorset (835), Poole (836), Bournemouth (837).")
        .contains("rates and percentages of 3 predecessors are not comparable (n/c)")
        .contains("split by Dorset's share of the successors' EHC_PLANS in January 2020 (2534 of 4982, 50.9%)");
  }

  @Test
  void an_unknown_authority_is_one_line_with_a_suggestion_and_exit_2(@TempDir Path out) {
    assertThat(run(2, out.resolve("x"), "--la", "Rutlnd"))
        .isEqualTo("send-report: --la Rutlnd: no local authority 'Rutlnd'; did you mean Rutland (857)?" + System.lineSeparator());
    assertThat(run(2, out.resolve("x"), "--la", "909")).contains("its successors are Cumberland (942), Westmorland and Furness (943)");
    assertThat(out.resolve("x")).doesNotExist();
  }
}
