package org.sendfunding.spark.projection;

import static org.sendfunding.spark.projection.ProjectionSchemas.field;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sendfunding.ehcp.projection.CaseloadSnapshot;
import org.sendfunding.ehcp.projection.CaseloadState;
import org.sendfunding.ehcp.projection.CountInterval;
import org.sendfunding.ehcp.projection.DemandProjection;
import org.sendfunding.ehcp.projection.DemandProjector;
import org.sendfunding.ehcp.projection.ProjectedCount;
import org.sendfunding.ehcp.projection.ProjectionRuns;
import org.sendfunding.ehcp.projection.ProjectionSettings;
import org.sendfunding.ehcp.projection.TransitionModel;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.spark.schema.SchemaCheck;

/**
 * Monte Carlo projections of every LA's EHC plan caseload on Spark, partitioned by (LA, block of runs):
 * each task estimates its LA's {@code TransitionModel} from the LA's snapshots and runs its block with
 * {@code DemandProjector.DEFAULT.runs(model, settings, from, to)}, which draws run {@code r} of LA
 * {@code L} from the {@code r}-th split of {@code SplittableRandom(seed XOR h(L))}, as the in-JVM
 * projector does; the blocks of an LA are then summarised with {@code DemandProjector.DEFAULT.summarise}.
 * The result is the in-JVM {@code DemandProjector.DEFAULT.project(model, settings)} for the same seed,
 * whatever the number of blocks, partitions or executors.
 *
 * <pre>{@code
 * Dataset<Row> snapshots = spark.read().parquet("ehcp-snapshots.parquet");      // ProjectionSchemas.SNAPSHOTS
 * ProjectionOutputs out = SparkProjection.of(ProjectionSettings.of(10, 1000, 42L)).withRunsPerBlock(250).run(snapshots);
 * out.totals().orderBy("la_code", "year").show();                                // ProjectionSchemas.TOTALS
 * }</pre>
 *
 * <p>A snapshot row the engine refuses (a null, an unknown LA, need or setting, a national curriculum
 * year outside -5 to 20) goes to {@link ProjectionOutputs#errors()} with the reason and is left out of
 * its LA's snapshots; an LA whose snapshots give no model (fewer than two or not consecutive years, a
 * pupil twice in one year) is an error of the LA, and is not projected. This class is immutable and thread-safe.
 */
public final class SparkProjection implements Serializable {

  private static final long serialVersionUID = 1L;

  static final StructType VALIDATED = new StructType(new StructField[] {
      field("kind", DataTypes.StringType, false),
      field("la_code", DataTypes.IntegerType, true),
      field("year", DataTypes.IntegerType, true),
      field("pupil_id", DataTypes.StringType, true),
      field("ncy", DataTypes.IntegerType, true),
      field("need", DataTypes.StringType, true),
      field("setting", DataTypes.StringType, true),
      field("error_column", DataTypes.StringType, true),
      field("error_value", DataTypes.StringType, true),
      field("error_reason", DataTypes.StringType, true)});

  static final StructType BLOCK = new StructType(new StructField[] {
      field("la_code", DataTypes.IntegerType, false),
      field("block", DataTypes.IntegerType, false),
      field("pupils", DataTypes.createArrayType(new StructType(new StructField[] {
          field("year", DataTypes.IntegerType, false), field("pupil_id", DataTypes.StringType, false),
          field("ncy", DataTypes.IntegerType, false), field("need", DataTypes.StringType, false),
          field("setting", DataTypes.StringType, false)}), false), false)});

  static final StructType RUNS = new StructType(new StructField[] {
      field("kind", DataTypes.StringType, false),
      field("la_code", DataTypes.IntegerType, false),
      field("base_year", DataTypes.IntegerType, true),
      field("run", DataTypes.IntegerType, true),
      field("counts", DataTypes.createArrayType(DataTypes.IntegerType, false), true),
      field("error_reason", DataTypes.StringType, true)});

  static final StructType RESULTS = new StructType(new StructField[] {
      field("kind", DataTypes.StringType, false),
      field("la_code", DataTypes.IntegerType, false),
      field("year", DataTypes.IntegerType, true),
      field("setting", DataTypes.StringType, true),
      field("need", DataTypes.StringType, true),
      field("lower", DataTypes.IntegerType, true),
      field("median", DataTypes.IntegerType, true),
      field("upper", DataTypes.IntegerType, true),
      field("mean", DataTypes.DoubleType, true),
      field("error_reason", DataTypes.StringType, true)});

  private final int years;
  private final int runs;
  private final long seed;
  private final int lower;
  private final int upper;
  private final int runsPerBlock;

  private SparkProjection(int years, int runs, long seed, int lower, int upper, int runsPerBlock) {
    this.years = years;
    this.runs = runs;
    this.seed = seed;
    this.lower = lower;
    this.upper = upper;
    this.runsPerBlock = runsPerBlock;
  }

  /**
   * A projection job with the in-JVM projector's settings, in blocks of 250 runs.
   *
   * @param settings years, runs, seed and percentiles
   * @return the job
   */
  public static SparkProjection of(ProjectionSettings settings) {
    return new SparkProjection(settings.years(), settings.runs(), settings.seed(), settings.lowerPercentile(),
        settings.upperPercentile(), 250);
  }

  /**
   * This job with another block size: each (LA, block) is one task's work.
   *
   * @param runsPerBlock runs in a block, at least 1
   * @return the job
   */
  public SparkProjection withRunsPerBlock(int runsPerBlock) {
    if (runsPerBlock < 1) {
      throw new IllegalArgumentException("SparkProjection.runsPerBlock: " + runsPerBlock + " must be at least 1");
    }
    return new SparkProjection(years, runs, seed, lower, upper, runsPerBlock);
  }

  ProjectionSettings settings() {
    return ProjectionSettings.builder().years(years).runs(runs).seed(seed).lowerPercentile(lower)
        .upperPercentile(upper).build();
  }

  /**
   * Projects every LA of the snapshots.
   *
   * @param snapshots rows of {@link ProjectionSchemas#SNAPSHOTS}
   * @return the outputs (lazy Datasets)
   * @throws org.sendfunding.spark.schema.SparkSchemaException naming a missing or mistyped column
   */
  public ProjectionOutputs run(Dataset<Row> snapshots) {
    Dataset<Row> validated = SchemaCheck.conform("snapshots", snapshots, ProjectionSchemas.SNAPSHOTS)
        .mapPartitions((MapPartitionsFunction<Row, Row>) SparkProjection::validate, Encoders.row(VALIDATED));
    Dataset<Row> pupils = validated.filter(functions.col("kind").equalTo("pupil"));
    Dataset<Row> byLa = pupils.groupBy("la_code").agg(functions.collect_list(functions.struct(
        functions.col("year"), functions.col("pupil_id"), functions.col("ncy"), functions.col("need"),
        functions.col("setting"))).as("pupils"));
    int blocks = (runs + runsPerBlock - 1) / runsPerBlock;
    Dataset<Row> tasks = byLa.flatMap((FlatMapFunction<Row, Row>) r -> {
      List<Row> out = new ArrayList<>();
      for (int b = 0; b < blocks; b++) {
        out.add(RowFactory.create(r.getInt(0), b, r.getSeq(1)));
      }
      return out.iterator();
    }, Encoders.row(BLOCK)).repartition(functions.col("la_code"), functions.col("block"));
    SparkProjection job = this;
    Dataset<Row> runRows = tasks.mapPartitions((MapPartitionsFunction<Row, Row>) job::runBlocks, Encoders.row(RUNS));
    Dataset<Row> results = runRows.groupByKey((MapFunction<Row, Integer>) r -> r.getInt(1), Encoders.INT())
        .flatMapGroups((FlatMapGroupsFunction<Integer, Row, Row>) job::summarise, Encoders.row(RESULTS));
    return new ProjectionOutputs(validated, results);
  }

  // ---- executors -----------------------------------------------------------------------------------

  private static Iterator<Row> validate(Iterator<Row> rows) {
    List<Row> out = new ArrayList<>();
    String[] names = ProjectionSchemas.SNAPSHOTS.fieldNames();
    while (rows.hasNext()) {
      Row r = rows.next();
      String problem = null;
      String column = null;
      for (int i = 0; i < names.length && problem == null; i++) {
        if (r.isNullAt(i)) {
          column = names[i];
          problem = "required";
        }
      }
      if (problem == null) {
        try {
          LocalAuthorities.england().byCode(r.getInt(0));
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
          column = "la_code";
          problem = e.getMessage();
        }
      }
      if (problem == null) {
        column = "need";
        try {
          NeedType need = NeedType.valueOf(r.getString(4));
          column = "setting";
          SettingType setting = SettingType.valueOf(r.getString(5));
          column = "ncy";
          CaseloadState.of(r.getInt(3), need, setting);
        } catch (IllegalArgumentException e) {
          problem = e.getMessage();
        }
      }
      if (problem == null) {
        out.add(RowFactory.create("pupil", r.getInt(0), r.getInt(1), r.getString(2), r.getInt(3), r.getString(4),
            r.getString(5), null, null, null));
      } else {
        int i = Arrays.asList(names).indexOf(column);
        out.add(RowFactory.create("error", r.isNullAt(0) ? null : r.getInt(0), r.isNullAt(1) ? null : r.getInt(1),
            r.isNullAt(2) ? null : r.getString(2), null, null, null, column,
            r.isNullAt(i) ? null : String.valueOf(r.get(i)), problem));
      }
    }
    return out.iterator();
  }

  /** The LA's model, estimated from its snapshot pupils. */
  static TransitionModel model(int laCode, List<Row> pupils) {
    LocalAuthority la = LocalAuthorities.england().byCode(laCode);
    Map<Integer, CaseloadSnapshot.Builder> years = new TreeMap<>();
    for (Row p : pupils) {
      years.computeIfAbsent(p.getInt(0), y -> CaseloadSnapshot.builder().year(y).localAuthority(la))
          .putPupils(p.getString(1), CaseloadState.of(p.getInt(2), NeedType.valueOf(p.getString(3)),
              SettingType.valueOf(p.getString(4))));
    }
    List<CaseloadSnapshot> snapshots = new ArrayList<>();
    years.values().forEach(b -> snapshots.add(b.build()));
    return TransitionModel.estimate(snapshots);
  }

  private Iterator<Row> runBlocks(Iterator<Row> tasks) {
    ProjectionSettings settings = settings();
    List<Row> out = new ArrayList<>();
    Map<Integer, TransitionModel> models = new TreeMap<>();
    ForkJoinPool one = new ForkJoinPool(1);
    try {
      while (tasks.hasNext()) {
        Row t = tasks.next();
        int la = t.getInt(0);
        int block = t.getInt(1);
        TransitionModel model;
        try {
          model = models.containsKey(la) ? models.get(la) : model(la, t.getList(2));
          models.put(la, model);
        } catch (IllegalArgumentException | IllegalStateException e) {
          if (block == 0) {
            out.add(RowFactory.create("error", la, null, null, null, e.getMessage()));
          }
          continue;
        }
        int from = block * runsPerBlock;
        int to = Math.min(runs, from + runsPerBlock);
        // One thread per task: Spark's tasks are the parallelism.
        ProjectionRuns r = one.submit(() -> DemandProjector.DEFAULT.runs(model, settings, from, to)).get();
        for (int run = from; run < to; run++) {
          out.add(RowFactory.create("run", la, model.baseYear(), run, Arrays.stream(r.run(run)).boxed().toArray(Integer[]::new), null));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("SparkProjection: interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("SparkProjection: " + e.getCause(), e.getCause());
    } finally {
      one.shutdown();
    }
    return out.iterator();
  }

  private Iterator<Row> summarise(Integer laCode, Iterator<Row> rows) {
    ProjectionSettings settings = settings();
    int[][] counts = new int[runs][];
    int baseYear = 0;
    List<Row> out = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      if (r.getString(0).equals("error")) {
        out.add(RowFactory.create("error", laCode, null, null, null, null, null, null, null, r.getString(5)));
        continue;
      }
      baseYear = r.getInt(2);
      List<Integer> c = r.getList(4);
      int[] v = new int[c.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = c.get(i);
      }
      counts[r.getInt(3)] = v;
    }
    if (!out.isEmpty()) {
      return out.iterator();
    }
    LocalAuthority la = LocalAuthorities.england().byCode(laCode);
    DemandProjection p = DemandProjector.DEFAULT.summarise(
        List.of(ProjectionRuns.of(Optional.of(la), baseYear, settings, 0, counts)));
    for (int year : p.years()) {
      out.add(interval("total", laCode, year, null, null, p.total(year)));
      p.bySetting(year).forEach((s, i) -> out.add(interval("setting", laCode, year, s.name(), null, i)));
    }
    for (ProjectedCount c : p.cells()) {
      out.add(interval("cell", laCode, c.year(), c.setting().name(), c.need().name(), c.count()));
    }
    return out.iterator();
  }

  private static Row interval(String kind, int la, int year, String setting, String need, CountInterval i) {
    return RowFactory.create(kind, la, year, setting, need, i.lower(), i.median(), i.upper(), i.mean(), null);
  }

  static Column[] cols(String... names) {
    return Arrays.stream(names).map(functions::col).toArray(Column[]::new);
  }
}
