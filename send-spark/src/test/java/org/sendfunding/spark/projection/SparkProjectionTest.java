package org.sendfunding.spark.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendfunding.ehcp.projection.CaseloadSnapshot;
import org.sendfunding.ehcp.projection.CaseloadState;
import org.sendfunding.ehcp.projection.CountInterval;
import org.sendfunding.ehcp.projection.DemandProjection;
import org.sendfunding.ehcp.projection.DemandProjector;
import org.sendfunding.ehcp.projection.ProjectedCount;
import org.sendfunding.ehcp.projection.ProjectionSettings;
import org.sendfunding.ehcp.projection.TransitionModel;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.spark.SharedSpark;
import org.sendfunding.spark.example.GeneratedSnapshots;

class SparkProjectionTest {

  private static final int[] LAS = {202, 893, 886, 330};
  private static final ProjectionSettings SETTINGS = ProjectionSettings.of(3, 200, 42L);
  private static SparkSession spark;
  private static Map<Integer, List<Row>> rowsByLa = new TreeMap<>();
  private static ProjectionOutputs out;

  @BeforeAll
  static void run() {
    spark = SharedSpark.session();
    List<Row> all = new ArrayList<>();
    for (int la : LAS) {
      List<Row> rows = GeneratedSnapshots.rows(la, 2024, 400 + la % 300, 7L);
      rowsByLa.put(la, rows);
      all.addAll(rows);
    }
    all.add(RowFactory.create(202, 2024, "BAD-1", 4, "AUTISM", "MAINSTREAM_MAINTAINED"));
    all.add(RowFactory.create(202, 2024, "BAD-2", 30, "ASD", "MAINSTREAM_MAINTAINED"));
    // One snapshot only: no model for Leeds.
    all.add(RowFactory.create(383, 2024, "L1", 4, "ASD", "MAINSTREAM_MAINTAINED"));
    // Blocks of 64 runs: four tasks per LA, the last of 8 runs.
    out = SparkProjection.of(SETTINGS).withRunsPerBlock(64)
        .run(spark.createDataFrame(all, ProjectionSchemas.SNAPSHOTS).repartition(3));
    out.results().persist();
  }

  /** The in-JVM projection of an LA, its model built here from the same rows. */
  private static DemandProjection inJvm(int la) {
    Map<Integer, CaseloadSnapshot.Builder> years = new TreeMap<>();
    for (Row r : rowsByLa.get(la)) {
      years.computeIfAbsent(r.getInt(1), y -> CaseloadSnapshot.builder().year(y)
              .localAuthority(LocalAuthorities.england().byCode(la)))
          .putPupils(r.getString(2), CaseloadState.of(r.getInt(3), NeedType.valueOf(r.getString(4)),
              SettingType.valueOf(r.getString(5))));
    }
    List<CaseloadSnapshot> snapshots = years.values().stream().map(CaseloadSnapshot.Builder::build).collect(Collectors.toList());
    return DemandProjector.DEFAULT.project(TransitionModel.estimate(snapshots), SETTINGS);
  }

  private static void same(Row r, int from, CountInterval i) {
    assertThat(new Object[] {r.getInt(from), r.getInt(from + 1), r.getInt(from + 2), r.getDouble(from + 3)})
        .containsExactly(i.lower(), i.median(), i.upper(), i.mean());
  }

  @Test
  void totals_settings_and_cells_are_the_in_jvm_projection_for_the_same_seed() {
    List<Row> totals = out.totals().collectAsList();
    List<Row> settings = out.bySetting().collectAsList();
    Map<String, Row> cells = out.cells().collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getInt(0) + "/" + r.getInt(1) + "/" + r.getString(2) + "/" + r.getString(3), r -> r));
    assertThat(totals).hasSize(LAS.length * 3);
    int compared = 0;
    for (int la : LAS) {
      DemandProjection p = inJvm(la);
      for (int year : p.years()) {
        Row t = totals.stream().filter(r -> r.getInt(0) == la && r.getInt(1) == year).findFirst().orElseThrow();
        same(t, 2, p.total(year));
        p.bySetting(year).forEach((s, i) -> same(settings.stream()
            .filter(r -> r.getInt(0) == la && r.getInt(1) == year && r.getString(2).equals(s.name()))
            .findFirst().orElseThrow(), 3, i));
      }
      for (ProjectedCount c : p.cells()) {
        same(cells.get(la + "/" + c.year() + "/" + c.setting().name() + "/" + c.need().name()), 4, c.count());
        compared++;
      }
    }
    assertThat(cells).hasSize(compared);
    // The intervals have width: the runs differ, so run-to-generator pairing matters.
    assertThat(totals.stream().filter(r -> r.getInt(4) > r.getInt(2)).count()).isEqualTo(totals.size());
  }

  @Test
  void refused_rows_and_las_go_to_the_errors() {
    Map<String, Row> errors = out.errors().collectAsList().stream().collect(Collectors.toMap(r -> r.getString(1), r -> r));
    assertThat(errors).containsOnlyKeys("202/2024/BAD-1", "202/2024/BAD-2", "383");
    assertThat(errors.get("202/2024/BAD-1").getString(2)).isEqualTo("need");
    assertThat(errors.get("202/2024/BAD-1").getString(3)).isEqualTo("AUTISM");
    assertThat(errors.get("202/2024/BAD-2").getString(2)).isEqualTo("ncy");
    assertThat(errors.get("383").getString(4)).contains("at least 2 consecutive years");
  }
}
