package org.sendfunding.spark.timeline;

import static org.sendfunding.spark.timeline.TimelineSchemas.field;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sendfunding.ehcp.caseload.CaseloadMeasures;
import org.sendfunding.ehcp.caseload.YearMeasures;
import org.sendfunding.ehcp.timeline.CaseEvent;
import org.sendfunding.ehcp.timeline.CaseloadEvents;
import org.sendfunding.ehcp.timeline.CaseloadTimelines;
import org.sendfunding.ehcp.timeline.DeadlineStatus;
import org.sendfunding.ehcp.timeline.EhcpCase;
import org.sendfunding.ehcp.timeline.EventType;
import org.sendfunding.ehcp.timeline.PhaseTransfer;
import org.sendfunding.ehcp.timeline.TimelineEngine;
import org.sendfunding.ehcp.timeline.TimelineSummary;
import org.sendfunding.ehcp.timeline.TimescaleException;
import org.sendfunding.ehcp.timeline.TransferKind;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.spark.schema.SchemaCheck;

/**
 * Every statutory deadline of every case of an individual-level caseload, each case's breaches and each
 * LA's timeliness by year, by send-ehcp's engines on the executors: the event rows are shuffled by
 * case, each partition's cases become one {@code CaseloadEvents} table judged by {@code
 * TimelineEngine.DEFAULT.timelines(table, asOf)} (the columnar fast path, the same deadlines as the
 * explained {@code timeline}), and {@code CaseloadMeasures.DEFAULT.report(cases, asOf)} counts each
 * partition's requests, new plans within 20 weeks (with and without reg 10(4) exceptions), ceased plans
 * and reviews by LA and year; the counts are summed across partitions and the rates taken from the sums
 * by {@code YearMeasures}.
 *
 * <pre>{@code
 * Dataset<Row> events = spark.read().parquet("sen2-events.parquet");   // TimelineSchemas.EVENTS
 * TimelineOutputs out = SparkTimelines.asOf(LocalDate.of(2025, 6, 30)).run(events);
 * out.deadlines().filter("status = 'LATE'").groupBy("period_id").count().show();
 * out.localAuthorities().filter("year = 2024").orderBy("percent_within_20_weeks_excluding_exceptions").show();
 * }</pre>
 *
 * <p>A case whose rows do not make a valid {@code EhcpCase} (no or two {@code REQUEST_RECEIVED} rows,
 * an unknown event type, LA codes or dates of birth that differ between rows, a history the engine
 * refuses such as two {@code FINAL_ISSUED}, an as-at date before its events) goes to {@link
 * TimelineOutputs#errors()} with the engine's reason, once per problem, and is left out of every other
 * output. This class is immutable and thread-safe.
 */
public final class SparkTimelines implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int COUNTS = 9;

  /** Deadline, case, measure and error rows of one partition, told apart by {@code kind}; dates as epoch days. */
  static final StructType TAGGED = new StructType(new StructField[] {
      field("kind", DataTypes.StringType, false),
      field("case_id", DataTypes.StringType, true),
      field("la_code", DataTypes.IntegerType, true),
      field("deadline_index", DataTypes.IntegerType, true),
      field("period_id", DataTypes.StringType, true),
      field("trigger_day", DataTypes.IntegerType, true),
      field("due_day", DataTypes.IntegerType, true),
      field("done_day", DataTypes.IntegerType, true),
      field("status", DataTypes.StringType, true),
      field("days_missed_by", DataTypes.LongType, true),
      field("exception_applies", DataTypes.BooleanType, true),
      field("deadlines", DataTypes.IntegerType, true),
      field("breaches", DataTypes.IntegerType, true),
      field("late", DataTypes.IntegerType, true),
      field("overdue", DataTypes.IntegerType, true),
      field("year", DataTypes.IntegerType, true),
      field("counts", DataTypes.createArrayType(DataTypes.IntegerType, false), true),
      field("error_column", DataTypes.StringType, true),
      field("error_value", DataTypes.StringType, true),
      field("error_reason", DataTypes.StringType, true)});

  private final long asOfDay;

  private SparkTimelines(long asOfDay) {
    this.asOfDay = asOfDay;
  }

  /**
   * A job judging every deadline as at a date, with the default engine (periods and bank holidays as
   * send-ehcp ships them).
   *
   * @param asOf the as-at date, not before any event
   * @return the job
   */
  public static SparkTimelines asOf(LocalDate asOf) {
    return new SparkTimelines(asOf.toEpochDay());
  }

  /**
   * Runs the job.
   *
   * @param events rows of {@link TimelineSchemas#EVENTS}
   * @return the outputs (lazy Datasets over one tagged Dataset)
   * @throws org.sendfunding.spark.schema.SparkSchemaException naming a missing or mistyped column
   */
  public TimelineOutputs run(Dataset<Row> events) {
    Dataset<Row> ev = SchemaCheck.conform("events", events, TimelineSchemas.EVENTS)
        .select(functions.col("case_id"), functions.col("la_code"), functions.col("event_type"),
            functions.unix_date(functions.col("event_date")).as("event_day"), functions.col("detail"),
            functions.unix_date(functions.col("date_of_birth")).as("birth_day"));
    long day = asOfDay;
    Dataset<Row> tagged = ev.repartition(functions.col("case_id")).sortWithinPartitions("case_id")
        .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> partition(rows, day), Encoders.row(TAGGED));
    return new TimelineOutputs(tagged);
  }

  // ---- executors ---------------------------------------------------------------------------------

  private static Iterator<Row> partition(Iterator<Row> rows, long asOfDay) {
    LocalDate asOf = LocalDate.ofEpochDay(asOfDay);
    List<Row> out = new ArrayList<>();
    List<EhcpCase> cases = new ArrayList<>();
    List<Row> group = new ArrayList<>();
    String current = null;
    while (rows.hasNext()) {
      Row r = rows.next();
      if (r.isNullAt(0)) {
        out.add(error(null, "case_id", null, "required").copyWithLa(r.isNullAt(1) ? null : r.getInt(1)));
        continue;
      }
      if (current != null && !current.equals(r.getString(0))) {
        build(current, group, cases, out);
        group.clear();
      }
      current = r.getString(0);
      group.add(r);
    }
    if (current != null) {
      build(current, group, cases, out);
    }
    judge(cases, asOf, out);
    return out.iterator();
  }

  /** The case of one case's rows, or its problems. */
  static void build(String id, List<Row> rows, List<EhcpCase> cases, List<Row> out) {
    List<String[]> problems = new ArrayList<>();
    Set<Integer> las = new LinkedHashSet<>();
    Set<Integer> births = new LinkedHashSet<>();
    List<Integer> requests = new ArrayList<>();
    List<CaseEvent> events = new ArrayList<>();
    List<TimescaleException> exceptions = new ArrayList<>();
    List<PhaseTransfer> transfers = new ArrayList<>();
    for (Row r : rows) {
      if (r.isNullAt(1)) {
        problems.add(new String[] {"la_code", null, "required"});
      } else {
        las.add(r.getInt(1));
      }
      if (!r.isNullAt(5)) {
        births.add(r.getInt(5));
      }
      String type = r.isNullAt(2) ? null : r.getString(2);
      if (type == null) {
        problems.add(new String[] {"event_type", null, "required"});
        continue;
      }
      if (r.isNullAt(3)) {
        problems.add(new String[] {"event_date", null, "required (" + type + ")"});
        continue;
      }
      int day = r.getInt(3);
      String detail = r.isNullAt(4) ? null : r.getString(4);
      try {
        switch (type) {
          case TimelineSchemas.REQUEST_RECEIVED:
            requests.add(day);
            break;
          case TimelineSchemas.EXCEPTION:
            exceptions.add(TimescaleException.valueOf(String.valueOf(detail)));
            break;
          case TimelineSchemas.PHASE_TRANSFER:
            transfers.add(PhaseTransfer.of(TransferKind.valueOf(String.valueOf(detail)), LocalDate.ofEpochDay(day)));
            break;
          default:
            events.add(CaseEvent.of(EventType.valueOf(type), LocalDate.ofEpochDay(day)));
        }
      } catch (IllegalArgumentException e) {
        boolean detailed = type.equals(TimelineSchemas.EXCEPTION) || type.equals(TimelineSchemas.PHASE_TRANSFER);
        problems.add(detailed
            ? new String[] {"detail", detail, "not a " + (type.equals(TimelineSchemas.EXCEPTION)
                ? "TimescaleException; expected one of " + Arrays.toString(TimescaleException.values())
                : "TransferKind; expected one of " + Arrays.toString(TransferKind.values()))}
            : new String[] {"event_type", type, "not an event type; expected " + TimelineSchemas.REQUEST_RECEIVED + ", "
                + TimelineSchemas.EXCEPTION + ", " + TimelineSchemas.PHASE_TRANSFER + " or one of "
                + Arrays.toString(EventType.values())});
      }
    }
    if (requests.size() != 1) {
      problems.add(new String[] {"event_type", null, "a case needs exactly one " + TimelineSchemas.REQUEST_RECEIVED
          + " row; case " + id + " has " + requests.size()});
    }
    if (las.size() > 1) {
      problems.add(new String[] {"la_code", las.toString(), "differs between the rows of case " + id});
    }
    if (births.size() > 1) {
      problems.add(new String[] {"date_of_birth", births.stream().map(d -> LocalDate.ofEpochDay(d).toString()).toList().toString(),
          "differs between the rows of case " + id});
    }
    Integer la = las.size() == 1 ? las.iterator().next() : null;
    if (problems.isEmpty()) {
      try {
        EhcpCase.Builder b = EhcpCase.builder().id(id).localAuthority(LocalAuthorities.england().byCode(la))
            .requestReceived(LocalDate.ofEpochDay(requests.get(0))).addAllEvents(events)
            .addAllExceptions(exceptions).addAllTransfers(transfers);
        if (!births.isEmpty()) {
          b.dateOfBirth(LocalDate.ofEpochDay(births.iterator().next()));
        }
        cases.add(b.build());
        return;
      } catch (IllegalArgumentException | IllegalStateException | java.util.NoSuchElementException e) {
        problems.add(new String[] {e instanceof java.util.NoSuchElementException ? "la_code" : "*",
            e instanceof java.util.NoSuchElementException ? String.valueOf(la) : null, e.getMessage()});
      }
    }
    for (String[] p : problems) {
      out.add(error(id, p[0], p[1], p[2]).copyWithLa(la));
    }
  }

  /** Deadlines, case rows and measure rows of the partition's valid cases. */
  private static void judge(List<EhcpCase> all, LocalDate asOf, List<Row> out) {
    List<EhcpCase> cases = all;
    CaseloadTimelines t;
    try {
      t = TimelineEngine.DEFAULT.timelines(CaseloadEvents.of(cases), asOf);
    } catch (IllegalArgumentException whole) {
      // Some case is out of the engine's reach (an event after the as-at date, a date outside the
      // bank-holiday years): find which, one case at a time, and judge the rest together.
      cases = new ArrayList<>();
      for (EhcpCase c : all) {
        try {
          TimelineEngine.DEFAULT.timelines(CaseloadEvents.of(List.of(c)), asOf);
          cases.add(c);
        } catch (IllegalArgumentException e) {
          out.add(error(c.id(), "event_date", null, e.getMessage()).copyWithLa(c.localAuthority().code()));
        }
      }
      t = TimelineEngine.DEFAULT.timelines(CaseloadEvents.of(cases), asOf);
    }
    for (int c = 0; c < t.size(); c++) {
      TimelineSummary s = t.summary(c);
      String id = s.ehcpCase().id();
      int la = s.ehcpCase().localAuthority().code();
      for (int i = 0; i < s.size(); i++) {
        out.add(RowFactory.create("deadline", id, la, i, s.periodId(i), (int) s.triggerDate(i).toEpochDay(),
            (int) s.due(i).toEpochDay(), s.done(i).map(d -> (int) d.toEpochDay()).orElse(null), s.status(i).name(),
            s.daysMissedBy(i), s.exceptionApplies(i), null, null, null, null, null, null, null, null, null));
      }
      int late = s.count(DeadlineStatus.LATE);
      int overdue = s.count(DeadlineStatus.OVERDUE);
      out.add(RowFactory.create("case", id, la, null, null, null, null, null, null, null,
          s.ehcpCase().exceptionApplies(), s.size(), late + overdue, late, overdue, null, null, null, null, null));
    }
    for (YearMeasures m : CaseloadMeasures.DEFAULT.report(cases, asOf).byYearAndLocalAuthority()) {
      Integer[] counts = {m.requests(), m.assessments(), m.newPlans(), m.newPlansWithin20Weeks(),
          m.newPlansExcludingExceptions(), m.newPlansWithin20WeeksExcludingExceptions(), m.ceased(), m.reviewsDue(),
          m.reviewsOnTime()};
      out.add(RowFactory.create("measure", null, m.localAuthority().get().code(), null, null, null, null, null, null,
          null, null, null, null, null, null, m.year(), counts, null, null, null));
    }
  }

  private static ErrorRow error(String id, String column, String value, String reason) {
    return new ErrorRow(id, column, value, reason);
  }

  /** An error row before its LA is known. */
  private static final class ErrorRow {
    final String id;
    final String column;
    final String value;
    final String reason;

    ErrorRow(String id, String column, String value, String reason) {
      this.id = id;
      this.column = column;
      this.value = value;
      this.reason = reason;
    }

    Row copyWithLa(Integer la) {
      return RowFactory.create("error", id, la, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, column, value, reason);
    }
  }

  // ---- driver-side views -----------------------------------------------------------------------------

  static Column day(String c) {
    return functions.date_from_unix_date(functions.col(c));
  }

  /** Per-LA-year counts summed across partitions, with the rates {@code YearMeasures} takes of them. */
  static Dataset<Row> timeliness(Dataset<Row> tagged) {
    Dataset<Row> measures = tagged.filter(functions.col("kind").equalTo("measure"))
        .select(functions.col("la_code"), functions.col("year"), functions.col("counts"));
    return measures.groupByKey((MapFunction<Row, Long>) r -> ((long) r.getInt(0) << 32) | (r.getInt(1) & 0xffffffffL),
            Encoders.LONG())
        .flatMapGroups((FlatMapGroupsFunction<Long, Row, Row>) (key, it) -> {
          int[] n = new int[COUNTS];
          int la = 0;
          int year = 0;
          while (it.hasNext()) {
            Row r = it.next();
            la = r.getInt(0);
            year = r.getInt(1);
            List<Integer> c = r.getList(2);
            for (int k = 0; k < COUNTS; k++) {
              n[k] = Math.addExact(n[k], c.get(k));
            }
          }
          YearMeasures m = YearMeasures.builder().year(year).localAuthority(LocalAuthorities.england().byCode(la))
              .requests(n[0]).assessments(n[1]).newPlans(n[2]).newPlansWithin20Weeks(n[3])
              .newPlansExcludingExceptions(n[4]).newPlansWithin20WeeksExcludingExceptions(n[5]).ceased(n[6])
              .reviewsDue(n[7]).reviewsOnTime(n[8]).build();
          return List.of(RowFactory.create(la, year, n[0], n[1], n[2], n[3], n[4], n[5],
              m.percentWithin20WeeksIncludingExceptions().isPresent() ? m.percentWithin20WeeksIncludingExceptions().getAsDouble() : null,
              m.percentWithin20WeeksExcludingExceptions().isPresent() ? m.percentWithin20WeeksExcludingExceptions().getAsDouble() : null,
              n[6], n[7], n[8])).iterator();
        }, Encoders.row(TimelineSchemas.LA_TIMELINESS));
  }

  /** The errors view. */
  static Dataset<Row> errors(Dataset<Row> tagged) {
    return tagged.filter(functions.col("kind").equalTo("error")).select(functions.lit("events").as("dataset"),
        functions.col("case_id").as("record"), functions.col("error_column").as("column"),
        functions.col("error_value").as("value"), functions.col("error_reason").as("reason"));
  }
}
