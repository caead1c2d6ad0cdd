package org.sendfunding.spark.scenario;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of {@link SparkSweep}: variants in; national figures per variant and year, or figures
 * per variant, LA and year, out. Levers are millionths ({@code 70_000} is 7%), money is pence.
 *
 * <pre>
 * variant_id floor_millionths cap_millionths caseload_growth_millionths inflation_millionths transfer_limit_millionths write_off_share_millionths
 * 0          0                100000         80000                      30000                5000                      0
 * </pre>
 *
 * <p>is {@code ScenarioVariant.of(0, 100_000, 80_000, 30_000, 5_000, 0)}: no floor, a 10% cap, 8%
 * caseload growth, 3% inflation, a 0.5% block transfer limit, no write-off. This class holds constants
 * only and is immutable and thread-safe.
 */
public final class SweepSchemas {

  /**
   * Variants: {@code variant_id} (long, required, the caller's key), and the six levers of {@code
   * ScenarioVariant.of} in its order, each a long in millionths: {@code floor_millionths}, {@code
   * cap_millionths}, {@code caseload_growth_millionths}, {@code inflation_millionths}, {@code
   * transfer_limit_millionths}, {@code write_off_share_millionths}.
   */
  public static final StructType VARIANTS = new StructType(new StructField[] {
      field("variant_id", DataTypes.LongType, false),
      field("floor_millionths", DataTypes.LongType, false),
      field("cap_millionths", DataTypes.LongType, false),
      field("caseload_growth_millionths", DataTypes.LongType, false),
      field("inflation_millionths", DataTypes.LongType, false),
      field("transfer_limit_millionths", DataTypes.LongType, false),
      field("write_off_share_millionths", DataTypes.LongType, false)});

  /**
   * National figures, one row per variant and year, as {@code SweepResult.national} gives them:
   * {@code variant_id}, {@code year} (e.g. {@code 2026-27}), {@code year_index} (from 0), {@code
   * high_needs_allocation_pence}, {@code block_transfer_pence}, {@code write_off_pence}, {@code
   * total_income_pence}, {@code total_spend_pence}, {@code closing_balance_pence}.
   */
  public static final StructType NATIONAL = new StructType(new StructField[] {
      field("variant_id", DataTypes.LongType, false),
      field("year", DataTypes.StringType, false),
      field("year_index", DataTypes.IntegerType, false),
      field("high_needs_allocation_pence", DataTypes.LongType, false),
      field("block_transfer_pence", DataTypes.LongType, false),
      field("write_off_pence", DataTypes.LongType, false),
      field("total_income_pence", DataTypes.LongType, false),
      field("total_spend_pence", DataTypes.LongType, false),
      field("closing_balance_pence", DataTypes.LongType, false)});

  /**
   * Figures per variant, LA and year, as {@code Projection.value} gives them: {@code variant_id},
   * {@code la_code}, {@code year}, {@code year_index}, then the six money columns of {@link #NATIONAL}.
   * Summed over LAs they are {@link #NATIONAL}'s figures.
   */
  public static final StructType LA_YEARS = new StructType(new StructField[] {
      field("variant_id", DataTypes.LongType, false),
      field("la_code", DataTypes.IntegerType, false),
      field("year", DataTypes.StringType, false),
      field("year_index", DataTypes.IntegerType, false),
      field("high_needs_allocation_pence", DataTypes.LongType, false),
      field("block_transfer_pence", DataTypes.LongType, false),
      field("write_off_pence", DataTypes.LongType, false),
      field("total_income_pence", DataTypes.LongType, false),
      field("total_spend_pence", DataTypes.LongType, false),
      field("closing_balance_pence", DataTypes.LongType, false)});

  private SweepSchemas() {}

  static StructField field(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }
}
