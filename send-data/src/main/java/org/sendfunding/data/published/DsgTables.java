package org.sendfunding.data.published;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendfunding.data.ees.LaCodes;
import org.sendfunding.data.sheet.Cell;
import org.sendfunding.data.sheet.Sheet;
import org.sendfunding.data.sheet.Workbook;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;
import org.sendfunding.model.input.Problems;

/**
 * Makes the four DSG tables from the published allocation workbooks, checking each sheet's layout
 * (the header text of every column read) and each row's LA code before anything is made.
 *
 * <p>Rows are those whose first cell is {@code ENGLAND} or a three-digit DfE code; a three-digit
 * code that is not a current or predecessor LA ({@link LaCodes}) is an error, as is a code given
 * twice in a sheet; the group and region subtotal rows (LONDON, North East, ...) are left out.
 * Numbers are the stored values to a spreadsheet's 15 significant digits
 * ({@link Cell#spreadsheetValue()}), except the benchmarking population (to the 3 decimals it is
 * published to, see {@link #benchmarking}) and 2019-20's block totals, published in £ million with
 * unrounded decimals: those are rounded half-up to £0.01m (£10,000), the precision the published
 * table shows, and written in pounds. Formula-error cells ({@code #N/A}, {@code #REF!}) are "",
 * not published.
 *
 * <pre>{@code
 * TidyTable blocks = DsgTables.allocations(Workbooks.read(Path.of("dedicated-schools-grant_summary_2019-20_to_2023-24.ods")));
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DsgTables {

  /** DSG blocks per LA, gross and net of recoupment, 2019-20 to 2023-24. */
  public static final String ALLOCATIONS = "dsg_allocations_by_la_2019-20_to_2023-24.csv";
  /** High-needs block elements and place deductions per LA, 2020-21 to 2023-24. */
  public static final String HIGH_NEEDS = "dsg_high_needs_block_by_la_2020-21_to_2023-24.csv";
  /** Cumulative DSG balance as a share of DSG income per LA, 2019-20 to 2021-22. */
  public static final String BALANCE = "dsg_cumulative_balance_pct_income_by_la_2019-20_to_2021-22.csv";
  /** The 2021-22 high-needs benchmarking extract. */
  public static final String BENCHMARKING = "high_needs_benchmarking_2021-22_by_la.csv";

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private DsgTables() {}

  /**
   * DSG per block, gross and net of academy recoupment, from the five {@code Allocations_yyyy}
   * sheets of the summary workbook.
   */
  public static TidyTable allocations(Workbook summary) {
    List<String> blocks = List.of("schools_block", "cssb", "high_needs_block", "early_years_block",
        "total_dsg");
    List<String> header = new ArrayList<>(List.of("financial_year", "la_code", "la_name"));
    blocks.forEach(b -> header.add(b + "_gross"));
    blocks.forEach(b -> header.add(b + "_net"));
    String[][] sheets = {{"Allocations_1920", "2019-20"}, {"Allocations_2021", "2020-21"},
        {"Allocations_2122", "2021-22"}, {"Allocations_2223", "2022-23"},
        {"Allocations_2324", "2023-24"}};
    String[] expected = {"schools block", "central school services block", "high needs block",
        "early years block", "total DSG allocation"};
    Problems problems = Problems.in(summary.source());
    List<List<String>> rows = new ArrayList<>();
    for (String[] s : sheets) {
      Sheet sheet = sheet(summary, s[0], problems);
      if (sheet == null) {
        continue;
      }
      boolean millions = s[1].equals("2019-20");
      for (int c = 0; c < 10; c++) {
        expectHeader(summary, sheet, 1, 2 + c, expected[c % 5], problems);
        expectHeader(summary, sheet, 1, 2 + c, millions ? "(£ million)" : "(£s)", problems);
      }
      for (int r : laRows(summary, sheet, problems)) {
        List<String> row = new ArrayList<>(List.of(s[1], sheet.cell(r, 0).text(),
            sheet.cell(r, 1).text()));
        for (int c = 2; c < 12; c++) {
          row.add(millions ? millionsToPounds(summary, sheet, r, c, problems)
              : number(summary, sheet, r, c, problems));
        }
        rows.add(row);
      }
    }
    problems.throwIfAny();
    return TidyTable.of(ALLOCATIONS, header, rows);
  }

  /** The High_needs_block columns, by table column, and how each header starts. */
  private static final String[][] HIGH_NEEDS_COLUMNS = {
      {"hn_formula_elements_A", "National funding formula (NFF) allocations",
          "Total high needs elements in the funding floor"},
      {"basic_entitlement_aca_unit_rate", "Basic entitlement factor"},
      {"pupils_in_special_schools", "Number of pupils in special"},
      {"import_export_adjustment", "Import/export adjustment"},
      {"special_free_schools_additional", "Additional Funding for Special Free"},
      {"hospital_ap_pay_pension_supplementary", "Hospital education"},
      {"hn_nff_hist_proxy_floor_G", "High needs national funding formula for historical"},
      {"additional_hn_allocation", "Additional high needs allocation"},
      {"total_hnb_before_deductions", "Total high needs block before deductions"}};

  /** Columns a year's sheet must have; the rest came in later years (blank before). */
  private static final List<String> HIGH_NEEDS_ALWAYS = List.of("hn_formula_elements_A",
      "basic_entitlement_aca_unit_rate", "pupils_in_special_schools", "import_export_adjustment",
      "special_free_schools_additional", "total_hnb_before_deductions");

  /**
   * The high-needs block elements (sheet {@code High_needs_block}) and the total place deduction
   * (last column of {@code High_needs_deductions}) of each year's final DSG workbook.
   *
   * @param years the workbooks by financial year ("2020-21" → dedicated-schools-grant_2021_11_18.ods)
   */
  public static TidyTable highNeeds(Map<String, Workbook> years) {
    List<String> header = new ArrayList<>(List.of("financial_year", "la_code", "la_name"));
    for (String[] c : HIGH_NEEDS_COLUMNS) {
      header.add(c[0]);
    }
    header.add("total_deductions_direct_place_funding");
    List<List<String>> rows = new ArrayList<>();
    List<InputException> failures = new ArrayList<>();
    years.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      try {
        rows.addAll(highNeedsYear(e.getKey(), e.getValue()));
      } catch (InputException x) {
        failures.add(x);
      }
    });
    if (!failures.isEmpty()) {
      List<Problem> all = new ArrayList<>();
      failures.forEach(f -> all.addAll(f.problems()));
      throw new InputException(all);
    }
    return TidyTable.of(HIGH_NEEDS, header, rows);
  }

  private static List<List<String>> highNeedsYear(String year, Workbook book) {
    Problems problems = Problems.in(book.source());
    Sheet hn = sheet(book, "High_needs_block", problems);
    Sheet ded = sheet(book, "High_needs_deductions", problems);
    problems.throwIfAny();
    Map<String, Integer> columns = new HashMap<>();
    for (int c = 2; c < hn.row(0).size(); c++) {
      String h = hn.cell(0, c).text().trim();
      for (String[] col : HIGH_NEEDS_COLUMNS) {
        for (int p = 1; p < col.length; p++) {
          if (h.startsWith(col[p]) && columns.putIfAbsent(col[0], c) != null) {
            problems.add(Problem.of(book.source("High_needs_block"), 1, Sheet.columnLetters(c), h, "a second column for " + col[0]));
          }
        }
      }
    }
    for (String c : HIGH_NEEDS_ALWAYS) {
      if (!columns.containsKey(c)) {
        problems.add(Problem.of(book.source("High_needs_block"), 1, "", "", "no column headed '"
            + headerOf(c) + "...' (the layout has changed)"));
      }
    }
    int total = -1;
    for (int c = ded.row(0).size() - 1; c >= 0; c--) {
      if (ded.cell(0, c).text().trim().startsWith("Total deduction to high needs block")) {
        total = c;
        break;
      }
    }
    if (total < 0) {
      problems.add(Problem.of(book.source("High_needs_deductions"), 1, "", "", "no column headed 'Total deduction to high needs block...' (the layout has changed)"));
    }
    problems.throwIfAny();
    Map<String, Integer> deductions = new HashMap<>();
    for (int r : laRows(book, ded, problems)) {
      deductions.put(ded.cell(r, 0).text(), r);
    }
    List<List<String>> rows = new ArrayList<>();
    for (int r : laRows(book, hn, problems)) {
      String code = hn.cell(r, 0).text();
      List<String> row = new ArrayList<>(List.of(year, code, hn.cell(r, 1).text()));
      for (String[] col : HIGH_NEEDS_COLUMNS) {
        Integer c = columns.get(col[0]);
        row.add(c == null ? "" : number(book, hn, r, c, problems));
      }
      Integer d = deductions.get(code);
      if (d == null) {
        problems.add(Problem.of(book.source("High_needs_block"), r + 1, "A", code, "no row for this LA in High_needs_deductions"));
        row.add("");
      } else {
        row.add(number(book, ded, d, total, problems));
      }
      rows.add(row);
    }
    problems.throwIfAny();
    return rows;
  }

  private static String headerOf(String column) {
    for (String[] c : HIGH_NEEDS_COLUMNS) {
      if (c[0].equals(column)) {
        return c[c.length - 1];
      }
    }
    return column;
  }

  /**
   * The cumulative DSG balance as a share of DSG income (a tidy sheet: one row per area and
   * year), columns renamed and reordered.
   */
  public static TidyTable balance(Workbook book) {
    Problems problems = Problems.in(book.source());
    Sheet s = sheet(book, "Sheet 1", problems);
    problems.throwIfAny();
    String[][] columns = {{"time_period", "time_period"}, {"financial_year", "financial_year"},
        {"geographic_level", "geographic_level"}, {"region_name", "region_name"},
        {"la_name", "la_name"}, {"deficit_pct_of_income", "deficit"},
        {"dsg_cumulative_balance_pct_of_total_income",
            "DSG cumulative balance as a % of the total income"}};
    Map<String, Integer> at = new LinkedHashMap<>();
    for (int c = 0; c < s.row(0).size(); c++) {
      String h = s.cell(0, c).text();
      if (at.putIfAbsent(h, c) != null) {
        problems.add(Problem.of(book.source("Sheet 1"), 1, Sheet.columnLetters(c), h, "the column appears twice in the header"));
      }
    }
    List<String> header = new ArrayList<>();
    for (String[] c : columns) {
      header.add(c[0]);
      if (!at.containsKey(c[1])) {
        problems.add(Problem.of(book.source("Sheet 1"), 1, c[1], "", "missing column (the layout has changed)"));
      }
    }
    for (String h : at.keySet()) {
      boolean known = false;
      for (String[] c : columns) {
        known |= c[1].equals(h);
      }
      if (!known) {
        problems.add(Problem.of(book.source("Sheet 1"), 1, h, "", "unknown column (the layout has changed)"));
      }
    }
    problems.throwIfAny();
    List<List<String>> rows = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int r = 1; r < s.rowCount(); r++) {
      if (s.row(r).stream().allMatch(Cell::isBlank)) {
        continue;
      }
      List<String> row = new ArrayList<>();
      for (String[] c : columns) {
        Cell cell = s.cell(r, at.get(c[1]));
        row.add(cell.isNumber() ? number(book, s, r, at.get(c[1]), problems) : cell.text().trim());
      }
      String key = row.get(0) + "|" + row.get(2) + "|" + row.get(3) + "|" + row.get(4);
      Integer first = seen.putIfAbsent(key, r + 1);
      if (first != null) {
        problems.add(Problem.of(book.source("Sheet 1"), r + 1, "", "", "duplicated row: same period and area"
            + " as row " + first));
      }
      rows.add(row);
    }
    problems.throwIfAny();
    return TidyTable.of(BALANCE, header, rows);
  }

  /**
   * The 2021-22 high-needs benchmarking extract (sheet {@code Sheet1}): population 2–18, EHC
   * plans by placement, and the s251 budget (columns P–AP) and outturn (BI–CI) lines, read by
   * position after checking the header cells that fix the layout.
   */
  public static TidyTable benchmarking(Workbook book) {
    Problems problems = Problems.in(book.source());
    Sheet s = sheet(book, "Sheet1", problems);
    problems.throwIfAny();
    String src = book.source("Sheet1");
    Object[][] anchors = {{4, 1, "Region"}, {4, 2, "LA code"}, {4, 3, "LA name"},
        {4, 4, "2-18 Population (ONS mid-2021 projection"}, {4, 6, "No. aged up to 25 with SEN"},
        {5, 7, "Mainstream schools"}, {5, 13, "Other"}, {2, 15, "Section 251 budget"},
        {3, 15, "Place funding"}, {3, 22, "Top up funding (maintaine"}, {3, 41, "Therapies"},
        {2, 60, "Section 251 outturn"}, {3, 60, "Place funding"}, {3, 86, "Therapies"}};
    for (Object[] a : anchors) {
      String h = s.cell((int) a[0], (int) a[1]).text().trim();
      if (!h.startsWith((String) a[2])) {
        problems.add(Problem.of(src, (int) a[0] + 1, Sheet.columnLetters((int) a[1]), h, "expected a cell "
            + "starting '" + a[2] + "' (the layout has changed)"));
      }
    }
    problems.throwIfAny();
    List<String> names = List.of("region", "la_code", "la_name", "pop_2_18_ons_mid2021_projection",
        "ehcp_count_up_to_25", "placed_mainstream", "placed_resourced_provision_sen_unit",
        "placed_maintained_special_or_special_academy", "placed_nmss_or_independent",
        "placed_hospital_or_ap", "placed_post16", "placed_other");
    List<String> budget = List.of("s251_budget_place_funding_total", "place_early_years",
        "place_primary", "place_secondary", "place_special", "place_pru_ap", "place_post_school",
        "topup_maintained_total", "topup_m_early_years", "topup_m_primary", "topup_m_secondary",
        "topup_m_special", "topup_m_pru_ap", "topup_m_post_school", "topup_m_income",
        "topup_nmi_total", "topup_nmi_early_years", "topup_nmi_primary", "topup_nmi_secondary",
        "topup_nmi_special", "topup_nmi_pru_ap", "topup_nmi_post_school", "topup_nmi_income",
        "sen_support_inclusion_services", "alternative_provision_services",
        "hospital_education_services", "therapies_health_services");
    List<String> header = new ArrayList<>(names);
    budget.forEach(header::add);
    budget.forEach(b -> header.add("outturn_" + b));
    List<Integer> at = new ArrayList<>(List.of(1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13));
    for (int c = 15; c <= 41; c++) {
      at.add(c);
    }
    for (int c = 60; c <= 86; c++) {
      at.add(c);
    }
    List<List<String>> rows = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int r = 6; r < s.rowCount(); r++) {
      Cell code = s.cell(r, 2);
      if (code.isBlank()) {
        continue;
      }
      String c = code.isNumber() ? number(book, s, r, 2, problems) : code.text().trim();
      if (!LaCodes.ENGLAND.isKnown(c)) {
        problems.add(Problem.of(src, r + 1, "C", c, "unknown LA code"));
        continue;
      }
      if (seen.putIfAbsent(c, r + 1) != null) {
        problems.add(Problem.of(src, r + 1, "C", c, "duplicated row: LA given again (first in row "
            + seen.get(c) + ")"));
      }
      List<String> row = new ArrayList<>();
      for (int i : at) {
        Cell cell = s.cell(r, i);
        row.add(i == POPULATION_COLUMN && cell.isNumber() ? population(src, s, r, problems)
            : cell.isNumber() ? number(book, s, r, i, problems)
            : cell.isError() ? "" : cell.text().trim());
      }
      rows.add(row);
    }
    problems.throwIfAny();
    return TidyTable.of(BENCHMARKING, header, rows);
  }

  /** Column E of the benchmarking sheet: the ONS mid-2021 projection of the population aged 2–18. */
  private static final int POPULATION_COLUMN = 4;

  /** The furthest a stored population may lie from its 3-decimal value: binary noise, no more. */
  private static final BigDecimal POPULATION_NOISE = new BigDecimal("0.000001");

  /**
   * The population to the 3 decimals it is published to. The stored doubles are sums carrying
   * binary noise (South Tyneside's 29,114.329 is stored as 29114.328999999943, which 15 significant
   * digits would keep as 29114.3289999999); every value in the 2021-22 sheet lies within 3×10⁻¹⁰ of
   * a 3-decimal number, and one that does not is refused as a changed layout.
   */
  private static String population(String source, Sheet s, int r, Problems problems) {
    BigDecimal stored = s.cell(r, POPULATION_COLUMN).decimal().get();
    BigDecimal published = stored.setScale(3, RoundingMode.HALF_UP);
    if (stored.subtract(published).abs().compareTo(POPULATION_NOISE) > 0) {
      problems.add(Problem.of(source, r + 1, Sheet.columnLetters(POPULATION_COLUMN), stored.toPlainString(),
          "a population with more than 3 decimals (the layout has changed?)"));
    }
    BigDecimal v = published.stripTrailingZeros();
    return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
  }

  // --- shared checks -----------------------------------------------------------------------

  private static Sheet sheet(Workbook book, String name, Problems problems) {
    if (!book.hasSheet(name)) {
      problems.add(Problem.file(book.source(), "no sheet '" + name + "' (the workbook has " + book.sheetNames() + ")"));
      return null;
    }
    return book.sheet(name);
  }

  private static void expectHeader(Workbook book, Sheet sheet, int row, int column, String contains,
      Problems problems) {
    String h = sheet.cell(row, column).text();
    if (!h.replace(" ", "").toLowerCase().contains(contains.replace(" ", "").toLowerCase())) {
      problems.add(Problem.of(book.source(sheet.name()), row + 1, Sheet.columnLetters(column), h, "expected a header containing '" + contains + "' (the layout has changed)"));
    }
  }

  /** 0-based indexes of the ENGLAND and LA rows, checking codes and duplicates. */
  private static ImmutableList<Integer> laRows(Workbook book, Sheet sheet, Problems problems) {
    ImmutableList.Builder<Integer> rows = ImmutableList.builder();
    Map<String, Integer> seen = new HashMap<>();
    for (int r = 0; r < sheet.rowCount(); r++) {
      Cell first = sheet.cell(r, 0);
      String code = first.isNumber() ? first.spreadsheetValue().get().toPlainString()
          : first.text().trim();
      boolean england = code.equals("ENGLAND");
      if (!england && !code.matches("\\d{3}")) {
        continue; // a title, header, subtotal (LONDON, North East) or note row
      }
      if (!england && !LaCodes.ENGLAND.isKnown(code)) {
        problems.add(Problem.of(book.source(sheet.name()), r + 1, "A", code, "unknown LA code"));
        continue;
      }
      Integer before = seen.putIfAbsent(code, r + 1);
      if (before != null) {
        problems.add(Problem.of(book.source(sheet.name()), r + 1, "A", code, "duplicated row: LA given again (first in row " + before + ")"));
        continue;
      }
      rows.add(r);
    }
    return rows.build();
  }

  private static String number(Workbook book, Sheet sheet, int r, int c, Problems problems) {
    Cell cell = sheet.cell(r, c);
    if (cell.isNumber()) {
      return cell.spreadsheetValue().get().toPlainString();
    }
    if (cell.isBlank() || cell.isError()) {
      return "";
    }
    problems.add(Problem.of(book.source(sheet.name()), r + 1, Sheet.columnLetters(c), cell.text(), "not a number"));
    return "";
  }

  private static String millionsToPounds(Workbook book, Sheet sheet, int r, int c,
      Problems problems) {
    Cell cell = sheet.cell(r, c);
    if (!cell.isNumber()) {
      return number(book, sheet, r, c, problems);
    }
    return cell.decimal().get().setScale(2, RoundingMode.HALF_UP).multiply(MILLION)
        .setScale(0, RoundingMode.UNNECESSARY).toPlainString();
  }
}
