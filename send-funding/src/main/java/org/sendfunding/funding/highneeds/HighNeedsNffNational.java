package org.sendfunding.funding.highneeds;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.sendfunding.model.money.Money;

/**
 * The national context of one year's high-needs NFF: the proxy-factor pot and, for each proxy
 * factor, the national total of LAs' area-cost-adjusted indicators.
 *
 * <p>Each proxy factor's share of the pot is divided among LAs in proportion to {@code indicator ×
 * ACA}; the national total is the sum of that over all 153 LAs. When fewer LAs are computed, the
 * rest of England keeps its share, so a single LA can be computed on its own.
 *
 * <pre>{@code
 * // from the full 153-LA panel:
 * HighNeedsNffNational national = HighNeedsNffNational.fromInputs(inputs, Money.ofPounds(5_000_000_000L));
 * // or given directly:
 * HighNeedsNffNational.builder()
 *     .proxyFactorPot(Money.ofPounds(5_000_000_000L))
 *     .putAcaWeightedIndicatorTotals(ProxyFactor.POPULATION, new BigDecimal("11800000"))
 *     ... // the other six factors
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HighNeedsNffNational {

  HighNeedsNffNational() {}

  /** Starts a builder. @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HighNeedsNffNational}. */
  public static final class Builder extends ImmutableHighNeedsNffNational.Builder {
    Builder() {}
  }

  /**
   * The national context whose indicator totals are the sums over the given LAs, i.e. for a full
   * panel of all LAs.
   *
   * @param inputs every LA's input
   * @param proxyFactorPot the money shared by the proxy factors
   * @return the national context
   */
  public static HighNeedsNffNational fromInputs(Iterable<HighNeedsNffInput> inputs, Money proxyFactorPot) {
    Map<ProxyFactor, BigDecimal> totals = new EnumMap<>(ProxyFactor.class);
    for (ProxyFactor f : ProxyFactor.values()) {
      totals.put(f, BigDecimal.ZERO);
    }
    for (HighNeedsNffInput in : inputs) {
      for (ProxyFactor f : ProxyFactor.values()) {
        totals.merge(f, BigDecimal.valueOf(in.indicator(f)).multiply(in.areaCostAdjustment().value()),
            BigDecimal::add);
      }
    }
    return builder().proxyFactorPot(proxyFactorPot).acaWeightedIndicatorTotals(totals).build();
  }

  /** The money the seven proxy factors share. @return the pot */
  public abstract Money proxyFactorPot();

  /** For each proxy factor, the national sum of indicator × ACA. @return the totals */
  public abstract ImmutableMap<ProxyFactor, BigDecimal> acaWeightedIndicatorTotals();

  /** The total in millionths, as used by the engine. */
  long totalMicros(ProxyFactor factor) {
    return totalsMicros().byFactor[factor.ordinal()];
  }

  @Value.Derived
  @Value.Auxiliary
  HighNeedsNffInput.WeightedIndicators totalsMicros() {
    long[] t = new long[ProxyFactor.values().length];
    for (Map.Entry<ProxyFactor, BigDecimal> e : acaWeightedIndicatorTotals().entrySet()) {
      // Guarded by check(): at most 6 decimal places and below 2^52 millionths.
      BigDecimal m = e.getValue().movePointRight(6);
      t[e.getKey().ordinal()] = m.stripTrailingZeros().scale() <= 0 && m.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0 ? m.longValue() : -1;
    }
    return new HighNeedsNffInput.WeightedIndicators(t);
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(!proxyFactorPot().isNegative(),
        "HighNeedsNffNational.proxyFactorPot: %s must not be negative", proxyFactorPot());
    Set<ProxyFactor> missing = EnumSet.allOf(ProxyFactor.class);
    missing.removeAll(acaWeightedIndicatorTotals().keySet());
    Preconditions.checkArgument(missing.isEmpty(),
        "HighNeedsNffNational.acaWeightedIndicatorTotals: missing %s", missing);
    for (Map.Entry<ProxyFactor, BigDecimal> e : acaWeightedIndicatorTotals().entrySet()) {
      BigDecimal v = e.getValue();
      Preconditions.checkArgument(v.signum() > 0,
          "HighNeedsNffNational.acaWeightedIndicatorTotals: %s is %s, must be above zero",
          e.getKey(), v.toPlainString());
      Preconditions.checkArgument(v.stripTrailingZeros().scale() <= 6
              && v.movePointRight(6).compareTo(BigDecimal.valueOf(1L << 52)) < 0,
          "HighNeedsNffNational.acaWeightedIndicatorTotals: %s is %s, must have at most 6 decimal places and be below 4.5 billion",
          e.getKey(), v.toPlainString());
    }
  }
}
