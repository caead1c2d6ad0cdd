package org.sendfunding.spark.schema;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The errors Dataset of every send-spark job: one row per input row that failed validation, with where
 * it is and why, so that nothing is dropped silently and one bad row does not fail a national job.
 *
 * <pre>
 * dataset | record | column               | value   | reason
 * pupils  | P-17   | provision_cost_pence | -100    | PupilPlacement.provisionCost: -£1.00 must not be negative (pupil P-17, MAINSTREAM_ACADEMY)
 * pupils  | P-18   | setting              | SPECIAL | not a setting type; expected one of MAINSTREAM_MAINTAINED, ...
 * </pre>
 *
 * <p>Jobs that must be all-or-nothing call their output's {@code requireNoErrors()}, which throws listing
 * the first errors. This class is stateless and thread-safe.
 */
public final class RowErrors {

  /**
   * The errors schema: {@code dataset} (the input's name), {@code record} (the row's key, e.g. the
   * pupil id, or its values when it has no key), {@code column} (the column at fault, or {@code *} for
   * a rule across columns), {@code value} (the offending value as text, null if null) and {@code
   * reason} (the rule broken, as the engine words it).
   */
  public static final StructType SCHEMA = new StructType(new StructField[] {
      new StructField("dataset", DataTypes.StringType, false, Metadata.empty()),
      new StructField("record", DataTypes.StringType, true, Metadata.empty()),
      new StructField("column", DataTypes.StringType, false, Metadata.empty()),
      new StructField("value", DataTypes.StringType, true, Metadata.empty()),
      new StructField("reason", DataTypes.StringType, false, Metadata.empty())});

  private RowErrors() {}

  /**
   * An error row.
   *
   * @param dataset the input's name
   * @param record the row's key
   * @param column the column at fault, or {@code *}
   * @param value the offending value, or null
   * @param reason the rule broken
   * @return the row, in {@link #SCHEMA}
   */
  public static Row of(String dataset, String record, String column, Object value, String reason) {
    return RowFactory.create(dataset, record, column, value == null ? null : String.valueOf(value), reason);
  }

  /**
   * The message of an all-or-nothing failure: the count and the first errors.
   *
   * @param count the number of errors
   * @param first the first errors, in {@link #SCHEMA}
   * @return the message
   */
  public static String message(long count, java.util.List<Row> first) {
    StringBuilder b = new StringBuilder().append(count).append(" invalid row").append(count == 1 ? "" : "s")
        .append(", nothing written:");
    for (Row r : first) {
      b.append("\n  - ").append(r.getString(0)).append(" record ").append(r.getString(1)).append(", column ")
          .append(r.getString(2)).append(" = ").append(r.getString(3)).append(": ").append(r.getString(4));
    }
    if (count > first.size()) {
      b.append("\n  ... and ").append(count - first.size()).append(" more");
    }
    return b.toString();
  }
}
