package org.sendfunding.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sendfunding.ehcp.timeline.EhcpCase;
import org.sendfunding.ehcp.timeline.Timeline;
import org.sendfunding.ehcp.timeline.TimelineEngine;
import org.sendfunding.ehcp.timeline.TimelineSummary;

/**
 * Statutory timelines for 100,000 seeded EHC plan cases ({@link EhcpWorkloads#cases}): every deadline,
 * its due date and status as at 30 June 2025.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TimelineBenchmark {

  private List<EhcpCase> cases;

  @Setup
  public void setUp() {
    cases = EhcpWorkloads.cases(100_000, 20250630L);
  }

  /** The fast path: due dates and statuses without explanations, in parallel over cases. */
  @Benchmark
  public int timelines100k() {
    int n = 0;
    for (TimelineSummary s : TimelineEngine.DEFAULT.summaries(cases, EhcpWorkloads.AS_OF)) {
      n += s.size();
    }
    return n;
  }

  /** The fast path on one thread, case by case: the per-case cost without the fork-join split. */
  @Benchmark
  public int timelines100kOneThread() {
    int n = 0;
    for (EhcpCase c : cases) {
      n += TimelineEngine.DEFAULT.summary(c, EhcpWorkloads.AS_OF).size();
    }
    return n;
  }

  /** The explained path: one {@link Timeline} with an explanation per deadline, case by case. */
  @Benchmark
  public int timelines100kExplained() {
    int n = 0;
    for (EhcpCase c : cases) {
      Timeline t = TimelineEngine.DEFAULT.timeline(c, EhcpWorkloads.AS_OF);
      n += t.deadlines().size();
    }
    return n;
  }
}
