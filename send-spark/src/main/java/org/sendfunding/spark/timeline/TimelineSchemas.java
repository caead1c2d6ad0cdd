package org.sendfunding.spark.timeline;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of {@link SparkTimelines}: the event rows in, and per-deadline, per-case and per-LA rows
 * out.
 *
 * <p>The case of send-ehcp's README (Camden, request received 2 September 2024, plan issued 24 January
 * 2025) as event rows:
 *
 * <pre>
 * case_id la_code event_type             event_date detail date_of_birth
 * C-001   202     REQUEST_RECEIVED       2024-09-02 null   null
 * C-001   202     DECISION_TO_ASSESS     2024-10-11 null   null
 * C-001   202     DRAFT_SERVED           2024-12-20 null   null
 * C-001   202     FINAL_ISSUED           2025-01-24 null   null
 * C-001   202     MEDIATION_DECLINED     2025-02-14 null   null
 * C-001   202     MEDIATION_CERTIFICATE  2025-02-18 null   null
 * </pre>
 *
 * <p>give, as at 30 June 2025, the deadline row {@code final-plan, due 2025-01-20, done 2025-01-24,
 * LATE, 4 days}, as {@code TimelineEngine.DEFAULT.timeline(case, asOf)} does. This class holds
 * constants only and is immutable and thread-safe.
 */
public final class TimelineSchemas {

  /** The {@code event_type} of the row that gives a case's request date (exactly one per case). */
  public static final String REQUEST_RECEIVED = "REQUEST_RECEIVED";
  /** The {@code event_type} of a reg 10(4) exception; {@code detail} is a {@code TimescaleException} name. */
  public static final String EXCEPTION = "EXCEPTION";
  /** The {@code event_type} of a phase transfer; {@code detail} is a {@code TransferKind} name, the date the transfer's. */
  public static final String PHASE_TRANSFER = "PHASE_TRANSFER";

  /**
   * Events: one row per event of a case.
   *
   * <ul>
   *   <li>{@code case_id} (string, required): the case, unique across LAs;
   *   <li>{@code la_code} (int, required): the LA's DfE code, the same on every row of a case;
   *   <li>{@code event_type} (string, required): {@link #REQUEST_RECEIVED}, an {@code EventType} name
   *       (e.g. {@code DECISION_TO_ASSESS}, {@code FINAL_ISSUED}), {@link #EXCEPTION} or
   *       {@link #PHASE_TRANSFER};
   *   <li>{@code event_date} (date, required): the day the event happened (the request: the day the LA
   *       received it);
   *   <li>{@code detail} (string): the exception or transfer kind;
   *   <li>{@code date_of_birth} (date): the child's, on any rows of the case (all equal).
   * </ul>
   */
  public static final StructType EVENTS = new StructType(new StructField[] {
      field("case_id", DataTypes.StringType, false),
      field("la_code", DataTypes.IntegerType, false),
      field("event_type", DataTypes.StringType, false),
      field("event_date", DataTypes.DateType, false),
      field("detail", DataTypes.StringType, true),
      field("date_of_birth", DataTypes.DateType, true)});

  /**
   * Deadlines: one row per statutory deadline of a case, in the engine's order ({@code deadline_index}
   * from 0): {@code case_id}, {@code la_code}, {@code deadline_index}, {@code period_id} (e.g. {@code
   * final-plan}), {@code trigger_date}, {@code due}, {@code done} (null if not done), {@code status}
   * ({@code DeadlineStatus} name), {@code days_missed_by} and {@code exception_applies}.
   */
  public static final StructType DEADLINES = new StructType(new StructField[] {
      field("case_id", DataTypes.StringType, false),
      field("la_code", DataTypes.IntegerType, false),
      field("deadline_index", DataTypes.IntegerType, false),
      field("period_id", DataTypes.StringType, false),
      field("trigger_date", DataTypes.DateType, false),
      field("due", DataTypes.DateType, false),
      field("done", DataTypes.DateType, true),
      field("status", DataTypes.StringType, false),
      field("days_missed_by", DataTypes.LongType, false),
      field("exception_applies", DataTypes.BooleanType, false)});

  /**
   * Cases: one row per valid case, {@code case_id}, {@code la_code}, {@code deadlines}, {@code
   * breaches} (deadlines {@code LATE} or {@code OVERDUE}), {@code late}, {@code overdue} and {@code
   * exception_applies} (a reg 10(4) exception was recorded).
   */
  public static final StructType CASES = new StructType(new StructField[] {
      field("case_id", DataTypes.StringType, false),
      field("la_code", DataTypes.IntegerType, false),
      field("deadlines", DataTypes.IntegerType, false),
      field("breaches", DataTypes.IntegerType, false),
      field("late", DataTypes.IntegerType, false),
      field("overdue", DataTypes.IntegerType, false),
      field("exception_applies", DataTypes.BooleanType, false)});

  /**
   * Per-LA timeliness by calendar year, as {@code CaseloadMeasures} counts it: {@code la_code}, {@code
   * year}, {@code requests}, {@code assessments}, {@code new_plans}, {@code new_plans_within_20_weeks},
   * {@code new_plans_excluding_exceptions}, {@code new_plans_within_20_weeks_excluding_exceptions},
   * {@code percent_within_20_weeks} and {@code percent_within_20_weeks_excluding_exceptions} (double,
   * null without new plans: a rate, not money), {@code ceased}, {@code reviews_due} and {@code
   * reviews_on_time}.
   */
  public static final StructType LA_TIMELINESS = new StructType(new StructField[] {
      field("la_code", DataTypes.IntegerType, false),
      field("year", DataTypes.IntegerType, false),
      field("requests", DataTypes.IntegerType, false),
      field("assessments", DataTypes.IntegerType, false),
      field("new_plans", DataTypes.IntegerType, false),
      field("new_plans_within_20_weeks", DataTypes.IntegerType, false),
      field("new_plans_excluding_exceptions", DataTypes.IntegerType, false),
      field("new_plans_within_20_weeks_excluding_exceptions", DataTypes.IntegerType, false),
      field("percent_within_20_weeks", DataTypes.DoubleType, true),
      field("percent_within_20_weeks_excluding_exceptions", DataTypes.DoubleType, true),
      field("ceased", DataTypes.IntegerType, false),
      field("reviews_due", DataTypes.IntegerType, false),
      field("reviews_on_time", DataTypes.IntegerType, false)});

  private TimelineSchemas() {}

  static StructField field(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }
}
