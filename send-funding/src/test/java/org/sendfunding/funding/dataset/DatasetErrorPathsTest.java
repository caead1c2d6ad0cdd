package org.sendfunding.funding.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.deficit.InstalmentStatus;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/** Every error path of the dataset loaders: the exact message, with file, line and column. */
class DatasetErrorPathsTest {

  private static final LocalAuthorities ENGLAND = LocalAuthorities.england();
  private static final String NATIONAL = String.join(",", DatasetCsv.NATIONAL_COLUMNS) + "\n";
  private static final String PANEL = String.join(",", DatasetCsv.PANEL_COLUMNS) + "\n";
  private static final String HALTON = "876,Halton,2025-26,illustrative,high_needs_allocation,25000,4000,3500,600,700,220,870,300,"
      + "10000000.00,1.0000,5,100000.00,27000000.00,29267000.00,120000000.00,0.5,2000000.00,-5000000.00\n";
  private static final String CASELOAD = String.join(",", DatasetCsv.CASELOAD_COLUMNS) + "\n";
  private static final String VALVES = String.join(",", DatasetCsv.SAFETY_VALVE_COLUMNS) + "\n";

  /** The problems a load reports, failing the test if it loads. */
  static List<String> problems(Runnable load) {
    try {
      load.run();
    } catch (DatasetException e) {
      return e.messages();
    }
    throw new AssertionError("no DatasetException");
  }

  @Test
  void national_series_reads_optional_paragraph_and_note() {
    // Written question 129210: high-needs total 2018-19 £6,115m (national-series.csv)
    String csv = NATIONAL
        + "high_needs_total,2018-19,6115000000,gbp,Written question 129210,table,https://example.org/q,Nov 2018\n"
        + "high_needs_total,2019-20,6279000000,gbp,Written question 129210,,https://example.org/q,\n";
    NationalSeries series = DatasetCsv.readNationalSeries(new StringReader(csv), "n.csv");
    List<NationalFigure> figures = series.figures();
    assertThat(figures).hasSize(2);
    assertThat(figures.get(0).value()).isEqualByComparingTo(new BigDecimal("6115000000"));
    assertThat(figures.get(0).note()).contains("Nov 2018");
    assertThat(figures.get(0).source().paragraph()).contains("table");
    assertThat(figures.get(1).note()).isEmpty();
    assertThat(figures.get(1).source().paragraph()).isEmpty();
  }

  @Test
  void national_series_errors_are_all_listed() {
    String csv = NATIONAL
        + "high_needs_total,2018-19,6115000000,gbp,WQ,table,https://example.org/q,\n"
        + "high_needs_total,2018-19,6115000000,gbp,WQ,table,https://example.org/q,\n"
        + ",2019-20,lots,,,,,\n";
    assertThat(problems(() -> DatasetCsv.readNationalSeries(new StringReader(csv), "n.csv"))).containsExactly(
        "n.csv line 3 column period: high_needs_total 2018-19 appears twice",
        "n.csv line 4 column measure: is empty",
        "n.csv line 4 column value: 'lots' is not a decimal number",
        "n.csv line 4 column unit: is empty",
        "n.csv line 4 column source_title: is empty",
        "n.csv line 4 column source_href: is empty");
  }

  @Test
  void a_column_given_twice_is_named() {
    String header = NATIONAL.replace("note", "note,unit");
    assertThat(problems(() -> DatasetCsv.readNationalSeries(new StringReader(header), "n.csv")))
        .containsExactly("n.csv line 1: column 'unit' appears twice");
  }

  @Test
  void a_short_row_is_refused_with_its_line() {
    // One rule for every loader (the input layer): a row with fewer cells than the header is refused.
    assertThat(problems(() -> DatasetCsv.readNationalSeries(new StringReader(NATIONAL + "high_needs_total,2018-19\n"), "n.csv")))
        .containsExactly("n.csv line 2: 2 cells but the header has 8 columns");
  }

  @Test
  void an_empty_file_names_the_expected_header() {
    assertThat(problems(() -> DatasetCsv.readNationalSeries(new StringReader(""), "n.csv"))).containsExactly(
        "n.csv: the file is empty (expected header " + String.join(",", DatasetCsv.NATIONAL_COLUMNS) + ")");
  }

  @Test
  void a_row_longer_than_the_header_is_refused() {
    assertThat(problems(() -> DatasetCsv.readPanel(new StringReader(PANEL + HALTON.replace("\n", ",extra\n")), "p.csv", ENGLAND)))
        .containsExactly("p.csv line 2: 24 cells but the header has 23 columns");
  }

  @Test
  void panel_reads_every_column() {
    LocalAuthorityInputs halton = DatasetCsv.readPanel(new StringReader(PANEL + HALTON), "p.csv", ENGLAND).get(0);
    assertThat(halton.localAuthority().code()).isEqualTo(876);
    assertThat(halton.baseYear()).isEqualTo(FinancialYear.of(2025));
    assertThat(halton.provenance()).isEqualTo(Provenance.ILLUSTRATIVE);
    assertThat(halton.realFields()).containsExactly("high_needs_allocation");
    assertThat(halton.isReal("high_needs_allocation")).isTrue();
    assertThat(halton.isReal("idaci")).isFalse();
    assertThat(halton.population2To18()).isEqualTo(25_000);
    assertThat(halton.freeSchoolMeals()).isEqualTo(4_000);
    assertThat(halton.idaci()).isEqualTo(3_500);
    assertThat(halton.ks2LowAttainment()).isEqualTo(600);
    assertThat(halton.ks4LowAttainment()).isEqualTo(700);
    assertThat(halton.childrenInBadHealth()).isEqualTo(220);
    assertThat(halton.disabilityLivingAllowance()).isEqualTo(870);
    assertThat(halton.specialSchoolPupils()).isEqualTo(300);
    assertThat(halton.historicSpend()).isEqualTo(Money.ofPounds(10_000_000));
    assertThat(halton.areaCostAdjustment().value()).isEqualByComparingTo("1");
    assertThat(halton.netImportedPupils()).isEqualTo(5);
    assertThat(halton.hospitalEducation()).isEqualTo(Money.ofPounds(100_000));
    assertThat(halton.previousAllocation()).isEqualTo(Money.ofPounds(27_000_000));
    assertThat(halton.schoolsBlock()).isEqualTo(Money.ofPounds(120_000_000));
    assertThat(halton.requestedBlockTransfer().percent()).isEqualByComparingTo("0.5");
    assertThat(halton.otherHighNeedsSpend()).isEqualTo(Money.ofPounds(2_000_000));
    assertThat(halton.toString()).isEqualTo("LocalAuthorityInputs[Halton (876) 2025-26, illustrative]");
  }

  @Test
  void panel_errors_name_the_column() {
    String csv = PANEL
        + HALTON.replace("high_needs_allocation", "high_needs_allocation; idacy")
        + HALTON
        + HALTON.replace("876,Halton", "8x6,Halton")
        + HALTON.replace("876,Halton,2025-26,illustrative", "877,Warrington,2025-26,real");
    assertThat(problems(() -> DatasetCsv.readPanel(new StringReader(csv), "p.csv", ENGLAND))).containsExactly(
        "p.csv line 2 column real_fields: 'idacy' is not a value column",
        "p.csv line 3 column la_code: 876 appears twice",
        "p.csv line 4 column la_code: '8x6' is not a whole number",
        "p.csv line 5: LocalAuthorityInputs.provenance: REAL, but its weakest column is ILLUSTRATIVE (real [high_needs_allocation], derived []) (Warrington (877))");
  }

  @Test
  void a_fully_real_panel_row_is_real() {
    String row = HALTON.replace("illustrative,high_needs_allocation", "real," + String.join(";", DatasetCsv.PANEL_VALUE_COLUMNS));
    LocalAuthorityInputs halton = DatasetCsv.readPanel(new StringReader(PANEL + row), "p.csv", ENGLAND).get(0);
    assertThat(halton.provenance()).isEqualTo(Provenance.REAL);
    assertThat(halton.realFields()).hasSize(18);
  }

  @Test
  void caseload_errors_are_all_listed() {
    String csv = CASELOAD
        + "876,2025-26,MAINTAINED_SPECIAL,300,28000.00,illustrative\n"
        + "876,2025-26,MAINTAINED_SPECIAL,10,28000.00,illustrative\n"
        + "876,2024-25,INDEPENDENT_SPECIAL,40,64000.00,illustrative\n"
        + "876,2025-26,POST_16_FE,40,-1.00,illustrative\n"
        + "999,2025-26,POST_16_FE,40,1.00,illustrative\n"
        + "x,2025-26,POST_16_FE,40,1.00,illustrative\n"
        + "877,2025-xx,,4.5,1.001,\n";
    assertThat(problems(() -> DatasetCsv.readCaseloads(new StringReader(csv), "c.csv", ENGLAND))).containsExactly(
        "c.csv line 3 column setting_type: MAINTAINED_SPECIAL appears twice for LA 876",
        "c.csv line 4 column base_year: 2024-25 differs from 2025-26 on line 2 for LA 876",
        "c.csv line 5 column unit_cost: -£1.00 is negative",
        "c.csv line 6 column la_code: 999 is not an LA in the register",
        "c.csv line 7 column la_code: 'x' is not a whole number",
        "c.csv line 8 column base_year: '2025-xx' is not a financial year (e.g. 2025-26)",
        "c.csv line 8 column setting_type: is empty",
        "c.csv line 8 column pupils: '4.5' is not a whole number",
        "c.csv line 8 column unit_cost: '1.001' is not an amount of pounds with at most two decimal places",
        "c.csv line 8 column provenance: is empty");
  }

  @Test
  void caseload_provenance_is_real_only_when_every_row_is() {
    String csv = CASELOAD
        + "876,2025-26,MAINTAINED_SPECIAL,300,28000.00,real\n"
        + "876,2025-26,INDEPENDENT_SPECIAL,40,64000.00,real\n"
        + "877,2025-26,MAINTAINED_SPECIAL,200,27000.00,real\n"
        + "877,2025-26,INDEPENDENT_SPECIAL,30,60000.00,illustrative\n"
        + "878,2025-26,MAINTAINED_SPECIAL,0,0.00,illustrative\n"
        + "878,2025-26,POST_16_FE,1,1.00,real\n";
    List<SettingCaseload> loads = DatasetCsv.readCaseloads(new StringReader(csv), "c.csv", ENGLAND);
    assertThat(loads).extracting(c -> c.localAuthority().code()).containsExactly(876, 877, 878);
    assertThat(loads).extracting(SettingCaseload::provenance)
        .containsExactly(Provenance.REAL, Provenance.ILLUSTRATIVE, Provenance.ILLUSTRATIVE);
    assertThat(loads.get(0).baseYear()).isEqualTo(FinancialYear.of(2025));
    assertThat(loads.get(1).pupils(SettingType.INDEPENDENT_SPECIAL)).isEqualTo(30);
    // a caseload of zero pupils at zero cost is allowed: 0 × £0 + 1 × £1 = £1
    assertThat(loads.get(2).totalCost()).isEqualTo(Money.ofPounds(1));
  }

  @Test
  void safety_valves_read_instalments_and_conditions() {
    // Kent (886) safety-valve agreement of 31 March 2022, £140m (safety-valve.csv)
    String csv = VALVES
        + "886,2022-03-31,140000000.00,2022-23,100000000.00,PAID,real,plan on track; deficit falling\n"
        + "886,2022-03-31,140000000.00,2023-24,40000000.00,WITHHELD,real,\n";
    var valves = DatasetCsv.readSafetyValves(new StringReader(csv), "sv.csv", ENGLAND);
    assertThat(valves).containsOnlyKeys(886);
    var kent = valves.get(886);
    assertThat(kent.total()).isEqualTo(Money.ofPounds(140_000_000));
    assertThat(kent.instalments()).hasSize(2);
    assertThat(kent.instalments().get(0).conditions()).containsExactly("plan on track", "deficit falling");
    assertThat(kent.instalments().get(1).conditions()).isEmpty();
    assertThat(kent.instalments().get(1).status()).isEqualTo(InstalmentStatus.WITHHELD);
  }

  @Test
  void safety_valve_errors_are_all_listed() {
    String csv = VALVES
        + "999,2022-03-31,1.00,2022-23,1.00,PAID,real,\n"
        + "y,2022-03-31,1.00,2022-23,1.00,PAID,real,\n"
        + "886,31/03/2022,1.00,2022-23,1.00,LATE,real,\n"
        + "886,2022-03-31,1.00,2022-23,-1.00,PAID,real,\n";
    assertThat(problems(() -> DatasetCsv.readSafetyValves(new StringReader(csv), "sv.csv", ENGLAND))).containsExactly(
        "sv.csv line 2 column la_code: 999 is not an LA in the register",
        "sv.csv line 3 column la_code: 'y' is not a whole number",
        "sv.csv line 4 column agreed_on: '31/03/2022' is not a date (yyyy-mm-dd)",
        "sv.csv line 4 column status: 'LATE' is not one of DUE, PAID, WITHHELD",
        "sv.csv line 5: SafetyValveInstalment.amount: -£1.00 must be above zero (due 2022-23)");
  }

  @Test
  void the_exception_message_counts_and_lists_problems() {
    DatasetException one = new DatasetException("x.csv", List.of("x.csv line 2: bad"));
    assertThat(one).hasMessage("x.csv: 1 problem\n  - x.csv line 2: bad");
    DatasetException two = new DatasetException("x.csv", List.of("a", "b"));
    assertThat(two).hasMessage("x.csv: 2 problems\n  - a\n  - b");
  }

  @Test
  void read_csv_collects_problems_from_all_four_files() {
    assertThatThrownBy(() -> FundingDataset.readCsv("mine", new StringReader(""), new StringReader(""),
        new StringReader(""), new StringReader(""), ENGLAND))
        .isInstanceOf(DatasetException.class)
        .satisfies(e -> assertThat(((DatasetException) e).messages()).containsExactly(
            "mine/national-series.csv: the file is empty (expected header " + String.join(",", DatasetCsv.NATIONAL_COLUMNS) + ")",
            "mine/panel.csv: the file is empty (expected header " + String.join(",", DatasetCsv.PANEL_COLUMNS) + ")",
            "mine/caseload.csv: the file is empty (expected header " + String.join(",", DatasetCsv.CASELOAD_COLUMNS) + ")",
            "mine/safety-valve.csv: the file is empty (expected header " + String.join(",", DatasetCsv.SAFETY_VALVE_COLUMNS) + ")"))
        .hasMessageStartingWith("mine: 4 problems");
  }

  private static FundingDataset halton(String caseloads, String valves) {
    return FundingDataset.readCsv("mine", new StringReader(NATIONAL), new StringReader(PANEL + HALTON),
        new StringReader(CASELOAD + caseloads), new StringReader(VALVES + valves), ENGLAND);
  }

  @Test
  void a_users_own_dataset_of_one_la() {
    FundingDataset d = halton("876,2025-26,MAINTAINED_SPECIAL,300,28000.00,illustrative\n", "");
    assertThat(d.name()).isEqualTo("mine");
    assertThat(d.baseYear()).isEqualTo(FinancialYear.of(2025));
    assertThat(d.illustrative()).isTrue();
    assertThat(d.totalHighNeedsAllocation()).isEqualTo(Money.ofPounds(29_267_000));
    assertThat(d.totalEhcpPupils()).isEqualTo(300);
    assertThat(d.caseload(876).totalCost()).isEqualTo(Money.ofPounds(8_400_000));
    assertThat(d.safetyValve(876)).isEmpty();
    assertThatThrownBy(() -> d.inputs(877)).isInstanceOf(NoSuchElementException.class)
        .hasMessage("FundingDataset: LA 877 is not in dataset mine");
    assertThatThrownBy(() -> d.caseload(877)).isInstanceOf(NoSuchElementException.class)
        .hasMessage("FundingDataset: no caseload for LA 877 in dataset mine");
    assertThatThrownBy(() -> d.restrictedTo(List.of(876, 877))).isInstanceOf(NoSuchElementException.class)
        .hasMessage("FundingDataset: LA 877 is not in dataset mine");
    assertThat(d.restrictedTo(List.of(876)).name()).isEqualTo("mine (1 LAs)");
  }

  @Test
  void a_fully_real_dataset_is_not_illustrative() {
    String row = HALTON.replace("illustrative,high_needs_allocation", "real," + String.join(";", DatasetCsv.PANEL_VALUE_COLUMNS));
    FundingDataset d = FundingDataset.readCsv("mine", new StringReader(NATIONAL), new StringReader(PANEL + row),
        new StringReader(CASELOAD + "876,2025-26,MAINTAINED_SPECIAL,300,28000.00,real\n"), new StringReader(VALVES), ENGLAND);
    assertThat(d.illustrative()).isFalse();
    FundingDataset mixed = FundingDataset.readCsv("mine", new StringReader(NATIONAL), new StringReader(PANEL + row),
        new StringReader(CASELOAD + "876,2025-26,MAINTAINED_SPECIAL,300,28000.00,illustrative\n"), new StringReader(VALVES), ENGLAND);
    assertThat(mixed.illustrative()).isTrue();
  }

  @Test
  void dataset_cross_file_checks_name_the_la() {
    assertThatThrownBy(() -> halton("", ""))
        .isInstanceOf(DatasetException.class)
        .hasMessage("mine: 1 problem\n  - FundingDataset.caseloads: no caseload for Halton (876) (mine)");
    assertThatThrownBy(() -> halton("876,2024-25,MAINTAINED_SPECIAL,300,28000.00,illustrative\n", ""))
        .hasMessage("mine: 1 problem\n  - FundingDataset.caseloads: Halton (876) has base year 2024-25, panel 2025-26 (mine)");
    assertThatThrownBy(() -> halton("876,2025-26,MAINTAINED_SPECIAL,300,28000.00,illustrative\n"
        + "877,2025-26,MAINTAINED_SPECIAL,300,28000.00,illustrative\n", ""))
        .hasMessage("mine: 1 problem\n  - FundingDataset.caseloads: LA 877 has a caseload but no panel row (mine)");
    assertThatThrownBy(() -> halton("876,2025-26,MAINTAINED_SPECIAL,300,28000.00,illustrative\n",
        "886,2022-03-31,1.00,2022-23,1.00,PAID,real,\n"))
        .hasMessage("mine: 1 problem\n  - FundingDataset.safetyValves: LA 886 has an agreement but no panel row (mine)");
  }

  private static LocalAuthorityInputs.Builder inputs() {
    return DatasetCsv.readPanel(new StringReader(PANEL + HALTON), "p.csv", ENGLAND).stream()
        .map(i -> (LocalAuthorityInputs.Builder) LocalAuthorityInputs.builder().from(i)).findFirst().orElseThrow();
  }

  @Test
  void inputs_accept_the_boundary_values() {
    LocalAuthorityInputs lowest = inputs().population2To18(1).freeSchoolMeals(0).idaci(0).ks2LowAttainment(0)
        .ks4LowAttainment(0).childrenInBadHealth(0).disabilityLivingAllowance(0).specialSchoolPupils(0)
        .historicSpend(Money.ZERO).hospitalEducation(Money.ZERO).previousAllocation(Money.ofPence(1))
        .highNeedsAllocation(Money.ofPence(1)).schoolsBlock(Money.ZERO)
        .requestedBlockTransfer(org.sendfunding.model.money.Percentage.of("0")).otherHighNeedsSpend(Money.ZERO)
        .areaCostAdjustment(org.sendfunding.model.money.Rate.of("0.0001")).build();
    assertThat(lowest.population2To18()).isEqualTo(1);
  }

  @Test
  void inputs_refuse_values_just_past_each_boundary() {
    String la = "(Halton (876))";
    assertThatThrownBy(() -> inputs().population2To18(0).build())
        .hasMessage("LocalAuthorityInputs.population2To18: 0 must be above zero " + la);
    assertThatThrownBy(() -> inputs().freeSchoolMeals(-1).build()).hasMessage("LocalAuthorityInputs.freeSchoolMeals: -1 is negative " + la);
    assertThatThrownBy(() -> inputs().idaci(-1).build()).hasMessage("LocalAuthorityInputs.idaci: -1 is negative " + la);
    assertThatThrownBy(() -> inputs().ks2LowAttainment(-1).build()).hasMessage("LocalAuthorityInputs.ks2LowAttainment: -1 is negative " + la);
    assertThatThrownBy(() -> inputs().ks4LowAttainment(-1).build()).hasMessage("LocalAuthorityInputs.ks4LowAttainment: -1 is negative " + la);
    assertThatThrownBy(() -> inputs().childrenInBadHealth(-1).build())
        .hasMessage("LocalAuthorityInputs.childrenInBadHealth: -1 is negative " + la);
    assertThatThrownBy(() -> inputs().disabilityLivingAllowance(-1).build())
        .hasMessage("LocalAuthorityInputs.disabilityLivingAllowance: -1 is negative " + la);
    assertThatThrownBy(() -> inputs().specialSchoolPupils(-1).build())
        .hasMessage("LocalAuthorityInputs.specialSchoolPupils: -1 is negative " + la);
    assertThatThrownBy(() -> inputs().areaCostAdjustment(org.sendfunding.model.money.Rate.ZERO).build())
        .hasMessage("LocalAuthorityInputs.areaCostAdjustment: 0 must be above zero " + la);
    assertThatThrownBy(() -> inputs().historicSpend(Money.ofPence(-1)).build())
        .hasMessage("LocalAuthorityInputs.historicSpend: -£0.01 is negative " + la);
    assertThatThrownBy(() -> inputs().hospitalEducation(Money.ofPence(-1)).build())
        .hasMessage("LocalAuthorityInputs.hospitalEducation: -£0.01 is negative " + la);
    assertThatThrownBy(() -> inputs().previousAllocation(Money.ZERO).build())
        .hasMessage("LocalAuthorityInputs.previousAllocation: £0.00 must be above zero " + la);
    assertThatThrownBy(() -> inputs().highNeedsAllocation(Money.ZERO).build())
        .hasMessage("LocalAuthorityInputs.highNeedsAllocation: £0.00 must be above zero " + la);
    assertThatThrownBy(() -> inputs().schoolsBlock(Money.ofPence(-1)).build())
        .hasMessage("LocalAuthorityInputs.schoolsBlock: -£0.01 is negative " + la);
    assertThatThrownBy(() -> inputs().requestedBlockTransfer(org.sendfunding.model.money.Percentage.of("-0.1")).build())
        .hasMessage("LocalAuthorityInputs.requestedBlockTransfer: -0.1% is negative " + la);
    assertThatThrownBy(() -> inputs().otherHighNeedsSpend(Money.ofPence(-1)).build())
        .hasMessage("LocalAuthorityInputs.otherHighNeedsSpend: -£0.01 is negative " + la);
    assertThatThrownBy(() -> inputs().addRealFields("idacy").build())
        .hasMessage("LocalAuthorityInputs.realFields: 'idacy' is not a panel column " + la);
  }
}
