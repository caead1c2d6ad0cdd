package org.sendfunding.spark.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendfunding.ehcp.caseload.CaseloadMeasures;
import org.sendfunding.ehcp.caseload.YearMeasures;
import org.sendfunding.ehcp.timeline.CaseloadEvents;
import org.sendfunding.ehcp.timeline.CaseloadTimelines;
import org.sendfunding.ehcp.timeline.DeadlineStatus;
import org.sendfunding.ehcp.timeline.EhcpCase;
import org.sendfunding.ehcp.timeline.TimelineEngine;
import org.sendfunding.ehcp.timeline.TimelineSummary;
import org.sendfunding.spark.SharedSpark;
import org.sendfunding.spark.example.GeneratedCases;

class SparkTimelinesTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static SparkSession spark;
  private static List<EhcpCase> cases;
  private static TimelineOutputs out;

  @BeforeAll
  static void run() {
    spark = SharedSpark.session();
    cases = GeneratedCases.cases(3_000, 21L, AS_OF);
    List<Row> rows = new ArrayList<>();
    cases.forEach(c -> rows.addAll(GeneratedCases.rows(c)));
    rows.addAll(invalid());
    out = SparkTimelines.asOf(AS_OF).run(spark.createDataFrame(rows, TimelineSchemas.EVENTS));
    out.tagged().persist();
  }

  private static Row event(String id, int la, String type, String date, String detail) {
    return RowFactory.create(id, la, type, Date.valueOf(date), detail, null);
  }

  private static List<Row> invalid() {
    return List.of(
        event("BAD-TWO-FINALS", 202, "REQUEST_RECEIVED", "2024-09-02", null),
        event("BAD-TWO-FINALS", 202, "FINAL_ISSUED", "2025-01-10", null),
        event("BAD-TWO-FINALS", 202, "FINAL_ISSUED", "2025-02-10", null),
        event("BAD-NO-REQUEST", 202, "DECISION_TO_ASSESS", "2024-10-11", null),
        event("BAD-TYPE", 202, "REQUEST_RECEIVED", "2024-09-02", null),
        event("BAD-TYPE", 202, "PLAN_ISSUED", "2025-01-10", null),
        event("BAD-LA", 202, "REQUEST_RECEIVED", "2024-09-02", null),
        event("BAD-LA", 203, "DECISION_TO_ASSESS", "2024-10-11", null),
        event("BAD-LATER", 202, "REQUEST_RECEIVED", "2024-09-02", null),
        event("BAD-LATER", 202, "DECISION_TO_ASSESS", "2025-10-11", null));
  }

  @Test
  void every_deadline_is_the_engines_to_the_day() {
    CaseloadTimelines expected = TimelineEngine.DEFAULT.timelines(CaseloadEvents.of(cases), AS_OF);
    Map<String, List<Row>> byCase = out.deadlines().collectAsList().stream()
        .collect(Collectors.groupingBy(r -> r.getString(0)));
    assertThat(byCase).hasSize(cases.size());
    int deadlines = 0;
    for (int c = 0; c < expected.size(); c++) {
      TimelineSummary s = expected.summary(c);
      List<Row> rows = new ArrayList<>(byCase.get(s.ehcpCase().id()));
      rows.sort(Comparator.comparingInt(r -> r.getInt(2)));
      assertThat(rows).hasSize(s.size());
      for (int i = 0; i < s.size(); i++) {
        Row r = rows.get(i);
        assertThat(List.<Object>of(r.getString(3), r.getDate(4).toLocalDate(), r.getDate(5).toLocalDate(),
                r.isNullAt(6) ? "-" : r.getDate(6).toLocalDate(), r.getString(7), r.getLong(8), r.getBoolean(9)))
            .as(s.ehcpCase().id() + " " + i)
            .isEqualTo(List.<Object>of(s.periodId(i), s.triggerDate(i), s.due(i),
                s.done(i).map(d -> (Object) d).orElse("-"), s.status(i).name(), s.daysMissedBy(i), s.exceptionApplies(i)));
        deadlines++;
      }
    }
    assertThat(deadlines).isEqualTo(expected.deadlineCount());
    // Every status occurs in the generated caseload, so each is compared.
    for (DeadlineStatus status : DeadlineStatus.values()) {
      assertThat(expected.count(status)).as(status.name()).isPositive();
    }
  }

  @Test
  void every_case_counts_its_breaches_as_the_engine_does() {
    CaseloadTimelines expected = TimelineEngine.DEFAULT.timelines(CaseloadEvents.of(cases), AS_OF);
    Map<String, Row> rows = out.cases().collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r));
    for (int c = 0; c < expected.size(); c++) {
      TimelineSummary s = expected.summary(c);
      Row r = rows.get(s.ehcpCase().id());
      assertThat(new int[] {r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5)}).containsExactly(s.size(),
          s.count(DeadlineStatus.LATE) + s.count(DeadlineStatus.OVERDUE), s.count(DeadlineStatus.LATE),
          s.count(DeadlineStatus.OVERDUE));
    }
  }

  @Test
  void per_la_timeliness_is_caseload_measures_to_the_count() {
    List<YearMeasures> expected = CaseloadMeasures.DEFAULT.report(cases, AS_OF).byYearAndLocalAuthority();
    Map<String, Row> rows = out.localAuthorities().collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getInt(0) + "/" + r.getInt(1), r -> r));
    assertThat(rows).hasSize(expected.size());
    for (YearMeasures m : expected) {
      Row r = rows.get(m.localAuthority().get().code() + "/" + m.year());
      assertThat(new int[] {r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5), r.getInt(6), r.getInt(7), r.getInt(10),
          r.getInt(11), r.getInt(12)})
          .containsExactly(m.requests(), m.assessments(), m.newPlans(), m.newPlansWithin20Weeks(),
              m.newPlansExcludingExceptions(), m.newPlansWithin20WeeksExcludingExceptions(), m.ceased(), m.reviewsDue(),
              m.reviewsOnTime());
      assertThat(r.isNullAt(8) ? null : r.getDouble(8))
          .isEqualTo(m.percentWithin20WeeksIncludingExceptions().isPresent()
              ? m.percentWithin20WeeksIncludingExceptions().getAsDouble() : null);
      assertThat(r.isNullAt(9) ? null : r.getDouble(9))
          .isEqualTo(m.percentWithin20WeeksExcludingExceptions().isPresent()
              ? m.percentWithin20WeeksExcludingExceptions().getAsDouble() : null);
    }
  }

  @Test
  void the_readme_case_is_late_by_four_days() {
    List<Row> rows = List.of(event("C-001", 202, "REQUEST_RECEIVED", "2024-09-02", null),
        event("C-001", 202, "DECISION_TO_ASSESS", "2024-10-11", null),
        event("C-001", 202, "DRAFT_SERVED", "2024-12-20", null),
        event("C-001", 202, "FINAL_ISSUED", "2025-01-24", null),
        event("C-001", 202, "MEDIATION_DECLINED", "2025-02-14", null),
        event("C-001", 202, "MEDIATION_CERTIFICATE", "2025-02-18", null));
    Row finalPlan = SparkTimelines.asOf(AS_OF).run(spark.createDataFrame(rows, TimelineSchemas.EVENTS)).deadlines()
        .filter("period_id = 'final-plan'").first();
    assertThat(finalPlan.getDate(5).toLocalDate()).isEqualTo(LocalDate.of(2025, 1, 20));
    assertThat(finalPlan.getString(7)).isEqualTo("LATE");
    assertThat(finalPlan.getLong(8)).isEqualTo(4);
  }

  @Test
  void invalid_cases_go_to_the_errors_with_the_engines_reason() {
    Map<String, List<Row>> errors = out.errors().collectAsList().stream().collect(Collectors.groupingBy(r -> r.getString(1)));
    assertThat(errors.keySet()).containsExactlyInAnyOrder("BAD-TWO-FINALS", "BAD-NO-REQUEST", "BAD-TYPE", "BAD-LA",
        "BAD-LATER");
    assertThat(errors.get("BAD-TWO-FINALS").get(0).getString(4)).contains("FINAL_ISSUED appears 2 times");
    assertThat(errors.get("BAD-NO-REQUEST").get(0).getString(4)).contains("exactly one REQUEST_RECEIVED");
    assertThat(errors.get("BAD-TYPE").get(0).getString(3)).isEqualTo("PLAN_ISSUED");
    assertThat(errors.get("BAD-LA").get(0).getString(2)).isEqualTo("la_code");
    assertThat(errors.get("BAD-LATER").get(0).getString(4)).contains("before events");
    assertThat(out.cases().count()).isEqualTo(cases.size());
    assertThatThrownBy(out::requireNoErrors).hasMessageContaining("5 invalid rows");
  }
}
