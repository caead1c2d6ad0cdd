package org.sendfunding.ehcp.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sendfunding.ehcp.calendar.BankHolidays;

/**
 * The integer-day fast path ({@link TimelineEngine#timelines}, {@link TimelineEngine#summary}) against the
 * explained path ({@link TimelineEngine#timeline}), field by field, on random cases built to reach the
 * edges: dates across leap days and year ends, appeal deadlines falling in August and 25 December to
 * 1 January, same-day events in every order, events outside the bank-holiday years, and engines with
 * other periods and options.
 */
class TimelineFastPathTest {

  private static final EventType[] TYPES = EventType.values();
  private static final StatutoryPeriods STANDARD = StatutoryPeriods.standard();

  /** Engines whose periods or options differ from the standard, so that no rule is hard-wired. */
  private static final List<TimelineEngine> ENGINES = List.of(
      TimelineEngine.DEFAULT,
      TimelineEngine.DEFAULT.withOptions(TimelineOptions.withUnderFiveReviewMonths(3)),
      TimelineEngine.DEFAULT.withOptions(TimelineOptions.withUnderFiveReviewMonths(6)),
      TimelineEngine.of(STANDARD
              .withPeriod(StatutoryPeriod.builder().from(STANDARD.get("final-plan")).amount(18).build())
              .withPeriod(StatutoryPeriod.builder().from(STANDARD.get("annual-review")).unit(PeriodUnit.WORKING_DAYS)
                  .amount(250).build())
              .withPeriod(StatutoryPeriod.builder().from(STANDARD.get("transfer-school"))
                  .fixedDay(MonthDay.of(2, 29)).build())
              .withPeriod(StatutoryPeriod.builder().from(STANDARD.get("mediation-held")).tribunalHolidayShift(true)
                  .build())
              .withPeriod(StatutoryPeriod.builder().from(STANDARD.get("review-decision")).unit(PeriodUnit.MONTHS)
                  .amount(-1).build()),
          BankHolidays.englandAndWales(), TimelineOptions.withUnderFiveReviewMonths(4)));

  /** The standard engine and the one with other periods: enough for the caseload-wide checks. */
  private static final List<TimelineEngine> CASELOAD_ENGINES = List.of(ENGINES.get(0), ENGINES.get(3));

  @Test
  void fast_path_gives_the_explained_deadlines_field_by_field_on_random_cases() {
    qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      EhcpCase c = randomCase(r);
      LocalDate asOf = asOf(c, r);
      for (TimelineEngine engine : ENGINES) {
        assertSameDeadlines(engine, c, asOf);
      }
    });
  }

  @Test
  void fast_path_throws_what_the_explained_path_throws_outside_the_bank_holiday_years() {
    // A calendar of 2020-2021 only: working days and appeal shifts before or after it cannot be answered.
    BankHolidays short2 = BankHolidays.of(Map.of(LocalDate.of(2020, 12, 25), "Christmas Day",
        LocalDate.of(2021, 8, 30), "Summer bank holiday"), 2020, 2021);
    TimelineEngine engine = TimelineEngine.of(STANDARD, short2, TimelineOptions.statutoryOnly());
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      EhcpCase c = randomCase(r);
      assertSameDeadlines(engine, c, asOf(c, r));
    });
  }

  @Test
  void a_caseload_of_several_blocks_gives_each_case_its_own_deadlines_and_the_counts_of_them_all() {
    SplittableRandom r = new SplittableRandom(2025);
    List<EhcpCase> cases = new ArrayList<>();
    LocalDate asOf = LocalDate.of(2029, 1, 1);
    while (cases.size() < 2 * CaseloadEvents.BLOCK + 123) {
      EhcpCase c = randomCase(r, LocalDate.of(2028, 12, 31));
      // Only cases every engine can judge: a working day before 2014 is outside the bank-holiday data.
      if (CASELOAD_ENGINES.stream().allMatch(e -> judged(e, c, asOf))) {
        cases.add(c);
      }
    }
    CaseloadEvents table = CaseloadEvents.of(cases);
    assertThat(table.size()).isEqualTo(cases.size());
    assertThat(table.eventCount()).isEqualTo(cases.stream().mapToInt(c -> c.history().size()).sum());
    for (TimelineEngine engine : CASELOAD_ENGINES) {
      CaseloadTimelines all = engine.timelines(table, asOf);
      Map<DeadlineStatus, Integer> byStatus = new EnumMap<>(DeadlineStatus.class);
      int late = 0;
      int deadlines = 0;
      for (int i = 0; i < cases.size(); i++) {
        Timeline explained = engine.timeline(cases.get(i), asOf);
        assertSame(explained, all.summary(i));
        deadlines += explained.deadlines().size();
        for (Deadline d : explained.deadlines()) {
          byStatus.merge(d.status(), 1, Integer::sum);
          late += d.periodId().equals("final-plan") && d.status() == DeadlineStatus.LATE ? 1 : 0;
        }
      }
      assertThat(all.deadlineCount()).isEqualTo(deadlines);
      assertThat(all.count("final-plan", DeadlineStatus.LATE)).isEqualTo(late).isPositive();
      for (DeadlineStatus s : DeadlineStatus.values()) {
        assertThat(all.count(s)).as("%s", s).isEqualTo(byStatus.getOrDefault(s, 0));
      }
      List<TimelineSummary> views = engine.summaries(cases, asOf);
      for (int i = 0; i < cases.size(); i += 97) {
        assertThat(views.get(i).ehcpCase()).isSameAs(cases.get(i));
        assertThat(views.get(i).agreesWith(engine.timeline(cases.get(i), asOf))).isTrue();
      }
    }
  }

  @Test
  void the_first_case_with_an_event_after_the_as_at_date_is_named_whichever_block_it_is_in() {
    SplittableRandom r = new SplittableRandom(11);
    List<EhcpCase> cases = new ArrayList<>();
    for (int i = 0; i < CaseloadEvents.BLOCK + 10; i++) {
      cases.add(TimelineEngineTest.requested(LocalDate.of(2024, 1, 1).plusDays(r.nextInt(300))).build());
    }
    cases.set(CaseloadEvents.BLOCK + 3, EhcpCase.builder().from(cases.get(0)).id("LATE-1")
        .addEvents(CaseEvent.of(EventType.DECISION_TO_ASSESS, LocalDate.of(2025, 3, 1))).build());
    cases.set(CaseloadEvents.BLOCK + 7, EhcpCase.builder().from(cases.get(0)).id("LATE-2")
        .addEvents(CaseEvent.of(EventType.DECISION_TO_ASSESS, LocalDate.of(2025, 4, 1))).build());
    assertThatThrownBy(() -> TimelineEngine.DEFAULT.summaries(cases, LocalDate.of(2025, 1, 1)))
        .hasMessage("TimelineEngine.asOf: 2025-01-01 is before events [DECISION_TO_ASSESS on 2025-03-01] of case LATE-1");
    assertThatThrownBy(() -> TimelineEngine.DEFAULT.summary(cases.get(0), LocalDate.of(2023, 12, 31)))
        .hasMessageStartingWith("TimelineEngine.asOf: 2023-12-31 is before the request received on ");
  }

  @Test
  void dates_beyond_the_year_9999_are_refused_by_name() {
    EhcpCase far = TimelineEngineTest.requested(LocalDate.of(2024, 9, 2))
        .addEvents(CaseEvent.of(EventType.DECISION_TO_ASSESS, LocalDate.of(10_000, 1, 1))).build();
    assertThatThrownBy(() -> CaseloadEvents.of(List.of(far)))
        .hasMessageContaining("1 case(s) have dates outside the years 1 to 9999")
        .hasMessageContaining("case C-1: EhcpCase[C-1, Camden, request 2024-09-02, [DECISION_TO_ASSESS on +10000-01-01]]");
    EhcpCase near = TimelineEngineTest.requested(LocalDate.of(2024, 9, 2)).build();
    assertThatThrownBy(() -> TimelineEngine.DEFAULT.summary(near, LocalDate.of(10_000, 1, 1)))
        .hasMessage("TimelineEngine.asOf: +10000-01-01 is outside the years 1 to 9999 that the fast path computes");
  }

  private static boolean judged(TimelineEngine engine, EhcpCase c, LocalDate asOf) {
    try {
      engine.timeline(c, asOf);
      return true;
    } catch (IllegalArgumentException outsideTheCalendar) {
      return false;
    }
  }

  /** Every field of every deadline, or the same exception from both paths. */
  private static void assertSameDeadlines(TimelineEngine engine, EhcpCase c, LocalDate asOf) {
    Timeline explained;
    try {
      explained = engine.timeline(c, asOf);
    } catch (RuntimeException e) {
      assertThatThrownBy(() -> engine.summary(c, asOf)).as("%s as at %s", c, asOf)
          .isInstanceOf(e.getClass()).hasMessage(e.getMessage());
      return;
    }
    assertSame(explained, engine.summary(c, asOf));
  }

  private static void assertSame(Timeline explained, TimelineSummary fast) {
    // Descriptions are built only on failure: printing every timeline would cost more than the comparison.
    Supplier<String> context = () -> explained.toText() + fast;
    assertThat(fast.size()).as(context).isEqualTo(explained.deadlines().size());
    assertThat(fast.asOf()).isEqualTo(explained.asOf());
    for (int i = 0; i < fast.size(); i++) {
      Deadline d = explained.deadlines().get(i);
      int k = i;
      Supplier<String> at = () -> "deadline " + k + " of " + context.get();
      assertThat(fast.periodId(i)).as(at).isEqualTo(d.periodId());
      assertThat(fast.triggerDate(i)).as(at).isEqualTo(d.triggerDate());
      assertThat(fast.due(i)).as(at).isEqualTo(d.due());
      assertThat(fast.done(i)).as(at).isEqualTo(d.done());
      assertThat(fast.status(i)).as(at).isEqualTo(d.status());
      assertThat(fast.daysMissedBy(i)).as(at).isEqualTo(d.daysMissedBy());
      assertThat(fast.exceptionApplies(i)).as(at).isEqualTo(d.exceptionApplies());
    }
    assertThat(fast.agreesWith(explained)).as(context).isTrue();
  }

  /** An as-at date on or after the case's last event: often the day itself, often far later. */
  private static LocalDate asOf(EhcpCase c, SplittableRandom r) {
    LocalDate last = c.history().isEmpty() ? c.requestReceived() : c.history().get(c.history().size() - 1).date();
    return r.nextInt(4) == 0 ? last : last.plusDays(r.nextInt(0, 900));
  }

  static EhcpCase randomCase(SplittableRandom r) {
    return randomCase(r, LocalDate.of(2031, 6, 30));
  }

  /**
   * A valid case with events of random types at random days, repaired rather than thrown away: extra final
   * plans become amended plans, drafts after the final plan become proposals to amend, and reviews not after
   * the plan become review notices. Requests fall from 2013 (before the bank-holiday data) to 2030, events
   * either spread over years or crowded into a few days (same-day events of every type, in every order),
   * and some days are pinned to leap days, year ends, late June and late October (whose 2-month appeal
   * deadlines fall in August and at Christmas).
   */
  static EhcpCase randomCase(SplittableRandom r, LocalDate latest) {
    LocalDate drawn = LocalDate.of(2013, 6, 1).plusDays(r.nextInt(6400));
    LocalDate request = drawn.isAfter(latest) ? latest.minusDays(r.nextInt(400)) : drawn;
    EhcpCase.Builder b = EhcpCase.builder().id("R-" + r.nextInt(1_000_000))
        .localAuthority(TimelineEngineTest.CAMDEN).requestReceived(request);
    if (r.nextInt(2) == 0) {
      b.dateOfBirth(r.nextInt(5) == 0 ? LocalDate.of(2012, 2, 29) : request.minusDays(r.nextInt(0, 4000)));
    }
    if (r.nextInt(6) == 0) {
      b.addExceptions(TimescaleException.values()[r.nextInt(4)]);
    }
    for (int t = r.nextInt(4) == 0 ? r.nextInt(1, 4) : 0; t > 0; t--) {
      b.addTransfers(PhaseTransfer.of(TransferKind.values()[r.nextInt(TransferKind.values().length)],
          pinned(r, request.plusDays(r.nextInt(1, 1500)))));
    }
    boolean crowded = r.nextInt(4) == 0;
    int span = (int) Math.min(crowded ? 6 : 1500, latest.toEpochDay() - request.toEpochDay());
    List<CaseEvent> events = new ArrayList<>();
    if (!crowded && r.nextInt(3) != 0) {
      // A typical route, so that reviews, amendments and appeals after the plan are reached.
      LocalDate fin = request.plusDays(r.nextInt(40, 260));
      events.add(CaseEvent.of(EventType.DECISION_TO_ASSESS, request.plusDays(r.nextInt(0, 60))));
      events.add(CaseEvent.of(EventType.DRAFT_SERVED, fin.minusDays(r.nextInt(0, 30))));
      events.add(CaseEvent.of(EventType.FINAL_ISSUED, fin));
      for (LocalDate m = fin.plusDays(r.nextInt(200, 420)); m.isBefore(request.plusDays(span));
          m = m.plusDays(r.nextInt(150, 420))) {
        events.add(CaseEvent.of(EventType.REVIEW_MEETING, m));
        events.add(CaseEvent.of(EventType.REVIEW_REPORT_SENT, m.plusDays(r.nextInt(0, 30))));
      }
    }
    for (int i = r.nextInt(0, 14); i > 0; i--) {
      LocalDate day = request.plusDays(r.nextInt(span + 1));
      events.add(CaseEvent.of(TYPES[r.nextInt(TYPES.length)], r.nextInt(5) == 0 ? pinned(r, day) : day));
    }
    events.removeIf(e -> e.date().isBefore(request) || e.date().isAfter(latest));
    Collections.shuffle(events, new java.util.Random(r.nextLong()));
    return b.addAllEvents(repaired(events)).build();
  }

  /** A day near the given one moved onto an edge: 29 February, 31 December, 1 January, late June or October. */
  private static LocalDate pinned(SplittableRandom r, LocalDate near) {
    int y = near.getYear();
    switch (r.nextInt(5)) {
      case 0:
        return LocalDate.of(y - y % 4, 2, 29);
      case 1:
        return LocalDate.of(y, 12, 31);
      case 2:
        return LocalDate.of(y, 1, 1);
      case 3:
        return LocalDate.of(y, 6, r.nextInt(25, 31));
      default:
        return LocalDate.of(y, 10, r.nextInt(24, 32));
    }
  }

  private static List<CaseEvent> repaired(List<CaseEvent> events) {
    LocalDate fin = events.stream().filter(e -> e.type() == EventType.FINAL_ISSUED).map(CaseEvent::date)
        .min(LocalDate::compareTo).orElse(null);
    List<CaseEvent> out = new ArrayList<>();
    boolean finalKept = false;
    for (CaseEvent e : events) {
      EventType t = e.type();
      if (t == EventType.FINAL_ISSUED) {
        if (finalKept || !e.date().equals(fin)) {
          t = EventType.AMENDED_PLAN_ISSUED;
        }
        finalKept |= t == EventType.FINAL_ISSUED;
      } else if (t == EventType.DRAFT_SERVED && fin != null && e.date().isAfter(fin)) {
        t = EventType.AMENDMENT_PROPOSED;
      } else if (t == EventType.REVIEW_MEETING && (fin == null || !e.date().isAfter(fin))) {
        t = EventType.REVIEW_NOTICE_SENT;
      }
      out.add(CaseEvent.of(t, e.date()));
    }
    return out;
  }
}
