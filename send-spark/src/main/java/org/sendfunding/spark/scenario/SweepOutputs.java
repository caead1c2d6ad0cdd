package org.sendfunding.spark.scenario;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.sendfunding.spark.schema.RowErrors;

/**
 * What {@link SparkSweep#run} gives: national figures per variant and year, figures per variant, LA and
 * year, and the variants refused, as lazy Datasets.
 *
 * <pre>{@code
 * SweepOutputs out = SparkSweep.of(ScenarioSource.builtIn(BuiltInPolicy.TODAYS_RULES)).run(variants);
 * out.requireNoErrors();
 * out.national().groupBy("year").agg(functions.min("closing_balance_pence")).show();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SweepOutputs {

  private final Dataset<Row> tagged;
  private final Dataset<Row> laYears;

  SweepOutputs(Dataset<Row> tagged, Dataset<Row> laYears) {
    this.tagged = tagged;
    this.laYears = laYears;
  }

  /** National figures and errors, told apart by {@code kind}. @return the rows */
  public Dataset<Row> tagged() {
    return tagged;
  }

  /** National figures per variant and year, {@link SweepSchemas#NATIONAL}. @return the rows */
  public Dataset<Row> national() {
    Column[] cols = Arrays.stream(SweepSchemas.NATIONAL.fieldNames()).map(functions::col).toArray(Column[]::new);
    return tagged.filter(functions.col("kind").equalTo("national")).select(cols);
  }

  /**
   * Figures per variant, LA and year, {@link SweepSchemas#LA_YEARS}: one projection per variant, so
   * about a thousand times the national view's work. Refused variants are left out (see {@link #errors()}).
   *
   * @return the rows
   */
  public Dataset<Row> localAuthorityYears() {
    return laYears;
  }

  /** Variants refused, {@link RowErrors#SCHEMA}. @return the rows */
  public Dataset<Row> errors() {
    return SparkSweep.errorsOf(tagged);
  }

  /**
   * Fails if any variant was refused.
   *
   * @throws IllegalArgumentException with the count and the first 20 errors
   */
  public void requireNoErrors() {
    Dataset<Row> errors = errors();
    List<Row> first = errors.limit(20).collectAsList();
    if (!first.isEmpty()) {
      throw new IllegalArgumentException("SparkSweep: " + RowErrors.message(errors.count(), first));
    }
  }
}
