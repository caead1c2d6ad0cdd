package org.sendfunding.ehcp.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast path must give, deadline for deadline, what the explained path gives. */
class TimelineSummaryTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final EventType[] TYPES = EventType.values();

  @Test
  void worked_example_of_the_readme() {
    // README worked example: 2 Sep 2024 + 140 days = Mon 20 Jan 2025; final plan on 24 Jan is 4 days late.
    EhcpCase c = TimelineEngineTest.requested(LocalDate.of(2024, 9, 2))
        .addEvents(TimelineEngineTest.ev(EventType.DECISION_TO_ASSESS, 2024, 10, 11))
        .addEvents(TimelineEngineTest.ev(EventType.DRAFT_SERVED, 2024, 12, 20))
        .addEvents(TimelineEngineTest.ev(EventType.FINAL_ISSUED, 2025, 1, 24))
        .addEvents(TimelineEngineTest.ev(EventType.MEDIATION_DECLINED, 2025, 2, 14))
        .addEvents(TimelineEngineTest.ev(EventType.MEDIATION_CERTIFICATE, 2025, 2, 18))
        .build();
    TimelineSummary s = TimelineEngine.DEFAULT.summary(c, AS_OF);
    assertThat(s.size()).isEqualTo(6);
    assertThat(s.periodId(2)).isEqualTo("final-plan");
    assertThat(s.due(2)).isEqualTo(LocalDate.of(2025, 1, 20));
    assertThat(s.status(2)).isEqualTo(DeadlineStatus.LATE);
    assertThat(s.daysMissedBy(2)).isEqualTo(4);
    assertThat(s.done(2)).contains(LocalDate.of(2025, 1, 24));
    // 2 months from 24 Jan is 24 Mar, later than 1 month from the certificate (18 Mar); not appealed.
    assertThat(s.periodId(5)).isEqualTo("appeal-from-decision");
    assertThat(s.due(5)).isEqualTo(LocalDate.of(2025, 3, 24));
    assertThat(s.status(5)).isEqualTo(DeadlineStatus.EXPIRED);
    assertThat(s.count(DeadlineStatus.MET)).isEqualTo(3);
    assertThat(s.agreesWith(TimelineEngine.DEFAULT.timeline(c, AS_OF))).isTrue();
    // A different as-at date turns the annual review from PENDING to OVERDUE: the comparison notices.
    assertThat(s.agreesWith(TimelineEngine.DEFAULT.timeline(c, LocalDate.of(2026, 3, 1)))).isFalse();
    assertThatThrownBy(() -> s.due(6)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("TimelineSummary.index (6) must be less than size (6)");
  }

  @Test
  void fast_path_agrees_with_the_explained_path_on_random_histories() {
    TimelineEngine underFives = TimelineEngine.DEFAULT.withOptions(TimelineOptions.withUnderFiveReviewMonths(6));
    qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
      EhcpCase c = randomCase(new SplittableRandom(seed));
      for (TimelineEngine engine : List.of(TimelineEngine.DEFAULT, underFives)) {
        Timeline explained = engine.timeline(c, AS_OF);
        TimelineSummary fast = engine.summary(c, AS_OF);
        assertThat(fast.agreesWith(explained)).as("%s%n%s", explained.toText(), fast).isTrue();
      }
    });
  }

  @Test
  void many_cases_in_parallel_give_the_case_by_case_answers_in_order() {
    SplittableRandom r = new SplittableRandom(7);
    List<EhcpCase> cases = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      cases.add(randomCase(r));
    }
    List<TimelineSummary> all = TimelineEngine.DEFAULT.summaries(cases, AS_OF);
    assertThat(all).hasSize(3000);
    for (int i = 0; i < cases.size(); i++) {
      assertThat(all.get(i).ehcpCase()).isSameAs(cases.get(i));
      assertThat(all.get(i).agreesWith(TimelineEngine.DEFAULT.timeline(cases.get(i), AS_OF))).isTrue();
    }
  }

  @Test
  void rejects_events_after_the_as_at_date_like_the_explained_path() {
    EhcpCase c = TimelineEngineTest.requested(LocalDate.of(2024, 9, 2))
        .addEvents(TimelineEngineTest.ev(EventType.DECISION_TO_ASSESS, 2024, 10, 11)).build();
    assertThatThrownBy(() -> TimelineEngine.DEFAULT.summary(c, LocalDate.of(2024, 10, 1)))
        .hasMessage("TimelineEngine.asOf: 2024-10-01 is before events [DECISION_TO_ASSESS on 2024-10-11] of case C-1");
  }

  /**
   * A valid case with a random history: events of every type at random dates after the request, kept only
   * if the case still validates (one final plan, drafts before it, reviews after it).
   */
  static EhcpCase randomCase(SplittableRandom r) {
    LocalDate request = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(2300));
    int span = (int) (AS_OF.toEpochDay() - request.toEpochDay());
    EhcpCase.Builder b = TimelineEngineTest.requested(request);
    if (r.nextInt(3) == 0) {
      b.dateOfBirth(request.minusDays(r.nextInt(400, 3000)));
    }
    if (r.nextInt(8) == 0) {
      b.addExceptions(TimescaleException.values()[r.nextInt(4)]);
    }
    if (r.nextInt(6) == 0) {
      b.addTransfers(PhaseTransfer.of(TransferKind.values()[r.nextInt(TransferKind.values().length)],
          LocalDate.of(request.getYear() + r.nextInt(1, 4), 9, 1)));
    }
    List<CaseEvent> events = new ArrayList<>();
    // A typical route most of the time, so that reviews and appeals are reached.
    LocalDate fin = request.plusDays(r.nextInt(60, 220));
    boolean typical = r.nextInt(4) != 0 && !fin.isAfter(AS_OF);
    if (typical) {
      events.add(CaseEvent.of(EventType.DECISION_TO_ASSESS, request.plusDays(r.nextInt(20, 60))));
      events.add(CaseEvent.of(EventType.DRAFT_SERVED, fin.minusDays(r.nextInt(0, 30))));
      events.add(CaseEvent.of(EventType.FINAL_ISSUED, fin));
      for (LocalDate m = fin.plusDays(r.nextInt(300, 420)); m.isBefore(AS_OF); m = m.plusDays(r.nextInt(300, 420))) {
        events.add(CaseEvent.of(EventType.REVIEW_MEETING, m));
      }
    }
    int extra = r.nextInt(0, 8);
    for (int i = 0; i < extra; i++) {
      EventType t = TYPES[r.nextInt(TYPES.length)];
      if (t == EventType.FINAL_ISSUED || t == EventType.DRAFT_SERVED || t == EventType.REVIEW_MEETING) {
        if (typical) {
          continue;
        }
      }
      events.add(CaseEvent.of(t, request.plusDays(r.nextInt(span + 1))));
    }
    try {
      return b.addAllEvents(events).build();
    } catch (IllegalArgumentException invalid) {
      return TimelineEngineTest.requested(request).build();
    }
  }
}
