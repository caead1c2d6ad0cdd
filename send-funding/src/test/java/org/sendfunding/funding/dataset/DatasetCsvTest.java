package org.sendfunding.funding.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;

class DatasetCsvTest {

  private static final String HEADER = String.join(",", DatasetCsv.PANEL_COLUMNS) + "\n";
  private static final String HALTON = "876,Halton,2025-26,illustrative,high_needs_allocation,25000,4000,3500,600,700,220,870,300,"
      + "10000000.00,1.0000,5,100000.00,27000000.00,29267000.00,120000000.00,0.5,2000000.00,-5000000.00\n";

  @Test
  void reads_a_users_own_panel_row() {
    var rows = DatasetCsv.readPanel(new StringReader(HEADER + HALTON), "mine.csv", LocalAuthorities.england());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).highNeedsAllocation()).isEqualTo(Money.ofPounds("29267000"));
    assertThat(rows.get(0).dsgBalance()).isEqualTo(Money.ofPounds(-5_000_000));
  }

  @Test
  void a_panel_saved_by_a_spreadsheet_with_a_byte_order_mark_crlf_and_derived_fields_loads() {
    String header = String.join(",", DatasetCsv.PANEL_COLUMNS) + ",derived_fields\r\n";
    String row = HALTON.replace("\n", ",population_2_18;area_cost_adjustment\r\n");
    var rows = DatasetCsv.readPanel(new StringReader("\uFEFF" + header + row), "mine.csv", LocalAuthorities.england());
    assertThat(rows.get(0).provenance("population_2_18").provenance()).isEqualTo(Provenance.DERIVED);
    assertThat(rows.get(0).provenance("high_needs_allocation").provenance()).isEqualTo(Provenance.REAL);
    assertThat(rows.get(0).provenance("idaci").provenance()).isEqualTo(Provenance.ILLUSTRATIVE);
  }

  @Test
  void every_row_error_is_reported_with_line_and_column_in_one_exception() {
    String bad = HEADER
        + HALTON.replace("25000,4000", "abc,4000")
        + HALTON.replace("876,Halton", "999,Nowhere")
        + HALTON.replace("876,Halton", "886,Halton")
        + HALTON.replace("876,Halton", "877,Warrington").replace("29267000.00", "-1.00");
    assertThatThrownBy(() -> DatasetCsv.readPanel(new StringReader(bad), "mine.csv", LocalAuthorities.england()))
        .isInstanceOf(DatasetException.class)
        .satisfies(e -> assertThat(((DatasetException) e).messages()).containsExactly(
            "mine.csv line 2 column population_2_18: 'abc' is not a whole number",
            "mine.csv line 3 column la_code: 999 is not an LA in the register",
            "mine.csv line 4 column la_name: 'Halton' is not the register's name for 886 ('Kent')",
            "mine.csv line 5: LocalAuthorityInputs.highNeedsAllocation: -£1.00 must be above zero (Warrington (877))"));
  }

  @Test
  void a_missing_or_unknown_column_is_named() {
    String header = HEADER.replace("idaci,", "idacy,");
    assertThatThrownBy(() -> DatasetCsv.readPanel(new StringReader(header + HALTON), "mine.csv", LocalAuthorities.england()))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("mine.csv line 1: unknown column 'idacy'")
        .hasMessageContaining("mine.csv line 1: missing column 'idaci'");
  }

  @Test
  void caseload_rows_of_one_la_form_one_caseload() {
    String csv = String.join(",", DatasetCsv.CASELOAD_COLUMNS) + "\n"
        + "876,2025-26,MAINTAINED_SPECIAL,300,28000.00,illustrative\n"
        + "876,2025-26,INDEPENDENT_SPECIAL,40,64000.00,illustrative\n";
    var loads = DatasetCsv.readCaseloads(new StringReader(csv), "c.csv", LocalAuthorities.england());
    assertThat(loads).hasSize(1);
    // 300 × £28,000 + 40 × £64,000 = £8,400,000 + £2,560,000 = £10,960,000
    assertThat(loads.get(0).totalCost()).isEqualTo(Money.ofPounds(10_960_000));
    assertThat(loads.get(0).pupils(SettingType.POST_16_FE)).isZero();
  }

  @Test
  void caseload_errors_are_all_listed() {
    String csv = String.join(",", DatasetCsv.CASELOAD_COLUMNS) + "\n"
        + "876,2025-26,SPECIALISH,300,28000.00,illustrative\n"
        + "876,2025-26,MAINTAINED_SPECIAL,-3,28000.00,illustrative\n"
        + "876,2025-26,INDEPENDENT_SPECIAL,40,64000.00,maybe\n";
    assertThatThrownBy(() -> DatasetCsv.readCaseloads(new StringReader(csv), "c.csv", LocalAuthorities.england()))
        .isInstanceOf(DatasetException.class)
        .satisfies(e -> assertThat(((DatasetException) e).messages()).containsExactly(
            "c.csv line 2 column setting_type: 'SPECIALISH' is not a setting type (e.g. MAINTAINED_SPECIAL)",
            "c.csv line 3 column pupils: -3 is negative",
            "c.csv line 4 column provenance: 'maybe' is not one of real, illustrative"));
  }

  @Test
  void safety_valve_total_must_equal_its_instalments() {
    String csv = String.join(",", DatasetCsv.SAFETY_VALVE_COLUMNS) + "\n"
        + "816,2021-03-31,17100000.00,2021-22,10000000.00,PAID,real,on track\n"
        + "816,2021-03-31,17100000.00,2022-23,7000000.00,DUE,real,on track\n";
    assertThatThrownBy(() -> DatasetCsv.readSafetyValves(new StringReader(csv), "sv.csv", LocalAuthorities.england()))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("sv.csv line 2: SafetyValveAgreement.total: £17,100,000.00 does not equal the sum of instalments £17,000,000.00");
  }
}
