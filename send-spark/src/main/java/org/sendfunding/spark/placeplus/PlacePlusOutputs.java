package org.sendfunding.spark.placeplus;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.sendfunding.spark.schema.RowErrors;

/**
 * What {@link SparkPlacePlus#run} gives: per-pupil funding, per-school gaps, per-LA totals and the
 * errors, as lazy Datasets over the same tagged pupil rows.
 *
 * <pre>{@code
 * PlacePlusOutputs out = SparkPlacePlus.of(FinancialYear.parse("2025-26")).run(pupils, schools);
 * out.requireNoErrors();                         // all-or-nothing: throws listing the first 20 errors
 * out.localAuthorities().orderBy("la_code").show();
 * }</pre>
 *
 * <p>Each output has its schema constant's columns, in order and of its types; a column the constant
 * declares not nullable holds no null, though Spark may report it as nullable.
 *
 * <p>This class is immutable and thread-safe (Datasets are immutable).
 */
public final class PlacePlusOutputs {

  private static final String[] PUPIL_SUMS = {"", "element1_pence", "element2_pence", "place_funding_pence",
      "element3_pence", "fee_pence", "total_pence", "high_needs_cost_pence"};

  private final Dataset<Row> tagged;
  private final Dataset<Row> pupils;
  private final Dataset<Row> taggedSchools;
  private final Dataset<Row> schools;
  private final Dataset<Row> localAuthorities;
  private final Dataset<Row> errors;

  PlacePlusOutputs(SparkPlacePlus job, Dataset<Row> tagged, Dataset<Row> schoolInput) {
    this.tagged = tagged;
    String[] out = PlacePlusSchemas.PUPIL_FUNDING.fieldNames();
    this.pupils = tagged.filter(functions.col("error_reason").isNull()).select(cols(out));
    this.taggedSchools = job.schoolGaps(tagged, schoolInput);
    this.schools = taggedSchools.filter(functions.col("error_reason").isNull())
        .select(cols(PlacePlusSchemas.SCHOOL_GAPS.fieldNames()));
    Dataset<Row> byPupils = SparkPlacePlus.sumByKey(pupils, "la_code", PUPIL_SUMS,
        PlacePlusSchemas.struct(java.util.Arrays.copyOfRange(PlacePlusSchemas.LA_TOTALS.fields(), 0, 9)));
    Dataset<Row> bySchools = SparkPlacePlus.sumByKey(
        schools.withColumn("in_shortfall", functions.when(functions.col("gap_pence").gt(0), 1L).otherwise(0L))
            .withColumn("shortfall_pence", functions.greatest(functions.col("gap_pence"), functions.lit(0L))),
        "la_code", new String[] {"", "gap_pence", "in_shortfall", "shortfall_pence"},
        PlacePlusSchemas.struct(PlacePlusSchemas.LA_TOTALS.fields()[0], PlacePlusSchemas.LA_TOTALS.fields()[9],
            PlacePlusSchemas.LA_TOTALS.fields()[10], PlacePlusSchemas.LA_TOTALS.fields()[11],
            PlacePlusSchemas.LA_TOTALS.fields()[12]));
    Dataset<Row> joined = byPupils.join(bySchools, byPupils.col("la_code").equalTo(bySchools.col("la_code")), "full_outer")
        .select(functions.coalesce(byPupils.col("la_code"), bySchools.col("la_code")).as("la_code"),
            zero(byPupils, "pupils"), zero(byPupils, "element1_pence"), zero(byPupils, "element2_pence"),
            zero(byPupils, "place_funding_pence"), zero(byPupils, "element3_pence"), zero(byPupils, "fee_pence"),
            zero(byPupils, "total_pence"), zero(byPupils, "high_needs_cost_pence"), zero(bySchools, "schools"),
            zero(bySchools, "schools_gap_pence"), zero(bySchools, "schools_in_shortfall"),
            zero(bySchools, "shortfall_pence"));
    this.localAuthorities = joined;
    Dataset<Row> pupilErrors = tagged.filter(functions.col("error_reason").isNotNull()).select(
        functions.lit("pupils").as("dataset"), functions.col("pupil_id").as("record"),
        functions.col("error_column").as("column"), functions.col("error_value").as("value"),
        functions.col("error_reason").as("reason"));
    Dataset<Row> schoolErrors = taggedSchools.filter(functions.col("error_reason").isNotNull()).select(
        functions.lit("schools").as("dataset"), functions.col("school_urn").as("record"),
        functions.col("error_column").as("column"), functions.col("error_value").as("value"),
        functions.col("error_reason").as("reason"));
    this.errors = pupilErrors.unionByName(schoolErrors);
  }

  private static org.apache.spark.sql.Column zero(Dataset<Row> d, String c) {
    return functions.coalesce(d.col(c), functions.lit(0L)).as(c);
  }

  private static org.apache.spark.sql.Column[] cols(String[] names) {
    return java.util.Arrays.stream(names).map(functions::col).toArray(org.apache.spark.sql.Column[]::new);
  }

  /**
   * The pupil rows as read, each with its funding or one of its problems; persist it to compute the
   * pupils once for several outputs.
   *
   * @return the tagged rows
   */
  public Dataset<Row> tagged() {
    return tagged;
  }

  /** Per-pupil funding, {@link PlacePlusSchemas#PUPIL_FUNDING}. @return the rows */
  public Dataset<Row> pupils() {
    return pupils;
  }

  /** Per-school gaps, {@link PlacePlusSchemas#SCHOOL_GAPS}. @return the rows */
  public Dataset<Row> schools() {
    return schools;
  }

  /** Per-LA totals, {@link PlacePlusSchemas#LA_TOTALS}. @return the rows */
  public Dataset<Row> localAuthorities() {
    return localAuthorities;
  }

  /** Rows that failed validation, {@link RowErrors#SCHEMA}. @return the rows */
  public Dataset<Row> errors() {
    return errors;
  }

  /**
   * Fails if any row failed validation (runs the pupils and schools once to find out).
   *
   * @throws IllegalArgumentException with the count and the first 20 errors
   */
  public void requireNoErrors() {
    List<Row> first = errors.limit(20).collectAsList();
    if (!first.isEmpty()) {
      throw new IllegalArgumentException("SparkPlacePlus: " + RowErrors.message(errors.count(), first));
    }
  }
}
