package org.sendfunding.funding.highneeds;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * The inputs of the high-needs national funding formula (NFF) for a fixed list of LAs, read once into
 * flat arrays of pence, counts and millionths, so that each run under a set of rules is tight long
 * arithmetic: the fast path for sweeps over the NFF's rates, shares, floor and cap.
 *
 * <p>{@link #compute(HighNeedsNffRules)} gives exactly the figures of
 * {@link HighNeedsNff#computeFigures} (a test compares them penny for penny on the embedded dataset),
 * and {@link HighNeedsNff#explain(HighNeedsNffFigures)} turns them into explained allocations. What is
 * prepared depends only on the national context and the inputs; every figure that depends on the
 * rules is computed per call.
 *
 * <pre>{@code
 * PreparedNff prepared = PreparedNff.prepare(national, inputs);       // once
 * HighNeedsNffFigures f = prepared.compute(
 *     HighNeedsNffRules.resolve(ParameterSet.defaults(), FinancialYear.of(2025)));   // per set of rules
 * f.finalAllocation(0);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PreparedNff {

  private static final long MILLION = 1_000_000L;
  private static final int FACTORS = ProxyFactor.values().length;

  private final HighNeedsNffNational national;
  private final ImmutableList<HighNeedsNffInput> inputs;
  private final int n;
  /** Indicator × ACA in millionths, {@code [factor][i]}, with the rest of England at {@code [factor][n]}. */
  private final long[][] weights;
  private final long[] totals;
  private final boolean weightsValid;
  private final long proxyPot;
  private final long[] specialPupils;
  private final long[] acaMicros;
  private final long[] historicBaseline;
  private final long[] netImported;
  private final long[] additions;
  private final long[] floorBaseline;
  private final long[] population;
  /** 10^6 × the floor baseline's population, the divisor of the per-head floor and cap. */
  private final long[] baselineDivisor;
  /** The one floor-baseline year of every input, or null if they differ. */
  private final FinancialYear baselineYear;
  /** Previous allocation plus rolled-in grants, or null if any input lacks either. */
  private final long[] rolledOver;
  /** No LA appears twice. */
  private final boolean distinct;

  private PreparedNff(HighNeedsNffNational national, ImmutableList<HighNeedsNffInput> inputs) {
    this.national = national;
    this.inputs = inputs;
    this.n = inputs.size();
    weights = new long[FACTORS][n + 1];
    totals = new long[FACTORS];
    boolean valid = true;
    for (int f = 0; f < FACTORS; f++) {
      long given = 0;
      for (int i = 0; i < n; i++) {
        weights[f][i] = inputs.get(i).weightedIndicators().byFactor[f];
        given += weights[f][i];
      }
      totals[f] = national.totalMicros(ProxyFactor.values()[f]);
      weights[f][n] = totals[f] - given;
      valid &= weights[f][n] >= 0;
    }
    weightsValid = valid;
    proxyPot = national.proxyFactorPot().pence();
    specialPupils = new long[n];
    acaMicros = new long[n];
    historicBaseline = new long[n];
    netImported = new long[n];
    additions = new long[n];
    floorBaseline = new long[n];
    population = new long[n];
    baselineDivisor = new long[n];
    long[] rolled = new long[n];
    boolean canRoll = true;
    FinancialYear year = n == 0 ? null : inputs.get(0).floorBaselineYear();
    for (int i = 0; i < n; i++) {
      HighNeedsNffInput in = inputs.get(i);
      specialPupils[i] = in.specialSchoolPupils();
      acaMicros[i] = in.acaMicros();
      historicBaseline[i] = in.historicSpendBaseline().pence();
      netImported[i] = in.netImportedPupils();
      long add = 0;
      for (Money m : in.additions().values()) {
        add = Math.addExact(add, m.pence());
      }
      additions[i] = add;
      floorBaseline[i] = in.floorBaseline().pence();
      population[i] = in.population2To18();
      baselineDivisor[i] = Math.multiplyExact(MILLION, in.floorBaselinePopulation2To18());
      if (year != null && !year.equals(in.floorBaselineYear())) {
        year = null;
      }
      if (in.previousAllocation().isPresent() && in.rolledInGrants().isPresent()) {
        rolled[i] = Math.addExact(in.previousAllocation().get().pence(), in.rolledInGrants().get().pence());
      } else {
        canRoll = false;
      }
    }
    baselineYear = year;
    distinct = inputs.stream().map(in -> in.localAuthority().code()).distinct().count() == n;
    rolledOver = canRoll ? rolled : null;
  }

  /**
   * Prepares the inputs.
   *
   * @param national the national context
   * @param inputs one input per LA
   * @return the prepared form
   */
  public static PreparedNff prepare(HighNeedsNffNational national, List<HighNeedsNffInput> inputs) {
    return new PreparedNff(national, ImmutableList.copyOf(inputs));
  }

  /** The inputs, in order. @return the inputs */
  public ImmutableList<HighNeedsNffInput> inputs() {
    return inputs;
  }

  /**
   * The figures under a set of rules; identical to {@link HighNeedsNff#computeFigures}.
   *
   * @param rules the rules of the year
   * @return the figures
   * @throws IllegalArgumentException listing every problem with the inputs, as
   *     {@link HighNeedsNff#computeFigures} does
   */
  public HighNeedsNffFigures compute(HighNeedsNffRules rules) {
    boolean nff = rules.method() == AllocationMethod.NFF;
    if (n == 0 || (nff ? !weightsValid || !rules.floorBaselineYear().equals(baselineYear) : rolledOver == null)
        || !distinct) {
      // Let the engine list the problems in its own words.
      return HighNeedsNff.DEFAULT.computeFigures(national, inputs, rules);
    }
    long[] factorPots = new long[FACTORS];
    long[] basic = new long[n];
    long[] historic = new long[n];
    long[][] proxy = new long[FACTORS][n];
    long[] importExport = new long[n];
    long[] comparable = new long[n];
    long[] min = new long[n];
    long[] max = new long[n];
    long[] adj = new long[n];
    long[] fin = new long[n];
    if (!nff) {
      System.arraycopy(rolledOver, 0, fin, 0, n);
      return new HighNeedsNffFigures(rules, national, inputs, factorPots, basic, historic, proxy, importExport,
          new long[n], comparable, min, max, adj, fin, Long.MAX_VALUE, false);
    }
    long[] shareMicros = rules.shareMicros;
    long shareSum = 0;
    for (long s : shareMicros) {
      shareSum += s;
    }
    long[] keys = new long[Math.max(n + 1, FACTORS)];
    WideArithmetic.largestRemainder(proxyPot, shareMicros, shareSum, factorPots, new long[FACTORS]);
    long[] parts = new long[n + 1];
    for (int f = 0; f < FACTORS; f++) {
      WideArithmetic.largestRemainder(factorPots[f], weights[f], totals[f], parts, keys);
      System.arraycopy(parts, 0, proxy[f], 0, n);
      for (int i = 0; i < n; i++) {
        comparable[i] += parts[i];
      }
    }
    long basicRate = rules.basicEntitlementPence;
    long historicShare = rules.historicShareMicros;
    long importExportRate = rules.importExportPence;
    long floorGrowth = rules.floorGrowthMicros;
    long capGrowth = rules.capGrowthMicros;
    long[] rem = new long[1];
    for (int i = 0; i < n; i++) {
      basic[i] = WideArithmetic.mulDivHalfUp(Math.multiplyExact(basicRate, specialPupils[i]), acaMicros[i], MILLION);
      historic[i] = WideArithmetic.mulDivHalfUp(historicBaseline[i], historicShare, MILLION);
      importExport[i] = Math.multiplyExact(importExportRate, netImported[i]);
      long c = comparable[i] + historic[i];
      comparable[i] = c;
      min[i] = WideArithmetic.mulDivCeil(
          Math.multiplyExact(floorBaseline[i], floorGrowth), population[i], baselineDivisor[i]);
      max[i] = capGrowth == Long.MAX_VALUE
          ? Long.MAX_VALUE
          : WideArithmetic.mulDivFloor(Math.multiplyExact(floorBaseline[i], capGrowth), population[i],
              baselineDivisor[i], rem);
      adj[i] = c < min[i] ? min[i] - c : (c > max[i] ? max[i] - c : 0);
      fin[i] = basic[i] + importExport[i] + c + adj[i] + additions[i];
    }
    return new HighNeedsNffFigures(rules, national, inputs, factorPots, basic, historic, proxy, importExport,
        additions.clone(), comparable, min, max, adj, fin, capGrowth, false);
  }
}
