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

/**
 * The scenario-sweep kernel: national allocation, spend and DSG (dedicated schools grant) balance of
 * thousands of policy variants of one compiled scenario, in parallel, to the penny of the explained
 * path.
 *
 * <p>A variant ({@link ScenarioVariant}) moves six levers. Only two of them reach the per-setting
 * detail of spend: caseload growth (the pupils of each setting type, rounded each year) and
 * inflation (each setting type's unit cost, rounded each year). The placement spend of an LA-year is
 * therefore a pure function of (LA, year, growth, inflation). The kernel builds, once per distinct
 * growth value, the pupils of every LA, year and setting, and once per distinct inflation value
 * the unit costs, other spend and schools block of every LA and year; each variant's LA-year then
 * costs ten multiply-adds (the spend line aggregated per LA) and the four rounded products of the
 * settlement and block transfer. The rounding is the explained path's own
 * ({@link SettlementEngine#timesMillionths}, half up to the penny, in the same order), so the figures
 * are identical; {@code ScenarioSweepTest} checks them against {@link Scenario#run()} figure by
 * figure. When a lever takes more distinct values than the table budget allows, its tables are built
 * per variant instead (the same arithmetic, just not shared).
 *
 * <p>Variants are shared among the pool's threads in fixed chunks; each variant's figures depend on
 * that variant alone, so results are the same for any number of threads.
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

  /** Longs of lever tables shared across variants before falling back to per-variant tables (256 MiB). */
  static final long TABLE_BUDGET_LONGS = 32L * 1024 * 1024;
  private static final int CHUNK = 16;
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
    return sweep(variants);
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
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException("ScenarioSweep: " + e.getCause(), e.getCause());
    }
  }

  /** The sweep; its parallel streams run in the pool of the calling thread, if any. */
  private SweepResult sweep(List<ScenarioVariant> variants) {
    ScenarioVariant[] vs = variants.toArray(new ScenarioVariant[0]);
    int v = vs.length;
    long perGrowth = (long) n * y * SETTINGS;
    long perInflation = (long) n * y * (SETTINGS + 2);
    long[] growthValues = distinct(vs, true);
    long[] inflationValues = distinct(vs, false);
    boolean shareGrowth = growthValues.length * perGrowth <= TABLE_BUDGET_LONGS / 2 && growthValues.length < v;
    boolean shareInflation = inflationValues.length * perInflation <= TABLE_BUDGET_LONGS / 2 && inflationValues.length < v;
    long[][] growthTables = shareGrowth ? new long[growthValues.length][] : null;
    long[][] inflationTables = shareInflation ? new long[inflationValues.length][] : null;
    long[] growthMax = new long[shareGrowth ? growthValues.length : 0];
    long[] inflationMax = new long[shareInflation ? inflationValues.length : 0];
    SweepResult result = new SweepResult(base.years, v);
    if (shareGrowth) {
      IntStream.range(0, growthValues.length).parallel()
          .forEach(g -> {
            growthTables[g] = pupilsTable(growthValues[g], new long[(int) perGrowth]);
            growthMax[g] = maxSpendColumn(growthTables[g], SETTINGS);
          });
    }
    if (shareInflation) {
      IntStream.range(0, inflationValues.length).parallel()
          .forEach(f -> {
            inflationTables[f] = costTable(inflationValues[f], new long[(int) perInflation]);
            inflationMax[f] = maxSpendColumn(inflationTables[f], SETTINGS + 2);
          });
    }
    // With both tables shared, one bound proves that no spend sum can overflow, so the inner loop
    // needs no overflow checks; per-variant tables keep the checked loop.
    boolean bounded = shareGrowth && shareInflation
        && fitsWithoutOverflow(Arrays.stream(growthMax).max().orElse(0), Arrays.stream(inflationMax).max().orElse(0));
    IntStream.range(0, (v + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
      Scratch s = new Scratch(shareGrowth ? 0 : perGrowth, shareInflation ? 0 : perInflation);
      for (int k = c * CHUNK; k < Math.min(v, (c + 1) * CHUNK); k++) {
        ScenarioVariant variant = vs[k];
        long[] pupils = shareGrowth
            ? growthTables[Arrays.binarySearch(growthValues, variant.caseloadGrowthMillionths())]
            : pupilsTable(variant.caseloadGrowthMillionths(), s.pupils);
        long[] costs = shareInflation
            ? inflationTables[Arrays.binarySearch(inflationValues, variant.inflationMillionths())]
            : costTable(variant.inflationMillionths(), s.costs);
        runVariant(variant, pupils, costs, bounded, s, result, k);
      }
    });
    return result;
  }

  /** Per-thread working arrays. */
  private final class Scratch {
    final long[] pupils;
    final long[] costs;
    final long[] floor = new long[y];
    final long[] cap = new long[y];
    final long[] inflation = new long[y];
    final long[] alloc = new long[y];
    final long[] indicative = new long[y];
    final long[] guaranteed = new long[y];
    final long[][] totals = new long[6][y];

    Scratch(long perGrowth, long perInflation) {
      this.pupils = new long[(int) perGrowth];
      this.costs = new long[(int) perInflation];
    }
  }

  /** The largest spend column of a table whose rows are {@code width} wide (pupils or unit costs first). */
  private static long maxSpendColumn(long[] table, int width) {
    long max = 0;
    for (int row = 0; row < table.length; row += width) {
      for (int st = 0; st < SETTINGS; st++) {
        max = Math.max(max, Math.abs(table[row + st]));
      }
    }
    return max;
  }

  /** Whether SETTINGS products of numbers up to these bounds always sum within a long. */
  private static boolean fitsWithoutOverflow(long maxPupils, long maxCost) {
    return maxPupils == 0 || maxCost == 0 || Long.MAX_VALUE / SETTINGS / maxPupils >= maxCost;
  }

  private static long[] distinct(ScenarioVariant[] vs, boolean growth) {
    long[] all = new long[vs.length];
    for (int k = 0; k < vs.length; k++) {
      all[k] = growth ? vs[k].caseloadGrowthMillionths() : vs[k].inflationMillionths();
    }
    return Arrays.stream(all).sorted().distinct().toArray();
  }

  /** Pupils of every LA, year and setting at a caseload growth: {@code [(i*y+t)*S+s]}. */
  private long[] pupilsTable(long growth, long[] out) {
    long factor = CompiledScenario.ONE + growth;
    for (int i = 0; i < n; i++) {
      for (int s = 0; s < SETTINGS; s++) {
        long count = base.basePupils[i][s];
        for (int t = 0; t < y; t++) {
          count = base.projectedYear[i][t] ? base.pupils[i][t][s] : SettlementEngine.timesMillionths(count, factor);
          out[(i * y + t) * SETTINGS + s] = count;
        }
      }
    }
    return out;
  }

  /**
   * Unit costs (local or national by year) at an inflation, {@code [(i*y+t)*(S+2)+s]}, then other
   * spend at {@code +S} and the schools block at {@code +S+1}.
   */
  private long[] costTable(long inflation, long[] out) {
    long factor = CompiledScenario.ONE + inflation;
    int w = SETTINGS + 2;
    for (int i = 0; i < n; i++) {
      for (int s = 0; s < SETTINGS; s++) {
        long local = base.localCost[i][s];
        long national = base.nationalCost[i][s];
        for (int t = 0; t < y; t++) {
          local = SettlementEngine.timesMillionths(local, factor);
          if (anyNational) {
            national = SettlementEngine.timesMillionths(national, factor);
          }
          out[(i * y + t) * w + s] = base.nationalBanding[t] ? national : local;
        }
      }
      long other = base.otherSpend[i];
      long schools = base.schoolsBlock[i];
      for (int t = 0; t < y; t++) {
        other = SettlementEngine.timesMillionths(other, factor);
        schools = SettlementEngine.timesMillionths(schools, factor);
        out[(i * y + t) * w + SETTINGS] = other;
        out[(i * y + t) * w + SETTINGS + 1] = schools;
      }
    }
    return out;
  }

  private void runVariant(
      ScenarioVariant v, long[] pupils, long[] costs, boolean bounded, Scratch s, SweepResult r, int k) {
    long floorFactor = CompiledScenario.ONE + v.floorMillionths();
    long capFactor = CompiledScenario.ONE + v.capMillionths();
    boolean settle = multi || !flatPopulation;
    if (settle) {
      Arrays.fill(s.floor, v.floorMillionths());
      Arrays.fill(s.cap, v.capMillionths());
      Arrays.fill(s.inflation, v.inflationMillionths());
    }
    long share = v.writeOffShareMillionths();
    int paid = share == 0 ? -1 : coverPaid;
    boolean needPlan = share != 0 && coverRequiresPlan;
    long limit = v.transferLimitMillionths();
    int w = SETTINGS + 2;
    int accrual = base.accrualIndex;
    long[] alloc = s.alloc;
    long[] uplift = base.uplift;
    long[] allocation = s.totals[0];
    long[] transfers = s.totals[1];
    long[] writeOffs = s.totals[2];
    long[] incomes = s.totals[3];
    long[] spends = s.totals[4];
    long[] closings = s.totals[5];
    for (long[] total : s.totals) {
      Arrays.fill(total, 0);
    }
    for (int i = 0; i < n; i++) {
      long[] shock = base.shocks[i];
      if (settle) {
        SettlementEngine.DEFAULT.project(multi, base.settlement.length(), base.settlement.guaranteedMinimumMillionths(),
            perHead, base.settlement.indexedToInflation(), base.baseAllocation[i], base.population[i], uplift,
            shock, s.floor, s.cap, s.inflation, alloc, s.indicative, s.guaranteed);
      }
      long prev = base.baseAllocation[i];
      long balance = base.openingBalance[i];
      long atAccrual = balance;
      long transferShare = Math.min(base.requestedTransfer[i], limit);
      long[] safetyValve = base.safetyValve[i];
      for (int t = 0; t < y; t++) {
        long allocated;
        if (settle) {
          allocated = alloc[t];
        } else {
          // SettlementEngine.project's annual rule with a flat population, inlined. For prev >= 0,
          // timesMillionths(prev, m) never falls as m rises, so max(floor, min(cap, formula)) is the
          // product with the multiplier clamped between the floor's and the cap's: one product, not three.
          long formulaFactor = CompiledScenario.ONE + uplift[t] + shock[t];
          if (prev >= 0) {
            allocated = SettlementEngine.timesMillionths(prev, Math.max(floorFactor, Math.min(capFactor, formulaFactor)));
          } else {
            long formula = SettlementEngine.timesMillionths(prev, formulaFactor);
            long floor = SettlementEngine.timesMillionths(prev, floorFactor);
            long cap = SettlementEngine.timesMillionths(prev, capFactor);
            allocated = Math.max(floor, Math.min(cap, formula));
          }
          prev = allocated;
        }
        int p = (i * y + t) * SETTINGS;
        int c = (i * y + t) * w;
        long placement = 0;
        if (bounded) {
          for (int st = 0; st < SETTINGS; st++) {
            placement += pupils[p + st] * costs[c + st];
          }
        } else {
          for (int st = 0; st < SETTINGS; st++) {
            placement = Math.addExact(placement, Math.multiplyExact(pupils[p + st], costs[c + st]));
          }
        }
        // Most LAs request no transfer; timesMillionths(x, 0) is 0.
        long transfer = transferShare == 0 ? 0 : SettlementEngine.timesMillionths(costs[c + SETTINGS + 1], transferShare);
        long writeOff = 0;
        if (t == paid && atAccrual < 0 && (base.reformPlan[i] || !needPlan)) {
          writeOff = SettlementEngine.timesMillionths(-atAccrual, share);
        }
        long income = allocated + transfer + safetyValve[t] + writeOff;
        long spend = placement + costs[c + SETTINGS];
        balance = balance + income - spend;
        if (t == accrual) {
          atAccrual = balance;
        }
        allocation[t] += allocated;
        transfers[t] += transfer;
        writeOffs[t] += writeOff;
        incomes[t] += income;
        spends[t] += spend;
        closings[t] += balance;
      }
    }
    int row = k * y;
    System.arraycopy(allocation, 0, r.allocation, row, y);
    System.arraycopy(transfers, 0, r.transfer, row, y);
    System.arraycopy(writeOffs, 0, r.writeOff, row, y);
    System.arraycopy(incomes, 0, r.income, row, y);
    System.arraycopy(spends, 0, r.spend, row, y);
    System.arraycopy(closings, 0, r.closing, row, y);
  }

  /** The compiled scenario the variants vary. @return the base */
  public CompiledScenario base() {
    return base;
  }
}
