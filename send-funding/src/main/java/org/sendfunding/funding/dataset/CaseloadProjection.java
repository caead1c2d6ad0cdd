package org.sendfunding.funding.dataset;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * Projected pupils with EHC plans for one LA by financial year and setting type: the demand input a
 * scenario uses instead of growing the base-year caseload at a flat rate.
 *
 * <p>This is the shape a demand model (such as the send-ehcp caseload projection) produces:
 *
 * <pre>{@code
 * CaseloadProjection p = CaseloadProjection.builder()
 *     .localAuthority(la)
 *     .putYears(FinancialYear.parse("2026-27"), ImmutableMap.of(SettingType.MAINTAINED_SPECIAL, 410L))
 *     .putYears(FinancialYear.parse("2027-28"), ImmutableMap.of(SettingType.MAINTAINED_SPECIAL, 440L))
 *     .build();
 * p.pupils(FinancialYear.parse("2027-28"), SettingType.MAINTAINED_SPECIAL); // 440
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseloadProjection {

  CaseloadProjection() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseloadProjection}. */
  public static final class Builder extends ImmutableCaseloadProjection.Builder {
    Builder() {}
  }

  /** The LA. */
  public abstract LocalAuthority localAuthority();

  /** Pupils by setting type, for each projected year. */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<FinancialYear, ImmutableMap<SettingType, Long>> years();

  /** Whether the projection covers the year. */
  public boolean covers(FinancialYear year) {
    return years().containsKey(year);
  }

  /**
   * Projected pupils in a setting type and year (zero for a setting type not listed).
   *
   * @param year a year the projection covers
   * @param type the setting type
   * @return the count
   * @throws IllegalArgumentException naming the year if it is not covered
   */
  public long pupils(FinancialYear year, SettingType type) {
    ImmutableMap<SettingType, Long> counts = years().get(year);
    Preconditions.checkArgument(counts != null, "CaseloadProjection: %s is not projected for %s (covers %s)", year, localAuthority(), years().keySet());
    return counts.getOrDefault(type, 0L);
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(!years().isEmpty(), "CaseloadProjection.years: at least one year is required (%s)", localAuthority());
    for (Map.Entry<FinancialYear, ImmutableMap<SettingType, Long>> y : years().entrySet()) {
      for (Map.Entry<SettingType, Long> e : y.getValue().entrySet()) {
        Preconditions.checkArgument(e.getValue() >= 0, "CaseloadProjection.years: %s pupils in %s in %s is negative (%s)", e.getValue(), e.getKey(), y.getKey(), localAuthority());
      }
    }
  }
}
