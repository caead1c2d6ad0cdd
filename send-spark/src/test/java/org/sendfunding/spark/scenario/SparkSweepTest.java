package org.sendfunding.spark.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.scenario.BuiltInPolicy;
import org.sendfunding.funding.scenario.CompiledScenario;
import org.sendfunding.funding.scenario.Measure;
import org.sendfunding.funding.scenario.Projection;
import org.sendfunding.funding.scenario.ScenarioSweep;
import org.sendfunding.funding.scenario.ScenarioVariant;
import org.sendfunding.funding.scenario.SweepResult;
import org.sendfunding.spark.SharedSpark;

class SparkSweepTest {

  private static final int VARIANTS = 800;
  private static final Measure[] MEASURES = SweepResult.measures().toArray(new Measure[0]);
  private static SparkSession spark;
  private static List<ScenarioVariant> variants;
  private static List<Row> rows;
  private static SweepOutputs out;
  private static CompiledScenario base;

  @BeforeAll
  static void run() {
    spark = SharedSpark.session();
    SplittableRandom r = new SplittableRandom(2026);
    variants = new ArrayList<>();
    rows = new ArrayList<>();
    for (int k = 0; k < VARIANTS; k++) {
      // Few distinct growth and inflation values, as a sweep grid has: the sweep shares their tables.
      long floor = r.nextLong(0, 50_001);
      ScenarioVariant v = ScenarioVariant.of(floor, floor + r.nextLong(0, 100_001), 10_000L * r.nextInt(0, 12),
          5_000L * r.nextInt(0, 10), r.nextLong(0, 20_001), r.nextInt(4) == 0 ? r.nextLong(0, 1_000_001) : 0);
      variants.add(v);
      rows.add(RowFactory.create((long) k, v.floorMillionths(), v.capMillionths(), v.caseloadGrowthMillionths(),
          v.inflationMillionths(), v.transferLimitMillionths(), v.writeOffShareMillionths()));
    }
    rows.add(RowFactory.create(-1L, 50_000L, 10_000L, 0L, 0L, 0L, 0L));          // cap below the floor
    rows.add(RowFactory.create(-2L, 0L, 10_000L, 0L, 0L, 0L, 2_000_000L));       // write-off of 200%
    out = SparkSweep.of(ScenarioSource.builtIn(BuiltInPolicy.TODAYS_RULES))
        .run(spark.createDataFrame(rows, SweepSchemas.VARIANTS).repartition(4));
    base = CompiledScenario.compile(BuiltInPolicy.TODAYS_RULES.scenario(FundingDataset.england()));
  }

  @Test
  void national_figures_are_the_in_jvm_sweeps_to_the_penny() {
    SweepResult expected = ScenarioSweep.of(base).run(variants);
    List<Row> got = out.national().collectAsList();
    int years = expected.years().size();
    assertThat(got).hasSize(VARIANTS * years);
    for (Row r : got) {
      int k = (int) r.getLong(0);
      int t = r.getInt(2);
      assertThat(r.getString(1)).isEqualTo(expected.years().get(t).toString());
      for (int m = 0; m < MEASURES.length; m++) {
        assertThat(r.getLong(3 + m)).as("variant %s year %s %s", k, t, MEASURES[m])
            .isEqualTo(expected.national(k, t, MEASURES[m]));
      }
    }
    // The variants move the figures: the sweep is not comparing one number with itself.
    assertThat(got.stream().filter(r -> r.getInt(2) == years - 1).map(r -> r.getLong(8)).distinct().count())
        .isGreaterThan(VARIANTS / 2);
  }

  @Test
  void la_year_figures_are_each_variants_projection_and_add_up_to_the_national_figures() {
    List<Row> some = rows.subList(0, 6);
    List<Row> got = SparkSweep.of(ScenarioSource.builtIn(BuiltInPolicy.TODAYS_RULES))
        .run(spark.createDataFrame(some, SweepSchemas.VARIANTS)).localAuthorityYears().collectAsList();
    int n = base.authorities().size();
    int years = base.years().size();
    assertThat(got).hasSize(6 * n * years);
    Map<Integer, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(base.authorities().get(i).code(), i);
    }
    Map<String, Long> sums = new HashMap<>();
    for (Row r : got) {
      int k = (int) r.getLong(0);
      Projection p = base.withVariant(variants.get(k)).project();
      for (int m = 0; m < MEASURES.length; m++) {
        assertThat(r.getLong(4 + m)).isEqualTo(p.value(MEASURES[m], index.get(r.getInt(1)), r.getInt(3)));
        sums.merge(k + "/" + r.getInt(3) + "/" + m, r.getLong(4 + m), Math::addExact);
      }
    }
    SweepResult national = ScenarioSweep.of(base).run(variants.subList(0, 6));
    for (int k = 0; k < 6; k++) {
      for (int t = 0; t < years; t++) {
        for (int m = 0; m < MEASURES.length; m++) {
          assertThat(sums.get(k + "/" + t + "/" + m)).isEqualTo(national.national(k, t, MEASURES[m]));
        }
      }
    }
  }

  @Test
  void refused_variants_go_to_the_errors_with_the_engines_reason() {
    Map<String, Row> errors = out.errors().collectAsList().stream().collect(Collectors.toMap(r -> r.getString(1), r -> r));
    assertThat(errors).containsOnlyKeys("-1", "-2");
    assertThat(errors.get("-1").getString(2)).isEqualTo("cap_millionths");
    assertThat(errors.get("-1").getString(4)).contains("is below the floor");
    assertThat(errors.get("-2").getString(2)).isEqualTo("write_off_share_millionths");
    assertThat(errors.get("-2").getString(3)).isEqualTo("2000000");
  }
}
