package org.sendfunding.funding.highneeds;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.CheckedPence;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.RoundingRule;
import org.sendfunding.model.time.FinancialYear;

/**
 * The high-needs national funding formula engine: each LA's high-needs allocation for a financial
 * year, with the funding floor and gains cap, or the rollover rule where that is in force.
 *
 * <p>For an LA in an NFF year (DfE technical note letters):
 *
 * <ul>
 *   <li>(A) basic entitlement = rate × special-school pupils × ACA, {@link RoundingRule#HALF_UP_TO_PENNY}.
 *   <li>(B) historic spend = share × 2017-18 planned spend, half up to the penny.
 *   <li>(C)-(I) the proxy pot is split into factor pots by the factor shares, and each factor pot is
 *       shared among LAs by indicator × ACA (the rest of England keeping its part when fewer than all
 *       LAs are computed); both splits use the largest-remainder method, so every penny is conserved.
 *   <li>(L) import/export = rate × net imported pupils.
 *   <li>(J) floor and gains cap on funding per head of 2-18 population, measured on historic spend +
 *       proxy factors (the baseline excludes basic entitlement and import/export): the LA gets at least
 *       {@code baseline × (1 + floor) × population / baselinePopulation} (rounded up to the penny, so the
 *       floor always holds) and at most the same with the cap (rounded down, so the cap always holds).
 *   <li>(K) additions (hospital education and others) are added after the floor and cap.
 * </ul>
 *
 * <p>In a rollover year (2026-27) the allocation is the previous allocation plus rolled-in grants.
 * Which method applies is the dated parameter {@code highneeds.allocation.method}.
 *
 * <pre>{@code
 * HighNeedsNffNational national = HighNeedsNffNational.fromInputs(inputs, Money.ofPounds(5_000_000_000L));
 * HighNeedsNffResult result =
 *     HighNeedsNff.DEFAULT.allocate(national, inputs, ParameterSet.defaults(), FinancialYear.of(2025));
 * // fast path, identical figures, no explanations:
 * HighNeedsNffFigures f = HighNeedsNff.DEFAULT.computeFigures(national, inputs,
 *     HighNeedsNffRules.resolve(ParameterSet.defaults(), FinancialYear.of(2025)));
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class HighNeedsNff {

  /** The engine. */
  public static final HighNeedsNff DEFAULT = new HighNeedsNff();

  private static final long MILLION = 1_000_000L;

  private HighNeedsNff() {}

  /**
   * Allocates high-needs funding to each LA, with explanations.
   *
   * @param national the national context (unused in rollover years)
   * @param inputs one input per LA, distinct LAs
   * @param parameters the parameters
   * @param year the financial year
   * @return one allocation per input, in order
   * @throws IllegalArgumentException listing every problem with the inputs
   * @throws org.sendfunding.funding.parameter.ParameterException if a parameter is missing or inconsistent
   */
  public HighNeedsNffResult allocate(
      HighNeedsNffNational national, List<HighNeedsNffInput> inputs, ParameterSet parameters, FinancialYear year) {
    return explain(computeFigures(national, inputs, HighNeedsNffRules.resolve(parameters, year)));
  }

  /**
   * Allocates high-needs funding to one LA, the rest of England keeping its share of each pot.
   *
   * @param national the national context
   * @param input the LA's input
   * @param parameters the parameters
   * @param year the financial year
   * @return the allocation
   */
  public HighNeedsAllocation allocate(
      HighNeedsNffNational national, HighNeedsNffInput input, ParameterSet parameters, FinancialYear year) {
    return allocate(national, ImmutableList.of(input), parameters, year).allocations().get(0);
  }

  /**
   * Allocates high-needs funding with the gains cap searched so that the LAs' allocations add up to no
   * more than a fixed total: the largest cap (to 0.0001%) that makes the floor affordable.
   *
   * @param national the national context
   * @param inputs one input per LA
   * @param parameters the parameters (the floor is theirs; their gains cap is replaced)
   * @param year the financial year, an NFF year
   * @param fixedTotal the total the allocations must not exceed
   * @return the allocations; {@link HighNeedsNffResult#gainsCapApplied()} is the cap found (empty if
   *     no cap is needed)
   * @throws IllegalArgumentException if the total cannot pay for the floor even with the cap at the
   *     floor, giving the shortfall
   */
  public HighNeedsNffResult allocateWithAffordableCap(
      HighNeedsNffNational national,
      List<HighNeedsNffInput> inputs,
      ParameterSet parameters,
      FinancialYear year,
      Money fixedTotal) {
    return explain(
        computeFiguresWithAffordableCap(national, inputs, HighNeedsNffRules.resolve(parameters, year), fixedTotal));
  }

  /**
   * The figures only, without explanations: the fast path. {@link #explain(HighNeedsNffFigures)} turns
   * them into allocations with the same figures.
   *
   * @param national the national context
   * @param inputs one input per LA
   * @param rules the rules of the year
   * @return the figures
   */
  public HighNeedsNffFigures computeFigures(
      HighNeedsNffNational national, List<HighNeedsNffInput> inputs, HighNeedsNffRules rules) {
    Shared s = share(national, ImmutableList.copyOf(inputs), rules);
    return floorAndCap(s, rules, rules.capGrowthMicros, false);
  }

  /**
   * The figures with a searched gains cap; see {@link #allocateWithAffordableCap}.
   *
   * @param national the national context
   * @param inputs one input per LA
   * @param rules the rules of the year
   * @param fixedTotal the total the allocations must not exceed
   * @return the figures
   */
  public HighNeedsNffFigures computeFiguresWithAffordableCap(
      HighNeedsNffNational national, List<HighNeedsNffInput> inputs, HighNeedsNffRules rules, Money fixedTotal) {
    if (rules.method() != AllocationMethod.NFF) {
      throw new IllegalArgumentException(
          "HighNeedsNff: no gains cap to search in " + rules.financialYear() + ": the method is "
              + rules.method().ruleName());
    }
    Shared s = share(national, ImmutableList.copyOf(inputs), rules);
    long lo = rules.floorGrowthMicros;
    HighNeedsNffFigures atFloor = floorAndCap(s, rules, lo, true);
    long total = fixedTotal.pence();
    if (atFloor.total().pence() > total) {
      throw new IllegalArgumentException(
          "HighNeedsNff: the fixed total " + fixedTotal + " cannot pay for the floor of "
              + rules.floor().value() + " in " + rules.financialYear() + " even with the gains cap at the floor: "
              + "allocations need " + atFloor.total() + ", a shortfall of " + atFloor.total().minus(fixedTotal));
    }
    HighNeedsNffFigures uncapped = floorAndCap(s, rules, Long.MAX_VALUE, true);
    if (uncapped.total().pence() <= total) {
      return uncapped;
    }
    // The largest cap with total <= fixedTotal; totals rise with the cap.
    long hi = lo;
    for (int i = 0; i < s.n; i++) {
      hi = Math.max(hi, WideArithmetic.mulDivCeil(
          Math.multiplyExact(s.comparable[i], MILLION), s.inputs.get(i).floorBaselinePopulation2To18(),
          Math.multiplyExact(s.inputs.get(i).floorBaseline().pence(), s.inputs.get(i).population2To18())));
    }
    long bestG = lo;
    while (lo < hi) {
      long mid = lo + (hi - lo + 1) / 2;
      HighNeedsNffFigures f = floorAndCap(s, rules, mid, true);
      if (f.total().pence() <= total) {
        lo = mid;
        bestG = mid;
      } else {
        hi = mid - 1;
      }
    }
    Percentage cap = Percentage.of(BigDecimal.valueOf(bestG - MILLION).movePointLeft(4));
    HighNeedsNffRules searched = rules.withGainsCap(cap);
    return floorAndCap(s, searched, bestG, true);
  }

  /**
   * The allocations, with explanations, of figures computed by {@link #computeFigures}.
   *
   * @param figures the figures
   * @return the allocations
   */
  public HighNeedsNffResult explain(HighNeedsNffFigures figures) {
    HighNeedsNffRules rules = figures.rules;
    boolean nff = rules.method() == AllocationMethod.NFF;
    ImmutableList.Builder<HighNeedsAllocation> list = ImmutableList.builderWithExpectedSize(figures.size());
    for (int i = 0; i < figures.size(); i++) {
      HighNeedsNffInput in = figures.inputs.get(i);
      HighNeedsAllocation.Builder b = HighNeedsAllocation.builder()
          .localAuthority(in.localAuthority())
          .financialYear(rules.financialYear())
          .method(rules.method())
          .basicEntitlement(Money.ofPence(figures.basicEntitlement[i]))
          .historicSpend(Money.ofPence(figures.historicSpend[i]))
          .importExport(Money.ofPence(figures.importExport[i]))
          .floorAdjustment(Money.ofPence(figures.adjustment[i]))
          .finalAllocation(Money.ofPence(figures.finalAllocation[i]))
          .figures(figures)
          .index(i);
      String preFloor = "total before the floor and cap";
      long pre = CheckedPence.add(CheckedPence.add(figures.basicEntitlement[i], figures.historicSpend[i], preFloor,
          in.localAuthority(), rules.financialYear()), figures.importExport[i], preFloor, in.localAuthority(), rules.financialYear());
      if (nff) {
        for (long[] factor : figures.proxy) {
          pre = CheckedPence.add(pre, factor[i], preFloor, in.localAuthority(), rules.financialYear());
        }
        b.rolledOver(Money.ZERO).rolledInGrants(Money.ZERO);
      } else {
        b.rolledOver(in.previousAllocation().get()).rolledInGrants(in.rolledInGrants().get());
      }
      b.preFloorTotal(Money.ofPence(pre));
      list.add(b.build());
    }
    return HighNeedsNffResult.builder()
        .financialYear(rules.financialYear())
        .method(rules.method())
        .allocations(list.build())
        .gainsCapApplied(figures.gainsCapApplied())
        .gainsCapSearched(figures.capSearched)
        .build();
  }

  static Percentage perHeadChange(long fundingPence, HighNeedsNffInput in) {
    BigDecimal now = BigDecimal.valueOf(fundingPence).multiply(BigDecimal.valueOf(in.floorBaselinePopulation2To18()));
    BigDecimal then = BigDecimal.valueOf(in.floorBaseline().pence()).multiply(BigDecimal.valueOf(in.population2To18()));
    BigDecimal change = now.subtract(then).multiply(BigDecimal.valueOf(100)).divide(then, 4, RoundingMode.HALF_EVEN);
    return Percentage.of(change);
  }

  /** Figures that do not depend on the floor and cap. */
  static final class Shared {
    final HighNeedsNffRules rules;
    final HighNeedsNffNational national;
    final ImmutableList<HighNeedsNffInput> inputs;
    final int n;
    final long[] factorPots;
    final long[] basic;
    final long[] historic;
    final long[][] proxy;
    final long[] importExport;
    final long[] additions;
    final long[] comparable;

    Shared(HighNeedsNffRules rules, HighNeedsNffNational national, ImmutableList<HighNeedsNffInput> inputs) {
      this.rules = rules;
      this.national = national;
      this.inputs = inputs;
      this.n = inputs.size();
      int factors = ProxyFactor.values().length;
      factorPots = new long[factors];
      basic = new long[n];
      historic = new long[n];
      proxy = new long[factors][n];
      importExport = new long[n];
      additions = new long[n];
      comparable = new long[n];
    }
  }

  private Shared share(HighNeedsNffNational national, ImmutableList<HighNeedsNffInput> inputs, HighNeedsNffRules rules) {
    List<String> problems = new ArrayList<>();
    if (inputs.isEmpty()) {
      problems.add("inputs: at least one LA is needed");
    }
    java.util.BitSet seen = new java.util.BitSet(1024);
    for (HighNeedsNffInput in : inputs) {
      int code = in.localAuthority().code();
      if (seen.get(code)) {
        problems.add("inputs: " + in.localAuthority() + " appears more than once");
      }
      seen.set(code);
      if (rules.method() == AllocationMethod.NFF && !in.floorBaselineYear().equals(rules.floorBaselineYear())) {
        problems.add("HighNeedsNffInput.floorBaselineYear: " + in.floorBaselineYear() + " is not "
            + rules.floorBaselineYear() + ", the baseline highneeds.nff.floor_baseline requires in "
            + rules.financialYear() + " (" + in.localAuthority() + ")");
      }
      if (rules.method() == AllocationMethod.ROLLOVER) {
        if (in.previousAllocation().isEmpty()) {
          problems.add("HighNeedsNffInput.previousAllocation: missing, needed by the rollover method in "
              + rules.financialYear() + " (" + in.localAuthority() + ")");
        }
        if (in.rolledInGrants().isEmpty()) {
          problems.add("HighNeedsNffInput.rolledInGrants: missing, needed by the rollover method in "
              + rules.financialYear() + " (" + in.localAuthority() + ")");
        }
      }
    }
    Shared s = new Shared(rules, national, inputs);
    if (problems.isEmpty() && rules.method() == AllocationMethod.NFF) {
      shareFormula(s, problems);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "HighNeedsNff " + rules.financialYear() + ": " + problems.size() + " problem"
              + (problems.size() == 1 ? "" : "s") + " with the inputs:\n  - " + String.join("\n  - ", problems));
    }
    return s;
  }

  private static void shareFormula(Shared s, List<String> problems) {
    HighNeedsNffRules rules = s.rules;
    int n = s.n;
    ProxyFactor[] factors = ProxyFactor.values();
    long[] keys = new long[Math.max(n + 1, factors.length)];
    WideArithmetic.largestRemainder(
        s.national.proxyFactorPot().pence(), rules.shareMicros, sum(rules.shareMicros), s.factorPots,
        new long[factors.length]);
    long[] weights = new long[n + 1];
    long[] parts = new long[n + 1];
    for (ProxyFactor f : factors) {
      long total = s.national.totalMicros(f);
      long given = 0;
      int fi = f.ordinal();
      for (int i = 0; i < n; i++) {
        weights[i] = s.inputs.get(i).weightedIndicators().byFactor[fi];
        given = Math.addExact(given, weights[i]); // indicator units (millionths), not pence
      }
      weights[n] = total - given;
      if (weights[n] < 0) {
        problems.add("HighNeedsNffNational.acaWeightedIndicatorTotals: " + f + " national total "
            + s.national.acaWeightedIndicatorTotals().get(f).toPlainString()
            + " is less than the LAs' own sum " + BigDecimal.valueOf(given).movePointLeft(6).toPlainString());
        continue;
      }
      WideArithmetic.largestRemainder(s.factorPots[f.ordinal()], weights, total, parts, keys);
      System.arraycopy(parts, 0, s.proxy[f.ordinal()], 0, n);
    }
    for (int i = 0; i < n; i++) {
      HighNeedsNffInput in = s.inputs.get(i);
      s.basic[i] = WideArithmetic.mulDivHalfUp(
          Math.multiplyExact(rules.basicEntitlementPence, in.specialSchoolPupils()), in.acaMicros(), MILLION);
      s.historic[i] = WideArithmetic.mulDivHalfUp(in.historicSpendBaseline().pence(), rules.historicShareMicros, MILLION);
      s.importExport[i] = Math.multiplyExact(rules.importExportPence, in.netImportedPupils());
      long add = 0;
      for (Money m : in.additions().values()) {
        add = Math.addExact(add, m.pence());
      }
      s.additions[i] = add;
      long comparable = s.historic[i];
      for (ProxyFactor f : factors) {
        comparable = CheckedPence.add(comparable, s.proxy[f.ordinal()][i], "(B) historic spend + (C)-(I) proxy factors",
            in.localAuthority(), rules.financialYear());
      }
      s.comparable[i] = comparable;
    }
  }

  private static long sum(long[] values) {
    long t = 0;
    for (long v : values) {
      t = Math.addExact(t, v); // shares in millionths
    }
    return t;
  }

  private static HighNeedsNffFigures floorAndCap(
      Shared s, HighNeedsNffRules rules, long capGrowthMicros, boolean searched) {
    int n = s.n;
    long[] min = new long[n];
    long[] max = new long[n];
    long[] adj = new long[n];
    long[] fin = new long[n];
    boolean nff = rules.method() == AllocationMethod.NFF;
    long[] rem = new long[1];
    for (int i = 0; i < n; i++) {
      HighNeedsNffInput in = s.inputs.get(i);
      if (!nff) {
        fin[i] = Math.addExact(in.previousAllocation().get().pence(), in.rolledInGrants().get().pence());
        continue;
      }
      long divisor = Math.multiplyExact(MILLION, in.floorBaselinePopulation2To18());
      long baseline = in.floorBaseline().pence();
      min[i] = WideArithmetic.mulDivCeil(
          Math.multiplyExact(baseline, rules.floorGrowthMicros), in.population2To18(), divisor);
      max[i] = capGrowthMicros == Long.MAX_VALUE
          ? Long.MAX_VALUE
          : WideArithmetic.mulDivFloor(
              Math.multiplyExact(baseline, capGrowthMicros), in.population2To18(), divisor, rem);
      long c = s.comparable[i];
      LocalAuthority la = in.localAuthority();
      FinancialYear year = rules.financialYear();
      adj[i] = c < min[i] ? CheckedPence.subtract(min[i], c, "(J) funding floor adjustment", la, year)
          : (c > max[i] ? CheckedPence.subtract(max[i], c, "(J) gains cap adjustment", la, year) : 0);
      String total = "high-needs NFF allocation";
      long proxyAndRest = CheckedPence.add(CheckedPence.add(s.basic[i], s.importExport[i], total, la, year), c, total, la, year);
      fin[i] = CheckedPence.add(CheckedPence.add(proxyAndRest, adj[i], total, la, year), s.additions[i], total, la, year);
    }
    return new HighNeedsNffFigures(
        rules, s.national, s.inputs, s.factorPots, s.basic, s.historic, s.proxy, s.importExport, s.additions,
        s.comparable, min, max, adj, fin, nff ? capGrowthMicros : Long.MAX_VALUE, searched);
  }

  static ImmutableMap<ProxyFactor, Money> factorPots(HighNeedsNffFigures f) {
    Map<ProxyFactor, Money> m = new EnumMap<>(ProxyFactor.class);
    for (ProxyFactor p : ProxyFactor.values()) {
      m.put(p, Money.ofPence(f.factorPots[p.ordinal()]));
    }
    return ImmutableMap.copyOf(m);
  }

  static Optional<Money> capMaximum(HighNeedsNffFigures f, int i) {
    return f.capMaximum[i] == Long.MAX_VALUE ? Optional.empty() : Optional.of(Money.ofPence(f.capMaximum[i]));
  }
}
