package org.sendfunding.funding.highneeds;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.sendfunding.funding.parameter.ParameterException;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ValueInForce;
import org.sendfunding.model.explain.ParameterUse;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.time.FinancialYear;

/**
 * The high-needs rules in force for one financial year, looked up once from a {@link ParameterSet}
 * so that many LAs (or many runs) can be computed without repeating the lookups.
 *
 * <pre>{@code
 * HighNeedsNffRules rules = HighNeedsNffRules.resolve(ParameterSet.defaults(), FinancialYear.of(2025));
 * rules.method();     // NFF
 * rules.floor();      // highneeds.nff.floor = 7% (from 2025-04-01)
 * HighNeedsNffRules.resolve(ParameterSet.defaults(), FinancialYear.of(2026)).method();  // ROLLOVER
 * }</pre>
 *
 * <p>The method is read from {@code highneeds.allocation.method}; the formula's parameters are only
 * looked up when the method is {@code nff}, so a year in which the floor has ended (2026-27) needs
 * none of them. This class is immutable and thread-safe.
 */
public final class HighNeedsNffRules {

  static final String METHOD = "highneeds.allocation.method";
  static final String ROLLED_IN = "highneeds.allocation.rolled_in_grants";
  static final String BASIC_ENTITLEMENT = "highneeds.nff.basic_entitlement";
  static final String HISTORIC_SHARE = "highneeds.nff.historic_spend_share";
  static final String IMPORT_EXPORT = "highneeds.nff.import_export_rate";
  static final String FLOOR = "highneeds.nff.floor";
  static final String GAINS_CAP = "highneeds.nff.gains_cap";
  static final String FLOOR_BASELINE = "highneeds.nff.floor_baseline";
  static final String PREVIOUS_YEAR = "previous-year";

  private static final long MILLION = 1_000_000L;

  private final FinancialYear year;
  private final AllocationMethod method;
  private final ValueInForce methodValue;
  private final Optional<ValueInForce> rolledInGrants;
  // Formula parameters: null when the method is rollover.
  private final ValueInForce basicEntitlement;
  private final ValueInForce historicShare;
  private final ValueInForce importExport;
  private final ValueInForce floor;
  private final Optional<ValueInForce> gainsCap;
  private final Optional<Percentage> searchedGainsCap;
  private final ValueInForce floorBaseline;
  private final ImmutableMap<ProxyFactor, ValueInForce> shares;
  // The same values as whole numbers for the hot path.
  final long basicEntitlementPence;
  final long historicShareMicros;
  final long importExportPence;
  final long floorGrowthMicros;
  final long capGrowthMicros;
  final long[] shareMicros;
  final FinancialYear baselineYear;

  private HighNeedsNffRules(ParameterSet p, FinancialYear year) {
    this.year = year;
    this.methodValue = p.get(METHOD, year);
    this.method = AllocationMethod.fromRuleName(methodValue.value().asRule());
    this.rolledInGrants = p.paths().contains(ROLLED_IN) ? p.find(ROLLED_IN, year.start()) : Optional.empty();
    this.searchedGainsCap = Optional.empty();
    if (method == AllocationMethod.ROLLOVER) {
      basicEntitlement = historicShare = importExport = floor = floorBaseline = null;
      gainsCap = Optional.empty();
      shares = ImmutableMap.of();
      basicEntitlementPence = historicShareMicros = importExportPence = floorGrowthMicros = 0;
      capGrowthMicros = Long.MAX_VALUE;
      shareMicros = new long[0];
      baselineYear = year.previous();
      return;
    }
    basicEntitlement = p.get(BASIC_ENTITLEMENT, year);
    historicShare = p.get(HISTORIC_SHARE, year);
    importExport = p.get(IMPORT_EXPORT, year);
    floor = p.get(FLOOR, year);
    gainsCap = p.find(GAINS_CAP, year.start());
    floorBaseline = p.get(FLOOR_BASELINE, year);
    Map<ProxyFactor, ValueInForce> s = new EnumMap<>(ProxyFactor.class);
    for (ProxyFactor f : ProxyFactor.values()) {
      s.put(f, p.get(f.shareParameterPath(), year));
    }
    shares = ImmutableMap.copyOf(s);
    basicEntitlementPence = basicEntitlement.value().asMoney().pence();
    historicShareMicros = micros(historicShare);
    importExportPence = importExport.value().asMoney().pence();
    floorGrowthMicros = MILLION + micros(floor);
    capGrowthMicros = gainsCap.map(v -> MILLION + micros(v)).orElse(Long.MAX_VALUE);
    if (capGrowthMicros < floorGrowthMicros) {
      throw new ParameterException(
          GAINS_CAP + " " + gainsCap.get().value()
              + " is below " + FLOOR + " " + floor.value() + " in " + year);
    }
    shareMicros = new long[ProxyFactor.values().length];
    BigDecimal sum = BigDecimal.ZERO;
    for (ProxyFactor f : ProxyFactor.values()) {
      shareMicros[f.ordinal()] = micros(shares.get(f));
      sum = sum.add(shares.get(f).value().asPercentage().percent());
    }
    if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
      throw new ParameterException(
          "highneeds.nff.proxy_factor_share.*: the seven shares add to " + sum.stripTrailingZeros().toPlainString()
              + "%, not 100%, in " + year);
    }
    String rule = floorBaseline.value().asRule();
    baselineYear = rule.equals(PREVIOUS_YEAR) ? year.previous() : parseYear(rule);
  }

  private static FinancialYear parseYear(String rule) {
    try {
      return FinancialYear.parse(rule);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          FLOOR_BASELINE + ": '" + rule + "' is neither previous-year nor a financial year such as 2017-18");
    }
  }

  private static long micros(ValueInForce v) {
    return micros(v.value().asPercentage(), v.parameter().path());
  }

  private static long micros(Percentage p, String path) {
    BigDecimal m = p.percent().movePointRight(4);
    if (m.stripTrailingZeros().scale() > 0 || m.signum() < 0) {
      throw new ParameterException(
          path + ": " + p + " must be a non-negative percentage with at most 4 decimal places");
    }
    return m.longValueExact();
  }

  /**
   * Looks up the rules in force on 1 April of a year.
   *
   * @param parameters the parameters
   * @param year the financial year
   * @return the rules
   * @throws ParameterException naming any parameter with no value in force, or inconsistent values
   */
  public static HighNeedsNffRules resolve(ParameterSet parameters, FinancialYear year) {
    return new HighNeedsNffRules(parameters, year);
  }

  /**
   * These rules with a different gains cap, as found by a search for an affordable cap.
   *
   * @param cap the gains cap
   * @return the rules with that cap
   */
  HighNeedsNffRules withGainsCap(Percentage cap) {
    return new HighNeedsNffRules(this, cap);
  }

  private HighNeedsNffRules(HighNeedsNffRules base, Percentage cap) {
    year = base.year;
    method = base.method;
    methodValue = base.methodValue;
    rolledInGrants = base.rolledInGrants;
    basicEntitlement = base.basicEntitlement;
    historicShare = base.historicShare;
    importExport = base.importExport;
    floor = base.requireNff(base.floor);
    gainsCap = base.gainsCap;
    searchedGainsCap = Optional.of(cap);
    floorBaseline = base.floorBaseline;
    shares = base.shares;
    basicEntitlementPence = base.basicEntitlementPence;
    historicShareMicros = base.historicShareMicros;
    importExportPence = base.importExportPence;
    floorGrowthMicros = base.floorGrowthMicros;
    capGrowthMicros = MILLION + micros(cap, GAINS_CAP + " (searched)");
    shareMicros = base.shareMicros;
    baselineYear = base.baselineYear;
  }

  /** The financial year. @return the year */
  public FinancialYear financialYear() {
    return year;
  }

  /** The allocation method in force. @return the method */
  public AllocationMethod method() {
    return method;
  }

  /** The method parameter as used. @return the value in force */
  public ValueInForce methodValue() {
    return methodValue;
  }

  /** The floor in force (NFF years only). @return the floor */
  public ValueInForce floor() {
    return requireNff(floor);
  }

  /** The gains cap in force, if any (NFF years only). @return the cap */
  public Optional<ValueInForce> gainsCap() {
    requireNff(floor);
    return gainsCap;
  }

  /** A gains cap found by search that replaces the parameter's, if any. @return the cap */
  public Optional<Percentage> searchedGainsCap() {
    return searchedGainsCap;
  }

  /** The year the floor and cap compare against. @return the baseline year */
  public FinancialYear floorBaselineYear() {
    return baselineYear;
  }

  ValueInForce basicEntitlement() {
    return requireNff(basicEntitlement);
  }

  ValueInForce historicShare() {
    return requireNff(historicShare);
  }

  ValueInForce importExport() {
    return requireNff(importExport);
  }

  ValueInForce floorBaselineRule() {
    return requireNff(floorBaseline);
  }

  ValueInForce share(ProxyFactor f) {
    return requireNff(shares.get(f));
  }

  Optional<ValueInForce> rolledInGrants() {
    return rolledInGrants;
  }

  /** The parameter uses of the floor step: floor, cap (or searched cap), baseline rule. */
  ImmutableList<ParameterUse> floorUses() {
    ImmutableList.Builder<ParameterUse> b = ImmutableList.builder();
    b.add(floor.toUse());
    if (searchedGainsCap.isEmpty()) {
      gainsCap.ifPresent(c -> b.add(c.toUse()));
    }
    b.add(floorBaseline.toUse());
    return b.build();
  }

  private <T> T requireNff(T value) {
    if (value == null) {
      throw new IllegalStateException(
          "HighNeedsNffRules: the method in " + year + " is " + method.ruleName() + ", not nff");
    }
    return value;
  }

  @Override
  public String toString() {
    return "HighNeedsNffRules{" + year + ", " + method.ruleName() + "}";
  }
}
