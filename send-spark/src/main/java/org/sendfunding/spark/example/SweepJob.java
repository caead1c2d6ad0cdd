package org.sendfunding.spark.example;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.scenario.BuiltInPolicy;
import org.sendfunding.funding.scenario.CompiledScenario;
import org.sendfunding.funding.scenario.Measure;
import org.sendfunding.funding.scenario.ScenarioSweep;
import org.sendfunding.funding.scenario.ScenarioVariant;
import org.sendfunding.funding.scenario.SweepResult;
import org.sendfunding.spark.scenario.ScenarioSource;
import org.sendfunding.spark.scenario.SparkSweep;
import org.sendfunding.spark.scenario.SweepSchemas;

/**
 * The sweep example: {@code N} seeded variants of today's rules on the embedded England dataset, swept
 * in this JVM by {@code ScenarioSweep} and on Spark by {@link SparkSweep}, timed (wall and process CPU)
 * and compared row by row.
 *
 * <pre>
 * SweepJob 100000
 * 100,000 variants x 5 years: in-JVM ScenarioSweep 4.07 s wall 2.47 s CPU; SparkSweep 19.51 s wall 9.71 s CPU; 500,000 of 500,000 rows identical
 * </pre>
 *
 * <p>The session's master comes from spark-submit or {@code -Dspark.master}. Not a published API.
 */
public final class SweepJob {

  private SweepJob() {}

  /**
   * Runs the sweep both ways.
   *
   * @param args the number of variants
   */
  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    SplittableRandom r = new SplittableRandom(2026);
    List<ScenarioVariant> variants = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      // Few distinct growth and inflation values, as a grid has; the other levers vary freely.
      long floor = r.nextLong(0, 50_001);
      ScenarioVariant v = ScenarioVariant.of(floor, floor + r.nextLong(0, 100_001), 10_000L * r.nextInt(0, 12),
          5_000L * r.nextInt(0, 10), r.nextLong(0, 20_001), r.nextInt(4) == 0 ? r.nextLong(0, 1_000_001) : 0);
      variants.add(v);
      rows.add(RowFactory.create((long) k, v.floorMillionths(), v.capMillionths(), v.caseloadGrowthMillionths(),
          v.inflationMillionths(), v.transferLimitMillionths(), v.writeOffShareMillionths()));
    }
    double c0 = cpu();
    long t0 = System.nanoTime();
    CompiledScenario base = CompiledScenario.compile(BuiltInPolicy.TODAYS_RULES.scenario(FundingDataset.england()));
    SweepResult jvm = ScenarioSweep.of(base).run(variants);
    double jvmWall = (System.nanoTime() - t0) / 1e9;
    double jvmCpu = cpu() - c0;
    boolean owned = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = SparkSession.builder().appName("send-spark sweep").getOrCreate();
    Dataset<Row> input = spark.createDataFrame(rows, SweepSchemas.VARIANTS).repartition(8).cache();
    input.count();
    double c1 = cpu();
    long t1 = System.nanoTime();
    List<Row> national = SparkSweep.of(ScenarioSource.builtIn(BuiltInPolicy.TODAYS_RULES)).run(input).national()
        .collectAsList();
    double sparkWall = (System.nanoTime() - t1) / 1e9;
    double sparkCpu = cpu() - c1;
    Measure[] measures = SweepResult.measures().toArray(new Measure[0]);
    int same = 0;
    for (Row row : national) {
      boolean equal = true;
      for (int i = 0; i < measures.length; i++) {
        equal &= row.getLong(3 + i) == jvm.national((int) row.getLong(0), row.getInt(2), measures[i]);
      }
      same += equal ? 1 : 0;
    }
    System.out.printf(Locale.ROOT, "%,d variants x %d years: in-JVM ScenarioSweep %.2f s wall %.2f s CPU;"
            + " SparkSweep %.2f s wall %.2f s CPU; %,d of %,d rows identical%n",
        n, jvm.years().size(), jvmWall, jvmCpu, sparkWall, sparkCpu, same, national.size());
    input.unpersist();
    if (owned) {
      spark.stop();
    }
  }

  /** This process's CPU time: in local mode the executors are threads of this JVM. */
  private static double cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
  }
}
