package org.sendfunding.data.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.data.sheet.OdsFixtures;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;

class DsgTablesTest {

  private static final String HEADER_ROW = "<table:table-row>" + OdsFixtures.text("time_period")
      + OdsFixtures.text("geographic_level") + OdsFixtures.text("region_name")
      + OdsFixtures.text("la_name") + OdsFixtures.text("deficit")
      + OdsFixtures.text("DSG cumulative balance as a % of the total income")
      + OdsFixtures.text("financial_year") + "</table:table-row>";

  private static String row(String period, String level, String region, String la, String pct) {
    return "<table:table-row>" + OdsFixtures.number(period) + OdsFixtures.text(level)
        + OdsFixtures.text(region) + OdsFixtures.text(la) + OdsFixtures.number(pct)
        + OdsFixtures.number("-" + pct) + OdsFixtures.text("2019-20") + "</table:table-row>";
  }

  @Test
  void balance_rows_read_with_their_columns_renamed() {
    TidyTable t = DsgTables.balance(OdsFixtures.workbook("balance.ods", "Sheet 1",
        HEADER_ROW + row("201920", "National", "England", "", "1.08")));
    assertThat(t.header()).containsExactly("time_period", "financial_year", "geographic_level",
        "region_name", "la_name", "deficit_pct_of_income", "dsg_cumulative_balance_pct_of_total_income");
    assertThat(t.rows()).containsExactly(com.google.common.collect.ImmutableList.of("201920", "2019-20", "National", "England", "", "1.08", "-1.08"));
  }

  @Test
  void a_duplicated_balance_row_and_a_missing_column_are_located() {
    try {
      DsgTables.balance(OdsFixtures.workbook("balance.ods", "Sheet 1", HEADER_ROW
          + row("201920", "Local authority", "London", "Camden", "1.5")
          + row("201920", "Local authority", "London", "Camden", "1.5")));
      throw new AssertionError("expected an InputException");
    } catch (InputException e) {
      assertThat(e.problems()).extracting(Problem::toString).containsExactly(
          "balance.ods!Sheet 1 line 3: duplicated row: same period and area as row 2");
    }
    try {
      DsgTables.balance(OdsFixtures.workbook("balance.ods", "Sheet 1",
          HEADER_ROW.replace(">deficit<", ">deficit_pct<")));
      throw new AssertionError("expected an InputException");
    } catch (InputException e) {
      assertThat(e.problems()).extracting(Problem::column).containsExactly("deficit", "deficit_pct");
    }
  }

  @Test
  void an_unknown_la_code_in_an_allocation_sheet_is_located() {
    String header = "<table:table-row>" + OdsFixtures.text("t") + "</table:table-row>"
        + "<table:table-row>" + OdsFixtures.text("") + OdsFixtures.text("")
        + repeat(OdsFixtures.text("schools block (£s)") + OdsFixtures.text("central school services block (£s)")
        + OdsFixtures.text("high needs block (£s)") + OdsFixtures.text("early years block (£s)")
        + OdsFixtures.text("total DSG allocation (£s)"), 2) + "</table:table-row>";
    String la = "<table:table-row>" + OdsFixtures.text("999") + OdsFixtures.text("Nowhere")
        + repeat(OdsFixtures.number("1"), 10) + "</table:table-row>";
    StringBuilder sheets = new StringBuilder();
    for (String s : new String[] {"Allocations_1920", "Allocations_2021", "Allocations_2122",
        "Allocations_2223", "Allocations_2324"}) {
      String h = s.equals("Allocations_1920") ? header.replace("(£s)", "(£ million)") : header;
      sheets.append("<table:table table:name=\"").append(s).append("\">").append(h)
          .append(s.equals("Allocations_2223") ? la : "").append("</table:table>");
    }
    try {
      DsgTables.allocations(OdsFixtures.workbookOf("summary.ods", sheets.toString()));
      throw new AssertionError("expected an InputException");
    } catch (InputException e) {
      assertThat(e.problems()).extracting(Problem::toString).containsExactly(
          "summary.ods!Allocations_2223 line 3, column 'A' ('999'): unknown LA code");
    }
  }

  private static String repeat(String s, int n) {
    return s.repeat(n);
  }

  /** A year's High_needs_block and High_needs_deductions sheets, as published in 2020-21. */
  private static org.sendfunding.data.sheet.Workbook year(String formulaHeader, String deductionRowCode) {
    String hn = "<table:table table:name=\"High_needs_block\"><table:table-row>"
        + OdsFixtures.text("title") + OdsFixtures.text("") + OdsFixtures.text(formulaHeader)
        + OdsFixtures.text("Basic entitlement factor (area cost adjusted) unit of funding (£s)")
        + OdsFixtures.text("Number of pupils in special schools and academies")
        + OdsFixtures.text("Import/export adjustment (based on January 2020 school census)")
        + OdsFixtures.text("Additional Funding for Special Free Schools (£s)")
        + OdsFixtures.text("Total high needs block before deductions (£s)") + "</table:table-row>"
        + "<table:table-row>" + OdsFixtures.text("202") + OdsFixtures.text("Camden")
        + OdsFixtures.number("36630263") + OdsFixtures.number("4830.86") + OdsFixtures.number("338")
        + OdsFixtures.number("1881000") + OdsFixtures.number("12000") + OdsFixtures.number("40156094")
        + "</table:table-row></table:table>";
    String ded = "<table:table table:name=\"High_needs_deductions\"><table:table-row>"
        + OdsFixtures.text("title") + OdsFixtures.text("")
        + OdsFixtures.text("Total deduction to high needs block for direct funding of places (£s)")
        + "</table:table-row><table:table-row>" + OdsFixtures.text(deductionRowCode)
        + OdsFixtures.text("Camden") + OdsFixtures.number("2612167") + "</table:table-row></table:table>";
    return OdsFixtures.workbookOf("dsg-2020-21.ods", hn + ded);
  }

  @Test
  void high_needs_elements_are_read_by_their_headers() {
    TidyTable t = DsgTables.highNeeds(java.util.Map.of("2020-21",
        year("National funding formula (NFF) allocations (excluding basic entitlement)", "202")));
    assertThat(t.rows()).hasSize(1);
    assertThat(t.rows().get(0)).containsExactly("2020-21", "202", "Camden", "36630263", "4830.86",
        "338", "1881000", "12000", "", "", "", "40156094", "2612167");
  }

  @Test
  void a_changed_high_needs_header_and_a_missing_deduction_row_are_located() {
    try {
      DsgTables.highNeeds(java.util.Map.of("2020-21", year("NFF allocations", "203")));
      throw new AssertionError("expected an InputException");
    } catch (InputException e) {
      assertThat(e.problems()).extracting(Problem::toString).containsExactly(
          "dsg-2020-21.ods!High_needs_block line 1: no column headed 'Total high needs elements in "
              + "the funding floor...' (the layout has changed)");
    }
    try {
      DsgTables.highNeeds(java.util.Map.of("2020-21",
          year("National funding formula (NFF) allocations (excluding basic entitlement)", "203")));
      throw new AssertionError("expected an InputException");
    } catch (InputException e) {
      assertThat(e.problems()).extracting(Problem::toString).containsExactly(
          "dsg-2020-21.ods!High_needs_block line 2, column 'A' ('202'): no row for this LA in "
              + "High_needs_deductions");
    }
  }
}
