package org.sendfunding.funding.sufficiency;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import org.sendfunding.funding.dataset.SettingCaseload;
import org.sendfunding.funding.dataset.CaseloadProjection;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * Simple demand: every LA's base-year caseload grown at a flat yearly rate, when no send-ehcp
 * projection is to hand ({@link DemandProjections} converts one that is).
 *
 * <pre>{@code
 * ImmutableMap<Integer, CaseloadProjection> d =
 *     CaseloadProjections.grown(FundingDataset.england(), FinancialYear.parse("2026-27"), 10, Percentage.of("5"));
 * }</pre>
 *
 * <p>Pupils in year {@code k} (1 for the first year) = base × (1 + g)^k, rounded half up. This class is
 * immutable and thread-safe.
 */
public final class CaseloadProjections {

  private CaseloadProjections() {}

  /**
   * Grows every LA's caseload.
   *
   * @param data the dataset
   * @param first the first projected year
   * @param years the number of years
   * @param growth the yearly growth
   * @return projections by LA code
   */
  public static ImmutableMap<Integer, CaseloadProjection> grown(FundingDataset data, FinancialYear first, int years, Percentage growth) {
    ImmutableMap.Builder<Integer, CaseloadProjection> out = ImmutableMap.builder();
    BigDecimal factor = growth.toGrowthFactor().value();
    for (SettingCaseload c : data.caseloads().values()) {
      CaseloadProjection.Builder b = CaseloadProjection.builder().localAuthority(c.localAuthority());
      int gap = first.startYear() - c.baseYear().startYear();
      for (int k = 0; k < years; k++) {
        BigDecimal f = factor.pow(gap + k);
        Map<SettingType, Long> m = new EnumMap<>(SettingType.class);
        for (SettingType s : SettingType.values()) {
          m.put(s, BigDecimal.valueOf(c.pupils(s)).multiply(f).setScale(0, RoundingMode.HALF_UP).longValueExact());
        }
        b.putYears(first.plusYears(k), ImmutableMap.copyOf(m));
      }
      out.put(c.localAuthority().code(), b.build());
    }
    return out.build();
  }
}
