package org.sendfunding.spark.placeplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.placeplus.LocalBanding;
import org.sendfunding.funding.placeplus.PlacePlus;
import org.sendfunding.funding.placeplus.PlacePlusRates;
import org.sendfunding.funding.placeplus.PupilFunding;
import org.sendfunding.funding.placeplus.PupilPlacement;
import org.sendfunding.funding.placeplus.SchoolFundingGap;
import org.sendfunding.funding.placeplus.TopUpBasis;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;
import org.sendfunding.spark.SharedSpark;
import org.sendfunding.spark.example.GeneratedPupils;
import org.sendfunding.spark.schema.SparkSchemaException;

class SparkPlacePlusTest {

  private static final int PUPILS = 6_000;
  private static final int SCHOOLS = 160;
  private static final FinancialYear YEAR = FinancialYear.parse("2025-26");
  private static final PlacePlusRates RATES = PlacePlusRates.resolve(ParameterSet.defaults(), YEAR);
  private static final LocalBanding SHROPSHIRE = LocalBanding.example("shropshire");

  private static SparkSession spark;
  private static List<Row> pupilRows;
  private static List<Row> schoolRows;
  private static PlacePlusOutputs out;
  private static Map<String, Row> sparkPupils;

  @BeforeAll
  static void run() {
    spark = SharedSpark.session();
    pupilRows = new ArrayList<>();
    for (long i = 0; i < PUPILS; i++) {
      pupilRows.add(GeneratedPupils.pupil(i, SCHOOLS));
    }
    pupilRows.addAll(invalidRows());
    // The in-JVM side reads the rows by column name.
    pupilRows.replaceAll(r -> new GenericRowWithSchema(
        scala.jdk.javaapi.CollectionConverters.asJava(r.toSeq()).toArray(), PlacePlusSchemas.PUPILS));
    schoolRows = new ArrayList<>();
    for (int s = 0; s < SCHOOLS; s++) {
      schoolRows.add(GeneratedPupils.school(s));
    }
    Dataset<Row> pupils = spark.createDataFrame(pupilRows, PlacePlusSchemas.PUPILS).repartition(3);
    out = SparkPlacePlus.of(YEAR).withExampleBanding("shropshire")
        .run(pupils, spark.createDataFrame(schoolRows, PlacePlusSchemas.SCHOOLS));
    out.tagged().persist();
    sparkPupils = out.pupils().collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r));

  }

  /** Rows each breaking one rule, with the column the error must name. */
  private static List<Row> invalidRows() {
    return List.of(
        RowFactory.create("BAD-1", 893, "100001", "MAINSTREAM_ACADEMY", "PRIMARY", "ASD", 500_000L, -100L,
            "COST_ABOVE_BASE", null, null, null, null),
        RowFactory.create("BAD-2", 893, null, "SPECIAL", "PRIMARY", "ASD", null, 100L, "NONE", null, null, null, null),
        RowFactory.create("BAD-3", 893, "100001", "MAINSTREAM_ACADEMY", "PRIMARY", "ASD", 500_000L, 900_000L,
            "BAND", "EHCP-9", null, null, null),
        RowFactory.create("BAD-4", 999, "100001", "MAINSTREAM_ACADEMY", "PRIMARY", "ASD", 500_000L, 900_000L,
            "NONE", null, null, null, null),
        RowFactory.create("BAD-5", 893, null, "MAINSTREAM_ACADEMY", "PRIMARY", "ASD", 500_000L, 900_000L,
            "NONE", null, null, null, null),
        RowFactory.create("BAD-6", 893, null, "MAINTAINED_SPECIAL", null, null, 500_000L, 2_000_000L,
            "COST_ABOVE_BASE", null, null, null, null),
        // Not a mainstream school and an unknown need: both columns are reported.
        RowFactory.create("BAD-7", 893, null, "MAINTAINED_SPECIAL", "NURSERY", "XYZ", null, 2_000_000L,
            "COST_ABOVE_BASE", null, null, null, null),
        // A school that is not in the schools Dataset: the pupil is funded, the school is an error.
        RowFactory.create("ORPHAN-1", 893, "999999", "MAINSTREAM_MAINTAINED", "PRIMARY", "ASD", 500_000L, 700_000L,
            "COST_ABOVE_BASE", null, null, null, null));
  }

  /** The engine's placement of a generated row, read column by column here (not by the job's reader). */
  private static PupilPlacement placement(Row r) {
    PupilPlacement.Builder b = PupilPlacement.builder().pupilId(r.getAs("pupil_id"))
        .settingType(SettingType.valueOf(r.getAs("setting")))
        .provisionCost(Money.ofPence(r.<Long>getAs("provision_cost_pence")))
        .topUpBasis(TopUpBasis.valueOf(r.getAs("top_up_basis")));
    Long basic = r.getAs("basic_per_pupil_pence");
    if (basic != null) {
      b.basicPerPupilFunding(Money.ofPence(basic));
    }
    String band = r.getAs("band");
    if (band != null) {
      b.band(band);
    }
    Long agreed = r.getAs("agreed_top_up_pence");
    if (agreed != null) {
      b.agreedTopUp(Money.ofPence(agreed));
    }
    Long fee = r.getAs("annual_fee_pence");
    if (fee != null) {
      b.annualFee(Money.ofPence(fee));
    }
    Boolean onRoll = r.getAs("on_school_roll");
    if (onRoll != null) {
      b.onSchoolRoll(onRoll);
    }
    return b.build();
  }

  private static boolean valid(Row r) {
    return !r.<String>getAs("pupil_id").startsWith("BAD-");
  }

  @Test
  void every_pupil_is_funded_as_the_engine_funds_it_to_the_penny() {
    assertThat(sparkPupils).hasSize(PUPILS + 1);
    int banded = 0;
    for (Row input : pupilRows) {
      if (!valid(input)) {
        continue;
      }
      PupilFunding f = PlacePlus.DEFAULT.fund(placement(input), RATES, SHROPSHIRE);
      Row s = sparkPupils.get(f.placement().pupilId());
      assertThat(new long[] {s.getAs("element1_pence"), s.getAs("element2_pence"), s.getAs("place_funding_pence"),
          s.getAs("element3_pence"), s.getAs("fee_pence"), s.getAs("total_pence"), s.getAs("high_needs_cost_pence")})
          .as(f.placement().pupilId())
          .containsExactly(f.element1().pence(), f.element2().pence(), f.placeFunding().pence(), f.element3().pence(),
              f.fee().pence(), f.total().pence(), f.highNeedsCost().pence());
      assertThat(s.<Integer>getAs("la_code")).isEqualTo(input.<Integer>getAs("la_code"));
      banded += f.placement().topUpBasis() == TopUpBasis.BAND ? 1 : 0;
    }
    // The generated data exercise every basis, setting and band.
    assertThat(banded).isGreaterThan(100);
    assertThat(sparkPupils.values().stream().map(r -> r.<String>getAs("setting")).distinct().count())
        .isEqualTo(SettingType.values().length);
  }

  @Test
  void the_worked_example_gives_the_readme_figures() {
    // send-funding README: Shropshire band EHCP-3, element 1 £5,000 -> £5,000 + £6,000 + £3,000 = £14,000.
    Row p1 = RowFactory.create("P1", 893, "100001", "MAINSTREAM_ACADEMY", "PRIMARY", "ASD", 500_000L, 950_000L,
        "BAND", "EHCP-3", null, null, null);
    Row r = SparkPlacePlus.of(YEAR).withExampleBanding("shropshire")
        .run(spark.createDataFrame(List.of(p1), PlacePlusSchemas.PUPILS),
            spark.createDataFrame(List.of(RowFactory.create("100001", 893, 1_000_000L)), PlacePlusSchemas.SCHOOLS))
        .pupils().first();
    assertThat(r.<Long>getAs("element1_pence")).isEqualTo(500_000L);
    assertThat(r.<Long>getAs("element2_pence")).isEqualTo(600_000L);
    assertThat(r.<Long>getAs("element3_pence")).isEqualTo(300_000L);
    assertThat(r.<Long>getAs("total_pence")).isEqualTo(1_400_000L);
  }

  @Test
  void every_school_gap_is_the_engines_to_the_penny() {
    Map<String, List<PupilPlacement>> bySchool = new TreeMap<>();
    for (Row input : pupilRows) {
      String setting = input.getAs("setting");
      if (valid(input) && input.getAs("need") != null
          && (setting.equals("MAINSTREAM_MAINTAINED") || setting.equals("MAINSTREAM_ACADEMY"))) {
        bySchool.computeIfAbsent(input.getAs("school_urn"), k -> new ArrayList<>()).add(placement(input));
      }
    }
    Map<String, Row> gaps = out.schools().collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r));
    assertThat(gaps).hasSize(SCHOOLS);
    for (Row school : schoolRows) {
      String urn = school.getString(0);
      SchoolFundingGap g = SchoolFundingGap.compute(urn, Money.ofPence(school.getLong(2)),
          bySchool.getOrDefault(urn, List.of()), RATES, SHROPSHIRE);
      Row s = gaps.get(urn);
      assertThat(new long[] {s.<Integer>getAs("sen_pupils"), s.getAs("total_cost_pence"),
          s.getAs("drawn_on_notional_budget_pence"), s.getAs("top_ups_received_pence"), s.getAs("gap_pence"),
          s.getAs("notional_headroom_pence")})
          .as(urn)
          .containsExactly(g.pupils().size(), g.totalCost().pence(), g.drawnOnNotionalBudget().pence(),
              g.topUpsReceived().pence(), g.gap().pence(), g.notionalHeadroom().pence());
    }
  }

  @Test
  void every_la_total_is_the_sum_of_the_engines_figures() {
    Map<Integer, long[]> expected = new HashMap<>();
    for (Row input : pupilRows) {
      if (valid(input)) {
        PupilFunding f = PlacePlus.DEFAULT.fund(placement(input), RATES, SHROPSHIRE);
        long[] e = expected.computeIfAbsent(input.getAs("la_code"), k -> new long[5]);
        e[0]++;
        e[1] = Math.addExact(e[1], f.element2().pence());
        e[2] = Math.addExact(e[2], f.element3().pence());
        e[3] = Math.addExact(e[3], f.total().pence());
        e[4] = Math.addExact(e[4], f.highNeedsCost().pence());
      }
    }
    Map<String, List<PupilPlacement>> bySchool = new TreeMap<>();
    for (Row input : pupilRows) {
      String setting = input.getAs("setting");
      if (valid(input) && input.getAs("need") != null
          && (setting.equals("MAINSTREAM_MAINTAINED") || setting.equals("MAINSTREAM_ACADEMY"))) {
        bySchool.computeIfAbsent(input.getAs("school_urn"), k -> new ArrayList<>()).add(placement(input));
      }
    }
    Map<Integer, Long> gapByLa = new HashMap<>();
    for (Row school : schoolRows) {
      SchoolFundingGap g = SchoolFundingGap.compute(school.getString(0), Money.ofPence(school.getLong(2)),
          bySchool.getOrDefault(school.getString(0), List.of()), RATES, SHROPSHIRE);
      gapByLa.merge(school.getInt(1), g.gap().pence(), Math::addExact);
    }
    List<Row> las = out.localAuthorities().collectAsList();
    assertThat(las).hasSize(expected.size());
    for (Row la : las) {
      long[] e = expected.get(la.<Integer>getAs("la_code"));
      assertThat(new long[] {la.getAs("pupils"), la.getAs("element2_pence"), la.getAs("element3_pence"),
          la.getAs("total_pence"), la.getAs("high_needs_cost_pence")})
          .containsExactly(e[0], e[1], e[2], e[3], e[4]);
      assertThat(la.<Long>getAs("schools_gap_pence")).isEqualTo(gapByLa.getOrDefault(la.<Integer>getAs("la_code"), 0L));
    }
  }

  @Test
  void invalid_rows_go_to_the_errors_with_their_column_and_reason() {
    Map<String, List<Row>> errors = out.errors().collectAsList().stream()
        .collect(Collectors.groupingBy(r -> r.getString(1)));
    assertThat(errors.keySet()).containsExactlyInAnyOrder("BAD-1", "BAD-2", "BAD-3", "BAD-4", "BAD-5", "BAD-6",
        "BAD-7", "999999");
    assertThat(errors.get("BAD-1").get(0).getString(2)).isEqualTo("provision_cost_pence");
    assertThat(errors.get("BAD-1").get(0).getString(4)).contains("must not be negative");
    assertThat(errors.get("BAD-2").get(0).getString(2)).isEqualTo("setting");
    assertThat(errors.get("BAD-2").get(0).getString(3)).isEqualTo("SPECIAL");
    assertThat(errors.get("BAD-3").get(0).getString(2)).isEqualTo("band");
    assertThat(errors.get("BAD-3").get(0).getString(4)).contains("EHCP-9");
    assertThat(errors.get("BAD-4").get(0).getString(2)).isEqualTo("la_code");
    assertThat(errors.get("BAD-5").get(0).getString(2)).isEqualTo("school_urn");
    assertThat(errors.get("BAD-6").get(0).getString(2)).isEqualTo("basic_per_pupil_pence");
    assertThat(errors.get("BAD-7")).extracting(r -> r.getString(2)).containsExactly("phase", "need");
    assertThat(errors.get("999999").get(0).getString(0)).isEqualTo("schools");
    assertThat(errors.get("999999").get(0).getString(4)).contains("no row in schools");
    assertThatThrownBy(out::requireNoErrors).hasMessageContaining("9 invalid rows, nothing written")
        .hasMessageContaining("pupils record BAD-1, column provision_cost_pence = -100");
  }

  @Test
  void a_mistyped_or_missing_column_is_refused_before_any_row_is_read() {
    Dataset<Row> pupils = spark.createDataFrame(pupilRows.subList(0, 10), PlacePlusSchemas.PUPILS)
        .withColumn("provision_cost_pence", functions.col("provision_cost_pence").cast(DataTypes.DoubleType))
        .drop("setting");
    Dataset<Row> schools = spark.createDataFrame(schoolRows, PlacePlusSchemas.SCHOOLS);
    assertThatThrownBy(() -> SparkPlacePlus.of(YEAR).run(pupils, schools))
        .isInstanceOf(SparkSchemaException.class)
        .hasMessage("pupils: 2 schema problems:\n"
            + "  - column 'setting' is missing (expected StringType)\n"
            + "  - column 'provision_cost_pence' is DoubleType, expected LongType"
            + " (money is whole pence in a long, never a double)");
  }
}
