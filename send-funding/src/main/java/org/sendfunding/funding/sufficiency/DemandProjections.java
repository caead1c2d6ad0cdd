package org.sendfunding.funding.sufficiency;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import org.sendfunding.ehcp.projection.CountInterval;
import org.sendfunding.ehcp.projection.DemandProjection;
import org.sendfunding.funding.dataset.CaseloadProjection;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * Turns a send-ehcp {@link DemandProjection} into the {@link CaseloadProjection} a funding scenario
 * consumes: the connection from the demand model to spend and DSG balances.
 *
 * <p>A projection year is a January census year; the census of January {@code Y} falls in the
 * financial year {@code (Y-1)-Y}, so the counts of census 2027 become the caseload of 2026-27. Each
 * count is the median over the Monte Carlo runs ({@link DemandProjection#medianBySetting(int)}):
 *
 * <pre>{@code
 * DemandProjection p = DemandProjector.DEFAULT.project(model, ProjectionSettings.of(5, 500, 42L));
 * CaseloadProjection c = DemandProjections.toCaseloadProjection(p);   // years 2025-26 ...
 * Scenario.builder()...assumptions(Assumptions.builder().putCaseloadProjections(c.localAuthority().code(), c).build())
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DemandProjections {

  private DemandProjections() {}

  /**
   * The financial year holding a January census year.
   *
   * @param censusYear the calendar year of the January census, e.g. 2027
   * @return the financial year, e.g. 2026-27
   */
  public static FinancialYear financialYearOfCensus(int censusYear) {
    return FinancialYear.of(censusYear - 1);
  }

  /**
   * Converts a projection for one LA, using medians.
   *
   * @param projection a projection whose {@link DemandProjection#localAuthority()} is set
   * @return the caseload projection, one year per projected census year
   * @throws IllegalArgumentException if the projection names no LA
   */
  public static CaseloadProjection toCaseloadProjection(DemandProjection projection) {
    Preconditions.checkArgument(projection.localAuthority().isPresent(),
        "DemandProjections.projection: the projection (base %s) names no LA; use toCaseloadProjection(projection, la)",
        projection.baseYear());
    return toCaseloadProjection(projection, projection.localAuthority().get());
  }

  /**
   * Converts a projection, attributing it to an LA (for a projection estimated without one).
   *
   * @param projection the projection
   * @param la the LA whose caseload it is
   * @return the caseload projection, one year per projected census year
   * @throws IllegalArgumentException if the projection names a different LA
   */
  public static CaseloadProjection toCaseloadProjection(DemandProjection projection, LocalAuthority la) {
    projection.localAuthority().ifPresent(own -> Preconditions.checkArgument(own.code() == la.code(),
        "DemandProjections.la: %s is not the projection's LA %s", la, own));
    CaseloadProjection.Builder b = CaseloadProjection.builder().localAuthority(la);
    for (int year : projection.years()) {
      Map<SettingType, Long> counts = new EnumMap<>(SettingType.class);
      for (Map.Entry<SettingType, CountInterval> e : projection.bySetting(year).entrySet()) {
        counts.put(e.getKey(), (long) e.getValue().median());
      }
      b.putYears(financialYearOfCensus(year), ImmutableMap.copyOf(counts));
    }
    return b.build();
  }
}
