package org.sendfunding.spark.placeplus;

import static org.sendfunding.spark.placeplus.PlacePlusSchemas.concat;
import static org.sendfunding.spark.placeplus.PlacePlusSchemas.field;

import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.CoGroupFunction;
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
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.placeplus.LocalBanding;
import org.sendfunding.funding.placeplus.PlacePlus;
import org.sendfunding.funding.placeplus.PlacePlusRates;
import org.sendfunding.funding.placeplus.PupilFunding;
import org.sendfunding.funding.placeplus.PupilPlacement;
import org.sendfunding.funding.placeplus.SchoolFundingGap;
import org.sendfunding.funding.placeplus.TopUpBasis;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.Phase;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;
import org.sendfunding.spark.schema.RowErrors;
import org.sendfunding.spark.schema.SchemaCheck;

/**
 * Place-plus funding of every pupil of a Dataset, each school's notional-SEN gap and each LA's totals,
 * by send-funding's own engines: {@code PlacePlus.DEFAULT.fund} on every pupil row and {@code
 * SchoolFundingGap.compute} on every school's SEN pupils (mainstream pupils with a {@code need}), with the rates of a financial year
 * ({@code PlacePlusRates.resolve(ParameterSet.defaults(), year)}) and optionally a local banding.
 *
 * <pre>{@code
 * Dataset<Row> pupils = spark.read().parquet("pupils.parquet");     // PlacePlusSchemas.PUPILS
 * Dataset<Row> schools = spark.read().parquet("schools.parquet");   // PlacePlusSchemas.SCHOOLS
 * PlacePlusOutputs out = SparkPlacePlus.of(FinancialYear.parse("2025-26"))
 *     .withExampleBanding("shropshire")
 *     .run(pupils, schools);
 * out.pupils().write().parquet("pupil-funding");                   // PlacePlusSchemas.PUPIL_FUNDING
 * out.localAuthorities().show();                                    // PlacePlusSchemas.LA_TOTALS
 * out.errors().show(false);                                         // RowErrors.SCHEMA
 * }</pre>
 *
 * <p>A pupil row of {@code MAINSTREAM_ACADEMY}, element 1 £5,000, cost £9,500, {@code COST_ABOVE_BASE}
 * gives element 2 £6,000.00 and element 3 £3,500.00, exactly as the engine does in one JVM; the tests
 * compare every pupil, school and LA with the in-JVM engines to the penny.
 *
 * <p>Rows that fail validation (a null in a required column, an unknown setting, a rule of {@code
 * PupilPlacement} broken, an unknown band, an unknown LA code) go to {@link PlacePlusOutputs#errors()}
 * with the column and the engine's reason, and take no part in any total; a school with pupils but no
 * row in the schools Dataset, or with two rows, is an error too, and its pupils are left out of the
 * school gaps. Call {@link PlacePlusOutputs#requireNoErrors()} for an all-or-nothing job. Pupil ids are
 * not checked for uniqueness (it would cost a shuffle of every id).
 *
 * <p>The engines run on the executors: what is shipped is the financial year and the banding's name or
 * YAML text, and each executor JVM resolves the rates and banding once. Spark jobs are lazy: each of
 * the outputs is computed when an action reads it; persist {@link PlacePlusOutputs#tagged()} first to
 * compute the pupils once for several outputs. This class is immutable and thread-safe.
 */
public final class SparkPlacePlus implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The tagged pupil rows: the input, the funding (null if invalid) and one problem per row (null if valid). */
  static final StructType TAGGED_PUPILS = concat(nullable(PlacePlusSchemas.PUPILS),
      field("element1_pence", DataTypes.LongType, true),
      field("element2_pence", DataTypes.LongType, true),
      field("place_funding_pence", DataTypes.LongType, true),
      field("element3_pence", DataTypes.LongType, true),
      field("fee_pence", DataTypes.LongType, true),
      field("total_pence", DataTypes.LongType, true),
      field("high_needs_cost_pence", DataTypes.LongType, true),
      field("error_column", DataTypes.StringType, true),
      field("error_value", DataTypes.StringType, true),
      field("error_reason", DataTypes.StringType, true));

  static final StructType TAGGED_SCHOOLS = concat(nullable(PlacePlusSchemas.SCHOOL_GAPS),
      field("error_column", DataTypes.StringType, true),
      field("error_value", DataTypes.StringType, true),
      field("error_reason", DataTypes.StringType, true));

  private static final int INPUT = PlacePlusSchemas.PUPILS.size();
  private static final int MONEY = 7;

  /** The engine's field names in its messages, and the columns they come from. */
  private static final ImmutableMap<String, String> COLUMN_OF = ImmutableMap.<String, String>builder()
      .put("PupilPlacement.provisionCost", "provision_cost_pence")
      .put("PupilPlacement.basicPerPupilFunding", "basic_per_pupil_pence")
      .put("PupilPlacement.annualFee", "annual_fee_pence")
      .put("PupilPlacement.band", "band")
      .put("PupilPlacement.agreedTopUp", "agreed_top_up_pence")
      .put("PupilPlacement.topUpBasis", "top_up_basis")
      .build();

  private final int financialYear;
  private final String bandingExample;
  private final String bandingSource;
  private final String bandingYaml;

  private SparkPlacePlus(int financialYear, String bandingExample, String bandingSource, String bandingYaml) {
    this.financialYear = financialYear;
    this.bandingExample = bandingExample;
    this.bandingSource = bandingSource;
    this.bandingYaml = bandingYaml;
  }

  /**
   * A job with the place-plus rates of a financial year and no banding (a banded top-up is then a row
   * error).
   *
   * @param year the financial year
   * @return the job
   */
  public static SparkPlacePlus of(FinancialYear year) {
    return new SparkPlacePlus(year.startYear(), null, null, null);
  }

  /**
   * This job with a banding shipped with send-funding ({@code LocalBanding.example(name)}).
   *
   * @param name e.g. {@code "shropshire"}
   * @return the job
   * @throws IllegalArgumentException if there is no such example
   */
  public SparkPlacePlus withExampleBanding(String name) {
    LocalBanding.example(name);
    return new SparkPlacePlus(financialYear, name, null, null);
  }

  /**
   * This job with a banding read from YAML ({@code LocalBanding.loadYaml(sourceName, yaml)}).
   *
   * @param sourceName the file's name, for messages
   * @param yaml the band file's text
   * @return the job
   * @throws IllegalArgumentException if the file is invalid (checked here, on the driver)
   */
  public SparkPlacePlus withBanding(String sourceName, String yaml) {
    LocalBanding.loadYaml(sourceName, yaml);
    return new SparkPlacePlus(financialYear, null, sourceName, yaml);
  }

  /**
   * Funds every pupil and computes every school's gap and every LA's totals.
   *
   * @param pupils rows of {@link PlacePlusSchemas#PUPILS} (extra columns are ignored)
   * @param schools rows of {@link PlacePlusSchemas#SCHOOLS}
   * @return the outputs (lazy Datasets)
   * @throws org.sendfunding.spark.schema.SparkSchemaException naming a missing or mistyped column
   */
  public PlacePlusOutputs run(Dataset<Row> pupils, Dataset<Row> schools) {
    Dataset<Row> p = SchemaCheck.conform("pupils", pupils, PlacePlusSchemas.PUPILS);
    Dataset<Row> s = SchemaCheck.conform("schools", schools, PlacePlusSchemas.SCHOOLS);
    SparkPlacePlus job = this;
    Dataset<Row> tagged = p.mapPartitions(
        (MapPartitionsFunction<Row, Row>) rows -> job.fundPartition(rows), Encoders.row(TAGGED_PUPILS));
    return new PlacePlusOutputs(this, tagged, s);
  }

  // ---- executors ---------------------------------------------------------------------------------

  /** The rates and banding of a job, resolved once per executor JVM. */
  private static final Map<String, Object[]> CONTEXTS = new ConcurrentHashMap<>();

  private Object[] context() {
    String key = financialYear + "|" + bandingExample + "|" + bandingSource + "|"
        + (bandingYaml == null ? 0 : bandingYaml.hashCode());
    return CONTEXTS.computeIfAbsent(key, k -> new Object[] {
        PlacePlusRates.resolve(ParameterSet.defaults(), FinancialYear.of(financialYear)),
        bandingExample != null ? LocalBanding.example(bandingExample)
            : bandingYaml != null ? LocalBanding.loadYaml(bandingSource, bandingYaml) : null});
  }

  private Iterator<Row> fundPartition(Iterator<Row> rows) {
    Object[] ctx = context();
    PlacePlusRates rates = (PlacePlusRates) ctx[0];
    LocalBanding banding = (LocalBanding) ctx[1];
    return new Iterator<>() {
      final ArrayList<Row> pending = new ArrayList<>();
      int next;

      @Override
      public boolean hasNext() {
        while (next >= pending.size() && rows.hasNext()) {
          pending.clear();
          next = 0;
          fundRow(rows.next(), rates, banding, pending);
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

  /** One pupil row: its funding, or one tagged row per problem. */
  static void fundRow(Row r, PlacePlusRates rates, LocalBanding banding, List<Row> out) {
    List<String[]> problems = new ArrayList<>();
    PupilPlacement placement = placement(r, problems);
    if (placement != null) {
      try {
        PupilFunding f = banding == null ? PlacePlus.DEFAULT.fund(placement, rates) : PlacePlus.DEFAULT.fund(placement, rates, banding);
        Object[] v = Arrays.copyOf(values(r), TAGGED_PUPILS.size());
        v[INPUT] = f.element1().pence();
        v[INPUT + 1] = f.element2().pence();
        v[INPUT + 2] = f.placeFunding().pence();
        v[INPUT + 3] = f.element3().pence();
        v[INPUT + 4] = f.fee().pence();
        v[INPUT + 5] = f.total().pence();
        v[INPUT + 6] = f.highNeedsCost().pence();
        out.add(RowFactory.create(v));
        return;
      } catch (IllegalArgumentException e) {
        problems.add(new String[] {"band", r.isNullAt(9) ? null : r.getString(9), e.getMessage()});
      }
    }
    for (String[] problem : problems) {
      Object[] v = Arrays.copyOf(values(r), TAGGED_PUPILS.size());
      v[INPUT + MONEY] = problem[0];
      v[INPUT + MONEY + 1] = problem[1];
      v[INPUT + MONEY + 2] = problem[2];
      out.add(RowFactory.create(v));
    }
  }

  private static Object[] values(Row r) {
    Object[] v = new Object[INPUT];
    for (int i = 0; i < INPUT; i++) {
      v[i] = r.get(i);
    }
    return v;
  }

  /**
   * The engine's placement of a pupil row, or null with every problem found: each column is read on its
   * own first, so that a row with several bad columns reports them all, then the engine's own checks.
   */
  static PupilPlacement placement(Row r, List<String[]> problems) {
    String id = r.isNullAt(0) ? null : r.getString(0);
    if (id == null) {
      problems.add(new String[] {"pupil_id", null, "required"});
    }
    if (r.isNullAt(1)) {
      problems.add(new String[] {"la_code", null, "required"});
    } else {
      try {
        LocalAuthorities.england().byCode(r.getInt(1));
      } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
        problems.add(new String[] {"la_code", String.valueOf(r.getInt(1)), e.getMessage()});
      }
    }
    SettingType setting = enumValue(r, 3, "setting", SettingType.class, true, problems);
    enumValue(r, 4, "phase", Phase.class, false, problems);
    enumValue(r, 5, "need", NeedType.class, false, problems);
    if (r.isNullAt(7)) {
      problems.add(new String[] {"provision_cost_pence", null, "required"});
    }
    TopUpBasis basis = enumValue(r, 8, "top_up_basis", TopUpBasis.class, true, problems);
    if ((setting == SettingType.MAINSTREAM_MAINTAINED || setting == SettingType.MAINSTREAM_ACADEMY) && r.isNullAt(2)) {
      problems.add(new String[] {"school_urn", null,
          "required for a pupil in a mainstream school, whose notional SEN budget meets element 2"});
    }
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      PupilPlacement.Builder b = PupilPlacement.builder().pupilId(id).settingType(setting)
          .provisionCost(Money.ofPence(r.getLong(7))).topUpBasis(basis);
      if (!r.isNullAt(6)) {
        b.basicPerPupilFunding(Money.ofPence(r.getLong(6)));
      }
      if (!r.isNullAt(9)) {
        b.band(r.getString(9));
      }
      if (!r.isNullAt(10)) {
        b.agreedTopUp(Money.ofPence(r.getLong(10)));
      }
      if (!r.isNullAt(11)) {
        b.annualFee(Money.ofPence(r.getLong(11)));
      }
      if (!r.isNullAt(12)) {
        b.onSchoolRoll(r.getBoolean(12));
      }
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      String message = String.valueOf(e.getMessage());
      String column = "*";
      for (Map.Entry<String, String> c : COLUMN_OF.entrySet()) {
        if (message.startsWith(c.getKey() + ":")) {
          column = c.getValue();
        }
      }
      int index = Arrays.asList(PlacePlusSchemas.PUPILS.fieldNames()).indexOf(column);
      problems.add(new String[] {column, index < 0 || r.isNullAt(index) ? null : String.valueOf(r.get(index)), message});
      return null;
    }
  }

  private static <E extends Enum<E>> E enumValue(Row r, int i, String column, Class<E> type, boolean required,
      List<String[]> problems) {
    if (r.isNullAt(i)) {
      if (required) {
        problems.add(new String[] {column, null, "required"});
      }
      return null;
    }
    String text = r.getString(i);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      problems.add(new String[] {column, text, "not a " + type.getSimpleName() + "; expected one of "
          + Arrays.toString(type.getEnumConstants())});
      return null;
    }
  }

  // ---- schools --------------------------------------------------------------------------------------

  /** Every school's gap (or its problems), from the tagged pupils and the conformed schools. */
  Dataset<Row> schoolGaps(Dataset<Row> tagged, Dataset<Row> schools) {
    Column mainstream = functions.col("setting").isin(SettingType.MAINSTREAM_MAINTAINED.name(), SettingType.MAINSTREAM_ACADEMY.name());
    // The school's SEN pupils: those with a recorded need (pupils without SEN have none in the census).
    Dataset<Row> pupils = tagged.filter(functions.col("error_reason").isNull().and(mainstream)
        .and(functions.col("need").isNotNull()));
    SparkPlacePlus job = this;
    return schools.groupByKey((MapFunction<Row, String>) r -> r.isNullAt(0) ? "" : r.getString(0), Encoders.STRING())
        .cogroup(pupils.groupByKey((MapFunction<Row, String>) r -> r.getString(2), Encoders.STRING()),
            (CoGroupFunction<String, Row, Row, Row>) (urn, schoolRows, pupilRows) -> job.school(urn, schoolRows, pupilRows),
            Encoders.row(TAGGED_SCHOOLS));
  }

  private Iterator<Row> school(String urn, Iterator<Row> schoolRows, Iterator<Row> pupilRows) {
    Object[] ctx = context();
    List<Row> rows = new ArrayList<>();
    schoolRows.forEachRemaining(rows::add);
    List<PupilPlacement> placements = new ArrayList<>();
    pupilRows.forEachRemaining(r -> placements.add(placement(r, new ArrayList<>())));
    List<Row> out = new ArrayList<>();
    if (urn.isEmpty()) {
      rows.forEach(r -> out.add(schoolError(r.isNullAt(1) ? null : r.getInt(1), "school_urn", null, "required")));
      return out.iterator();
    }
    if (rows.isEmpty()) {
      out.add(schoolError(null, urn, "school_urn", urn, placements.size() + " mainstream pupils attend school " + urn
          + ", which has no row in schools: its notional SEN budget is unknown"));
      return out.iterator();
    }
    if (rows.size() > 1) {
      out.add(schoolError(rows.get(0).isNullAt(1) ? null : rows.get(0).getInt(1), urn, "school_urn", urn,
          "school " + urn + " has " + rows.size() + " rows in schools; it must have one"));
      return out.iterator();
    }
    Row s = rows.get(0);
    if (s.isNullAt(1) || s.isNullAt(2)) {
      out.add(schoolError(null, urn, s.isNullAt(1) ? "la_code" : "notional_sen_budget_pence", null, "required"));
      return out.iterator();
    }
    SchoolFundingGap g = SchoolFundingGap.compute(urn, Money.ofPence(s.getLong(2)), placements,
        (PlacePlusRates) ctx[0], (LocalBanding) ctx[1]);
    out.add(RowFactory.create(urn, s.getInt(1), placements.size(), g.notionalSenBudget().pence(), g.totalCost().pence(),
        g.drawnOnNotionalBudget().pence(), g.topUpsReceived().pence(), g.gap().pence(), g.notionalHeadroom().pence(),
        null, null, null));
    return out.iterator();
  }

  private static Row schoolError(Integer la, String column, Object value, String reason) {
    return schoolError(la, null, column, value, reason);
  }

  private static Row schoolError(Integer la, String urn, String column, Object value, String reason) {
    return RowFactory.create(urn, la, null, null, null, null, null, null, null, column,
        value == null ? null : String.valueOf(value), reason);
  }

  // ---- per-LA totals ---------------------------------------------------------------------------------

  /** Sums of long columns by an int key, exact: per partition first, then across partitions. */
  static Dataset<Row> sumByKey(Dataset<Row> rows, String key, String[] columns, StructType schema) {
    int k = rows.schema().fieldIndex(key);
    int[] idx = Arrays.stream(columns).mapToInt(c -> c.isEmpty() ? -1 : rows.schema().fieldIndex(c)).toArray();
    StructType partial = new StructType(new StructField[] {field("key", DataTypes.IntegerType, false),
        field("sums", DataTypes.createArrayType(DataTypes.LongType, false), false)});
    Dataset<Row> partials = rows.mapPartitions((MapPartitionsFunction<Row, Row>) it -> {
      Map<Integer, long[]> sums = new TreeMap<>();
      while (it.hasNext()) {
        Row r = it.next();
        long[] s = sums.computeIfAbsent(r.getInt(k), x -> new long[idx.length]);
        for (int c = 0; c < idx.length; c++) {
          // An empty column name counts the rows.
          s[c] = Math.addExact(s[c], idx[c] < 0 ? 1 : r.getLong(idx[c]));
        }
      }
      List<Row> out = new ArrayList<>();
      sums.forEach((key2, s) -> out.add(RowFactory.create(key2, Arrays.stream(s).boxed().toArray(Long[]::new))));
      return out.iterator();
    }, Encoders.row(partial));
    return partials.groupByKey((MapFunction<Row, Integer>) r -> r.getInt(0), Encoders.INT())
        .flatMapGroups((org.apache.spark.api.java.function.FlatMapGroupsFunction<Integer, Row, Row>) (key2, it) -> {
          long[] s = new long[idx.length];
          while (it.hasNext()) {
            List<Long> part = it.next().getList(1);
            for (int c = 0; c < s.length; c++) {
              s[c] = Math.addExact(s[c], part.get(c));
            }
          }
          Object[] v = new Object[s.length + 1];
          v[0] = key2;
          for (int c = 0; c < s.length; c++) {
            v[c + 1] = s[c];
          }
          return List.of(RowFactory.create(v)).iterator();
        }, Encoders.row(schema));
  }

  private static StructType nullable(StructType t) {
    return new StructType(Arrays.stream(t.fields())
        .map(f -> field(f.name(), f.dataType(), true)).toArray(StructField[]::new));
  }
}
