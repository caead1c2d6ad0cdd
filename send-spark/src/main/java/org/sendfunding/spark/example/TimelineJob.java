package org.sendfunding.spark.example;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sendfunding.ehcp.caseload.CaseloadMeasures;
import org.sendfunding.ehcp.caseload.YearMeasures;
import org.sendfunding.ehcp.timeline.CaseloadEvents;
import org.sendfunding.ehcp.timeline.CaseloadTimelines;
import org.sendfunding.ehcp.timeline.EhcpCase;
import org.sendfunding.ehcp.timeline.TimelineEngine;
import org.sendfunding.spark.timeline.SparkTimelines;
import org.sendfunding.spark.timeline.TimelineOutputs;
import org.sendfunding.spark.timeline.TimelineSchemas;

/**
 * The timelines example: {@code N} ILLUSTRATIVE case histories ({@link GeneratedCases}) judged as at
 * 30 June 2025 in this JVM ({@code TimelineEngine.timelines} and {@code CaseloadMeasures.report}) and
 * on Spark ({@link SparkTimelines}), timed (wall and process CPU) and compared: the number of
 * deadlines, and every LA-year's counts of new plans and plans within 20 weeks.
 *
 * <pre>
 * TimelineJob 100000
 * 100,000 cases (1,132,469 event rows): in-JVM 19.86 s wall 6.85 s CPU; SparkTimelines 58.23 s wall 27.96 s CPU;
 *   deadlines 1,046,109 = 1,046,109; 1,071 of 1,071 LA-years identical
 * </pre>
 *
 * <p>The session's master comes from spark-submit or {@code -Dspark.master}. Not a published API.
 */
public final class TimelineJob {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private TimelineJob() {}

  /**
   * Runs the caseload both ways.
   *
   * @param args the number of cases
   */
  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    List<EhcpCase> cases = GeneratedCases.cases(n, 21L, AS_OF);
    List<Row> rows = new ArrayList<>();
    cases.forEach(c -> rows.addAll(GeneratedCases.rows(c)));
    double c0 = cpu();
    long t0 = System.nanoTime();
    CaseloadTimelines timelines = TimelineEngine.DEFAULT.timelines(CaseloadEvents.of(cases), AS_OF);
    List<YearMeasures> measures = CaseloadMeasures.DEFAULT.report(cases, AS_OF).byYearAndLocalAuthority();
    double jvmWall = (System.nanoTime() - t0) / 1e9;
    double jvmCpu = cpu() - c0;
    boolean owned = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = SparkSession.builder().appName("send-spark timelines").getOrCreate();
    Dataset<Row> events = spark.createDataFrame(rows, TimelineSchemas.EVENTS).repartition(8).cache();
    events.count();
    double c1 = cpu();
    long t1 = System.nanoTime();
    TimelineOutputs out = SparkTimelines.asOf(AS_OF).run(events);
    out.tagged().cache();
    long deadlines = out.deadlines().count();
    List<Row> las = out.localAuthorities().collectAsList();
    double sparkWall = (System.nanoTime() - t1) / 1e9;
    double sparkCpu = cpu() - c1;
    Map<String, YearMeasures> expected = new HashMap<>();
    measures.forEach(m -> expected.put(m.localAuthority().get().code() + "/" + m.year(), m));
    int same = 0;
    for (Row r : las) {
      YearMeasures m = expected.get(r.getInt(0) + "/" + r.getInt(1));
      same += m != null && m.requests() == r.getInt(2) && m.newPlans() == r.getInt(4)
          && m.newPlansWithin20Weeks() == r.getInt(5) && m.newPlansWithin20WeeksExcludingExceptions() == r.getInt(7)
          && m.reviewsOnTime() == r.getInt(12) ? 1 : 0;
    }
    System.out.printf(Locale.ROOT, "%,d cases (%,d event rows): in-JVM %.2f s wall %.2f s CPU; SparkTimelines %.2f s"
            + " wall %.2f s CPU; deadlines %,d = %,d; %,d of %,d LA-years identical%n", n, rows.size(), jvmWall, jvmCpu,
        sparkWall, sparkCpu, timelines.deadlineCount(), deadlines, same, expected.size());
    out.tagged().unpersist();
    events.unpersist();
    if (owned) {
      spark.stop();
    }
  }

  /** This process's CPU time: in local mode the executors are threads of this JVM. */
  private static double cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
  }
}
