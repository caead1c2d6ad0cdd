package org.sendfunding.spark.schema;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Checks that an input Dataset has every column a job reads, with the type the job reads it as, before
 * any row is touched; then selects those columns in the schema's order.
 *
 * <p>Columns are matched by name, ignoring case (as Spark SQL does by default). Extra columns are
 * allowed and dropped. A column that the schema declares not nullable may still be nullable in the
 * input (Parquet files written by Spark usually are): a null in it is a row error, reported in the
 * job's errors Dataset, not a schema problem. A money column of any type but {@code LongType} is
 * refused with a reason, because pence are whole numbers held in a {@code long}; a {@code DoubleType}
 * cannot hold every amount exactly.
 *
 * <pre>{@code
 * Dataset<Row> pupils = SchemaCheck.conform("pupils", spark.read().parquet(path), PlacePlusSchemas.PUPILS);
 * // throws SparkSchemaException:
 * //   pupils: 1 schema problem:
 * //     - column 'provision_cost_pence' is DoubleType, expected LongType (money is whole pence in a long, never a double)
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SchemaCheck {

  private SchemaCheck() {}

  /**
   * Every problem of a schema against the expected one, in the expected schema's column order.
   *
   * @param expected the job's schema
   * @param actual the input's schema
   * @return the problems, empty if the input fits
   */
  public static ImmutableList<String> problems(StructType expected, StructType actual) {
    Map<String, StructField> byName = new HashMap<>();
    for (StructField f : actual.fields()) {
      byName.put(f.name().toLowerCase(Locale.ROOT), f);
    }
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    for (StructField want : expected.fields()) {
      StructField got = byName.get(want.name().toLowerCase(Locale.ROOT));
      if (got == null) {
        problems.add("column '" + want.name() + "' is missing (expected " + typeName(want.dataType()) + ")");
      } else if (!got.dataType().sameType(want.dataType())) {
        problems.add("column '" + want.name() + "' is " + typeName(got.dataType()) + ", expected "
            + typeName(want.dataType()) + (isMoney(want) ? " (money is whole pence in a long, never a double)" : ""));
      }
    }
    return problems.build();
  }

  /**
   * Checks a Dataset and selects the expected columns in order.
   *
   * @param dataset the dataset's name, for the message
   * @param input the input
   * @param expected the job's schema
   * @return the input's columns of the expected schema, in its order
   * @throws SparkSchemaException listing every missing or mistyped column
   */
  public static Dataset<Row> conform(String dataset, Dataset<Row> input, StructType expected) {
    ImmutableList<String> problems = problems(expected, input.schema());
    if (!problems.isEmpty()) {
      throw new SparkSchemaException(dataset, problems);
    }
    return input.selectExpr(java.util.Arrays.stream(expected.fieldNames()).map(n -> "`" + n + "`").toArray(String[]::new));
  }

  private static boolean isMoney(StructField f) {
    return f.name().endsWith("_pence");
  }

  private static String typeName(DataType t) {
    if (t.sameType(DataTypes.LongType)) {
      return "LongType";
    }
    return t.toString();
  }
}
