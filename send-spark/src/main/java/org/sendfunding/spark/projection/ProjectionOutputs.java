package org.sendfunding.spark.projection;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.sendfunding.spark.schema.RowErrors;

/**
 * What {@link SparkProjection#run} gives: totals, per-setting and per-cell intervals, and errors, as
 * lazy Datasets over one result Dataset (persist {@link #results()} to project once for several
 * outputs).
 *
 * <pre>{@code
 * ProjectionOutputs out = SparkProjection.of(ProjectionSettings.of(10, 1000, 42L)).run(snapshots);
 * out.results().persist();
 * out.totals().show();
 * out.bySetting().filter("setting = 'INDEPENDENT_SPECIAL'").show();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectionOutputs {

  private final Dataset<Row> validated;
  private final Dataset<Row> results;

  ProjectionOutputs(Dataset<Row> validated, Dataset<Row> results) {
    this.validated = validated;
    this.results = results;
  }

  /** Every result row, told apart by {@code kind} ({@code total}, {@code setting}, {@code cell}, {@code error}). @return the rows */
  public Dataset<Row> results() {
    return results;
  }

  /** Totals per LA and year, {@link ProjectionSchemas#TOTALS}. @return the rows */
  public Dataset<Row> totals() {
    return results.filter(functions.col("kind").equalTo("total"))
        .select(SparkProjection.cols("la_code", "year", "lower", "median", "upper", "mean"));
  }

  /** Per setting type, {@link ProjectionSchemas#BY_SETTING}. @return the rows */
  public Dataset<Row> bySetting() {
    return results.filter(functions.col("kind").equalTo("setting"))
        .select(SparkProjection.cols("la_code", "year", "setting", "lower", "median", "upper", "mean"));
  }

  /** Per occupied cell, {@link ProjectionSchemas#CELLS}. @return the rows */
  public Dataset<Row> cells() {
    return results.filter(functions.col("kind").equalTo("cell"))
        .select(SparkProjection.cols("la_code", "year", "setting", "need", "lower", "median", "upper", "mean"));
  }

  /** Snapshot rows and LAs refused, {@link RowErrors#SCHEMA}. @return the rows */
  public Dataset<Row> errors() {
    Dataset<Row> rows = validated.filter(functions.col("kind").equalTo("error")).select(
        functions.lit("snapshots").as("dataset"),
        functions.concat_ws("/", functions.col("la_code"), functions.col("year"), functions.col("pupil_id")).as("record"),
        functions.col("error_column").as("column"), functions.col("error_value").as("value"),
        functions.col("error_reason").as("reason"));
    Dataset<Row> las = results.filter(functions.col("kind").equalTo("error")).select(
        functions.lit("snapshots").as("dataset"), functions.col("la_code").cast("string").as("record"),
        functions.lit("la_code").as("column"), functions.col("la_code").cast("string").as("value"),
        functions.col("error_reason").as("reason"));
    return rows.unionByName(las);
  }

  /**
   * Fails if any row or LA was refused.
   *
   * @throws IllegalArgumentException with the count and the first 20 errors
   */
  public void requireNoErrors() {
    Dataset<Row> errors = errors();
    List<Row> first = errors.limit(20).collectAsList();
    if (!first.isEmpty()) {
      throw new IllegalArgumentException("SparkProjection: " + RowErrors.message(errors.count(), first));
    }
  }
}
