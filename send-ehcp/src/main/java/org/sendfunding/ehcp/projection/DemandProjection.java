package org.sendfunding.ehcp.projection;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.SettingType;

/**
 * A projected EHC plan caseload: for each projected year, the number of pupils by setting type and need
 * as intervals over Monte Carlo runs, with totals by year and by setting type.
 *
 * <p>This is the caseload that funding scenarios consume: the number of plans in independent special
 * schools in 2030, say, with its 5th-95th percentile range:
 *
 * <pre>{@code
 * DemandProjection p = DemandProjector.DEFAULT.project(model, ProjectionSettings.of(10, 1000, 42L));
 * p.total(2030);                                          // e.g. 2431 (2298-2570)
 * p.bySetting(2030).get(SettingType.INDEPENDENT_SPECIAL); // e.g. 212 (181-244)
 * p.count(2030, SettingType.MAINTAINED_SPECIAL, NeedType.ASD);
 * }</pre>
 *
 * <p>Intervals of sums are computed from the sums in each run, not by adding percentiles. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class DemandProjection {

  DemandProjection() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DemandProjection}. */
  public static final class Builder extends ImmutableDemandProjection.Builder {
    Builder() {}
  }

  /** The LA projected, if the model is for one. */
  public abstract Optional<LocalAuthority> localAuthority();

  /** The year of the starting snapshot. */
  public abstract int baseYear();

  /** How the projection was run. */
  public abstract ProjectionSettings settings();

  /** Every year, setting type and need with a non-zero count in some run. */
  public abstract ImmutableList<ProjectedCount> cells();

  /** The total caseload by year. */
  public abstract ImmutableSortedMap<Integer, CountInterval> totals();

  /** The caseload by year and setting type (every setting type present). */
  public abstract ImmutableSortedMap<Integer, ImmutableMap<SettingType, CountInterval>> settingTotals();

  /** The projected years, {@code baseYear + 1} onwards. */
  public ImmutableList<Integer> years() {
    return totals().keySet().asList();
  }

  /**
   * The total caseload in a year.
   *
   * @param year a projected year
   * @return the interval
   */
  public CountInterval total(int year) {
    checkYear(year);
    return totals().get(year);
  }

  /**
   * The caseload by setting type in a year.
   *
   * @param year a projected year
   * @return an interval for every setting type
   */
  public ImmutableMap<SettingType, CountInterval> bySetting(int year) {
    checkYear(year);
    return settingTotals().get(year);
  }

  /**
   * The median caseload by setting type in a year: the single figure a funding scenario uses as its
   * caseload, with {@link #bySetting(int)} for the range.
   *
   * @param year a projected year
   * @return the median for every setting type
   */
  public ImmutableMap<SettingType, Integer> medianBySetting(int year) {
    return ImmutableMap.copyOf(com.google.common.collect.Maps.transformValues(bySetting(year), CountInterval::median));
  }

  /**
   * The count of one setting type and need in a year.
   *
   * @param year a projected year
   * @param setting the setting type
   * @param need the need
   * @return the interval, zero if never projected
   */
  public CountInterval count(int year, SettingType setting, NeedType need) {
    checkYear(year);
    return cells().stream().filter(c -> c.year() == year && c.setting() == setting && c.need() == need)
        .map(ProjectedCount::count).findFirst().orElse(CountInterval.of(0, 0, 0, 0.0));
  }

  private void checkYear(int year) {
    Preconditions.checkArgument(
        totals().containsKey(year), "DemandProjection.year: %s is not projected (%s to %s)", year,
        totals().firstKey(), totals().lastKey());
  }

  /** The totals by year and setting type as a table. */
  public String toText() {
    StringBuilder out = new StringBuilder("EHC plan caseload projection"
        + localAuthority().map(la -> " for " + la.name()).orElse("") + ", base " + baseYear() + ", "
        + settings().runs() + " runs, seed " + settings().seed() + ", median (P" + settings().lowerPercentile() + "-P"
        + settings().upperPercentile() + ")\n");
    for (Integer y : years()) {
      out.append(y).append(" total ").append(total(y)).append('\n');
      bySetting(y).forEach((s, c) -> {
        if (c.upper() > 0) {
          out.append("  ").append(s.displayName()).append(": ").append(c).append('\n');
        }
      });
    }
    return out.toString();
  }
}
