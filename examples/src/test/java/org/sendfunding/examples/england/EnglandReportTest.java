package org.sendfunding.examples.england;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendfunding.funding.scenario.BuiltInPolicy;

/**
 * Runs the whole main job once (all sections, every built-in policy, into a temporary folder) and
 * checks each section's key figures and files. The figures agree with docs/funding-scenarios.md,
 * which states them from the same embedded dataset and default assumptions.
 */
class EnglandReportTest {

  @TempDir
  static Path fullRun;

  private static String report;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return EnglandReport.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  @BeforeAll
  static void runTheMainJob() {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = EnglandReport.run(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
        "--year", "2025-26", "--to", "2030-31", "--out", fullRun.toString(), "--no-progress");
    report = o.toString(StandardCharsets.UTF_8);
    assertThat(code).as(e.toString(StandardCharsets.UTF_8)).isZero();
  }

  @Test
  void every_file_named_in_the_report_exists_and_is_not_empty() throws IOException {
    String listing = report.substring(report.indexOf("Files written to"));
    List<String> names = new ArrayList<>();
    listing.lines().skip(1).map(String::trim).filter(l -> !l.isEmpty()).forEach(names::add);
    assertThat(names).contains("allocations-2025-26.csv", "allocation-per-head-by-region-2025-26.png",
        "deficit-projection.csv", "deficit-projection.png", "settlement-certainty.csv", "national-banding.csv",
        "sufficiency-gap.csv", "sufficiency-gap.png", "ehcp-timeliness.csv", "ehcp-timeliness.png",
        "accountability-movements.csv", "accountability-sen-progress8.csv", "accountability-sen-heavy.png",
        "places-and-services-waits.csv", "advice-waits.png", "places-and-services-places.csv", "places-gap.png",
        "places-and-services-by-la.csv");
    for (String name : names) {
      Path file = fullRun.resolve(name);
      assertThat(file).as(name).exists();
      assertThat(Files.size(file)).as(name).isPositive();
    }
    byte[] png = Files.readAllBytes(fullRun.resolve("deficit-projection.png"));
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  @Test
  void section_1_allocates_all_153_las_and_compares_with_the_cited_total() throws IOException {
    assertThat(report).contains("1. National high-needs allocation")
        .containsPattern("national total \\(cited\\) +£11,900,000,000\\.00")
        .containsPattern("local authorities +153")
        // The published 7% floor and 10% gains cap from the real baselines: the formula before them shares
        // out the cited total; the floor adds £109.4m and the cap holds back £817.8m. No cap is searched.
        .containsPattern("national total \\(computed\\) +£11,191,625,570\\.49")
        .containsPattern("computed minus cited +-£708,374,429\\.51")
        .containsPattern("gains cap \\(published\\) +10%")
        .containsPattern("LAs lifted by the funding floor +37")
        .containsPattern("added by the funding floor +£109,434,261\\.31")
        .containsPattern("LAs held back by the gains cap +102")
        .containsPattern("held back by the gains cap +-£817,808,690\\.82")
        .contains("No cap other than the published one is searched")
        .contains("Written answer to Priti Patel")
        .doesNotContain("gains cap found");
    List<String> csv = Files.readAllLines(fullRun.resolve("allocations-2025-26.csv"));
    assertThat(csv).hasSize(154);
    assertThat(csv.get(0)).startsWith("la_code,la_name,region,population_2_18,method")
        .endsWith(",population_2_18_provenance,special_school_pupils_provenance,area_cost_adjustment_provenance,"
            + "net_imported_pupils_provenance,floor_baseline_provenance,proxy_indicators_provenance,historic_spend_provenance");
    // Halton: population derived from the 2021-22 benchmarking projection, ACA derived from its 2023-24 unit rate.
    assertThat(csv).anySatisfy(line -> assertThat(line).startsWith("876,Halton,North West,27513,nff,")
        .contains("derived: ONS mid-2021 projection").contains("derived: element B"));
  }

  @Test
  void the_banner_names_only_the_fields_that_are_still_illustrative() {
    String banner = report.lines().filter(l -> l.startsWith("ILLUSTRATIVE (no public per-LA figure): ")).findFirst().orElseThrow();
    assertThat(banner).contains("free_school_meals, idaci").contains("historic_spend").contains("dsg_balance")
        .contains("schools_block (2 LAs)").contains("requested_block_transfer_percent (150 LAs)")
        .doesNotContain("population_2_18").doesNotContain("special_school_pupils");
    assertThat(report).contains("Per-LA figures are DfE's published statistics wherever DfE publishes them");
  }

  @Test
  void section_2_projects_the_deficit_under_each_policy() throws IOException {
    // docs/funding-scenarios.md: today's rules close 2030-31 at -£31,245,676,218.70; cancellation pays
    // £5,000,000,000.00 and the 90% cover £4,500,000,000.06 in 2026-27.
    assertThat(report).containsPattern("2030-31 +-£31,245\\.7m +-£26,245\\.7m +-£26,745\\.7m")
        .containsPattern("Deficit cancellation +£5,000\\.0m")
        .containsPattern("90% government cover +£4,500\\.0m")
        // the statutory override ends on 31 March 2028: from 2028-29 the whole deficit is outside it
        // (the general fund holds the deficits only: LAs in surplus are netted in the closing balance)
        .containsPattern("2028-29 +-£16,408\\.6m +£0\\.0m +£16,730\\.4m +144");
    String csv = Files.readString(fullRun.resolve("deficit-projection.csv"));
    assertThat(csv).contains("TODAYS_RULES,2030-31,-31245676218.70,0.00,31679276110.79")
        .contains("NINETY_PERCENT_COVER,2026-27,-2978862622.82");
  }

  @Test
  void section_3_measures_certainty_of_annual_and_three_year_settlements() {
    assertThat(report).containsPattern("2027-28 +Today's rules +£11,527\\.4m +£11,191\\.6m +0\\.0291")
        .containsPattern("2027-28 +Three-year settlement with floor +£11,757\\.9m +£11,873\\.2m +0\\.0098")
        .containsPattern("2030-31 +Three-year settlement with floor +£12,848\\.2m +£12,848\\.2m +0\\.0000");
  }

  @Test
  void section_4_compares_national_and_local_banding() throws IOException {
    // docs/funding-scenarios.md: national banding cuts placement spend by £158.1m in 2026-27; 152 LAs pay less, none more
    // (local unit costs are England's scaled by each LA's ACA, above the national tariffs everywhere).
    assertThat(report).contains("Under national banding 152 LAs pay less and 0 pay more")
        .containsPattern("national placement spend +£12,881\\.3m +£12,723\\.2m")
        .containsPattern("allocation per head aged 2-18: Gini +0\\.0739 +0\\.0739")
        .doesNotContain("gini funding per head")
        .containsPattern("Isles of Scilly +£0\\.0m +no change");
    List<String> banding = Files.readAllLines(fullRun.resolve("national-banding.csv"));
    assertThat(banding).hasSize(154);
    assertThat(banding.get(0)).endsWith(",illustrative,caseload_provenance");
    // Halton's placements are SEN2's as published; Cambridgeshire's "x" placements are shared (derived).
    assertThat(banding).anySatisfy(l -> assertThat(l).startsWith("876,Halton,")
        .endsWith(",pupils real (SEN2 January 2025); mainstream split by type illustrative; unit costs illustrative"));
    assertThat(banding).anySatisfy(l -> assertThat(l).startsWith("873,Cambridgeshire,").contains(",pupils derived (SEN2"));
  }

  @Test
  void section_5_shows_the_sufficiency_gap() throws IOException {
    // docs/funding-scenarios.md: £2.69bn in 2026-27 rising to £8.25bn in 2030-31 under today's rules.
    assertThat(report).containsPattern("2026-27 +£13,888\\.3m +£11,199\\.6m +£2,688\\.6m +137")
        .containsPattern("2030-31 +£20,852\\.5m +£12,605\\.3m +£8,247\\.2m +148")
        .containsPattern("Higher funding floor +£6,559\\.8m");
    List<String> gap = Files.readAllLines(fullRun.resolve("sufficiency-gap.csv"));
    assertThat(gap).hasSize(1 + 153 * 5);
    assertThat(gap.get(0)).endsWith(",caseload_provenance,high_needs_allocation_provenance,requested_block_transfer_provenance");
    assertThat(gap).anySatisfy(l -> assertThat(l).startsWith("926,Norfolk,2026-27,").endsWith(",derived (2023-24),real (2025-26)"));
  }

  @Test
  void section_6_says_the_caseload_is_illustrative_and_sets_it_beside_the_national_series() {
    assertThat(report).contains("The caseload is ILLUSTRATIVE: 4000 generated requests (seed 7)")
        // national 2024: 46.4% (DfE, send-ehcp national-ehcp-statistics.csv)
        .containsPattern("2024 +732 +962 +49\\.9% +49\\.5% +46\\.4% +\\+3\\.1")
        .doesNotContain("\n2025 ");
  }

  @Test
  void section_7_compares_progress_8_with_cva_and_time_on_roll() {
    // send-accountability/README.md: Spearman 0.821, Kendall 0.742; SEN-heavy schools +10.5 places.
    assertThat(report).contains("The cohort is ILLUSTRATIVE: Cohort{60 schools, 9999 pupils}")
        .containsPattern("Contextual value added +60 +0\\.821 +0\\.742 +\\+10\\.5 places +-3\\.5 places")
        // ranks print as whole places
        .containsPattern("Contextual value added +140055 +Northcliffe Special School +58 +20 +\\+38 +100\\.0% +yes");
  }

  @Test
  void section_7_sets_ehcp_sen_support_and_no_sen_side_by_side() throws IOException {
    // send-accountability/README.md: cohort estimates EHC plan -0.77 (uncapped -0.79); DfE 2023 estimates
    // -1.49 (-1.74); Highgate Vale Special School -0.35 against the cohort's estimates, 6 pupils on nominal KS2 scores.
    assertThat(report).contains("Progress 8 by SEN provision, capped and uncapped")
        .containsPattern("EHC plan +326 +-0\\.77 +-0\\.79 +-1\\.49 +-1\\.74 +-1\\.63")
        .containsPattern("No SEN +8167 +\\+0\\.08 +\\+0\\.07 +-0\\.18 +-0\\.18 +-0\\.18")
        .contains("How much of each school's Progress 8 its pupils with SEN make")
        .containsPattern("140058 +Highgate Vale Special School +-0\\.35 +-0\\.35 +-0\\.35 \\(16\\) +- +- +-0\\.35 +-0\\.35 +0 +\\+0\\.0 pts +6");
    List<String> csv = Files.readAllLines(fullRun.resolve("accountability-sen-progress8.csv"));
    // 60 schools x 3 provisions x 2 sets of estimates, plus the header.
    assertThat(csv).hasSize(1 + 60 * 3 * 2);
    assertThat(csv.get(0)).startsWith("urn,school,special,estimates,provision,pupils,share,progress8,");
  }

  @Test
  void the_2026_27_rollover_repays_each_allocation_and_policy_filters_apply(@TempDir Path dir) {
    assertThat(run("--year", "2026-27", "--to", "2027-28", "--section", "1,2", "--policy", "DEFICIT_CANCELLATION",
        "--no-progress", "--out", dir.toString())).isZero();
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).containsPattern("method +rollover")
        .containsPattern("national total \\(computed\\) +£11,191,625,570\\.49")
        .containsPattern("national total \\(cited\\) +£12,000,000,000\\.00")
        .contains("Deficit cancellation").doesNotContain("90% government cover").doesNotContain("3. ");
    assertThat(dir.resolve("allocations-2026-27.csv")).exists();
  }

  @Test
  void help_lists_the_options_and_every_policy() {
    assertThat(run("--help")).isZero();
    String help = out.toString(StandardCharsets.UTF_8);
    assertThat(help).contains("Usage: send-report").contains("--year").contains("--to").contains("--out")
        .contains("--policy").contains("--section").contains("--no-progress").contains("ILLUSTRATIVE");
    for (BuiltInPolicy p : BuiltInPolicy.values()) {
      assertThat(help.replaceAll("\\s+", " ")).contains(p.name());
    }
  }

  @Test
  void an_unknown_policy_is_refused_with_the_valid_names(@TempDir Path dir) {
    assertThat(run("--policy", "CANCEL", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains(
        "--policy: unknown policy 'CANCEL'; valid policies are TODAYS_RULES, DEFICIT_CANCELLATION, NINETY_PERCENT_COVER, "
            + "THREE_YEAR_SETTLEMENT, NATIONAL_BANDING, HIGHER_FUNDING_FLOOR, BLOCK_TRANSFER_LIMIT_RAISED, NO_BLOCK_TRANSFERS");
  }

  @Test
  void a_year_outside_the_dataset_is_refused(@TempDir Path dir) {
    assertThat(run("--year", "2024-25", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--year 2024-25: the embedded dataset has allocations for 2025-26 (formula year) and 2026-27 (rollover year) only");
  }

  @Test
  void an_unknown_section_is_refused(@TempDir Path dir) {
    assertThat(run("--section", "9", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--section 9 is not a section; sections are 1 to 8");
  }

  @Test
  void a_malformed_year_is_refused_with_its_text(@TempDir Path dir) {
    assertThat(run("--year", "2025/26", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("'2025/26' is not a financial year like 2025-26");
  }

  @Test
  void projections_must_end_after_the_report_year(@TempDir Path dir) {
    assertThat(run("--year", "2025-26", "--to", "2025-26", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--to 2025-26 must be after --year 2025-26");
  }

  /** A file under examples/data, from the module directory Maven runs tests in or the repository root. */
  static Path data(String name) {
    Path p = Path.of("data", name);
    return Files.exists(p) ? p : Path.of("examples", "data", name);
  }

  @Test
  void every_csv_is_machine_readable_snake_case_plain_numbers_and_says_what_is_illustrative() throws IOException {
    List<Path> csvs;
    try (var files = Files.list(fullRun)) {
      csvs = files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    }
    assertThat(csvs).hasSize(12);
    for (Path f : csvs) {
      // The input layer reads it back: RFC 4180, UTF-8, every row as wide as the header.
      org.sendfunding.model.input.CsvFile csv = org.sendfunding.model.input.CsvFile.read(f);
      assertThat(csv.header()).as(f.getFileName().toString())
          .allSatisfy(h -> assertThat(h).matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"))
          .anySatisfy(h -> assertThat(h).matches("illustrative|(.*_)?provenance"));
      assertThat(csv.size()).as(f.getFileName().toString()).isPositive();
      for (var row : csv.rows()) {
        for (String cell : row.cells()) {
          assertThat(cell).as(f.getFileName() + " line " + row.line()).doesNotContain("£").doesNotEndWith("%")
              .doesNotMatch("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
        }
      }
    }
    // Money is plain pounds with two decimals.
    assertThat(org.sendfunding.model.input.CsvFile.read(fullRun.resolve("places-and-services-places.csv")).rows())
        .allSatisfy(r -> assertThat(r.get("placement_cost")).matches("-?\\d+\\.\\d\\d"));
  }

  @Test
  void section_8_runs_the_years_of_section_2_and_reconciles_its_dsg_balance() throws IOException {
    org.sendfunding.model.input.CsvFile places = org.sendfunding.model.input.CsvFile.read(fullRun.resolve("places-and-services-places.csv"));
    org.sendfunding.model.input.CsvFile deficits = org.sendfunding.model.input.CsvFile.read(fullRun.resolve("deficit-projection.csv"));
    assertThat(places.rows()).extracting(r -> r.get("year")).containsExactly("2026-27", "2027-28", "2028-29", "2029-30", "2030-31");
    for (var row : places.rows()) {
      String section2 = deficits.rows().stream()
          .filter(d -> d.get("policy").equals("TODAYS_RULES") && d.get("year").equals(row.get("year")))
          .findFirst().orElseThrow().get("closing_balance");
      assertThat(row.get("dsg_balance_section_2")).as(row.get("year")).isEqualTo(section2);
    }
    assertThat(report).contains("so it differs from section 2, which grows every LA's base-year placement mix at 8% a year: in 2030-31 by ")
        .contains("Specialist places, England (placement cost at 2025-26 unit costs; ILLUSTRATIVE per-LA places)")
        .doesNotContain("2035-36");
  }

  @Test
  void the_2026_27_rollover_runs_every_section_end_to_end(@TempDir Path dir) throws IOException {
    assertThat(run("--year", "2026-27", "--to", "2031-32", "--no-progress", "--out", dir.toString()))
        .as(err.toString(StandardCharsets.UTF_8)).isZero();
    String text = out.toString(StandardCharsets.UTF_8);
    for (int n = 1; n <= 8; n++) {
      assertThat(text).contains("\n" + n + ". ");
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(Files.readAllLines(dir.resolve("allocations-2026-27.csv"))).hasSize(154);
    List<String> places = Files.readAllLines(dir.resolve("places-and-services-places.csv"));
    assertThat(places.get(places.size() - 1)).startsWith("2031-32,");
    assertThat(Files.readAllLines(dir.resolve("deficit-projection.csv"))).filteredOn(l -> l.startsWith("TODAYS_RULES,")).hasSize(6);
  }

  @Test
  void projections_beyond_30_years_are_refused_before_anything_is_printed_or_written(@TempDir Path dir) {
    Path target = dir.resolve("report");
    assertThat(run("--to", "2056-57", "--out", target.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo("send-report: --to 2056-57: projections run at most 30 years, to 2055-56. Run 'send-report --help' for the options.");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(target).doesNotExist();
    assertThat(dir.toFile().list()).isEmpty();
  }

  @Test
  void the_last_year_allowed_runs(@TempDir Path dir) throws IOException {
    assertThat(run("--to", "2055-56", "--section", "2", "--policy", "TODAYS_RULES", "--no-progress", "--out", dir.toString()))
        .as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(Files.readAllLines(dir.resolve("deficit-projection.csv"))).hasSize(1 + 30);
  }

  @Test
  void a_users_dataset_folder_runs_in_place_of_the_embedded_one(@TempDir Path dir) throws IOException {
    assertThat(run("--data", data("inner-london").toString(), "--section", "1,2,4", "--no-progress", "--out", dir.toString()))
        .as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Dataset: " + data("inner-london") + " (12 LAs, base year 2025-26, ILLUSTRATIVE)")
        .containsPattern("local authorities +12");
    assertThat(Files.readAllLines(dir.resolve("allocations-2025-26.csv"))).hasSize(13);
    assertThat(Files.readAllLines(dir.resolve("national-banding.csv"))).hasSize(13);
  }

  @Test
  void a_dataset_folder_without_its_panel_is_one_line(@TempDir Path dir) throws IOException {
    Path ds = dir.resolve("ds");
    Files.createDirectories(ds);
    for (String f : List.of("national-series.csv", "caseload.csv", "safety-valve.csv")) {
      Files.copy(data("inner-london").resolve(f), ds.resolve(f));
    }
    assertThat(run("--data", ds.toString(), "--out", dir.resolve("out").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("send-report: --data " + ds
        + ": no panel.csv in the folder; a dataset folder holds national-series.csv, panel.csv, caseload.csv, safety-valve.csv");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void a_scenario_overlay_changes_every_policy(@TempDir Path dir) throws IOException {
    assertThat(run("--overlay", data("uplift-5-percent.yaml").toString(), "--section", "2", "--policy", "DEFICIT_CANCELLATION",
        "--no-progress", "--out", dir.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Scenario overlay: 5% uplift from 2027-28");
    org.sendfunding.model.input.CsvFile csv = org.sendfunding.model.input.CsvFile.read(dir.resolve("deficit-projection.csv"));
    java.math.BigDecimal closing = new java.math.BigDecimal(csv.rows().stream()
        .filter(r -> r.get("policy").equals("TODAYS_RULES") && r.get("year").equals("2030-31")).findFirst().orElseThrow()
        .get("closing_balance"));
    org.sendfunding.model.input.CsvFile without = org.sendfunding.model.input.CsvFile.read(fullRun.resolve("deficit-projection.csv"));
    java.util.function.BiFunction<org.sendfunding.model.input.CsvFile, String, java.math.BigDecimal> balance = (f, year) ->
        new java.math.BigDecimal(f.rows().stream().filter(r -> r.get("policy").equals("TODAYS_RULES") && r.get("year").equals(year))
            .findFirst().orElseThrow().get("closing_balance"));
    // 5% a year from 2027-28 instead of the 3% assumption leaves a smaller deficit by 2030-31 than the run without it.
    assertThat(closing).isEqualTo(balance.apply(csv, "2030-31")).isGreaterThan(balance.apply(without, "2030-31"));
    // 2026-27 is a rollover either way: the same balance to within pennies (any overlay moves it by a few pence,
    // which send-funding's scenario engine would have to explain).
    assertThat(balance.apply(csv, "2026-27").subtract(balance.apply(without, "2026-27")).abs()).isLessThan(java.math.BigDecimal.ONE);
  }

  @Test
  void a_failing_section_leaves_out_as_it_was(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("report");
    Files.createDirectories(target);
    Files.writeString(target.resolve("deficit-projection.csv"), "yesterday's file\n");
    ReportSection writes = new ReportSection() {
      @Override
      public String title() {
        return "writes";
      }

      @Override
      public void run(ReportContext context) {
        context.csv("deficit-projection.csv", org.sendfunding.examples.report.TextTable.withHeader("a", "illustrative").addRow(1, true));
      }
    };
    ReportSection fails = new ReportSection() {
      @Override
      public String title() {
        return "fails";
      }

      @Override
      public void run(ReportContext context) {
        throw new org.sendfunding.examples.cli.UserError("section 2 cannot run; try again");
      }
    };
    int code = org.sendfunding.examples.cli.CommandRunner.run("send-report",
        new EnglandReport(new PrintStream(out, true, StandardCharsets.UTF_8), com.google.common.collect.ImmutableList.of(writes, fails)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        "--out", target.toString(), "--no-progress");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("send-report: section 2 cannot run; try again");
    assertThat(Files.readString(target.resolve("deficit-projection.csv"))).isEqualTo("yesterday's file\n");
    assertThat(dir.toFile().list()).containsExactly("report");
    assertThat(target.toFile().list()).containsExactly("deficit-projection.csv");
  }

  @Test
  void la_shows_one_authoritys_real_series_beside_its_modelled_years(@TempDir Path dir) throws IOException {
    assertThat(run("--la", "halton", "--no-progress", "--out", dir.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
    String text = out.toString(StandardCharsets.UTF_8);
    // DfE, EHC plans releases 2022 and 2025: Halton (876) 554 statements in January 2010, 771 plans in 2019, 1,712 in 2025.
    assertThat(text).contains("Halton (DfE code 876, North West)")
        .containsPattern("2010 +n/a +554 ").containsPattern("2019 +771 +771 ").containsPattern("2025 +1,712 ")
        // 2024: 58.2% of new plans within 20 weeks (DfE flows table)
        .containsPattern("2024 +492 +\\S+ +58\\.2% +56\\.5% ")
        .contains("The model's years for Halton (MODELLED").doesNotContain("1. National high-needs allocation");
    org.sendfunding.model.input.CsvFile csv = org.sendfunding.model.input.CsvFile.read(dir.resolve("authority-876.csv"));
    assertThat(csv.rows()).anySatisfy(r -> assertThat(r.get("measure") + " " + r.get("period") + " " + r.get("value") + " " + r.get("provenance"))
        .isEqualTo("ehc_plans January 2025 1712 real"));
    assertThat(csv.rows()).anySatisfy(r -> assertThat(r.get("provenance")).isEqualTo("modelled"));
    assertThat(dir.resolve("authority-876.png")).isNotEmptyFile();
  }

  @Test
  void la_is_checked_against_the_register(@TempDir Path dir) {
    assertThat(run("--la", "Haltn", "--out", dir.resolve("x").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("send-report: --la 'Haltn' is not a local authority in England;"
        + " did you mean Halton?");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void section_6_shows_real_per_la_20_week_timeliness() throws IOException {
    assertThat(report).containsPattern("New EHC plans issued within 20 weeks in 2024, by LA \\(REAL: DfE, ");
    org.sendfunding.model.input.CsvFile csv = org.sendfunding.model.input.CsvFile.read(fullRun.resolve("ehcp-timeliness-by-la.csv"));
    assertThat(csv.rows()).anySatisfy(r -> assertThat(r.get("la_name") + " " + r.get("within_20_weeks_incl_exceptions_percent"))
        .isEqualTo("Halton 58.2"));
    assertThat(csv.size()).isGreaterThanOrEqualTo(150);
  }
}
