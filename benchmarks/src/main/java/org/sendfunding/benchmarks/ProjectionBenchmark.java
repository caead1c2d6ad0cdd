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
import org.sendfunding.ehcp.projection.MomentProjector;
import org.sendfunding.ehcp.projection.ProjectionSettings;
import org.sendfunding.ehcp.projection.TransitionModel;
import org.sendfunding.model.authority.LocalAuthorities;

/**
 * EHC plan demand projection for England's 153 LAs over 10 years: the Monte Carlo projector with 1,000
 * runs, and the exact-moments projector, on seeded models of about 4,175 plans per LA
 * ({@link EhcpWorkloads#models}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
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

  /** Monte Carlo, one average LA x 10 years x 1,000 runs: x 153 gives the national cost without waiting for it. */
  @Benchmark
  public long projection1000OneLa() {
    DemandProjection p = DemandProjector.DEFAULT.project(averageLa, SETTINGS);
    return p.total(p.baseYear() + 10).median();
  }

  /**
   * Monte Carlo, 153 LAs x 10 years x 1,000 runs. One operation takes about a minute even on idle
   * cores, so it is measured once, without warm-up, rather than for JMH's default iterations.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @org.openjdk.jmh.annotations.Warmup(iterations = 0)
  @org.openjdk.jmh.annotations.Measurement(iterations = 1)
  public long projection1000() {
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
