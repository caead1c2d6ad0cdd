package org.sendfunding.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.scenario.BuiltInPolicy;
import org.sendfunding.funding.scenario.CompiledScenario;
import org.sendfunding.funding.scenario.ScenarioSweep;
import org.sendfunding.funding.scenario.ScenarioVariant;
import org.sendfunding.funding.scenario.SweepResult;

/**
 * The scenario sweep: policy variants × the 153 LAs of the embedded dataset × 5 years (allocation
 * under the floor and gains cap, spend by setting type, DSG balance with block transfer and write-off),
 * national totals per variant and year.
 *
 * <p>Variants are drawn (seed 42) from the same ranges as the numpy peer, in whole basis points:
 * floor 0-8%, cap floor + 1-10%, caseload growth 2-10%, inflation 0-5%, transfer limit 0-1.5%,
 * write-off share 0-100%.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SweepBenchmark {

  /** Variants like the peer's, seeded. */
  static List<ScenarioVariant> variants(int count) {
    SplittableRandom r = new SplittableRandom(42);
    List<ScenarioVariant> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      long floorBp = r.nextInt(0, 800);
      long capBp = floorBp + r.nextInt(100, 1000);
      out.add(ScenarioVariant.of(floorBp * 100, capBp * 100, r.nextInt(200, 1000) * 100L, r.nextInt(0, 500) * 100L,
          r.nextInt(0, 150) * 100L, r.nextInt(0, 10_000) * 100L));
    }
    return out;
  }

  /** The compiled scenario of today's rules on the embedded dataset. */
  static ScenarioSweep sweep() {
    return ScenarioSweep.of(CompiledScenario.compile(BuiltInPolicy.TODAYS_RULES.scenario(FundingDataset.england())));
  }

  /** 10,000 variants on all the machine's cores (a pool of one thread per core). */
  @State(Scope.Benchmark)
  public static class TenThousand {
    ScenarioSweep sweep;
    List<ScenarioVariant> variants;
    ForkJoinPool pool;

    @Setup
    public void setUp() {
      sweep = sweep();
      variants = variants(10_000);
      pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      pool.shutdown();
    }
  }

  /** Variant counts and thread counts for the scaling runs. */
  @State(Scope.Benchmark)
  public static class Scaling {
    @Param({"1000", "10000", "100000"})
    int variants;

    @Param({"1", "2"})
    int threads;

    ScenarioSweep sweep;
    List<ScenarioVariant> list;
    ForkJoinPool pool;

    @Setup
    public void setUp() {
      sweep = sweep();
      list = variants(variants);
      pool = new ForkJoinPool(threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      pool.shutdown();
    }
  }

  /** The target workload: 10,000 variants × 153 LAs × 5 years. */
  @Benchmark
  public SweepResult sweep10k(TenThousand s) {
    return s.sweep.run(s.variants, s.pool);
  }

  /** The same at 1,000 / 10,000 / 100,000 variants on 1 or 2 threads. */
  @Benchmark
  public SweepResult sweepScaling(Scaling s) {
    return s.sweep.run(s.list, s.pool);
  }

  /** The per-variant path the kernel replaces, for comparison: {@code CompiledScenario.sweepNationalClosingBalance}. */
  @Benchmark
  public long[][] sweep10kBefore(TenThousand s) {
    return s.sweep.base().sweepNationalClosingBalance(s.variants);
  }
}
