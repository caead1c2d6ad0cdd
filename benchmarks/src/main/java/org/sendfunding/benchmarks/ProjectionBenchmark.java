package org.sendfunding.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sendfunding.ehcp.projection.DemandProjection;
import org.sendfunding.ehcp.projection.DemandProjector;
import org.sendfunding.ehcp.projection.LockstepProjector;
import org.sendfunding.ehcp.projection.MomentProjector;
import org.sendfunding.ehcp.projection.ProjectionSettings;
import org.sendfunding.ehcp.projection.TransitionModel;
import org.sendfunding.model.authority.LocalAuthorities;

/**
 * EHC plan demand projection for England's 153 LAs over 10 years: the lockstep Monte Carlo projector with
 * 1,000 runs (the figure of record, {@code projection1000}), the reference run-by-run projector, and the
 * exact-moments projector, on seeded models of about 4,175 plans per LA ({@link EhcpWorkloads#models}).
 * An operation of {@code projection1000} is 1,530 LA-years, so its time and {@code gc.alloc.rate.norm} over
 * 1,530 are the cost per LA-year.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@org.openjdk.jmh.annotations.Fork(jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProjectionBenchmark {

  private static final ProjectionSettings SETTINGS = ProjectionSettings.of(10, 1000, 42L);

  private List<TransitionModel> models;
  /** One LA of the national average size (4,175 plans), for the per-LA cost and scaling. */
  private TransitionModel averageLa;

  @Setup
  public void setUp() {
    models = EhcpWorkloads.models(2025L);
    averageLa = EhcpWorkloads.model(LocalAuthorities.england().byCode(202), 4175, new SplittableRandom(202L));
  }

  /**
   * Lockstep Monte Carlo, 153 LAs x 10 years x 1,000 runs, LAs spread over the common pool: the figure of
   * record for the 2-second target.
   */
  @Benchmark
  @org.openjdk.jmh.annotations.Warmup(iterations = 3)
  @org.openjdk.jmh.annotations.Measurement(iterations = 5)
  public long projection1000() {
    long n = 0;
    for (DemandProjection p : LockstepProjector.DEFAULT.projectAll(models, SETTINGS)) {
      n += p.total(p.baseYear() + 10).median();
    }
    return n;
  }

  /** Lockstep Monte Carlo, one average LA x 10 years x 1,000 runs (its four blocks of runs on the pool). */
  @Benchmark
  public long projection1000OneLaLockstep() {
    DemandProjection p = LockstepProjector.DEFAULT.project(averageLa, SETTINGS);
    return p.total(p.baseYear() + 10).median();
  }

  /** Reference Monte Carlo, one average LA x 10 years x 1,000 runs: x 153 gives its national cost. */
  @Benchmark
  public long projection1000OneLa() {
    DemandProjection p = DemandProjector.DEFAULT.project(averageLa, SETTINGS);
    return p.total(p.baseYear() + 10).median();
  }

  /**
   * Reference Monte Carlo ({@code DemandProjector}, run by run), 153 LAs x 10 years x 1,000 runs. One
   * operation takes about half a minute even on idle cores, so it is measured once, without warm-up.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @org.openjdk.jmh.annotations.Warmup(iterations = 0)
  @org.openjdk.jmh.annotations.Measurement(iterations = 1)
  public long projection1000Reference() {
    long n = 0;
    for (TransitionModel m : models) {
      DemandProjection p = DemandProjector.DEFAULT.project(m, SETTINGS);
      n += p.total(p.baseYear() + 10).median();
    }
    return n;
  }

  /** Exact means and variances with normal intervals, 153 LAs x 10 years. */
  @Benchmark
  public long projectionMoments() {
    long n = 0;
    for (TransitionModel m : models) {
      DemandProjection p = MomentProjector.DEFAULT.project(m, SETTINGS);
      n += p.total(p.baseYear() + 10).median();
    }
    return n;
  }
}
