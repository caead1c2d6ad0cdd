package org.sendfunding.spark.scenario;

import static org.sendfunding.spark.scenario.SweepSchemas.field;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sendfunding.funding.scenario.CompiledScenario;
import org.sendfunding.funding.scenario.Measure;
import org.sendfunding.funding.scenario.Projection;
import org.sendfunding.funding.scenario.ScenarioSweep;
import org.sendfunding.funding.scenario.ScenarioVariant;
import org.sendfunding.funding.scenario.SweepResult;
import org.sendfunding.spark.schema.SchemaCheck;

/**
 * A scenario sweep over a Dataset of variants: each partition's variants are swept by send-funding's
 * {@code ScenarioSweep} (on one thread per task: Spark supplies the parallelism), or each variant is
 * projected for every LA by {@code CompiledScenario.withVariant(variant).project()}. The figures are
 * those of the in-JVM sweep for the same variants, to the penny, however the variants are partitioned:
 * each variant's figures depend on that variant alone.
 *
 * <pre>{@code
 * Dataset<Row> variants = spark.range(1_000_000).selectExpr("id AS variant_id", ...);   // SweepSchemas.VARIANTS
 * SweepOutputs out = SparkSweep.of(ScenarioSource.builtIn(BuiltInPolicy.TODAYS_RULES)).run(variants.repartition(64));
 * out.national().filter("year = '2030-31'").orderBy("closing_balance_pence").show();
 * out.localAuthorityYears().write().parquet("sweep-la-years");   // variants x 153 LAs x years rows
 * }</pre>
 *
 * <p>A variant the engine refuses ({@code ScenarioVariant}'s checks: a cap below the floor, growth or
 * inflation at or below -100%, a write-off share beyond 100%; or a sweep that would take a count or unit
 * cost beyond an {@code int}) goes to {@link SweepOutputs#errors()} with the reason, and is left out of
 * the figures. This class is immutable and thread-safe.
 */
public final class SparkSweep implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Measure[] MEASURES = SweepResult.measures().toArray(new Measure[0]);

  static final StructType TAGGED = new StructType(new StructField[] {
      field("kind", DataTypes.StringType, false),
      field("variant_id", DataTypes.LongType, true),
      field("year", DataTypes.StringType, true),
      field("year_index", DataTypes.IntegerType, true),
      field("high_needs_allocation_pence", DataTypes.LongType, true),
      field("block_transfer_pence", DataTypes.LongType, true),
      field("write_off_pence", DataTypes.LongType, true),
      field("total_income_pence", DataTypes.LongType, true),
      field("total_spend_pence", DataTypes.LongType, true),
      field("closing_balance_pence", DataTypes.LongType, true),
      field("error_column", DataTypes.StringType, true),
      field("error_value", DataTypes.StringType, true),
      field("error_reason", DataTypes.StringType, true)});

  private static final Map<String, CompiledScenario> COMPILED = new ConcurrentHashMap<>();

  private final ScenarioSource source;

  private SparkSweep(ScenarioSource source) {
    this.source = source;
  }

  /**
   * A sweep of a base scenario.
   *
   * @param source the base scenario's recipe
   * @return the sweep
   */
  public static SparkSweep of(ScenarioSource source) {
    return new SparkSweep(source);
  }

  /**
   * Sweeps the variants.
   *
   * @param variants rows of {@link SweepSchemas#VARIANTS}
   * @return the outputs (lazy Datasets)
   * @throws org.sendfunding.spark.schema.SparkSchemaException naming a missing or mistyped column
   */
  public SweepOutputs run(Dataset<Row> variants) {
    Dataset<Row> v = SchemaCheck.conform("variants", variants, SweepSchemas.VARIANTS);
    ScenarioSource s = source;
    Dataset<Row> tagged = v.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> national(s, rows), Encoders.row(TAGGED));
    Dataset<Row> laYears = v.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> laYears(s, rows),
        Encoders.row(SweepSchemas.LA_YEARS));
    return new SweepOutputs(tagged, laYears);
  }

  static CompiledScenario compiled(ScenarioSource source) {
    return COMPILED.computeIfAbsent(source.key(), k -> CompiledScenario.compile(source.scenario()));
  }

  /** The variant of a row, or null with its problem added to {@code errors}. */
  private static ScenarioVariant variant(Row r, List<Row> errors) {
    String[] names = SweepSchemas.VARIANTS.fieldNames();
    for (int i = 0; i < names.length; i++) {
      if (r.isNullAt(i)) {
        errors.add(error(r, names[i], null, "required"));
        return null;
      }
    }
    try {
      return ScenarioVariant.of(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6));
    } catch (IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      String column = m.startsWith("ScenarioVariant.cap:") ? "cap_millionths"
          : m.startsWith("ScenarioVariant.transferLimit:") ? "transfer_limit_millionths"
          : m.startsWith("ScenarioVariant.writeOffShare:") ? "write_off_share_millionths" : "*";
      int i = Arrays.asList(names).indexOf(column);
      errors.add(error(r, column, i < 0 ? null : String.valueOf(r.getLong(i)), m));
      return null;
    }
  }

  private static Row error(Row r, String column, String value, String reason) {
    return RowFactory.create("error", r.isNullAt(0) ? null : r.getLong(0), null, null, null, null, null, null, null,
        null, column, value, reason);
  }

  private static Iterator<Row> national(ScenarioSource source, Iterator<Row> rows) {
    CompiledScenario base = compiled(source);
    ScenarioSweep sweep = ScenarioSweep.of(base);
    List<Row> out = new ArrayList<>();
    List<ScenarioVariant> variants = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    List<Row> inputs = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      ScenarioVariant v = variant(r, out);
      if (v != null) {
        variants.add(v);
        ids.add(r.getLong(0));
        inputs.add(r);
      }
    }
    ForkJoinPool one = new ForkJoinPool(1);
    try {
      SweepResult result;
      try {
        result = sweep.run(variants, one);
      } catch (ArithmeticException whole) {
        // Some variant is beyond what a sweep holds: find which, and sweep the others together.
        List<ScenarioVariant> kept = new ArrayList<>();
        List<Long> keptIds = new ArrayList<>();
        for (int k = 0; k < variants.size(); k++) {
          try {
            sweep.run(List.of(variants.get(k)), one);
            kept.add(variants.get(k));
            keptIds.add(ids.get(k));
          } catch (ArithmeticException e) {
            out.add(error(inputs.get(k), "*", null, e.getMessage()));
          }
        }
        variants = kept;
        ids = keptIds;
        result = sweep.run(variants, one);
      }
      int years = result.years().size();
      for (int k = 0; k < variants.size(); k++) {
        for (int t = 0; t < years; t++) {
          Object[] v = new Object[TAGGED.size()];
          v[0] = "national";
          v[1] = ids.get(k);
          v[2] = result.years().get(t).toString();
          v[3] = t;
          for (int m = 0; m < MEASURES.length; m++) {
            v[4 + m] = result.national(k, t, MEASURES[m]);
          }
          out.add(RowFactory.create(v));
        }
      }
    } finally {
      one.shutdown();
    }
    return out.iterator();
  }

  private static Iterator<Row> laYears(ScenarioSource source, Iterator<Row> rows) {
    CompiledScenario base = compiled(source);
    int n = base.authorities().size();
    int years = base.years().size();
    int[] codes = base.authorities().stream().mapToInt(la -> la.code()).toArray();
    String[] names = base.years().stream().map(Object::toString).toArray(String[]::new);
    return new Iterator<>() {
      final ArrayList<Row> pending = new ArrayList<>();
      int next;

      @Override
      public boolean hasNext() {
        while (next >= pending.size() && rows.hasNext()) {
          pending.clear();
          next = 0;
          Row r = rows.next();
          ScenarioVariant v = variant(r, new ArrayList<>());
          if (v == null) {
            continue;
          }
          Projection p;
          try {
            p = base.withVariant(v).project();
          } catch (ArithmeticException e) {
            continue;   // reported by the national view's errors
          }
          for (int i = 0; i < n; i++) {
            for (int t = 0; t < years; t++) {
              Object[] out = new Object[SweepSchemas.LA_YEARS.size()];
              out[0] = r.getLong(0);
              out[1] = codes[i];
              out[2] = names[t];
              out[3] = t;
              for (int m = 0; m < MEASURES.length; m++) {
                out[4 + m] = p.value(MEASURES[m], i, t);
              }
              pending.add(RowFactory.create(out));
            }
          }
        }
        return next < pending.size();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return pending.get(next++);
      }
    };
  }

  static Dataset<Row> errorsOf(Dataset<Row> tagged) {
    return tagged.filter(functions.col("kind").equalTo("error")).select(functions.lit("variants").as("dataset"),
        functions.col("variant_id").cast(DataTypes.StringType).as("record"), functions.col("error_column").as("column"),
        functions.col("error_value").as("value"), functions.col("error_reason").as("reason"));
  }
}
