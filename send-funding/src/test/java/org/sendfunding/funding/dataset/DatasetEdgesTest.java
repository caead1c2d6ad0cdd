package org.sendfunding.funding.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import java.io.StringReader;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;

/**
 * The dataset loaders at their limits and edges: a file exactly at a limit loads, a file over one
 * reports only the limit (no row problems from the rows read before it), empty typed cells, cells
 * beyond the header, unreadable CSV, and restricting the England dataset.
 */
class DatasetEdgesTest {

  private static final LocalAuthorities ENGLAND = LocalAuthorities.england();
  private static final String NATIONAL = String.join(",", DatasetCsv.NATIONAL_COLUMNS) + "\n";
  private static final String PANEL = String.join(",", DatasetCsv.PANEL_COLUMNS) + "\n";
  private static final String CASELOAD = String.join(",", DatasetCsv.CASELOAD_COLUMNS) + "\n";
  // Written question 129210: high-needs total 2018-19 £6,115m (national-series.csv)
  private static final String HN_2018 = "high_needs_total,2018-19,6115000000,gbp,WQ 129210,table,https://example.org/q,\n";
  private static final String HALTON = "876,Halton,2025-26,illustrative,high_needs_allocation,25000,4000,3500,600,700,220,870,300,"
      + "10000000.00,1.0000,5,100000.00,27000000.00,29267000.00,120000000.00,0.5,2000000.00,-5000000.00\n";

  private static List<String> problems(Runnable load) {
    return DatasetErrorPathsTest.problems(load);
  }

  @Test
  void a_file_of_exactly_the_character_limit_loads() {
    String csv = NATIONAL + HN_2018;
    NationalSeries s = DatasetCsv.readNationalSeries(new StringReader(csv), "n.csv", DatasetLimits.of(csv.length(), 10, 100));
    assertThat(s.figures()).hasSize(1);
    assertThat(problems(() -> DatasetCsv.readNationalSeries(new StringReader(csv), "n.csv", DatasetLimits.of(csv.length() - 1, 10, 100))))
        .containsExactly("n.csv: more than the limit of " + (csv.length() - 1) + " characters");
  }

  @Test
  void a_field_of_exactly_the_length_limit_loads() {
    // the longest field is the source href, 21 characters
    assertThat("https://example.org/q").hasSize(21);
    assertThat(DatasetCsv.readNationalSeries(new StringReader(NATIONAL + HN_2018), "n.csv", DatasetLimits.of(10_000, 10, 21)).figures())
        .hasSize(1);
    assertThat(problems(() -> DatasetCsv.readNationalSeries(new StringReader(NATIONAL + HN_2018), "n.csv", DatasetLimits.of(10_000, 10, 20))))
        .containsExactly("n.csv line 2 column source_href: 21 characters, more than the limit of 20");
  }

  @Test
  void too_many_rows_report_only_the_limit_not_the_rows_read_before_it() {
    String bad = "high_needs_total,2018-19,lots,gbp,WQ,table,https://example.org/q,\n";
    assertThat(problems(() -> DatasetCsv.readNationalSeries(new StringReader(NATIONAL + bad + bad), "n.csv", DatasetLimits.of(10_000, 1, 100))))
        .containsExactly("n.csv line 3: more than the limit of 1 rows");
  }

  @Test
  void an_over_size_file_reports_only_the_size_not_the_rows_read_before_it() {
    // 400 rows with a bad value (about 26,000 characters): the reader has handed over whole rows before the limit trips
    StringBuilder b = new StringBuilder(NATIONAL);
    for (int i = 0; i < 400; i++) {
      b.append("m").append(i).append(",2018-19,lots,gbp,WQ,table,https://example.org/q,\n");
    }
    assertThat(b.length()).isGreaterThan(20_000);
    assertThat(problems(() -> DatasetCsv.readNationalSeries(new StringReader(b.toString()), "n.csv", DatasetLimits.of(20_000, 1_000, 100))))
        .containsExactly("n.csv: more than the limit of 20000 characters");
  }

  @Test
  void an_over_long_cell_beyond_the_header_is_named_without_a_column() {
    // The common input layer refuses a row with more cells than the header before any cell is measured.
    String row = HN_2018.replace("\n", "," + Strings.repeat("x", 101) + "\n");
    assertThat(problems(() -> DatasetCsv.readNationalSeries(new StringReader(NATIONAL + row), "n.csv", DatasetLimits.of(10_000, 10, 100))))
        .containsExactly("n.csv line 2: 9 cells but the header has 8 columns");
  }

  @Test
  void unreadable_csv_is_reported_as_such() {
    // an unclosed quote runs to the end of the file
    List<String> p = problems(() -> DatasetCsv.readNationalSeries(new StringReader(NATIONAL + "\"high_needs_total,2018-19\n"), "n.csv"));
    assertThat(p).containsExactly("n.csv line 2: a quoted cell is never closed (a '\"' is missing); rows from here on cannot be read");
  }

  @Test
  void a_national_figure_in_an_unknown_unit_is_refused_with_its_line() {
    assertThat(problems(() -> DatasetCsv.readNationalSeries(new StringReader(NATIONAL + HN_2018.replace(",gbp,", ",pounds,")), "n.csv")))
        .containsExactly("n.csv line 2: NationalFigure.unit: 'pounds' is not one of gbp, count, percent (high_needs_total 2018-19)");
  }

  @Test
  void empty_numeric_cells_are_each_named() {
    String row = HALTON.replace(",25000,4000,", ",,4000,").replace(",10000000.00,1.0000,", ",,,");
    assertThat(problems(() -> DatasetCsv.readPanel(new StringReader(PANEL + row), "p.csv", ENGLAND))).containsExactly(
        "p.csv line 2 column population_2_18: is empty",
        "p.csv line 2 column historic_spend: is empty",
        "p.csv line 2 column area_cost_adjustment: is empty");
    assertThat(problems(() -> DatasetCsv.readCaseloads(new StringReader(CASELOAD + "876,,MAINTAINED_SPECIAL,,,illustrative\n"), "c.csv", ENGLAND)))
        .containsExactly(
            "c.csv line 2 column base_year: is empty",
            "c.csv line 2 column pupils: is empty",
            "c.csv line 2 column unit_cost: is empty");
  }

  @Test
  void a_negative_pupil_count_is_refused() {
    assertThat(problems(() -> DatasetCsv.readCaseloads(new StringReader(CASELOAD + "876,2025-26,MAINTAINED_SPECIAL,-1,28000.00,illustrative\n"),
        "c.csv", ENGLAND))).containsExactly("c.csv line 2 column pupils: -1 is negative");
  }

  @Test
  void the_register_name_must_match_the_code() {
    assertThat(problems(() -> DatasetCsv.readPanel(new StringReader(PANEL + HALTON.replace("876,Halton", "876,Warrington")), "p.csv", ENGLAND)))
        .containsExactly("p.csv line 2 column la_name: 'Warrington' is not the register's name for 876 ('Halton')");
  }

  @Test
  void national_series_by_measure_and_period() {
    NationalSeries s = FundingDataset.england().nationalSeries();
    // WQ 129210 table: 2018-19 £6,115m and 2019-20 £6,279m, the first two high-needs totals in file order
    assertThat(s.series("high_needs_total")).extracting(NationalFigure::period).startsWith("2018-19", "2019-20");
    assertThat(s.series("high_needs_total")).allMatch(f -> f.measure().equals("high_needs_total"));
    assertThat(s.series("no_such_measure")).isEmpty();
    assertThat(s.figure("high_needs_total", "2019-20").value()).isEqualByComparingTo("6279000000");
    assertThatThrownBy(() -> s.figure("high_needs_total", "1999-00")).isInstanceOf(NoSuchElementException.class)
        .hasMessage("NationalSeries: no figure for high_needs_total 1999-00");
  }

  @Test
  void restricting_england_keeps_only_the_named_las_and_their_agreements() {
    // Kent (886) has a £140m safety-valve agreement (funding.md); Halton (876) has none
    FundingDataset two = FundingDataset.england().restrictedTo(List.of(876, 886));
    assertThat(two.name()).isEqualTo("england (2 LAs)");
    assertThat(two.panel()).extracting(r -> r.localAuthority().code()).containsExactlyInAnyOrder(876, 886);
    assertThat(two.caseloads()).containsOnlyKeys(876, 886);
    assertThat(two.caseload(886)).isEqualTo(FundingDataset.england().caseload(886));
    assertThat(two.safetyValves()).containsOnlyKeys(886);
    assertThat(two.safetyValve(886).orElseThrow().total()).isEqualTo(Money.ofPounds(140_000_000));
    assertThat(two.safetyValve(886)).isEqualTo(FundingDataset.england().safetyValve(886));
  }

  @Test
  void the_table_reader_without_limits_uses_the_defaults_and_reports_problems() {
    CsvTable ok = CsvTable.read(new StringReader(NATIONAL + HN_2018), "n.csv", DatasetCsv.NATIONAL_COLUMNS);
    assertThat(ok.hasProblems()).isFalse();
    assertThat(ok.rows()).hasSize(1);
    assertThat(ok.rows().get(0).text("value")).isEqualTo("6115000000");
    CsvTable bad = CsvTable.read(new StringReader(""), "n.csv", DatasetCsv.NATIONAL_COLUMNS);
    assertThat(bad.hasProblems()).isTrue();
    assertThat(bad.problemCount()).isEqualTo(1);
  }

  private static SettingCaseload.Builder haltonCaseload() {
    return (SettingCaseload.Builder) SettingCaseload.builder().localAuthority(ENGLAND.byCode(876))
        .baseYear(org.sendfunding.model.time.FinancialYear.of(2025)).provenance(Provenance.ILLUSTRATIVE);
  }

  @Test
  void a_caseload_checks_every_count_and_cost() {
    // 300 pupils in maintained special schools at £28,000 = £8,400,000; a zero count at a zero cost is allowed
    SettingCaseload ok = haltonCaseload().putPupils(SettingType.MAINTAINED_SPECIAL, 300L).putUnitCosts(SettingType.MAINTAINED_SPECIAL, Money.ofPounds(28_000))
        .putPupils(SettingType.POST_16_FE, 0L).putUnitCosts(SettingType.POST_16_FE, Money.ZERO).build();
    assertThat(ok.totalCost()).isEqualTo(Money.ofPounds(8_400_000));
    assertThat(ok.pupils(SettingType.INDEPENDENT_SPECIAL)).isZero();
    assertThat(ok.cost(SettingType.INDEPENDENT_SPECIAL)).isEqualTo(Money.ZERO);
    assertThatThrownBy(() -> haltonCaseload().putPupils(SettingType.MAINTAINED_SPECIAL, -1L)
        .putUnitCosts(SettingType.MAINTAINED_SPECIAL, Money.ofPounds(28_000)).build())
        .hasMessage("SettingCaseload.pupils: -1 in MAINTAINED_SPECIAL is negative (Halton (876))");
    assertThatThrownBy(() -> haltonCaseload().putPupils(SettingType.MAINTAINED_SPECIAL, 300L).build())
        .hasMessage("SettingCaseload.unitCosts: no unit cost for MAINTAINED_SPECIAL (Halton (876))");
    assertThatThrownBy(() -> haltonCaseload().putUnitCosts(SettingType.MAINTAINED_SPECIAL, Money.ofPence(-1)).build())
        .hasMessage("SettingCaseload.unitCosts: -£0.01 for MAINTAINED_SPECIAL is negative (Halton (876))");
  }

  @Test
  void a_caseload_projection_gives_zero_for_unlisted_settings_and_refuses_other_years() {
    org.sendfunding.model.time.FinancialYear y2026 = org.sendfunding.model.time.FinancialYear.of(2026);
    CaseloadProjection p = CaseloadProjection.builder().localAuthority(ENGLAND.byCode(876))
        .putYears(y2026, com.google.common.collect.ImmutableMap.of(SettingType.MAINTAINED_SPECIAL, 410L))
        .putYears(y2026.next(), com.google.common.collect.ImmutableMap.of(SettingType.MAINTAINED_SPECIAL, 0L))
        .build();
    assertThat(p.covers(y2026)).isTrue();
    assertThat(p.covers(y2026.previous())).isFalse();
    assertThat(p.pupils(y2026, SettingType.MAINTAINED_SPECIAL)).isEqualTo(410);
    assertThat(p.pupils(y2026, SettingType.POST_16_FE)).isZero();
    assertThatThrownBy(() -> p.pupils(y2026.previous(), SettingType.MAINTAINED_SPECIAL))
        .hasMessage("CaseloadProjection: 2025-26 is not projected for Halton (876) (covers [2026-27, 2027-28])");
    assertThatThrownBy(() -> CaseloadProjection.builder().localAuthority(ENGLAND.byCode(876)).build())
        .hasMessage("CaseloadProjection.years: at least one year is required (Halton (876))");
    assertThatThrownBy(() -> CaseloadProjection.builder().localAuthority(ENGLAND.byCode(876))
        .putYears(y2026, com.google.common.collect.ImmutableMap.of(SettingType.MAINTAINED_SPECIAL, -1L)).build())
        .hasMessage("CaseloadProjection.years: -1 pupils in MAINTAINED_SPECIAL in 2026-27 is negative (Halton (876))");
  }

  @Test
  void national_figures_are_in_pounds_counts_or_percentages() {
    // SEN in England 2025: 482,640 pupils in schools with EHC plans, 5.3% of pupils (ehcp.md, figures)
    String csv = NATIONAL + HN_2018
        + "ehcp_pupils,2025-01,482640,count,SEN in England 2025,,https://example.org/sen,\n"
        + "ehcp_share,2025-01,5.3,percent,SEN in England 2025,,https://example.org/sen,\n";
    NationalSeries s = DatasetCsv.readNationalSeries(new StringReader(csv), "n.csv");
    assertThat(s.figures()).extracting(NationalFigure::unit).containsExactly("gbp", "count", "percent");
    assertThat(s.figure("ehcp_pupils", "2025-01").toString()).isEqualTo("ehcp_pupils 2025-01 = 482640 count (SEN in England 2025)");
  }

  @Test
  void limits_print_all_three() {
    assertThat(DatasetLimits.of(500, 10, 40).toString()).isEqualTo("DatasetLimits[500 characters, 10 rows, 40 characters a field]");
  }
}
