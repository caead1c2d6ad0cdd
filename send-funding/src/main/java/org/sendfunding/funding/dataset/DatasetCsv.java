package org.sendfunding.funding.dataset;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.deficit.InstalmentStatus;
import org.sendfunding.model.deficit.SafetyValveAgreement;
import org.sendfunding.model.deficit.SafetyValveInstalment;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * Public CSV loaders for every dataset shape: the national series, the LA panel, caseloads and
 * safety-valve agreements. The embedded England dataset is read through these same methods, so a
 * user's own LA figures in the same columns load exactly as the defaults do.
 *
 * <p>Each loader reads the whole file, checks every row and either returns everything or throws one
 * {@link DatasetException} listing every problem with its line and column:
 *
 * <pre>{@code
 * ImmutableList<LocalAuthorityInputs> panel =
 *     DatasetCsv.readPanel(Files.newBufferedReader(path), "my-panel.csv", LocalAuthorities.england());
 * // DatasetException: my-panel.csv: 2 problems
 * //   - my-panel.csv line 4 column population_2_18: 'abc' is not a whole number
 * //   - my-panel.csv line 9 column la_code: 999 is not an LA in the register
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DatasetCsv {

  /** Columns of the national series file. */
  public static final ImmutableList<String> NATIONAL_COLUMNS = ImmutableList.of(
      "measure", "period", "value", "unit", "source_title", "source_paragraph", "source_href", "note");

  /** The panel's value columns: the names {@link LocalAuthorityInputs#realFields()} may list. */
  public static final ImmutableList<String> PANEL_VALUE_COLUMNS = ImmutableList.of(
      "population_2_18", "free_school_meals", "idaci", "ks2_low_attainment", "ks4_low_attainment",
      "children_in_bad_health", "disability_living_allowance", "special_school_pupils", "historic_spend",
      "area_cost_adjustment", "net_imported_pupils", "hospital_education", "previous_allocation",
      "high_needs_allocation", "schools_block", "requested_block_transfer_percent",
      "other_high_needs_spend", "dsg_balance");

  /** Columns of the panel file. */
  public static final ImmutableList<String> PANEL_COLUMNS = ImmutableList.<String>builder()
      .add("la_code", "la_name", "base_year", "provenance", "real_fields").addAll(PANEL_VALUE_COLUMNS).build();

  /** Panel columns a file may leave out: {@code derived_fields} (columns computed from published figures by a rule). */
  public static final ImmutableList<String> PANEL_OPTIONAL_COLUMNS = ImmutableList.of("derived_fields");

  /** Columns of the caseload file: one row per LA and setting type. */
  public static final ImmutableList<String> CASELOAD_COLUMNS = ImmutableList.of(
      "la_code", "base_year", "setting_type", "pupils", "unit_cost", "provenance");

  /** Columns of the safety-valve file: one row per instalment. */
  public static final ImmutableList<String> SAFETY_VALVE_COLUMNS = ImmutableList.of(
      "la_code", "agreed_on", "total", "due_year", "amount", "status", "provenance", "conditions");

  private DatasetCsv() {}

  /**
   * Reads published national figures.
   *
   * @param reader the CSV text
   * @param source the file name used in error messages
   * @return the series
   * @throws DatasetException listing every problem
   */
  public static NationalSeries readNationalSeries(Reader reader, String source) {
    return readNationalSeries(reader, source, DatasetLimits.DEFAULT);
  }

  /**
   * As {@link #readNationalSeries(Reader, String)}, with chosen limits on the file's size, rows and fields.
   *
   * @param reader the CSV text
   * @param source the file name used in error messages
   * @param limits the limits; a file over any of them fails as a whole
   * @return as the method without limits
   * @throws DatasetException listing every problem, including a limit exceeded
   */
  public static NationalSeries readNationalSeries(Reader reader, String source, DatasetLimits limits) {
    CsvTable table = CsvTable.read(reader, source, NATIONAL_COLUMNS, limits);
    List<NationalFigure> figures = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CsvTable.Row row : table.rows()) {
      int before = table.problemCount();
      String measure = row.required("measure");
      String period = row.required("period");
      BigDecimal value = row.decimal("value");
      String unit = row.required("unit");
      String title = row.required("source_title");
      String href = row.required("source_href");
      if (!measure.isEmpty() && !seen.add(measure + " " + period)) {
        table.problem(row.line, "period", measure + " " + period + " appears twice");
      }
      if (table.problemCount() > before) {
        continue;
      }
      try {
        SourceReference.Builder ref = SourceReference.builder().title(title).href(href);
        if (!row.text("source_paragraph").isEmpty()) {
          ref.paragraph(row.text("source_paragraph"));
        }
        NationalFigure.Builder f = NationalFigure.builder()
            .measure(measure).period(period).value(value).unit(unit).source(ref.build());
        if (!row.text("note").isEmpty()) {
          f.note(row.text("note"));
        }
        figures.add(f.build());
      } catch (IllegalArgumentException e) {
        table.problem(row.line, e.getMessage());
      }
    }
    table.throwIfProblems();
    return NationalSeries.of(figures);
  }

  /**
   * Reads the LA panel.
   *
   * @param reader the CSV text
   * @param source the file name used in error messages
   * @param register the LAs that codes must name (names must match too)
   * @return one row per LA, in file order
   * @throws DatasetException listing every problem
   */
  public static ImmutableList<LocalAuthorityInputs> readPanel(Reader reader, String source, LocalAuthorities register) {
    return readPanel(reader, source, register, DatasetLimits.DEFAULT);
  }

  /**
   * As {@link #readPanel(Reader, String, LocalAuthorities)}, with chosen limits on the file's size, rows and fields.
   *
   * @param reader the CSV text
   * @param source the file name used in error messages
   * @param register the LAs that codes must name
   * @param limits the limits; a file over any of them fails as a whole
   * @return as the method without limits
   * @throws DatasetException listing every problem, including a limit exceeded
   */
  public static ImmutableList<LocalAuthorityInputs> readPanel(Reader reader, String source, LocalAuthorities register, DatasetLimits limits) {
    CsvTable table = CsvTable.read(reader, source, PANEL_COLUMNS, PANEL_OPTIONAL_COLUMNS, limits);
    List<LocalAuthorityInputs> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (CsvTable.Row row : table.rows()) {
      int before = table.problemCount();
      Optional<LocalAuthority> la = authority(table, row, register, seen);
      ImmutableSortedSet.Builder<String> realFields = ImmutableSortedSet.naturalOrder();
      for (String f : row.text("real_fields").split(";")) {
        if (f.isBlank()) {
          continue;
        }
        if (!PANEL_VALUE_COLUMNS.contains(f.trim())) {
          table.problem(row.line, "real_fields", "'" + f.trim() + "' is not a value column");
        }
        realFields.add(f.trim());
      }
      ImmutableSortedSet.Builder<String> derivedFields = ImmutableSortedSet.naturalOrder();
      for (String f : row.text("derived_fields").split(";")) {
        if (f.isBlank()) {
          continue;
        }
        if (!PANEL_VALUE_COLUMNS.contains(f.trim())) {
          table.problem(row.line, "derived_fields", "'" + f.trim() + "' is not a value column");
        }
        derivedFields.add(f.trim());
      }
      LocalAuthorityInputs.Builder b = LocalAuthorityInputs.builder()
          .baseYear(row.financialYear("base_year"))
          .provenance(row.provenance("provenance"))
          .realFields(realFields.build())
          .derivedFields(derivedFields.build())
          .population2To18(row.wholeNumber("population_2_18"))
          .freeSchoolMeals(row.wholeNumber("free_school_meals"))
          .idaci(row.wholeNumber("idaci"))
          .ks2LowAttainment(row.wholeNumber("ks2_low_attainment"))
          .ks4LowAttainment(row.wholeNumber("ks4_low_attainment"))
          .childrenInBadHealth(row.wholeNumber("children_in_bad_health"))
          .disabilityLivingAllowance(row.wholeNumber("disability_living_allowance"))
          .specialSchoolPupils(row.wholeNumber("special_school_pupils"))
          .historicSpend(row.money("historic_spend"))
          .areaCostAdjustment(row.rate("area_cost_adjustment"))
          .netImportedPupils(row.wholeNumber("net_imported_pupils"))
          .hospitalEducation(row.money("hospital_education"))
          .previousAllocation(row.money("previous_allocation"))
          .highNeedsAllocation(row.money("high_needs_allocation"))
          .schoolsBlock(row.money("schools_block"))
          .requestedBlockTransfer(row.percentage("requested_block_transfer_percent"))
          .otherHighNeedsSpend(row.money("other_high_needs_spend"))
          .dsgBalance(row.money("dsg_balance"));
      if (table.problemCount() > before || la.isEmpty()) {
        continue;
      }
      try {
        out.add(b.localAuthority(la.get()).build());
      } catch (IllegalArgumentException e) {
        table.problem(row.line, e.getMessage());
      }
    }
    table.throwIfProblems();
    return ImmutableList.copyOf(out);
  }

  /**
   * Reads caseloads: one row per LA and setting type.
   *
   * @param reader the CSV text
   * @param source the file name used in error messages
   * @param register the LAs that codes must name
   * @return one caseload per LA, in order of first appearance
   * @throws DatasetException listing every problem
   */
  public static ImmutableList<SettingCaseload> readCaseloads(Reader reader, String source, LocalAuthorities register) {
    return readCaseloads(reader, source, register, DatasetLimits.DEFAULT);
  }

  /**
   * As {@link #readCaseloads(Reader, String, LocalAuthorities)}, with chosen limits on the file's size, rows and fields.
   *
   * @param reader the CSV text
   * @param source the file name used in error messages
   * @param register the LAs that codes must name
   * @param limits the limits; a file over any of them fails as a whole
   * @return as the method without limits
   * @throws DatasetException listing every problem, including a limit exceeded
   */
  public static ImmutableList<SettingCaseload> readCaseloads(Reader reader, String source, LocalAuthorities register, DatasetLimits limits) {
    CsvTable table = CsvTable.read(reader, source, CASELOAD_COLUMNS, limits);
    Map<Integer, SettingCaseload.Builder> builders = new LinkedHashMap<>();
    Map<Integer, FinancialYear> years = new LinkedHashMap<>();
    Map<Integer, Provenance> provenance = new LinkedHashMap<>();
    Map<Integer, Integer> firstLine = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (CsvTable.Row row : table.rows()) {
      int before = table.problemCount();
      int code = row.code("la_code");
      Optional<LocalAuthority> la = table.problemCount() > before ? Optional.empty() : register.findByCode(code);
      if (table.problemCount() == before && la.isEmpty()) {
        table.problem(row.line, "la_code", code + " is not an LA in the register");
      }
      FinancialYear year = row.financialYear("base_year");
      SettingType type = row.parse("setting_type", "a setting type (e.g. MAINTAINED_SPECIAL)", SettingType::valueOf, SettingType.MAINSTREAM_MAINTAINED);
      long pupils = row.wholeNumber("pupils");
      Money unitCost = row.money("unit_cost");
      Provenance p = row.provenance("provenance");
      if (table.problemCount() > before) {
        continue;
      }
      if (pupils < 0) {
        table.problem(row.line, "pupils", pupils + " is negative");
        continue;
      }
      if (unitCost.isNegative()) {
        table.problem(row.line, "unit_cost", unitCost + " is negative");
        continue;
      }
      if (!seen.add(code + " " + type)) {
        table.problem(row.line, "setting_type", type + " appears twice for LA " + code);
        continue;
      }
      if (years.containsKey(code) && !years.get(code).equals(year)) {
        table.problem(row.line, "base_year", year + " differs from " + years.get(code) + " on line " + firstLine.get(code) + " for LA " + code);
        continue;
      }
      years.putIfAbsent(code, year);
      firstLine.putIfAbsent(code, row.line);
      provenance.merge(code, p, (a, b2) -> a == Provenance.REAL && b2 == Provenance.REAL ? Provenance.REAL : Provenance.ILLUSTRATIVE);
      builders.computeIfAbsent(code, c -> SettingCaseload.builder().localAuthority(la.get()).baseYear(year))
          .putPupils(type, pupils).putUnitCosts(type, unitCost);
    }
    table.throwIfProblems();
    ImmutableList.Builder<SettingCaseload> out = ImmutableList.builder();
    builders.forEach((code, b) -> out.add(b.provenance(provenance.get(code)).build()));
    return out.build();
  }

  /**
   * Reads safety-valve agreements: one row per instalment; rows of one LA form one agreement whose
   * total must equal the sum of its instalments.
   *
   * @param reader the CSV text
   * @param source the file name used in error messages
   * @param register the LAs that codes must name
   * @return agreements by LA code, in order of first appearance
   * @throws DatasetException listing every problem
   */
  public static ImmutableMap<Integer, SafetyValveAgreement> readSafetyValves(Reader reader, String source, LocalAuthorities register) {
    return readSafetyValves(reader, source, register, DatasetLimits.DEFAULT);
  }

  /**
   * As {@link #readSafetyValves(Reader, String, LocalAuthorities)}, with chosen limits on the file's size, rows and fields.
   *
   * @param reader the CSV text
   * @param source the file name used in error messages
   * @param register the LAs that codes must name
   * @param limits the limits; a file over any of them fails as a whole
   * @return as the method without limits
   * @throws DatasetException listing every problem, including a limit exceeded
   */
  public static ImmutableMap<Integer, SafetyValveAgreement> readSafetyValves(Reader reader, String source, LocalAuthorities register, DatasetLimits limits) {
    CsvTable table = CsvTable.read(reader, source, SAFETY_VALVE_COLUMNS, limits);
    Map<Integer, SafetyValveAgreement.Builder> builders = new LinkedHashMap<>();
    Map<Integer, Integer> firstLine = new LinkedHashMap<>();
    for (CsvTable.Row row : table.rows()) {
      int before = table.problemCount();
      int code = row.code("la_code");
      Optional<LocalAuthority> la = table.problemCount() > before ? Optional.empty() : register.findByCode(code);
      if (table.problemCount() == before && la.isEmpty()) {
        table.problem(row.line, "la_code", code + " is not an LA in the register");
      }
      LocalDate agreedOn = row.date("agreed_on");
      Money total = row.money("total");
      FinancialYear due = row.financialYear("due_year");
      Money amount = row.money("amount");
      InstalmentStatus status = row.parse("status", "one of DUE, PAID, WITHHELD", InstalmentStatus::valueOf, InstalmentStatus.DUE);
      row.provenance("provenance");
      if (table.problemCount() > before) {
        continue;
      }
      try {
        SafetyValveInstalment.Builder inst = SafetyValveInstalment.builder().dueYear(due).amount(amount).status(status);
        for (String c : row.text("conditions").split(";")) {
          if (!c.isBlank()) {
            inst.addConditions(c.trim());
          }
        }
        SafetyValveInstalment instalment = inst.build();
        firstLine.putIfAbsent(code, row.line);
        builders.computeIfAbsent(code, c -> SafetyValveAgreement.builder().localAuthority(la.get()).agreedOn(agreedOn).total(total))
            .addInstalments(instalment);
      } catch (IllegalArgumentException e) {
        table.problem(row.line, e.getMessage());
      }
    }
    Map<Integer, SafetyValveAgreement> out = new LinkedHashMap<>();
    builders.forEach((code, b) -> {
      try {
        out.put(code, b.build());
      } catch (IllegalArgumentException e) {
        table.problem(firstLine.get(code), e.getMessage());
      }
    });
    table.throwIfProblems();
    return ImmutableMap.copyOf(out);
  }

  private static Optional<LocalAuthority> authority(CsvTable table, CsvTable.Row row, LocalAuthorities register, Set<Integer> seen) {
    int before = table.problemCount();
    int code = row.code("la_code");
    if (table.problemCount() > before) {
      return Optional.empty();
    }
    Optional<LocalAuthority> la = register.findByCode(code);
    if (la.isEmpty()) {
      table.problem(row.line, "la_code", code + " is not an LA in the register");
      return Optional.empty();
    }
    if (!la.get().name().equals(row.text("la_name"))) {
      table.problem(row.line, "la_name", "'" + row.text("la_name") + "' is not the register's name for " + code + " ('" + la.get().name() + "')");
      return Optional.empty();
    }
    if (!seen.add(code)) {
      table.problem(row.line, "la_code", code + " appears twice");
      return Optional.empty();
    }
    return la;
  }
}
