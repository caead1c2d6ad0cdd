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
 * rules is computed per call, and nothing is cached between calls.
 *
 * <p>Why it is structured so: per call only the rates, shares, floor and cap change, so everything
 * else is turned once into the form the arithmetic wants. Each factor's weights become a
 * {@link PreparedShares} (a ratio per LA, so a share is one multiplication corrected by an exact
 * remainder, and the leftover pence go out by counting remainder buckets instead of sorting). Each
 * LA's floor and cap become one numerator, divisor and ratio, so the per-head limits are estimated
 * with one multiplication and corrected exactly, with no division or 128-bit product; basic
 * entitlement and historic spend become one 62-bit product and a division by the constant 10^6.
 * That arithmetic is exact only within limits (products below 2^62, floors below 2^49 pence, sums
 * and pots below 2^50); the prepared maxima are checked against the rules once per call, and outside
 * them, or for invalid inputs, the call is handed to {@link HighNeedsNff#computeFigures}, which
 * gives the same figures or the same exception. Money stays in whole pence throughout: the doubles
 * are only estimates that the long remainders correct. Scratch space is allocated per call, so the
 * class stays thread-safe.
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
  /** Each factor's weights, indicator × ACA in millionths, with the rest of England last. */
  private final PreparedShares[] shares;
  private final boolean weightsValid;
  private final long proxyPot;
  /** Special-school pupils × ACA in millionths: basic entitlement is rate × this / 10^6. */
  private final long[] pupilsAca;
  private final long[] historicBaseline;
  private final long[] netImported;
  private final long[] additions;
  /** Floor baseline × 2-18 population: the floor is growth × this / {@link #baselineDivisor}. */
  private final long[] floorNumerator;
  /** 10^6 × the floor baseline's population, the divisor of the per-head floor and cap. */
  private final long[] baselineDivisor;
  /** floorNumerator / baselineDivisor as a double, for the estimate of the floor and cap. */
  private final double[] floorRatio;
  /** The cap maximum of every LA when there is no cap. */
  private final long[] noCap;
  /** The one floor-baseline year of every input, or null if they differ. */
  private final FinancialYear baselineYear;
  /** Previous allocation plus rolled-in grants, or null if any input lacks either. */
  private final long[] rolledOver;
  /** No LA appears twice. */
  private final boolean distinct;
  // The limits of the fast per-LA arithmetic; see withinFastLimits.
  private final boolean preparedExactly;
  private final long maxPupilsAca;
  private final long maxHistoricBaseline;
  private final long maxAbsNetImported;
  private final long maxFloorBaseline;
  private final double maxFloorRatio;

  private PreparedNff(HighNeedsNffNational national, ImmutableList<HighNeedsNffInput> inputs) {
    this.national = national;
    this.inputs = inputs;
    this.n = inputs.size();
    shares = new PreparedShares[FACTORS];
    boolean valid = true;
    long[] weights = new long[n + 1];
    for (int f = 0; f < FACTORS; f++) {
      long given = 0;
      for (int i = 0; i < n; i++) {
        weights[i] = inputs.get(i).weightedIndicators().byFactor[f];
        given += weights[i];
      }
      long total = national.totalMicros(ProxyFactor.values()[f]);
      weights[n] = total - given;
      valid &= weights[n] >= 0;
      shares[f] = new PreparedShares(weights, total);
    }
    weightsValid = valid;
    proxyPot = national.proxyFactorPot().pence();
    pupilsAca = new long[n];
    historicBaseline = new long[n];
    netImported = new long[n];
    additions = new long[n];
    floorNumerator = new long[n];
    baselineDivisor = new long[n];
    floorRatio = new double[n];
    noCap = new long[n];
    java.util.Arrays.fill(noCap, Long.MAX_VALUE);
    long[] rolled = new long[n];
    boolean canRoll = true;
    boolean exact = true;
    long maxPa = 0;
    long maxHistoric = 0;
    long maxImported = 0;
    long maxBaseline = 0;
    double maxRatio = 0;
    FinancialYear year = n == 0 ? null : inputs.get(0).floorBaselineYear();
    for (int i = 0; i < n; i++) {
      HighNeedsNffInput in = inputs.get(i);
      long add = 0;
      for (Money m : in.additions().values()) {
        add = Math.addExact(add, m.pence());
      }
      additions[i] = add;
      historicBaseline[i] = in.historicSpendBaseline().pence();
      netImported[i] = in.netImportedPupils();
      long baseline = in.floorBaseline().pence();
      // The products below are exact or the fast arithmetic is never used (the engine is).
      long pa = multiplyOrZero(in.specialSchoolPupils(), in.acaMicros());
      long numerator = multiplyOrZero(baseline, in.population2To18());
      long divisor = multiplyOrZero(MILLION, in.floorBaselinePopulation2To18());
      exact &= (pa != 0 || in.specialSchoolPupils() == 0) && numerator != 0 && divisor != 0
          && divisor < PreparedShares.FAST_LIMIT && in.netImportedPupils() != Long.MIN_VALUE;
      pupilsAca[i] = pa;
      floorNumerator[i] = numerator;
      baselineDivisor[i] = divisor;
      floorRatio[i] = divisor == 0 ? 0 : (double) numerator / (double) divisor;
      maxPa = Math.max(maxPa, pa);
      maxHistoric = Math.max(maxHistoric, historicBaseline[i]);
      maxImported = Math.max(maxImported, Math.abs(netImported[i]));
      maxBaseline = Math.max(maxBaseline, baseline);
      maxRatio = Math.max(maxRatio, floorRatio[i]);
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
    preparedExactly = exact;
    maxPupilsAca = maxPa;
    maxHistoricBaseline = maxHistoric;
    maxAbsNetImported = maxImported;
    maxFloorBaseline = maxBaseline;
    maxFloorRatio = maxRatio;
  }

  /** a × b, or 0 if that overflows; a, b ≥ 0. */
  private static long multiplyOrZero(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    return hi == 0 && lo >= 0 ? lo : 0;
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
    if (!valid(rules)) {
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
    long[] adj = new long[n];
    long[] fin = new long[n];
    if (!nff) {
      System.arraycopy(rolledOver, 0, fin, 0, n);
      return new HighNeedsNffFigures(rules, national, inputs, factorPots, basic, historic, proxy, importExport,
          new long[n], comparable, min, new long[n], adj, fin, Long.MAX_VALUE, false);
    }
    long basicRate = rules.basicEntitlementPence;
    long historicShare = rules.historicShareMicros;
    long importExportRate = rules.importExportPence;
    long floorGrowth = rules.floorGrowthMicros;
    long capGrowth = rules.capGrowthMicros;
    boolean capped = capGrowth != Long.MAX_VALUE;
    if (!withinFastLimits(rules)) {
      // Some intermediate could leave the range where the long arithmetic below is exact (or the
      // engine would throw): the engine gives the same figures, or the same exception.
      return HighNeedsNff.DEFAULT.computeFigures(national, inputs, rules);
    }
    long[] shareMicros = rules.shareMicros;
    long shareSum = 0;
    for (long s : shareMicros) {
      shareSum = Math.addExact(shareSum, s); // millionths
    }
    WideArithmetic.largestRemainder(proxyPot, shareMicros, shareSum, factorPots, new long[FACTORS]);
    PreparedShares.Scratch scratch = PreparedShares.newScratch(n + 1);
    for (int f = 0; f < FACTORS; f++) {
      long[] part = proxy[f];
      shares[f].share(factorPots[f], part, scratch);
      for (int i = 0; i < n; i++) {
        long sum = comparable[i] + part[i];
        if (((comparable[i] ^ sum) & (part[i] ^ sum)) < 0) {
          // A sum of pence left the range of a long: the engine throws the located refusal.
          return HighNeedsNff.DEFAULT.computeFigures(national, inputs, rules);
        }
        comparable[i] = sum;
      }
    }
    long[] max = capped ? new long[n] : noCap;
    try {
      sumAndClamp(n, capped, basicRate, historicShare, importExportRate, floorGrowth, capGrowth,
          basic, historic, importExport, comparable, min, max, adj, fin);
    } catch (ArithmeticException e) {
      // The products are within the fast limits but a sum of pence left the range of a long: the
      // engine, whose every sum names the LA, year and figure, throws the located refusal.
      return HighNeedsNff.DEFAULT.computeFigures(national, inputs, rules);
    }
    // additions and noCap are never written, here or by the figures, so every result can share them.
    return new HighNeedsNffFigures(rules, national, inputs, factorPots, basic, historic, proxy, importExport,
        additions, comparable, min, max, adj, fin, capGrowth, false);
  }

  /** The per-LA sums of {@link #compute}, each checked (an overflow hands the call to the engine). */
  private void sumAndClamp(int n, boolean capped, long basicRate, long historicShare, long importExportRate,
      long floorGrowth, long capGrowth, long[] basic, long[] historic, long[] importExport, long[] comparable,
      long[] min, long[] max, long[] adj, long[] fin) {
    for (int i = 0; i < n; i++) {
      long b = halfUpMillionths(basicRate * pupilsAca[i]);
      long h = halfUpMillionths(historicBaseline[i] * historicShare);
      long ie = importExportRate * netImported[i];
      long c = Math.addExact(comparable[i], h);
      long lo = floorOf(floorGrowth, i);
      // floorOf leaves no remainder exactly when the floor is a whole number of pence.
      lo = floorGrowth * floorNumerator[i] - lo * baselineDivisor[i] == 0 ? lo : lo + 1;
      long hi = Long.MAX_VALUE;
      if (capped) {
        hi = floorOf(capGrowth, i);
        max[i] = hi;
      }
      long a = c < lo ? Math.subtractExact(lo, c) : (c > hi ? Math.subtractExact(hi, c) : 0);
      basic[i] = b;
      historic[i] = h;
      importExport[i] = ie;
      comparable[i] = c;
      min[i] = lo;
      adj[i] = a;
      fin[i] = Math.addExact(Math.addExact(Math.addExact(Math.addExact(b, ie), c), a), additions[i]);
    }
  }

  /**
   * Whether, under these rates, every product of the per-LA loop fits in 62 bits and every floor and
   * cap is below 2^49 pence, so that the long arithmetic of {@link #compute} is exact and cannot
   * overflow; the engine's own {@code multiplyExact} calls then cannot throw either. Checked once per
   * call against the prepared maxima.
   */
  private boolean withinFastLimits(HighNeedsNffRules rules) {
    long basicRate = rules.basicEntitlementPence;
    long historicShare = rules.historicShareMicros;
    long importExportRate = rules.importExportPence;
    long growth = Math.max(rules.floorGrowthMicros, rules.capGrowthMicros == Long.MAX_VALUE ? 0 : rules.capGrowthMicros);
    long wide = 1L << 62;
    return preparedExactly
        && (maxPupilsAca == 0 || Math.abs(basicRate) <= wide / maxPupilsAca)
        && basicRate != Long.MIN_VALUE
        && historicShare >= 0 && (maxHistoricBaseline == 0 || historicShare <= wide / maxHistoricBaseline)
        && (maxAbsNetImported == 0 || Math.abs(importExportRate) <= wide / maxAbsNetImported)
        && importExportRate != Long.MIN_VALUE
        && growth >= 0 && growth <= wide / maxFloorBaseline
        && growth * maxFloorRatio <= 0x1p49;
  }

  private boolean valid(HighNeedsNffRules rules) {
    boolean nff = rules.method() == AllocationMethod.NFF;
    return n > 0 && distinct
        && (nff ? weightsValid && rules.floorBaselineYear().equals(baselineYear) : rolledOver != null);
  }

  /**
   * Whether {@link #compute} runs the formula in its own prepared arithmetic for these rules, rather than
   * handing the inputs to the engine (invalid inputs, a rollover year's copying aside, or values beyond
   * the limits where that arithmetic is exact). Either way the figures are the engine's.
   *
   * @param rules the rules
   * @return true if the prepared arithmetic is used
   */
  boolean usesPreparedArithmetic(HighNeedsNffRules rules) {
    return rules.method() == AllocationMethod.NFF && valid(rules) && withinFastLimits(rules);
  }

  /** {@code x / 10^6} rounded half up (away from zero at the half), for {@code |x| < 2^62}. */
  private static long halfUpMillionths(long x) {
    long q = x / MILLION;
    long r = x - q * MILLION;
    return r >= MILLION / 2 ? q + 1 : (r <= -MILLION / 2 ? q - 1 : q);
  }

  /**
   * {@code floor(growth × floorBaseline × population / (10^6 × baselinePopulation))} for LA {@code i},
   * exactly: a double estimate from the prepared ratio, corrected with the remainder, which is small
   * enough to be exact in wrapping long arithmetic within the limits {@link FastLimits} checks.
   */
  private long floorOf(long growth, int i) {
    long d = baselineDivisor[i];
    long q = (long) (growth * floorRatio[i]);
    long r = growth * floorNumerator[i] - q * d;
    while (r < 0) {
      q--;
      r += d;
    }
    while (r >= d) {
      q++;
      r -= d;
    }
    return q;
  }
}
