package org.sendfunding.data.published;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.sendfunding.data.ees.EesRow;
import org.sendfunding.data.ees.EesTable;
import org.sendfunding.data.ees.GeographicLevel;

/**
 * Makes the four SEN2 tables from the EES files of the 2025 and 2022 "Education, health and care
 * plans" releases, one row per area and year, joined on the DfE code.
 *
 * <p>Which rows: the total of each file ({@code breakdown_topic} "All EHC plans", "All requests for
 * EHC needs assessments", ...; in the 2022 layout {@code establishment_type} and
 * {@code establishment_group} "Total"), except the age table (topic "Child or young persons age").
 * Which release: January 2010–2022 plans and statements from the 2022 release (the last of the
 * aggregate collection, the only one with statements); 2019–2025 plans and placements from the
 * 2025 release, which revised 2019–2022; where both publish the plans of a year the 2025 figure is
 * taken (they agree for every area and year of these two releases), and column {@code source} says
 * which releases a row draws on. Cells are copied as published, EES symbols included.
 *
 * <pre>{@code
 * TidyTable caseload = Sen2Tables.caseload(caseload2025, estab2022);
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Sen2Tables {

  /** The January caseload, 2010–2025. */
  public static final String CASELOAD = "sen2_ehcp_caseload_january_by_la_2010-2025.csv";
  /** The caseload by single year of age, January 2024 and 2025. */
  public static final String BY_AGE = "sen2_ehcp_caseload_by_age_by_la_2024-2025.csv";
  /** The caseload by primary need, latest January. */
  public static final String BY_NEED = "sen2_ehcp_caseload_by_primary_need_by_la.csv";
  /** Requests, assessments, new plans, 20-week timeliness and ceased plans per calendar year. */
  public static final String FLOWS = "sen2_ehcp_flows_timeliness_by_la_2019-2024.csv";

  private static final List<String> AREA = List.of("geographic_level", "region_name",
      "old_la_code", "new_la_code", "la_name");

  private static final List<String> PLACEMENTS = List.of("mainstream_total", "special_total",
      "special_la_maintained", "special_academy_free", "special_independent",
      "special_non_maintained", "ap_pru_total", "fe_total", "ed_elsewhere", "nm_early_years", "neet",
      "placement_unknown");

  private static final List<String> NEEDS = List.of("number_asd", "number_hi", "number_mld",
      "number_msi", "number_oth", "number_pd", "number_pmld", "number_semh", "number_slcn",
      "number_sld", "number_spld", "number_vi", "number_need_unknown");

  private Sen2Tables() {}

  /**
   * Statements and EHC plans in January 2010–2025, and 2019–2025 by placement.
   *
   * @param caseload2025 {@code data/caseload.csv} of the 2025 release
   * @param estab2022 {@code data/sen2_estab_caseload.csv} of the 2022 release
   */
  public static TidyTable caseload(EesTable caseload2025, EesTable estab2022) {
    Map<String, EesRow> newer = byArea(caseload2025, topic("All EHC plans"));
    Map<String, EesRow> older = byArea(estab2022, r -> r.filter("establishment_type").equals("Total")
        && r.filter("establishment_group").equals("Total"));
    List<String> keys = new ArrayList<>(older.keySet());
    newer.keySet().stream().filter(k -> !older.containsKey(k)).forEach(keys::add);
    List<String> header = new ArrayList<>(List.of("january_of_year"));
    header.addAll(AREA);
    header.addAll(List.of("ehc_plans", "statements", "statements_and_ehc_plans"));
    header.addAll(PLACEMENTS);
    header.add("source");
    List<Sorted> rows = new ArrayList<>();
    for (String k : keys) {
      EesRow n = newer.get(k);
      EesRow o = older.get(k);
      EesRow area = n != null ? n : o;
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(area.endYear()));
      row.addAll(area(area));
      row.add(n != null ? n.indicator("ehcplans").text() : o.indicator("Total_ehc").text());
      row.add(o != null ? o.indicator("Total_st").text() : "");
      row.add(o != null ? o.indicator("Total_all").text() : "");
      for (String p : PLACEMENTS) {
        row.add(n != null ? n.indicator(p).text() : "");
      }
      row.add(o != null && n != null ? "2022 release; 2025 release" : o != null ? "2022 release"
          : "2025 release");
      rows.add(new Sorted(area, row));
    }
    return table(CASELOAD, header, rows);
  }

  /**
   * EHC plans by single year of age (breakdown "under 3", "age 3", ... "age 25").
   *
   * @param caseload2025 {@code data/caseload.csv} of the 2025 release
   */
  public static TidyTable byAge(EesTable caseload2025) {
    List<String> header = new ArrayList<>(List.of("january_of_year"));
    header.addAll(AREA);
    header.addAll(List.of("age", "ehc_plans"));
    List<Sorted> rows = new ArrayList<>();
    for (EesRow r : caseload2025.rows(
        x -> x.filter("breakdown_topic").equals("Child or young persons age"))) {
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(r.endYear()));
      row.addAll(area(r));
      row.add(r.filter("breakdown"));
      row.add(r.indicator("ehcplans").text());
      rows.add(new Sorted(r, row));
    }
    return table(BY_AGE, header, rows);
  }

  /**
   * EHC plans by primary need in the latest January the file has.
   *
   * @param needs2025 {@code data/sen_needs_all_plans.csv} of the 2025 release
   */
  public static TidyTable byNeed(EesTable needs2025) {
    ImmutableList<EesRow> all = needs2025.rows(topic("All EHC plans"));
    int latest = all.stream().mapToInt(EesRow::endYear).max().orElse(0);
    List<String> header = new ArrayList<>(List.of("january_of_year"));
    header.addAll(AREA);
    header.add("ehc_plans");
    header.addAll(NEEDS);
    List<Sorted> rows = new ArrayList<>();
    for (EesRow r : all) {
      if (r.endYear() != latest) {
        continue;
      }
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(r.endYear()));
      row.addAll(area(r));
      row.add(r.indicator("ehc_plans").text());
      for (String n : NEEDS) {
        row.add(r.indicator(n).text());
      }
      rows.add(new Sorted(r, row));
    }
    return table(BY_NEED, header, rows);
  }

  /** One source file of the flows table and the columns it gives: table column → indicator. */
  private static final class Flow {
    final EesTable table;
    final String topic;
    final String[][] columns;

    Flow(EesTable table, String topic, String[][] columns) {
      this.table = table;
      this.topic = topic;
      this.columns = columns;
    }
  }

  /**
   * Requests, assessments, new plans, 20-week timeliness and ceased plans per calendar year, one
   * row per area and year: an area's rows in the five files are joined on its DfE code, so an LA
   * whose ONS code differs between files in a year (Buckinghamshire in 2022: E06000060 in four
   * files, the superseded E10000002 in newplans.csv) is still one row; its ONS code and name are
   * the first file's.
   */
  public static TidyTable flows(EesTable requests, EesTable assessments, EesTable newPlans,
      EesTable timeliness, EesTable ceased) {
    List<Flow> flows = List.of(
        new Flow(requests, "All requests for EHC needs assessments", new String[][] {
            {"requests_received", "requests_received_in_year"},
            {"requests_decided_to_assess", "requests_decided_to_assess"},
            {"requests_decided_not_to_assess", "requests_decided_not_to_assess"},
            {"requests_not_assess_pc", "request_not_assess_pc"},
            {"request_decisions_within_6wks_pc", "request_outcome_six_weeks_pc"}}),
        new Flow(assessments, "All EHC needs assessments", new String[][] {
            {"assessments_completed", "assess_in_year"},
            {"assessments_plan_issued", "assess_issued"},
            {"assessments_plan_not_issued", "assess_not_issued"},
            {"assessments_plan_issued_pc", "assess_issued_pc"},
            {"assessment_decisions_within_time_pc", "outcome_decision_within_time_pc"}}),
        new Flow(newPlans, "New EHC plans", new String[][] {
            {"new_ehc_plans", "new_ehc_plans"},
            {"new_plans_mainstream", "mainstream_total"},
            {"new_plans_special", "special_total"},
            {"new_plans_special_independent", "special_independent"}}),
        new Flow(timeliness, "All EHC plans issued", new String[][] {
            {"plans_issued_incl_exceptions", "plans_issued_den"},
            {"issued_within_20wks_incl_exceptions", "plans_issued_within_20_weeks"},
            {"pct_within_20wks_incl_exceptions", "pc_plans_issued_within_20_weeks"},
            {"plans_issued_excl_exceptions", "plans_issued_den_ex"},
            {"issued_within_20wks_excl_exceptions", "plans_issued_20_weeks_ex"},
            {"pct_within_20wks_excl_exceptions", "PC_plans_issued_20_weeks_ex"},
            {"pct_over_1_year_incl_exceptions", "pc_plans_issued_gt_1_year"}}),
        new Flow(ceased, "All ceased EHC plans", new String[][] {
            {"ehc_plans_ceased", "total_ceased"}}));
    List<String> header = new ArrayList<>(List.of("calendar_year"));
    header.addAll(AREA);
    List<Map<String, EesRow>> sources = new ArrayList<>();
    Map<String, EesRow> first = new LinkedHashMap<>();
    for (Flow f : flows) {
      for (String[] c : f.columns) {
        header.add(c[0]);
      }
      Map<String, EesRow> m = byArea(f.table, topic(f.topic));
      m.forEach(first::putIfAbsent);
      sources.add(m);
    }
    List<Sorted> rows = new ArrayList<>();
    for (Map.Entry<String, EesRow> e : first.entrySet()) {
      EesRow area = e.getValue();
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(area.endYear()));
      row.addAll(area(area));
      for (int i = 0; i < flows.size(); i++) {
        EesRow r = sources.get(i).get(e.getKey());
        for (String[] c : flows.get(i).columns) {
          row.add(r == null ? "" : r.indicator(c[1]).text());
        }
      }
      rows.add(new Sorted(area, row));
    }
    return table(FLOWS, header, rows);
  }

  private static Predicate<EesRow> topic(String topic) {
    return r -> r.filter("breakdown_topic").equals(topic) && r.filter("breakdown").equals(topic);
  }

  /** The total rows by "year|level|area"; the reader has already refused duplicates. */
  private static Map<String, EesRow> byArea(EesTable t, Predicate<EesRow> which) {
    Map<String, EesRow> m = new LinkedHashMap<>();
    for (EesRow r : t.rows(which)) {
      m.put(r.endYear() + "|" + r.level() + "|" + r.areaCode(), r);
    }
    return m;
  }

  private static List<String> area(EesRow r) {
    boolean la = r.level() == GeographicLevel.LOCAL_AUTHORITY;
    return List.of(r.level().label(), r.level() == GeographicLevel.NATIONAL ? "" : r.regionName(),
        la ? r.oldLaCode() : "", la ? r.newLaCode() : "", la ? r.laName() : "");
  }

  /** A row with what it sorts by: level, area code, year; ties keep file order. */
  private static final class Sorted {
    final GeographicLevel level;
    final String area;
    final int year;
    final List<String> cells;

    Sorted(EesRow r, List<String> cells) {
      this.level = r.level();
      this.area = r.areaCode();
      this.year = r.endYear();
      this.cells = cells;
    }
  }

  private static TidyTable table(String name, List<String> header, List<Sorted> rows) {
    List<Sorted> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.<Sorted, GeographicLevel>comparing(s -> s.level)
        .thenComparing(s -> s.area).thenComparingInt(s -> s.year));
    List<List<String>> cells = new ArrayList<>();
    sorted.forEach(s -> cells.add(s.cells));
    return TidyTable.of(name, header, cells);
  }
}
