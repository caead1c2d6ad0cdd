package org.sendfunding.funding.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.sendfunding.funding.certainty.GuaranteeBasis;
import org.sendfunding.funding.certainty.SettlementEngine;
import org.sendfunding.funding.certainty.SettlementKind;
import org.sendfunding.funding.deficit.WriteOffKind;
import org.sendfunding.funding.deficit.WriteOffPolicy;
import org.sendfunding.model.money.CheckedPence;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.MoneyOverflowException;

/**
 * The scenario-sweep kernel: national allocation, spend and DSG (dedicated schools grant) balance of
 * thousands of policy variants of one compiled scenario, in parallel, to the penny of the explained
 * path.
 *
 * <p>A variant ({@link ScenarioVariant}) moves six levers. Only two of them reach the per-setting
 * detail of spend: caseload growth (the pupils of each setting type, rounded each year) and
 * inflation (each setting type's unit cost, rounded each year). The placement spend of an LA-year is
 * therefore a pure function of (LA, year, growth, inflation). The kernel keeps, per growth value, a
 * pupils table (every LA, year and setting) and, per inflation value, a cost table (unit costs, other
 * spend and schools block of every LA and year); each variant's LA-year then costs ten multiply-adds
 * (the spend line aggregated per LA) and the rounded products of the settlement and block transfer.
 * The rounding is the explained path's own ({@link SettlementEngine#timesMillionths}, half up to the
 * penny, in the same order), so the figures are identical; {@code ScenarioSweepTest} checks them
 * against {@link Scenario#run()} and {@link CompiledScenario#project()} figure by figure.
 *
 * <p>How the tables are kept:
 * <ul>
 *   <li>The tables of one lever (the one whose tables take fewer bytes in all) are built once per
 *       distinct value, in parallel, and shared; the variants are then taken in order of the other
 *       lever, whose table each thread rebuilds only when that lever's value changes. Every table is
 *       thus built about once, and a thread's current table stays in its core's cache.
 *   <li>Pupil counts and unit costs are held as {@code int}, which halves the memory the inner loop
 *       reads. Each value is checked as it is built: a variant that would take a pupil count or a
 *       unit cost beyond {@link Integer#MAX_VALUE} (about 2.1 billion pupils, or £21.4m a place) is
 *       refused with an {@link ArithmeticException} naming the lever value, LA, setting and year.
 *       Other spend and the schools block stay {@code long}.
 *   <li>When the shared lever takes so many distinct values that its tables would pass
 *       256 MiB, or no value repeats, nothing is shared: each thread
 *       rebuilds both tables as the values change. The arithmetic is the same.
 * </ul>
 *
 * <p>Variants are shared among the pool's threads in fixed ranges of that order; each variant's
 * figures depend on that variant alone, and national totals are sums of exact {@code long}s, so the
 * results are the same for any number of threads.
 *
 * <pre>{@code
 * ScenarioSweep sweep = ScenarioSweep.of(CompiledScenario.compile(BuiltInPolicy.TODAYS_RULES.scenario(england)));
 * SweepResult r = sweep.run(List.of(ScenarioVariant.of(0, 100_000, 80_000, 30_000, 5_000, 0)));
 * r.national(0, 4, Measure.CLOSING_BALANCE); // the closing balance of 2030-31, in pence
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioSweep {

  /** Bytes of shared lever tables before the sweep builds them per thread instead (256 MiB). */
  static final long TABLE_BUDGET_BYTES = 256L << 20;
  /** Variants are split into about this many ranges, so that a pool's threads can balance the work. */
  private static final int RANGES = 64;
  /** The smallest range: each range rebuilds its first tables, so ranges should not be tiny. */
  private static final int MIN_RANGE = 32;
  private static final int SETTINGS = CompiledScenario.SETTINGS.length;

  private final CompiledScenario base;
  private final int n;
  private final int y;
  private final boolean multi;
  private final boolean perHead;
  private final boolean coverRequiresPlan;
  private final int coverPaid;
  /** Every LA's population aged 2-18 is the same in every year, so per-head limits are cash limits. */
  private final boolean flatPopulation;
  /** Some year uses national tariffs, so national unit costs must be inflated too. */
  private final boolean anyNational;
  /** The formula's multiplier of each LA-year (one plus uplift plus the LA's shock), {@code [t*n+i]}. */
  private final long[] formulaFactor;
  /** The largest formula multiplier in magnitude. */
  private final long largestFormulaFactor;
  /** Safety-valve income of each LA-year, {@code [t*n+i]}. */
  private final long[] safetyValve;
  /** Base pupils, local and national unit costs of each LA and setting, {@code [i*S+s]}. */
  private final long[] basePupils;
  private final long[] localCost;
  private final long[] nationalCost;

  private ScenarioSweep(CompiledScenario base) {
    this.base = base;
    this.n = base.authorities.size();
    this.y = base.years.size();
    this.multi = base.settlement.kind() == SettlementKind.MULTI_YEAR;
    this.perHead = base.settlement.basis() == GuaranteeBasis.PER_HEAD;
    this.coverRequiresPlan = base.writeOff.requiresReformPlan();
    // A variant with a write-off share is a cover of the accrued deficit, paid as the base's policy says.
    WriteOffPolicy cover = WriteOffPolicy.builder().kind(WriteOffKind.COVER_ACCRUED).shareMillionths(0)
        .accruedTo(base.writeOff.accruedTo()).paidIn(base.writeOff.paidIn())
        .requiresReformPlan(base.writeOff.requiresReformPlan()).build();
    this.coverPaid = CompiledScenario.paidIndex(cover, base.years, base.accrualIndex);
    boolean flat = true;
    for (long[] population : base.population) {
      for (long head : population) {
        flat &= head == population[0];
      }
    }
    this.flatPopulation = flat;
    boolean national = false;
    for (boolean b : base.nationalBanding) {
      national |= b;
    }
    this.anyNational = national;
    this.formulaFactor = new long[n * y];
    this.safetyValve = new long[n * y];
    for (int t = 0; t < y; t++) {
      for (int i = 0; i < n; i++) {
        formulaFactor[t * n + i] = CompiledScenario.ONE + base.uplift[t] + base.shocks[i][t];
        safetyValve[t * n + i] = base.safetyValve[i][t];
      }
    }
    this.largestFormulaFactor = Arrays.stream(formulaFactor).map(Math::abs).max().orElse(0);
    this.basePupils = new long[n * SETTINGS];
    this.localCost = new long[n * SETTINGS];
    this.nationalCost = new long[n * SETTINGS];
    for (int i = 0; i < n; i++) {
      System.arraycopy(base.basePupils[i], 0, basePupils, i * SETTINGS, SETTINGS);
      System.arraycopy(base.localCost[i], 0, localCost, i * SETTINGS, SETTINGS);
      System.arraycopy(base.nationalCost[i], 0, nationalCost, i * SETTINGS, SETTINGS);
    }
  }

  /**
   * A sweep of a compiled scenario: the variants replace its levers, everything else is kept.
   *
   * @param base the compiled scenario
   * @return the sweep
   */
  public static ScenarioSweep of(CompiledScenario base) {
    return new ScenarioSweep(base);
  }

  /**
   * Runs the variants on the calling thread and the common fork-join pool (as a parallel stream does).
   *
   * @param variants the variants
   * @return national figures per variant and year
   */
  public SweepResult run(List<ScenarioVariant> variants) {
    try {
      return sweep(variants);
    } catch (RuntimeException e) {
      throw original(e);
    }
  }

  /**
   * Runs the variants on a given pool (a pool of one thread runs them serially).
   *
   * @param variants the variants
   * @param pool the pool
   * @return national figures per variant and year, identical for any pool
   */
  public SweepResult run(List<ScenarioVariant> variants, ForkJoinPool pool) {
    try {
      return pool.submit(() -> sweep(variants)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ScenarioSweep: interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw original((RuntimeException) e.getCause());
      }
      throw new IllegalStateException("ScenarioSweep: " + e.getCause(), e.getCause());
    }
  }

  /**
   * The exception a worker thread threw. A fork-join pool rethrows it in the joining thread as a copy
   * with no message whose cause is the original; the caller should see the original's message.
   */
  private static RuntimeException original(RuntimeException e) {
    RuntimeException r = e;
    while (r.getMessage() == null && r.getCause() != null && r.getCause().getClass() == r.getClass()) {
      r = (RuntimeException) r.getCause();
    }
    return r;
  }

  /** The sweep; its parallel streams run in the pool of the calling thread, if any. */
  private SweepResult sweep(List<ScenarioVariant> variants) {
    ScenarioVariant[] vs = variants.toArray(new ScenarioVariant[0]);
    int v = vs.length;
    long[] growthValues = distinct(vs, true);
    long[] inflationValues = distinct(vs, false);
    long growthBytes = growthValues.length * PupilsTable.bytes(n, y);
    long inflationBytes = inflationValues.length * CostTable.bytes(n, y);
    boolean shareGrowth = growthBytes < inflationBytes;
    boolean share = (shareGrowth ? growthValues.length : inflationValues.length) < v
        && Math.min(growthBytes, inflationBytes) <= TABLE_BUDGET_BYTES;
    PupilsTable[] sharedPupils = share && shareGrowth ? new PupilsTable[growthValues.length] : null;
    CostTable[] sharedCosts = share && !shareGrowth ? new CostTable[inflationValues.length] : null;
    if (sharedPupils != null) {
      IntStream.range(0, growthValues.length).parallel()
          .forEach(g -> sharedPupils[g] = new PupilsTable().at(growthValues[g]));
    }
    if (sharedCosts != null) {
      IntStream.range(0, inflationValues.length).parallel()
          .forEach(f -> sharedCosts[f] = new CostTable().at(inflationValues[f]));
    }
    // Taken in order of the lever not shared, a thread rebuilds that lever's table only when its value changes.
    int[] order = shareGrowth ? inOrderOf(vs, inflationValues, false) : inOrderOf(vs, growthValues, true);
    SweepResult result = new SweepResult(base.years, v);
    int range = Math.max(MIN_RANGE, (v + RANGES - 1) / RANGES);
    IntStream.range(0, (v + range - 1) / range).parallel().forEach(c -> {
      Scratch s = new Scratch();
      for (int pos = c * range; pos < Math.min(v, (c + 1) * range); pos++) {
        int k = order[pos];
        ScenarioVariant variant = vs[k];
        PupilsTable pupils = sharedPupils != null
            ? sharedPupils[Arrays.binarySearch(growthValues, variant.caseloadGrowthMillionths())]
            : s.pupils(variant.caseloadGrowthMillionths());
        CostTable costs = sharedCosts != null
            ? sharedCosts[Arrays.binarySearch(inflationValues, variant.inflationMillionths())]
            : s.costs(variant.inflationMillionths());
        try {
          runVariant(variant, pupils, costs, s, result, k);
        } catch (ArithmeticException e) {
          throw located(variant, k, e);
        }
      }
    });
    return result;
  }

  /**
   * An overflow in the kernel, named. The kernel checks its sums with {@link Math#addExact} and its
   * products with {@link SettlementEngine#timesMillionths}, which know no LA or year; on the (rare)
   * overflow the variant is projected again on the explained path, whose every operation names the
   * LA, year and measure, and that exception is thrown with the variant added.
   */
  private RuntimeException located(ScenarioVariant variant, int k, ArithmeticException e) {
    if (e.getMessage() != null && e.getMessage().startsWith("ScenarioSweep:")) {
      return e; // the int-table refusal, already named
    }
    try {
      Projection p = base.withVariant(variant).project();
      // The projection held: the overflow is in a national total, summed as ScenarioResult does.
      for (int t = 0; t < y; t++) {
        for (Measure m : new Measure[] {Measure.HIGH_NEEDS_ALLOCATION, Measure.BLOCK_TRANSFER, Measure.WRITE_OFF,
            Measure.TOTAL_INCOME, Measure.TOTAL_SPEND, Measure.CLOSING_BALANCE}) {
          long sum = 0;
          for (int i = 0; i < n; i++) {
            sum = CheckedPence.add(sum, p.value(m, i, t), m, "England (sum over LAs)", base.years.get(t));
          }
        }
      }
    } catch (MoneyOverflowException named) {
      return named.at("ScenarioSweep variant " + k + " (" + variant + ")");
    }
    return e;
  }

  /** Per-range working arrays, and the range's own lever tables where they are not shared. */
  private final class Scratch {
    PupilsTable pupils;
    CostTable costs;
    /** Each LA's allocation last year, DSG balance, and balance at the accrual date. */
    final long[] previous = new long[n];
    final long[] balance = new long[n];
    final long[] atAccrual = new long[n];
    /** Each LA's block transfer share under the variant's limit. */
    final long[] transferShare = new long[n];
    /** Each LA's placement spend in the year being computed. */
    final long[] placement = new long[n];
    /** Allocations from the settlement engine, {@code [i*y+t]}, when it is not inlined. */
    final long[] settled = new long[n * y];
    final long[] floor = new long[y];
    final long[] cap = new long[y];
    final long[] inflation = new long[y];
    final long[] alloc = new long[y];
    final long[] indicative = new long[y];
    final long[] guaranteed = new long[y];

    PupilsTable pupils(long growth) {
      if (pupils == null) {
        pupils = new PupilsTable();
      }
      return pupils.at(growth);
    }

    CostTable costs(long inflation) {
      if (costs == null) {
        costs = new CostTable();
      }
      return costs.at(inflation);
    }
  }

  /**
   * The pupils of every LA, year and setting at one caseload growth, {@code [(t*S+s)*n+i]}: the
   * explained path's yearly rounded growth, or the demand projection's figure where it covers the
   * year. Years lead, so that each year grows from the one before it; LAs come last, so that the
   * kernel multiplies long runs of adjacent numbers.
   */
  private final class PupilsTable {
    final int[] pupils = new int[n * y * SETTINGS];
    /** The largest count in magnitude, for the overflow bound. */
    long max;
    long growth;
    boolean built;

    /** Bytes a table takes. */
    static long bytes(int n, int y) {
      return (long) n * y * SETTINGS * Integer.BYTES;
    }

    /** This table at a growth, rebuilt only if the growth is not the one it holds. */
    PupilsTable at(long growthMillionths) {
      if (built && growth == growthMillionths) {
        return this;
      }
      built = false;
      long factor = CompiledScenario.ONE + growthMillionths;
      long largest = 0;
      int row = n * SETTINGS;
      for (int t = 0; t < y; t++) {
        for (int s = 0; s < SETTINGS; s++) {
          int q = (t * SETTINGS + s) * n;
          for (int i = 0; i < n; i++) {
            long count = base.projectedYear[i][t] ? base.pupils[i][t][s]
                : SettlementEngine.timesMillionths(t == 0 ? basePupils[i * SETTINGS + s] : pupils[q - row + i], factor);
            if ((int) count != count) {
              throw beyondInt("caseload growth", growthMillionths, i, s, t, "pupils", String.format("%,d", count));
            }
            pupils[q + i] = (int) count;
            largest = Math.max(largest, Math.abs(count));
          }
        }
      }
      max = largest;
      growth = growthMillionths;
      built = true;
      return this;
    }
  }

  /**
   * Unit costs (local or national by year) of every LA, year and setting at one inflation,
   * {@code [(t*S+s)*n+i]}, and other spend and the schools block of every LA-year, {@code [t*n+i]},
   * each inflated and rounded year by year as the explained path does.
   */
  private final class CostTable {
    final int[] unitCost = new int[n * y * SETTINGS];
    final long[] other = new long[n * y];
    final long[] schools = new long[n * y];
    /** The largest unit cost in magnitude, for the overflow bound. */
    long max;
    long inflation;
    boolean built;

    /** Bytes a table takes. */
    static long bytes(int n, int y) {
      return (long) n * y * (SETTINGS * Integer.BYTES + 2 * Long.BYTES);
    }

    /** This table at an inflation, rebuilt only if the inflation is not the one it holds. */
    CostTable at(long inflationMillionths) {
      if (built && inflation == inflationMillionths) {
        return this;
      }
      built = false;
      long factor = CompiledScenario.ONE + inflationMillionths;
      long largest = 0;
      // The local and national chains run in long: the year's choice between them is what must fit an int.
      long[] local = localCost.clone();
      long[] national = anyNational ? nationalCost.clone() : null;
      for (int t = 0; t < y; t++) {
        boolean nationalBanding = base.nationalBanding[t];
        for (int j = 0; j < n * SETTINGS; j++) {
          local[j] = SettlementEngine.timesMillionths(local[j], factor);
          if (national != null) {
            national[j] = SettlementEngine.timesMillionths(national[j], factor);
          }
          long cost = nationalBanding ? national[j] : local[j];
          if ((int) cost != cost) {
            throw beyondInt("inflation", inflationMillionths, j / SETTINGS, j % SETTINGS, t, "unit cost",
                Money.ofPence(cost).toString());
          }
          unitCost[(t * SETTINGS + j % SETTINGS) * n + j / SETTINGS] = (int) cost;
          largest = Math.max(largest, Math.abs(cost));
        }
        for (int i = 0; i < n; i++) {
          int cell = t * n + i;
          other[cell] = SettlementEngine.timesMillionths(t == 0 ? base.otherSpend[i] : other[cell - n], factor);
          schools[cell] = SettlementEngine.timesMillionths(t == 0 ? base.schoolsBlock[i] : schools[cell - n], factor);
        }
      }
      max = largest;
      inflation = inflationMillionths;
      built = true;
      return this;
    }
  }

  private ArithmeticException beyondInt(String lever, long millionths, int i, int s, int t, String what, String value) {
    return new ArithmeticException(String.format(
        "ScenarioSweep: a %s of %s%% a year takes the %s of %s for %s to %s in %s, beyond what a sweep holds (%,d);"
            + " project such a variant on its own with CompiledScenario.withVariant(variant).project()",
        lever, java.math.BigDecimal.valueOf(millionths, 4).toPlainString(), what, base.authorities.get(i).name(),
        CompiledScenario.SETTINGS[s].displayName(), value, base.years.get(t), Integer.MAX_VALUE));
  }

  /** Whether SETTINGS products of numbers up to these bounds always sum within a long. */
  private static boolean fitsWithoutOverflow(long maxPupils, long maxCost) {
    return maxPupils == 0 || maxCost == 0 || Long.MAX_VALUE / SETTINGS / maxPupils >= maxCost;
  }

  private static long lever(ScenarioVariant v, boolean growth) {
    return growth ? v.caseloadGrowthMillionths() : v.inflationMillionths();
  }

  private static long[] distinct(ScenarioVariant[] vs, boolean growth) {
    long[] all = new long[vs.length];
    for (int k = 0; k < vs.length; k++) {
      all[k] = lever(vs[k], growth);
    }
    return Arrays.stream(all).sorted().distinct().toArray();
  }

  /** The variants' indices in order of one lever's value, in list order among equal values (a counting sort). */
  private static int[] inOrderOf(ScenarioVariant[] vs, long[] values, boolean growth) {
    int[] key = new int[vs.length];
    int[] next = new int[values.length + 1];
    for (int k = 0; k < vs.length; k++) {
      key[k] = Arrays.binarySearch(values, lever(vs[k], growth));
      next[key[k] + 1]++;
    }
    for (int j = 0; j < values.length; j++) {
      next[j + 1] += next[j];
    }
    int[] order = new int[vs.length];
    for (int k = 0; k < vs.length; k++) {
      order[next[key[k]]++] = k;
    }
    return order;
  }

  /**
   * One variant's national figures, computing every LA's allocation, spend and balance each year.
   * Years lead and LAs follow, so that the LAs' independent allocation chains overlap in the
   * processor and the year's totals stay in registers.
   */
  private void runVariant(ScenarioVariant v, PupilsTable pupilsTable, CostTable costTable, Scratch s, SweepResult r, int k) {
    long floorFactor = CompiledScenario.ONE + v.floorMillionths();
    long capFactor = CompiledScenario.ONE + v.capMillionths();
    // Below this no product of the three can overflow, so the one clamped product stands for them; above
    // it all three are taken, so that an overflow throws exactly where the explained path's does.
    long largestFactor = Math.max(largestFormulaFactor, Math.max(Math.abs(floorFactor), Math.abs(capFactor)));
    long safePrevious = largestFactor == 0 ? Long.MAX_VALUE : Long.MAX_VALUE / largestFactor;
    boolean settle = multi || !flatPopulation;
    long[] settled = s.settled;
    if (settle) {
      Arrays.fill(s.floor, v.floorMillionths());
      Arrays.fill(s.cap, v.capMillionths());
      Arrays.fill(s.inflation, v.inflationMillionths());
      for (int i = 0; i < n; i++) {
        SettlementEngine.DEFAULT.project(multi, base.settlement.length(), base.settlement.guaranteedMinimumMillionths(),
            perHead, base.settlement.indexedToInflation(), base.baseAllocation[i], base.population[i], base.uplift,
            base.shocks[i], s.floor, s.cap, s.inflation, s.alloc, s.indicative, s.guaranteed);
        System.arraycopy(s.alloc, 0, settled, i * y, y);
      }
    }
    // With both bounds proved, no LA's placement spend can overflow, so the inner loop needs no checks.
    boolean bounded = fitsWithoutOverflow(pupilsTable.max, costTable.max);
    int[] pupils = pupilsTable.pupils;
    int[] costs = costTable.unitCost;
    long[] other = costTable.other;
    long[] schools = costTable.schools;
    long share = v.writeOffShareMillionths();
    int paid = share == 0 ? -1 : coverPaid;
    boolean needPlan = share != 0 && coverRequiresPlan;
    int accrual = base.accrualIndex;
    long[] previous = s.previous;
    long[] balance = s.balance;
    long[] atAccrual = s.atAccrual;
    long[] transferShare = s.transferShare;
    for (int i = 0; i < n; i++) {
      previous[i] = base.baseAllocation[i];
      balance[i] = base.openingBalance[i];
      atAccrual[i] = base.openingBalance[i];
      transferShare[i] = Math.min(base.requestedTransfer[i], v.transferLimitMillionths());
    }
    int row = k * y;
    long[] placements = s.placement;
    for (int t = 0; t < y; t++) {
      // Each LA's placement spend: setting by setting over all LAs, so the loops run long and adjacent.
      int b = t * SETTINGS * n;
      for (int i = 0; i < n; i++) {
        // An int times an int always fits a long.
        placements[i] = (long) pupils[b + i] * costs[b + i];
      }
      for (int st = 1; st < SETTINGS; st++) {
        int q = b + st * n;
        if (bounded) {
          for (int i = 0; i < n; i++) {
            placements[i] += (long) pupils[q + i] * costs[q + i];
          }
        } else {
          for (int i = 0; i < n; i++) {
            placements[i] = Math.addExact(placements[i], (long) pupils[q + i] * costs[q + i]);
          }
        }
      }
      long allocationTotal = 0;
      long transferTotal = 0;
      long writeOffTotal = 0;
      long incomeTotal = 0;
      long spendTotal = 0;
      long closingTotal = 0;
      for (int i = 0; i < n; i++) {
        int cell = t * n + i;
        long allocated;
        if (settle) {
          allocated = settled[i * y + t];
        } else {
          // SettlementEngine.project's annual rule with a flat population, inlined. For prev >= 0,
          // timesMillionths(prev, m) never falls as m rises, so max(floor, min(cap, formula)) is the
          // product with the multiplier clamped between the floor's and the cap's: one product, not three.
          long prev = previous[i];
          if (prev >= 0 && prev <= safePrevious) {
            allocated = SettlementEngine.timesMillionths(prev, Math.max(floorFactor, Math.min(capFactor, formulaFactor[cell])));
          } else {
            long formula = SettlementEngine.timesMillionths(prev, formulaFactor[cell]);
            long floor = SettlementEngine.timesMillionths(prev, floorFactor);
            long cap = SettlementEngine.timesMillionths(prev, capFactor);
            allocated = Math.max(floor, Math.min(cap, formula));
          }
          previous[i] = allocated;
        }
        long placement = placements[i];
        // Most LAs request no transfer; timesMillionths(x, 0) is 0.
        long transfer = transferShare[i] == 0 ? 0 : SettlementEngine.timesMillionths(schools[cell], transferShare[i]);
        long writeOff = 0;
        if (t == paid && atAccrual[i] < 0 && (base.reformPlan[i] || !needPlan)) {
          writeOff = SettlementEngine.timesMillionths(Math.negateExact(atAccrual[i]), share);
        }
        // Every sum is checked (Math.addExact is an intrinsic: an add and a branch never taken); an
        // overflow is named by located(...) on the explained path.
        long income = Math.addExact(Math.addExact(Math.addExact(allocated, transfer), safetyValve[cell]), writeOff);
        long spend = Math.addExact(placement, other[cell]);
        long closing = Math.addExact(balance[i], Math.subtractExact(income, spend));
        balance[i] = closing;
        if (t == accrual) {
          atAccrual[i] = closing;
        }
        allocationTotal = Math.addExact(allocationTotal, allocated);
        transferTotal = Math.addExact(transferTotal, transfer);
        writeOffTotal = Math.addExact(writeOffTotal, writeOff);
        incomeTotal = Math.addExact(incomeTotal, income);
        spendTotal = Math.addExact(spendTotal, spend);
        closingTotal = Math.addExact(closingTotal, closing);
      }
      r.allocation[row + t] = allocationTotal;
      r.transfer[row + t] = transferTotal;
      r.writeOff[row + t] = writeOffTotal;
      r.income[row + t] = incomeTotal;
      r.spend[row + t] = spendTotal;
      r.closing[row + t] = closingTotal;
    }
  }

  /** The compiled scenario the variants vary. @return the base */
  public CompiledScenario base() {
    return base;
  }
}
