package org.sendfunding.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.placeplus.Band;
import org.sendfunding.funding.placeplus.PlacementTable;
import org.sendfunding.funding.placeplus.LocalBanding;
import org.sendfunding.funding.placeplus.PlacePlus;
import org.sendfunding.funding.placeplus.PlacePlusRates;
import org.sendfunding.funding.placeplus.SchoolGaps;
import org.sendfunding.funding.placeplus.TopUpBasis;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * Place-plus funding (places, element 3 top-ups, fees by setting type) and the notional-SEN gap of
 * every mainstream school, for every pupil with SEND in England, LA by LA, on one thread.
 *
 * <p>The workload is generated (seed 2025) from the embedded dataset: each LA gets pupils in
 * proportion to its EHC-plan caseload; 28% of pupils (482,640 / 1.7 million, the national share) have
 * EHC plans, placed by the LA's mix of setting types at its unit cost × 0.5-1.5; the rest are on SEN
 * support in mainstream schools with provision costing £0-£9,000. Top-ups are cost above base, a
 * Shropshire band or an agreed amount; independent schools charge a fee. Each LA has one mainstream
 * school per 85 pupils (about 20,000 schools for 1.7 million), each with a notional SEN budget of
 * £20,000-£200,000. Runs with {@code -Xmx1g}: the 1.7 million-pupil run must fit in 1 GiB.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class PupilsBenchmark {

  /** One LA's generated pupils and schools. */
  static final class LaWorkload {
    final PlacementTable caseload;
    final int[] schoolOf;
    final long[] notionalBudget;
    final Map<SettingType, Long> places;

    LaWorkload(PlacementTable caseload, int[] schoolOf, long[] notionalBudget, Map<SettingType, Long> places) {
      this.caseload = caseload;
      this.schoolOf = schoolOf;
      this.notionalBudget = notionalBudget;
      this.places = places;
    }
  }

  static List<LaWorkload> generate(int pupils) {
    FundingDataset england = FundingDataset.england();
    LocalBanding banding = LocalBanding.example("shropshire");
    String[] bands = banding.bands().stream().filter(Band::hasAmount).map(Band::id).toArray(String[]::new);
    SettingType[] types = SettingType.values();
    long national = 0;
    for (var row : england.panel()) {
      national += england.caseload(row.localAuthority().code()).totalPupils();
    }
    SplittableRandom r = new SplittableRandom(2025);
    List<LaWorkload> out = new ArrayList<>();
    long given = 0;
    long weightSoFar = 0;
    for (var row : england.panel()) {
      org.sendfunding.funding.dataset.SettingCaseload c = england.caseload(row.localAuthority().code());
      weightSoFar += c.totalPupils();
      int n = (int) (pupils * weightSoFar / national - given); // shares that add up to exactly 'pupils'
      given += n;
      int schools = Math.max(1, n / 85);
      PlacementTable.Builder b = PlacementTable.builder(banding, n);
      int[] schoolOf = new int[n];
      long[] placesByType = new long[types.length];
      for (int i = 0; i < n; i++) {
        SettingType type;
        long cost;
        // Pupils with plans are drawn from the setting types the model funds (placedPupils), not from
        // SEN2's educated elsewhere / NEET / unknown, which have no setting.
        if (r.nextInt(1_000_000) < 283_906 && c.placedPupils() > 0) { // 482,640 / 1,700,000
          long pick = r.nextLong(c.placedPupils());
          int t = 0;
          while (pick >= c.pupils(types[t])) {
            pick -= c.pupils(types[t]);
            t++;
          }
          type = types[t];
          cost = c.unitCosts().get(type).pence() * r.nextInt(50, 150) / 100;
        } else {
          type = r.nextBoolean() ? SettingType.MAINSTREAM_MAINTAINED : SettingType.MAINSTREAM_ACADEMY;
          cost = r.nextLong(0, 9_000_00);
        }
        if (type == SettingType.INDEPENDENT_SPECIAL) {
          b.add(type, cost, TopUpBasis.NONE, null, cost, true);
        } else {
          int basis = r.nextInt(3);
          if (basis == 0) {
            b.add(type, cost, TopUpBasis.BAND, bands[r.nextInt(bands.length)], 0, true);
          } else if (basis == 1) {
            b.add(type, cost, TopUpBasis.AGREED_AMOUNT, null, cost / 4, r.nextBoolean());
          } else {
            b.add(type, cost, TopUpBasis.COST_ABOVE_BASE, null, 0, r.nextBoolean());
          }
        }
        placesByType[type.ordinal()]++;
        schoolOf[i] = type.isMainstream() && type != SettingType.RESOURCED_PROVISION ? r.nextInt(schools) : -1;
      }
      Map<SettingType, Long> places = new EnumMap<>(SettingType.class);
      for (SettingType t : types) {
        if (!t.isMainstream() && t != SettingType.INDEPENDENT_SPECIAL && t != SettingType.EARLY_YEARS) {
          places.put(t, placesByType[t.ordinal()]);
        }
      }
      places.put(SettingType.RESOURCED_PROVISION, placesByType[SettingType.RESOURCED_PROVISION.ordinal()]);
      long[] budgets = new long[schools];
      for (int s = 0; s < schools; s++) {
        budgets[s] = r.nextLong(20_000_00, 200_000_00);
      }
      out.add(new LaWorkload(b.build(), schoolOf, budgets, places));
    }
    return out;
  }

  static long run(List<LaWorkload> las, PlacePlusRates rates) {
    long total = 0;
    for (LaWorkload la : las) {
      total += PlacePlus.DEFAULT.highNeedsSpend(la.caseload, la.places, rates).total().pence();
      total += SchoolGaps.compute(la.caseload, la.schoolOf, la.notionalBudget, rates).totalGap().pence();
    }
    return total;
  }

  /** 1.7 million pupils. */
  @State(Scope.Benchmark)
  public static class England {
    List<LaWorkload> las;
    PlacePlusRates rates;

    @Setup
    public void setUp() {
      las = generate(1_700_000);
      rates = PlacePlusRates.resolve(ParameterSet.defaults(), FinancialYear.of(2025));
    }
  }

  /** 0.17, 1.7 and 9 million pupils. */
  @State(Scope.Benchmark)
  public static class Scaling {
    @Param({"170000", "1700000", "9000000"})
    int pupils;

    List<LaWorkload> las;
    PlacePlusRates rates;

    @Setup
    public void setUp() {
      las = generate(pupils);
      rates = PlacePlusRates.resolve(ParameterSet.defaults(), FinancialYear.of(2025));
    }
  }

  /** The target workload. */
  @Benchmark
  public long pupils1_7m(England s) {
    return run(s.las, s.rates);
  }

  /** Scaling with the number of pupils. */
  @Benchmark
  public long pupilsScaling(Scaling s) {
    return run(s.las, s.rates);
  }
}
