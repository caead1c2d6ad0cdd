package org.sendfunding.data.england;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;

/**
 * The nine embedded tables of DfE's per-LA statistics: their resource file (a contract with the
 * importers that regenerate them from the published releases: names and columns do not change), the
 * columns that say which area and period a row is for, and the publication.
 *
 * <pre>{@code
 * Table.CASELOAD.resource();          // "sen2_ehcp_caseload_january_by_la_2010-2025.csv"
 * Table.CASELOAD.measures().size();   // 15
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
public enum Table {
  /** EHC plans (and statements until 2018) in January 2010–2025; by placement from 2019. */
  CASELOAD("sen2_ehcp_caseload_january_by_la_2010-2025.csv", Layout.SEN2, "january_of_year", "",
      Publication.EHCP_2025, "source"),
  /** EHC plans by single year of age, January 2024 and 2025. */
  BY_AGE("sen2_ehcp_caseload_by_age_by_la_2024-2025.csv", Layout.SEN2, "january_of_year", "",
      Publication.EHCP_2025, "age"),
  /** EHC plans by primary need, January 2025. */
  BY_NEED("sen2_ehcp_caseload_by_primary_need_by_la.csv", Layout.SEN2, "january_of_year", "", Publication.EHCP_2025),
  /** Requests, assessments, new plans, 20-week timeliness and ceased plans per calendar year 2019–2024. */
  FLOWS("sen2_ehcp_flows_timeliness_by_la_2019-2024.csv", Layout.SEN2, "calendar_year", "", Publication.EHCP_2025),
  /** DSG per block, gross and net of academy recoupment, 2019-20 to 2023-24. */
  DSG_BLOCKS("dsg_allocations_by_la_2019-20_to_2023-24.csv", Layout.DSG, "financial_year", "", Publication.DSG_ALLOCATIONS),
  /** High-needs block elements (A to H) and place deductions, 2020-21 to 2023-24. */
  HIGH_NEEDS_BLOCK("dsg_high_needs_block_by_la_2020-21_to_2023-24.csv", Layout.DSG, "financial_year", "",
      Publication.DSG_HIGH_NEEDS_BLOCK),
  /** Cumulative DSG balance as % of DSG income at 31 March 2020, 2021, 2022 (rows named, not coded). */
  DSG_BALANCE("dsg_cumulative_balance_pct_income_by_la_2019-20_to_2021-22.csv", Layout.NAMED, "financial_year", "",
      Publication.DSG_BALANCES, "time_period"),
  /** The 2019-20 high-needs block sheet of March 2019 (money in £m), with the mid-2019 population 2–18. */
  HIGH_NEEDS_BLOCK_2019("dsg_high_needs_block_by_la_2019-20_march2019.csv", Layout.DSG, "", "2019-20",
      Publication.DSG_2019_20_MARCH_2019),
  /** High needs benchmarking 2021-22: population 2–18, EHC plans by placement, s251 budgets and outturn. */
  BENCHMARKING("high_needs_benchmarking_2021-22_by_la.csv", Layout.BENCHMARKING, "", "2021-22",
      Publication.HIGH_NEEDS_BENCHMARKING_2021_22);

  /** How a table's rows name their area. */
  enum Layout {
    /** EES: geographic_level, region_name, old_la_code (DfE), new_la_code (ONS), la_name. */
    SEN2("geographic_level", "region_name", "old_la_code", "new_la_code", "la_name"),
    /** DSG tables: la_code (DfE, or ENGLAND), la_name. */
    DSG("la_code", "la_name"),
    /** Rows named, not coded: geographic_level, region_name, la_name (names resolved to DfE codes). */
    NAMED("geographic_level", "region_name", "la_name"),
    /** Benchmarking: region, la_code, la_name. */
    BENCHMARKING("region", "la_code", "la_name");

    final ImmutableList<String> columns;

    Layout(String... columns) {
      this.columns = ImmutableList.copyOf(columns);
    }
  }

  private final String resource;
  final Layout layout;
  private final String periodColumn;
  private final String fixedPeriod;
  private final Publication publication;
  private final ImmutableList<String> otherColumns;

  Table(String resource, Layout layout, String periodColumn, String fixedPeriod, Publication publication, String... otherColumns) {
    this.resource = resource;
    this.layout = layout;
    this.periodColumn = periodColumn;
    this.fixedPeriod = fixedPeriod;
    this.publication = publication;
    this.otherColumns = ImmutableList.copyOf(otherColumns);
  }

  /** The resource file name, under {@link EnglandStatistics#RESOURCES}. */
  public String resource() {
    return resource;
  }

  /** The publication the table is from (the caseload table names the release per row). */
  public Publication publication() {
    return publication;
  }

  /** The column holding the period, or empty for a single-period table. */
  Optional<String> periodColumn() {
    return periodColumn.isEmpty() ? Optional.empty() : Optional.of(periodColumn);
  }

  /** The period of a single-period table. */
  Optional<Period> fixedPeriod() {
    return fixedPeriod.isEmpty() ? Optional.empty() : Optional.of(Period.parse(fixedPeriod));
  }

  /** The breakdown column ({@code age}), if the table has one. */
  Optional<String> breakdownColumn() {
    return this == BY_AGE ? Optional.of("age") : Optional.empty();
  }

  /** The measures (indicator columns) of the table, in file order. */
  public ImmutableList<Measure> measures() {
    return Arrays.stream(Measure.values()).filter(m -> m.table() == this).collect(ImmutableList.toImmutableList());
  }

  /** Every column the file must have: area, period, filters, then indicators. */
  ImmutableList<String> columns() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    periodColumn().ifPresent(b::add);
    b.addAll(layout.columns).addAll(otherColumns);
    measures().forEach(m -> b.add(m.column()));
    return b.build();
  }
}
