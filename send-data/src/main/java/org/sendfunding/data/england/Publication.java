package org.sendfunding.data.england;

import java.time.LocalDate;
import java.util.Optional;
import org.sendfunding.model.explain.SourceReference;

/**
 * A DfE publication that an embedded table was taken from: its title, release date where known, and
 * address. All are Crown copyright under the Open Government Licence v3.0 ({@link #LICENCE}).
 *
 * <pre>{@code
 * Publication.EHCP_2025.title();     // "Education, health and care plans, reporting year 2025"
 * Publication.EHCP_2025.released();  // Optional[2025-06-26]
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
public enum Publication {
  /** SEN2, reporting year 2025 (person-level collection; January 2019–2025 and calendar years 2019–2024). */
  EHCP_2025("Education, health and care plans, reporting year 2025", "2025-06-26",
      "https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans/2025"),
  /** SEN2, reporting year 2022: the last aggregate release, January 2010–2022. */
  EHCP_2022("Education, health and care plans, reporting year 2022", "",
      "https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans/2022"),
  /** Dedicated schools grant allocations 2019-20 to 2023-24: per-LA block totals (summary tables). */
  DSG_ALLOCATIONS("Dedicated schools grant (DSG): allocation tables 2019 to 2020 through 2023 to 2024", "",
      "https://www.gov.uk/government/publications/dedicated-schools-grant-dsg-2023-to-2024"),
  /** The high-needs block sheets of the DSG allocation tables 2020-21 to 2023-24 (final updates of each year). */
  DSG_HIGH_NEEDS_BLOCK("Dedicated schools grant (DSG): high needs block and deductions, 2020 to 2021 through 2023 to 2024", "",
      "https://www.gov.uk/government/publications/dedicated-schools-grant-dsg-2023-to-2024"),
  /** The 2019-20 DSG tables of March 2019 (high-needs block sheet with the mid-2019 population 2–18). */
  DSG_2019_20_MARCH_2019("Dedicated schools grant (DSG): 2019 to 2020 (March 2019 tables)", "2019-03-01",
      "https://www.gov.uk/government/publications/dedicated-schools-grant-dsg-2019-to-2020"),
  /** Cumulative DSG balance as a share of DSG income, 2019-20 to 2021-22 (DfE SEND and AP inclusion dashboard). */
  DSG_BALANCES("DfE, cumulative DSG balance as % of DSG income 2019-20 to 2021-22 (SEND and AP inclusion dashboard)", "",
      "https://github.com/dfe-analytical-services/SEND-AP-Inclusion-Dashboard"),
  /** High needs benchmarking tool 2021-22: population 2–18, EHC plans by placement, s251 budgets. */
  HIGH_NEEDS_BENCHMARKING_2021_22("High needs benchmarking tool, 2021 to 2022", "",
      "https://www.gov.uk/government/publications/high-needs-benchmarking-tool");

  /** The attribution every embedded table carries. */
  public static final String LICENCE =
      "Contains public sector information licensed under the Open Government Licence v3.0 "
          + "(https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)";

  private final String title;
  private final String released;
  private final String href;

  Publication(String title, String released, String href) {
    this.title = title;
    this.released = released;
    this.href = href;
  }

  /** The publication's title. */
  public String title() {
    return title;
  }

  /** The release date, where the table records it. */
  public Optional<LocalDate> released() {
    return released.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(released));
  }

  /** The address of the publication. */
  public String href() {
    return href;
  }

  /** As a source reference for explanations. */
  public SourceReference source() {
    return SourceReference.builder().title(title).href(href).build();
  }
}
