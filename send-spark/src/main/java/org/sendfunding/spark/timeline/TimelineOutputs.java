package org.sendfunding.spark.timeline;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.sendfunding.spark.schema.RowErrors;

/**
 * What {@link SparkTimelines#run} gives: deadlines, cases, per-LA timeliness and errors, as lazy
 * Datasets over one tagged Dataset (persist {@link #tagged()} to judge the cases once for several
 * outputs).
 *
 * <pre>{@code
 * TimelineOutputs out = SparkTimelines.asOf(LocalDate.of(2025, 6, 30)).run(events);
 * out.requireNoErrors();
 * out.cases().filter("breaches > 0").count();
 * }</pre>
 *
 * <p>Each output has its schema constant's columns, in order and of its types. This class is immutable
 * and thread-safe.
 */
public final class TimelineOutputs {

  private final Dataset<Row> tagged;

  TimelineOutputs(Dataset<Row> tagged) {
    this.tagged = tagged;
  }

  /** Every row the executors produced, told apart by {@code kind}. @return the rows */
  public Dataset<Row> tagged() {
    return tagged;
  }

  /** Every deadline of every valid case, {@link TimelineSchemas#DEADLINES}. @return the rows */
  public Dataset<Row> deadlines() {
    return tagged.filter(functions.col("kind").equalTo("deadline")).select(functions.col("case_id"),
        functions.col("la_code"), functions.col("deadline_index"), functions.col("period_id"),
        SparkTimelines.day("trigger_day").as("trigger_date"), SparkTimelines.day("due_day").as("due"),
        SparkTimelines.day("done_day").as("done"), functions.col("status"), functions.col("days_missed_by"),
        functions.col("exception_applies"));
  }

  /** One row per valid case, {@link TimelineSchemas#CASES}. @return the rows */
  public Dataset<Row> cases() {
    return tagged.filter(functions.col("kind").equalTo("case")).select(functions.col("case_id"),
        functions.col("la_code"), functions.col("deadlines"), functions.col("breaches"), functions.col("late"),
        functions.col("overdue"), functions.col("exception_applies"));
  }

  /** Per-LA timeliness by year, {@link TimelineSchemas#LA_TIMELINESS}. @return the rows */
  public Dataset<Row> localAuthorities() {
    return SparkTimelines.timeliness(tagged);
  }

  /** Cases that failed validation, {@link RowErrors#SCHEMA}, one row per problem. @return the rows */
  public Dataset<Row> errors() {
    return SparkTimelines.errors(tagged);
  }

  /**
   * Fails if any case failed validation.
   *
   * @throws IllegalArgumentException with the count and the first 20 errors
   */
  public void requireNoErrors() {
    Dataset<Row> errors = errors();
    List<Row> first = errors.limit(20).collectAsList();
    if (!first.isEmpty()) {
      throw new IllegalArgumentException("SparkTimelines: " + RowErrors.message(errors.count(), first));
    }
  }
}
