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
import org.sendfunding.ehcp.timeline.CaseloadEvents;
import org.sendfunding.ehcp.timeline.CaseloadTimelines;
import org.sendfunding.ehcp.timeline.DeadlineStatus;
import org.sendfunding.ehcp.timeline.EhcpCase;
import org.sendfunding.ehcp.timeline.Timeline;
import org.sendfunding.ehcp.timeline.TimelineEngine;
import org.sendfunding.ehcp.timeline.TimelineSummary;

/**
 * Statutory timelines for 100,000 seeded EHC plan cases ({@link EhcpWorkloads#cases}): every deadline,
 * its due date and status as at 30 June 2025.
 *
 * <p>What each benchmark times: {@code timelines100k} (the target row) starts from the 100,000
 * {@link EhcpCase} objects and includes building their {@link CaseloadEvents} table, the integer-day
 * kernel and one {@link TimelineSummary} view per case, all inside {@link TimelineEngine#summaries}.
 * {@code timelines100kTable} times only {@link TimelineEngine#timelines} over a table built once in
 * {@code setUp}, as a user does who judges one caseload at several dates or under several sets of periods;
 * {@code timelines100kBuildTable} times building the table alone. Nothing is cached between invocations:
 * every call computes every deadline again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TimelineBenchmark {

  private List<EhcpCase> cases;
  private CaseloadEvents table;

  @Setup
  public void setUp() {
    cases = EhcpWorkloads.cases(100_000, 20250630L);
    table = CaseloadEvents.of(cases);
  }

  /** The fast path from the case objects: table, kernel and views, in parallel over blocks of cases. */
  @Benchmark
  public int timelines100k() {
    int n = 0;
    for (TimelineSummary s : TimelineEngine.DEFAULT.summaries(cases, EhcpWorkloads.AS_OF)) {
      n += s.size();
    }
    return n;
  }

  /** The kernel alone, over a table built once: what judging the same caseload again costs. */
  @Benchmark
  public int timelines100kTable() {
    CaseloadTimelines t = TimelineEngine.DEFAULT.timelines(table, EhcpWorkloads.AS_OF);
    return t.deadlineCount() + t.count(DeadlineStatus.LATE);
  }

  /** Building the table from the case objects alone. */
  @Benchmark
  public int timelines100kBuildTable() {
    return CaseloadEvents.of(cases).eventCount();
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
