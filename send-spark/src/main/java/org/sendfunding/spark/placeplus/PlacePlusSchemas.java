package org.sendfunding.spark.placeplus;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of {@link SparkPlacePlus}: its two inputs (pupils, schools) and three outputs (per-pupil
 * funding, per-school gaps, per-LA totals). Money is whole pence in {@code LongType} columns whose
 * names end {@code _pence}; never a double.
 *
 * <p>A pupil row, as a Parquet file would hold it:
 *
 * <pre>
 * pupil_id  la_code school_urn setting              phase   need basic_per_pupil_pence provision_cost_pence top_up_basis    band   agreed_top_up_pence annual_fee_pence on_school_roll
 * P-0001    893     100001     MAINSTREAM_ACADEMY   PRIMARY ASD  500000                950000               COST_ABOVE_BASE null   null                null             null
 * </pre>
 *
 * <p>gives element 1 £5,000.00, element 2 £6,000.00 (the first £6,000 of support, from the school's
 * notional SEN budget) and element 3 £3,500.00 (the cost above £6,000), as {@code PlacePlus.DEFAULT.fund}
 * does. This class holds constants only and is immutable and thread-safe.
 */
public final class PlacePlusSchemas {

  /**
   * Pupils: one row per pupil placed in a setting.
   *
   * <ul>
   *   <li>{@code pupil_id} (string, required): the pupil's identifier, unique in the dataset;
   *   <li>{@code la_code} (int, required): the commissioning LA's DfE code (e.g. 893 Shropshire);
   *   <li>{@code school_urn} (string): the school's URN, required for mainstream maintained and
   *       academy pupils (their school's notional SEN budget meets element 2);
   *   <li>{@code setting} (string, required): a {@code SettingType} name, e.g. {@code MAINSTREAM_ACADEMY};
   *   <li>{@code phase} (string): a {@code Phase} name, carried through to the output;
   *   <li>{@code need} (string): a {@code NeedType} name (e.g. {@code ASD}); null for a pupil without
   *       SEN. A school's gap is taken over its mainstream pupils with a need;
   *   <li>{@code basic_per_pupil_pence} (long): element 1 where it is paid per pupil (mainstream,
   *       on-roll resourced provision, FE, early years), absent elsewhere;
   *   <li>{@code provision_cost_pence} (long, required): the annual cost of the pupil's provision;
   *   <li>{@code top_up_basis} (string, required): a {@code TopUpBasis} name;
   *   <li>{@code band} (string): the band id for {@code BAND} (e.g. {@code EHCP-3});
   *   <li>{@code agreed_top_up_pence} (long): the agreed top-up for {@code AGREED_AMOUNT};
   *   <li>{@code annual_fee_pence} (long): the fee of an independent special school;
   *   <li>{@code on_school_roll} (boolean): resourced provision only; null means true.
   * </ul>
   */
  public static final StructType PUPILS = struct(
      field("pupil_id", DataTypes.StringType, false),
      field("la_code", DataTypes.IntegerType, false),
      field("school_urn", DataTypes.StringType, true),
      field("setting", DataTypes.StringType, false),
      field("phase", DataTypes.StringType, true),
      field("need", DataTypes.StringType, true),
      field("basic_per_pupil_pence", DataTypes.LongType, true),
      field("provision_cost_pence", DataTypes.LongType, false),
      field("top_up_basis", DataTypes.StringType, false),
      field("band", DataTypes.StringType, true),
      field("agreed_top_up_pence", DataTypes.LongType, true),
      field("annual_fee_pence", DataTypes.LongType, true),
      field("on_school_roll", DataTypes.BooleanType, true));

  /**
   * Schools: one row per mainstream school, {@code school_urn} (string, required, unique),
   * {@code la_code} (int, required) and {@code notional_sen_budget_pence} (long, required): the
   * school's notional SEN budget for the year (e.g. from send-funding's {@code NotionalSenFormula}).
   */
  public static final StructType SCHOOLS = struct(
      field("school_urn", DataTypes.StringType, false),
      field("la_code", DataTypes.IntegerType, false),
      field("notional_sen_budget_pence", DataTypes.LongType, false));

  /**
   * Per-pupil funding: the pupil's keys ({@code pupil_id, la_code, school_urn, setting, phase, need})
   * and {@code element1_pence}, {@code element2_pence}, {@code place_funding_pence}, {@code
   * element3_pence}, {@code fee_pence}, {@code total_pence} (all five) and {@code
   * high_needs_cost_pence} (place funding, element 3 and fee: what the high-needs block pays), as
   * {@code PupilFunding} gives them.
   */
  public static final StructType PUPIL_FUNDING = struct(
      field("pupil_id", DataTypes.StringType, false),
      field("la_code", DataTypes.IntegerType, false),
      field("school_urn", DataTypes.StringType, true),
      field("setting", DataTypes.StringType, false),
      field("phase", DataTypes.StringType, true),
      field("need", DataTypes.StringType, true),
      field("element1_pence", DataTypes.LongType, false),
      field("element2_pence", DataTypes.LongType, false),
      field("place_funding_pence", DataTypes.LongType, false),
      field("element3_pence", DataTypes.LongType, false),
      field("fee_pence", DataTypes.LongType, false),
      field("total_pence", DataTypes.LongType, false),
      field("high_needs_cost_pence", DataTypes.LongType, false));

  /**
   * Per-school notional-SEN gap, as {@code SchoolFundingGap.compute} gives it over the school's SEN
   * pupils (mainstream maintained or academy pupils with a {@code need}): {@code school_urn}, {@code la_code}, {@code sen_pupils} (int), {@code
   * notional_sen_budget_pence}, {@code total_cost_pence}, {@code drawn_on_notional_budget_pence},
   * {@code top_ups_received_pence}, {@code gap_pence} (cost − notional budget − top-ups; positive is a
   * shortfall) and {@code notional_headroom_pence}.
   */
  public static final StructType SCHOOL_GAPS = struct(
      field("school_urn", DataTypes.StringType, false),
      field("la_code", DataTypes.IntegerType, false),
      field("sen_pupils", DataTypes.IntegerType, false),
      field("notional_sen_budget_pence", DataTypes.LongType, false),
      field("total_cost_pence", DataTypes.LongType, false),
      field("drawn_on_notional_budget_pence", DataTypes.LongType, false),
      field("top_ups_received_pence", DataTypes.LongType, false),
      field("gap_pence", DataTypes.LongType, false),
      field("notional_headroom_pence", DataTypes.LongType, false));

  /**
   * Per-LA totals: {@code la_code}, {@code pupils} (long), the sums of every per-pupil money column
   * ({@code element1_pence} … {@code high_needs_cost_pence}), {@code schools} (long), {@code
   * schools_gap_pence} (Σ school gaps), {@code schools_in_shortfall} (schools with a positive gap)
   * and {@code shortfall_pence} (Σ positive gaps). Sums are exact: every addition is overflow-checked.
   */
  public static final StructType LA_TOTALS = struct(
      field("la_code", DataTypes.IntegerType, false),
      field("pupils", DataTypes.LongType, false),
      field("element1_pence", DataTypes.LongType, false),
      field("element2_pence", DataTypes.LongType, false),
      field("place_funding_pence", DataTypes.LongType, false),
      field("element3_pence", DataTypes.LongType, false),
      field("fee_pence", DataTypes.LongType, false),
      field("total_pence", DataTypes.LongType, false),
      field("high_needs_cost_pence", DataTypes.LongType, false),
      field("schools", DataTypes.LongType, false),
      field("schools_gap_pence", DataTypes.LongType, false),
      field("schools_in_shortfall", DataTypes.LongType, false),
      field("shortfall_pence", DataTypes.LongType, false));

  private PlacePlusSchemas() {}

  static StructField field(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }

  static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  /** A schema followed by more fields. */
  static StructType concat(StructType a, StructField... more) {
    StructField[] all = java.util.Arrays.copyOf(a.fields(), a.fields().length + more.length);
    System.arraycopy(more, 0, all, a.fields().length, more.length);
    return new StructType(all);
  }
}
