package org.sendfunding.funding.highneeds;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.time.FinancialYear;

/**
 * One local authority's data for the high-needs NFF in one financial year.
 *
 * <p>Each field feeds one factor of the DfE technical note:
 *
 * <ul>
 *   <li>{@link #population2To18()}: residents aged 2-18 (ONS mid-year estimate); the (C) population
 *       indicator, and the "per head" of the floor and gains cap.
 *   <li>{@link #proxyIndicators()}: the indicator of each other proxy factor (D)-(I), e.g. the count
 *       of children eligible for free school meals. {@code POPULATION} is not given here: it is {@link
 *       #population2To18()}.
 *   <li>{@link #specialSchoolPupils()}: pupils in special schools, for (A) basic entitlement.
 *   <li>{@link #historicSpendBaseline()}: the LA's 2017-18 planned high-needs spend, for (B).
 *   <li>{@link #areaCostAdjustment()}: the area cost adjustment (ACA) multiplier, e.g. 1.0423,
 *       applied to basic entitlement and the proxy indicators; at most 6 decimal places.
 *   <li>{@link #netImportedPupils()}: high-needs pupils and students imported from other LAs minus
 *       those exported (negative for a net exporter), for (L) import/export.
 *   <li>{@link #additions()}: (K) hospital education, alternative provision teachers' pay and pension,
 *       supplementary funding and other additions, by name; added after the floor and cap.
 *   <li>{@link #floorBaseline()}, {@link #floorBaselinePopulation2To18()}, {@link
 *       #floorBaselineYear()}: the baseline the floor and gains cap compare against: the allocation of
 *       the baseline year excluding basic entitlement and import/export, and the 2-18 population that
 *       year (the year is previous-year, or 2017-18 for 2018-19 and 2019-20).
 *   <li>{@link #previousAllocation()}, {@link #rolledInGrants()}: for the rollover method (2026-27):
 *       the previous year's allocation and the grants rolled into it.
 * </ul>
 *
 * <pre>{@code
 * HighNeedsNffInput camden = HighNeedsNffInput.builder()
 *     .localAuthority(LocalAuthorities.england().byCode(202))
 *     .population2To18(40_000)
 *     .putProxyIndicators(ProxyFactor.FREE_SCHOOL_MEALS, 9_000)
 *     ... // the other five proxy indicators
 *     .specialSchoolPupils(500)
 *     .historicSpendBaseline(Money.ofPounds(20_000_000))
 *     .areaCostAdjustment(Rate.of("1.05"))
 *     .netImportedPupils(-12)
 *     .putAdditions("hospital education", Money.ofPounds(300_000))
 *     .floorBaselineYear(FinancialYear.of(2024))
 *     .floorBaseline(Money.ofPounds(40_000_000))
 *     .floorBaselinePopulation2To18(40_000)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HighNeedsNffInput {

  HighNeedsNffInput() {}

  /** Starts a builder. @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HighNeedsNffInput}. */
  public static final class Builder extends ImmutableHighNeedsNffInput.Builder {
    Builder() {}
  }

  /** The LA. @return the LA */
  public abstract LocalAuthority localAuthority();

  /** Residents aged 2-18. @return the population */
  public abstract long population2To18();

  /** Indicators of proxy factors (D)-(I). @return the indicators */
  public abstract ImmutableMap<ProxyFactor, Long> proxyIndicators();

  /** Pupils in special schools, for basic entitlement. @return the count */
  public abstract long specialSchoolPupils();

  /** The LA's 2017-18 planned high-needs spend. @return the amount */
  public abstract Money historicSpendBaseline();

  /** The area cost adjustment multiplier. @return the ACA */
  public abstract Rate areaCostAdjustment();

  /** Net imported high-needs pupils (negative: net exported). @return the count */
  public abstract long netImportedPupils();

  /** Additions after the floor and cap, by name. @return the additions */
  public abstract ImmutableMap<String, Money> additions();

  /** The financial year of {@link #floorBaseline()}. @return the year */
  public abstract FinancialYear floorBaselineYear();

  /** Baseline funding, excluding basic entitlement and import/export. @return the amount */
  public abstract Money floorBaseline();

  /** Residents aged 2-18 in the baseline year. @return the population */
  public abstract long floorBaselinePopulation2To18();

  /** The previous year's allocation, for the rollover method. @return the amount */
  public abstract Optional<Money> previousAllocation();

  /** Grants rolled into the allocation, for the rollover method. @return the amount */
  public abstract Optional<Money> rolledInGrants();

  /**
   * Where each input comes from, by the name the explanation gives it (e.g. {@code population aged
   * 2-18} to "real (..., 2021-22)"): the explanation shows each as {@code source of <input>}. Empty when
   * the caller does not say.
   *
   * @return input name to provenance
   */
  public abstract ImmutableMap<String, String> inputSources();

  /**
   * The indicator of a proxy factor; {@code POPULATION} is {@link #population2To18()}.
   *
   * @param factor the factor
   * @return the indicator
   */
  public long indicator(ProxyFactor factor) {
    return factor == ProxyFactor.POPULATION ? population2To18() : proxyIndicators().get(factor);
  }

  /** The ACA in millionths, e.g. 1,050,000 for 1.05. */
  @Value.Derived
  @Value.Auxiliary
  long acaMicros() {
    return areaCostAdjustment().value().movePointRight(6).longValue();
  }

  /** Each proxy factor's indicator × ACA in millionths, by factor ordinal, for the hot path. */
  @Value.Derived
  @Value.Auxiliary
  WeightedIndicators weightedIndicators() {
    ProxyFactor[] factors = ProxyFactor.values();
    long[] w = new long[factors.length];
    long aca = acaMicros();
    for (ProxyFactor f : factors) {
      Long v = f == ProxyFactor.POPULATION ? Long.valueOf(population2To18()) : proxyIndicators().get(f);
      w[f.ordinal()] = v == null ? 0 : Math.multiplyExact(v.longValue(), aca);
    }
    return new WeightedIndicators(w);
  }

  /** A holder, so that the generated class does not copy the array on each access. */
  static final class WeightedIndicators {
    final long[] byFactor;

    WeightedIndicators(long[] byFactor) {
      this.byFactor = byFactor;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof WeightedIndicators && java.util.Arrays.equals(byFactor, ((WeightedIndicators) o).byFactor);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(byFactor);
    }
  }

  @Value.Check
  void check() {
    String la = " (" + localAuthority() + ")";
    Preconditions.checkArgument(population2To18() > 0,
        "HighNeedsNffInput.population2To18: %s must be above zero%s", population2To18(), la);
    Set<ProxyFactor> missing = EnumSet.complementOf(EnumSet.of(ProxyFactor.POPULATION));
    missing.removeAll(proxyIndicators().keySet());
    Preconditions.checkArgument(!proxyIndicators().containsKey(ProxyFactor.POPULATION),
        "HighNeedsNffInput.proxyIndicators: POPULATION must not be given, it is population2To18%s", la);
    Preconditions.checkArgument(missing.isEmpty(),
        "HighNeedsNffInput.proxyIndicators: missing %s%s", missing, la);
    for (Map.Entry<ProxyFactor, Long> e : proxyIndicators().entrySet()) {
      Preconditions.checkArgument(e.getValue() >= 0,
          "HighNeedsNffInput.proxyIndicators: %s is %s, must not be negative%s", e.getKey(), e.getValue(), la);
    }
    Preconditions.checkArgument(specialSchoolPupils() >= 0,
        "HighNeedsNffInput.specialSchoolPupils: %s must not be negative%s", specialSchoolPupils(), la);
    Preconditions.checkArgument(!historicSpendBaseline().isNegative(),
        "HighNeedsNffInput.historicSpendBaseline: %s must not be negative%s", historicSpendBaseline(), la);
    BigDecimal aca = areaCostAdjustment().value();
    Preconditions.checkArgument(aca.signum() > 0 && aca.compareTo(BigDecimal.TEN) < 0,
        "HighNeedsNffInput.areaCostAdjustment: %s must be above 0 and below 10%s", aca.toPlainString(), la);
    Preconditions.checkArgument(aca.stripTrailingZeros().scale() <= 6,
        "HighNeedsNffInput.areaCostAdjustment: %s has more than 6 decimal places%s", aca.toPlainString(), la);
    Preconditions.checkArgument(floorBaseline().isPositive(),
        "HighNeedsNffInput.floorBaseline: %s must be above zero%s", floorBaseline(), la);
    Preconditions.checkArgument(floorBaselinePopulation2To18() > 0,
        "HighNeedsNffInput.floorBaselinePopulation2To18: %s must be above zero%s",
        floorBaselinePopulation2To18(), la);
    previousAllocation().ifPresent(p -> Preconditions.checkArgument(!p.isNegative(),
        "HighNeedsNffInput.previousAllocation: %s must not be negative%s", p, la));
  }

  @Override
  public String toString() {
    return "HighNeedsNffInput{" + localAuthority() + ", population 2-18 " + population2To18() + "}";
  }
}
