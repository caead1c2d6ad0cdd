package org.sendfunding.spark.projection;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of {@link SparkProjection}: pupil-level caseload snapshots in (two or more consecutive
 * January censuses per LA), projected counts with their intervals out.
 *
 * <pre>
 * la_code year pupil_id ncy need setting
 * 202     2023 P17      4   ASD  MAINSTREAM_MAINTAINED
 * 202     2024 P17      5   ASD  MAINTAINED_SPECIAL
 * </pre>
 *
 * <p>is pupil P17 of Camden moving up a year and into a maintained special school; the LA's model is
 * {@code TransitionModel.estimate} of its snapshots. This class holds constants only and is immutable
 * and thread-safe.
 */
public final class ProjectionSchemas {

  /**
   * Snapshots: {@code la_code} (int, required), {@code year} (int, required: the census year), {@code
   * pupil_id} (string, required, unique within an LA and year; the same pupil keeps it across years),
   * {@code ncy} (int, required: national curriculum year, -5 to 20), {@code need} (a {@code NeedType}
   * name) and {@code setting} (a {@code SettingType} name).
   */
  public static final StructType SNAPSHOTS = new StructType(new StructField[] {
      field("la_code", DataTypes.IntegerType, false),
      field("year", DataTypes.IntegerType, false),
      field("pupil_id", DataTypes.StringType, false),
      field("ncy", DataTypes.IntegerType, false),
      field("need", DataTypes.StringType, false),
      field("setting", DataTypes.StringType, false)});

  /**
   * Totals per LA and projected year, as {@code DemandProjection.total(year)} gives them: {@code
   * la_code}, {@code year}, {@code lower}, {@code median}, {@code upper} (the settings' percentiles of
   * the runs' totals) and {@code mean} (a double: an average of counts, not money).
   */
  public static final StructType TOTALS = new StructType(new StructField[] {
      field("la_code", DataTypes.IntegerType, false),
      field("year", DataTypes.IntegerType, false),
      field("lower", DataTypes.IntegerType, false),
      field("median", DataTypes.IntegerType, false),
      field("upper", DataTypes.IntegerType, false),
      field("mean", DataTypes.DoubleType, false)});

  /** Per setting type: {@code la_code}, {@code year}, {@code setting}, then the interval of {@link #TOTALS}. */
  public static final StructType BY_SETTING = new StructType(new StructField[] {
      field("la_code", DataTypes.IntegerType, false),
      field("year", DataTypes.IntegerType, false),
      field("setting", DataTypes.StringType, false),
      field("lower", DataTypes.IntegerType, false),
      field("median", DataTypes.IntegerType, false),
      field("upper", DataTypes.IntegerType, false),
      field("mean", DataTypes.DoubleType, false)});

  /**
   * Per occupied (setting, need) cell, as {@code DemandProjection.cells()}: {@code la_code}, {@code
   * year}, {@code setting}, {@code need}, then the interval of {@link #TOTALS}.
   */
  public static final StructType CELLS = new StructType(new StructField[] {
      field("la_code", DataTypes.IntegerType, false),
      field("year", DataTypes.IntegerType, false),
      field("setting", DataTypes.StringType, false),
      field("need", DataTypes.StringType, false),
      field("lower", DataTypes.IntegerType, false),
      field("median", DataTypes.IntegerType, false),
      field("upper", DataTypes.IntegerType, false),
      field("mean", DataTypes.DoubleType, false)});

  private ProjectionSchemas() {}

  static StructField field(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }
}
