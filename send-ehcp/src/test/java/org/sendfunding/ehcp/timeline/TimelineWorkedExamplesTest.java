package org.sendfunding.ehcp.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.ehcp.calendar.BankHolidays;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.SourceReference;

/**
 * More worked examples of the periods of the SEND Regulations 2014 (SI 2014/1530,
 * https://www.legislation.gov.uk/uksi/2014/1530/contents/made): amendments (reg 22), re-assessment
 * (reg 27), tribunal orders (reg 44), reviews (Children and Families Act 2014 s44,
 * https://www.legislation.gov.uk/ukpga/2014/6/section/44, and reg 20) and the SEND Tribunal's holiday
 * rule.
 */
class TimelineWorkedExamplesTest {

  private final TimelineEngine engine = TimelineEngine.DEFAULT;

  static CaseEvent ev(EventType t, int y, int m, int d) {
    return CaseEvent.of(t, LocalDate.of(y, m, d));
  }

  /** A plan issued on Fri 17 Jan 2025, within 20 weeks of a request on Mon 2 Sep 2024. */
  static EhcpCase.Builder withPlan() {
    return TimelineEngineTest.requested(LocalDate.of(2024, 9, 2))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2024, 10, 11))
        .addEvents(ev(EventType.DRAFT_SERVED, 2024, 12, 20))
        .addEvents(ev(EventType.FINAL_ISSUED, 2025, 1, 17));
  }

  @Test
  void amendment_and_reassessment_deadlines() {
    // Amendment proposed Mon 3 Mar 2025: reg 22(3) 8 weeks = Mon 28 Apr 2025; issued Wed 30 Apr: 2 days late.
    // Re-assessment requested the same day: reg 27(2) 14 weeks = Mon 9 Jun 2025; the 30 Apr plan is in time.
    EhcpCase c = withPlan()
        .addEvents(ev(EventType.AMENDMENT_PROPOSED, 2025, 3, 3))
        .addEvents(ev(EventType.REASSESSMENT_REQUESTED, 2025, 3, 3))
        .addEvents(ev(EventType.AMENDED_PLAN_ISSUED, 2025, 4, 30))
        .build();
    Timeline t = engine.timeline(c, LocalDate.of(2025, 5, 1));
    Deadline amendment = t.deadline("amendment-final");
    assertThat(amendment.due()).isEqualTo(LocalDate.of(2025, 4, 28));
    assertThat(amendment.status()).isEqualTo(DeadlineStatus.LATE);
    assertThat(amendment.daysMissedBy()).isEqualTo(2);
    assertThat(amendment.toString()).isEqualTo(
        "amendment-final due 2025-04-28 (amendment proposed on 2025-03-03): LATE by 2 days, done 2025-04-30");
    assertThat(amendment.explanation().inputs()).containsEntry("done", "2025-04-30 (AMENDED_PLAN_ISSUED)")
        .containsEntry("due", "2025-04-28 (MONDAY)").containsEntry("period", "8 weeks");
    assertThat(amendment.explanation().result()).isEqualTo("LATE by 2 days (due 2025-04-28)");
    assertThat(amendment.notBefore()).isFalse();
    assertThat(amendment.guidance()).isFalse();
    assertThat(amendment.exceptionApplies()).isFalse();
    Deadline reassessment = t.deadline("reassessment-final");
    assertThat(reassessment.due()).isEqualTo(LocalDate.of(2025, 6, 9));
    assertThat(reassessment.status()).isEqualTo(DeadlineStatus.MET);
    assertThat(reassessment.toString())
        .isEqualTo("reassessment-final due 2025-06-09 (re-assessment requested on 2025-03-03): MET, done 2025-04-30");
    assertThat(reassessment.explanation().result()).isEqualTo("MET (due 2025-06-09)");
    assertThat(t.missed()).extracting(Deadline::periodId).containsExactly("amendment-final");
    assertThat(t.toText()).startsWith("Case C-1 as at 2025-05-01\n  assessment-decision due 2024-10-14")
        .contains("\n  amendment-final due 2025-04-28 (amendment proposed on 2025-03-03): LATE by 2 days, done 2025-04-30\n");
  }

  @Test
  void tribunal_order_to_assess_then_no_plan() {
    // Order Tue 1 Apr 2025: notice within 2 weeks (Tue 15 Apr), given 10 Apr; no-plan decision within
    // 10 weeks (Tue 10 Jun), given 20 May. Both in time; no final-plan deadline follows the order.
    EhcpCase c = TimelineEngineTest.requested(LocalDate.of(2024, 9, 2))
        .addEvents(ev(EventType.DECISION_NOT_TO_ASSESS, 2024, 10, 11))
        .addEvents(ev(EventType.TRIBUNAL_ORDER_TO_ASSESS, 2025, 4, 1))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2025, 4, 10))
        .addEvents(ev(EventType.DECISION_NOT_TO_ISSUE, 2025, 5, 20))
        .build();
    Timeline t = engine.timeline(c, LocalDate.of(2025, 6, 1));
    assertThat(t.deadline("tribunal-order-assess-notice").due()).isEqualTo(LocalDate.of(2025, 4, 15));
    assertThat(t.deadline("tribunal-order-assess-notice").status()).isEqualTo(DeadlineStatus.MET);
    Deadline noPlan = t.deadline("tribunal-order-assess-no-plan");
    assertThat(noPlan.due()).isEqualTo(LocalDate.of(2025, 6, 10));
    assertThat(noPlan.status()).isEqualTo(DeadlineStatus.MET);
    assertThat(t.find("tribunal-order-assess-final")).isEmpty();
  }

  @Test
  void late_review_is_overdue_unless_the_plan_ceased_by_its_due_date() {
    // Plan issued 17 Jan 2025: first review due 17 Jan 2026 (12 months, CFA s44(1)). No meeting held.
    Timeline open = engine.timeline(withPlan().build(), LocalDate.of(2026, 2, 16));
    Deadline review = open.deadline("annual-review");
    assertThat(review.due()).isEqualTo(LocalDate.of(2026, 1, 17));
    assertThat(review.status()).isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(review.daysMissedBy()).isEqualTo(30);
    assertThat(review.toString()).isEqualTo("annual-review due 2026-01-17 (plan issued on 2025-01-17): OVERDUE by 30 days");
    assertThat(review.explanation().inputs()).containsEntry("done", "not yet, as at 2026-02-16")
        .doesNotContainKey("note");
    // Ceased on 1 Feb 2026, after the review was due: the review was still owed.
    Timeline ceasedLate = engine.timeline(withPlan().addEvents(ev(EventType.PLAN_CEASED, 2026, 2, 1)).build(),
        LocalDate.of(2026, 2, 16));
    assertThat(ceasedLate.deadline("annual-review").status()).isEqualTo(DeadlineStatus.OVERDUE);
    // Ceased on the due date itself: no review was owed.
    Timeline ceasedOnTime = engine.timeline(withPlan().addEvents(ev(EventType.PLAN_CEASED, 2026, 1, 17)).build(),
        LocalDate.of(2026, 2, 16));
    assertThat(ceasedOnTime.find("annual-review")).isEmpty();
  }

  @Test
  void review_notice_is_the_last_sent_before_the_meeting() {
    // Meeting Thu 15 Jan 2026; reg 20(3)-(4): notice at least 2 weeks before = by Thu 1 Jan 2026.
    // Notices sent 18 Dec 2025 and (after the meeting) 20 Jan 2026: the December one counts, in time.
    EhcpCase c = withPlan()
        .addEvents(ev(EventType.REVIEW_NOTICE_SENT, 2025, 12, 18))
        .addEvents(ev(EventType.REVIEW_MEETING, 2026, 1, 15))
        .addEvents(ev(EventType.REVIEW_NOTICE_SENT, 2026, 1, 20))
        .build();
    Deadline notice = engine.timeline(c, LocalDate.of(2026, 1, 25)).deadline("review-notice");
    assertThat(notice.done()).contains(LocalDate.of(2025, 12, 18));
    assertThat(notice.status()).isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void review_report_and_decision_count_only_events_after_that_meeting() {
    // Meetings 15 Jan 2026 and 14 Jan 2027; a report on 20 Jan 2027 answers the second meeting, not the first.
    EhcpCase c = withPlan()
        .addEvents(ev(EventType.REVIEW_MEETING, 2026, 1, 15))
        .addEvents(ev(EventType.REVIEW_MEETING, 2027, 1, 14))
        .addEvents(ev(EventType.REVIEW_REPORT_SENT, 2027, 1, 20))
        .build();
    Timeline t = engine.timeline(c, LocalDate.of(2027, 2, 1));
    List<Deadline> reports = t.deadlines("review-report");
    assertThat(reports).hasSize(2);
    // First meeting: 2 weeks = 29 Jan 2026, never sent: overdue by 368 days as at 1 Feb 2027.
    assertThat(reports.get(0).status()).isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(reports.get(0).done()).isEmpty();
    assertThat(reports.get(1).status()).isEqualTo(DeadlineStatus.MET);
    assertThat(reports.get(1).done()).contains(LocalDate.of(2027, 1, 20));
  }

  @Test
  void under_five_reviews_only_while_the_child_is_under_five() {
    // Option: 6-monthly reviews under 5 (Code of Practice 9.178). Child born 1 Mar 2015 is 9 at the
    // plan: yearly review, and no option note.
    TimelineEngine withOption = engine.withOptions(TimelineOptions.withUnderFiveReviewMonths(6));
    EhcpCase older = withPlan().dateOfBirth(LocalDate.of(2015, 3, 1)).build();
    Timeline t = withOption.timeline(older, LocalDate.of(2025, 3, 1));
    assertThat(t.find("under-five-review")).isEmpty();
    assertThat(t.deadline("annual-review").due()).isEqualTo(LocalDate.of(2026, 1, 17));
    // Born 1 Mar 2022: under 5 on 17 Jan 2025, so a review is due 6 months on, 17 Jul 2025, with a note.
    EhcpCase young = withPlan().dateOfBirth(LocalDate.of(2022, 3, 1)).build();
    Deadline d = withOption.timeline(young, LocalDate.of(2025, 3, 1)).deadline("under-five-review");
    assertThat(d.due()).isEqualTo(LocalDate.of(2025, 7, 17));
    assertThat(d.guidance()).isTrue();
    assertThat(d.explanation().inputs()).containsEntry("note", "every 6 months while under 5 (option)");
    // Without the option, the statutory engine ignores age.
    TimelineEngine statutory = engine.withOptions(TimelineOptions.statutoryOnly());
    assertThat(statutory.timeline(young, LocalDate.of(2025, 3, 1)).find("under-five-review")).isEmpty();
    assertThat(TimelineOptions.statutoryOnly().underFiveReviewMonths()).isEmpty();
  }

  @Test
  void appeal_deadline_not_in_a_holiday_has_no_holiday_note() {
    // Final plan Fri 17 Jan 2025: appeal within 2 months = Mon 17 Mar 2025, not in a tribunal holiday.
    EhcpCase c = withPlan().addEvents(ev(EventType.APPEAL_REGISTERED, 2025, 3, 10)).build();
    Deadline appeal = engine.timeline(c, LocalDate.of(2025, 3, 20)).deadlines("appeal-from-decision").stream()
        .filter(d -> d.triggerDate().equals(LocalDate.of(2025, 1, 17))).findFirst().orElseThrow();
    assertThat(appeal.due()).isEqualTo(LocalDate.of(2025, 3, 17));
    assertThat(appeal.status()).isEqualTo(DeadlineStatus.MET);
    assertThat(appeal.explanation().inputs()).doesNotContainKey("holiday rule")
        .containsEntry("note", "2 months from the decision: 2025-03-17");
  }

  @Test
  void tribunal_holiday_rule_at_its_edges() {
    BankHolidays cal = BankHolidays.englandAndWales();
    // 1 Jan 2026 (Thu, a bank holiday) moves to Fri 2 Jan; 24 Dec and 2 Jan stay; 31 Jul stays; 1 Aug 2025
    // moves to Mon 1 Sep 2025; 31 Dec 2025 moves to Fri 2 Jan 2026.
    assertThat(StatutoryPeriod.shiftForTribunalHolidays(LocalDate.of(2026, 1, 1), cal)).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(StatutoryPeriod.shiftForTribunalHolidays(LocalDate.of(2025, 12, 24), cal)).isEqualTo(LocalDate.of(2025, 12, 24));
    assertThat(StatutoryPeriod.shiftForTribunalHolidays(LocalDate.of(2026, 1, 2), cal)).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(StatutoryPeriod.shiftForTribunalHolidays(LocalDate.of(2025, 7, 31), cal)).isEqualTo(LocalDate.of(2025, 7, 31));
    assertThat(StatutoryPeriod.shiftForTribunalHolidays(LocalDate.of(2025, 8, 1), cal)).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(StatutoryPeriod.shiftForTribunalHolidays(LocalDate.of(2025, 12, 31), cal)).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(StatutoryPeriod.shiftForTribunalHolidays(LocalDate.of(2025, 12, 25), cal)).isEqualTo(LocalDate.of(2026, 1, 2));
  }

  @Test
  void optional_flags_default_to_off() {
    StatutoryPeriod p = StatutoryPeriod.builder().id("test-period").amount(3).unit(PeriodUnit.WEEKS)
        .rule("Do it").source(SourceReference.of("Test", "https://example.org")).inForce(LocalDate.of(2014, 9, 1))
        .verified(false).build();
    assertThat(p.firstDayCounts()).isFalse();
    assertThat(p.tribunalHolidayShift()).isFalse();
    assertThat(p.exceptionsApply()).isFalse();
    assertThat(p.guidance()).isFalse();
    assertThat(p.toString()).isEqualTo("test-period: 3 weeks (Test <https://example.org>)");
    Deadline d = Deadline.builder().periodId("test-period").trigger("t").triggerDate(LocalDate.of(2025, 1, 1))
        .due(LocalDate.of(2025, 1, 22)).duty(Duty.LOCAL_AUTHORITY).status(DeadlineStatus.PENDING).daysMissedBy(0)
        .explanation(Explanation.builder().rule("r").result("PENDING").build()).build();
    assertThat(d.notBefore()).isFalse();
    assertThat(d.exceptionApplies()).isFalse();
    assertThat(d.guidance()).isFalse();
    assertThat(d.toString()).isEqualTo("test-period due 2025-01-22 (t): PENDING");
  }

  @Test
  void events_on_one_day_are_ordered_by_type() {
    CaseEvent draft = ev(EventType.DRAFT_SERVED, 2025, 1, 17);
    CaseEvent fin = ev(EventType.FINAL_ISSUED, 2025, 1, 17);
    CaseEvent earlier = ev(EventType.FINAL_ISSUED, 2025, 1, 16);
    assertThat(draft.compareTo(fin)).isNegative();
    assertThat(fin.compareTo(draft)).isPositive();
    assertThat(fin.compareTo(ev(EventType.FINAL_ISSUED, 2025, 1, 17))).isZero();
    assertThat(earlier.compareTo(draft)).isNegative();
  }

  @Test
  void engine_made_from_parts_and_the_bundled_file_parsed_again() throws Exception {
    StatutoryPeriods reparsed;
    try (InputStream in = StatutoryPeriods.class.getResourceAsStream("statutory-periods.properties")) {
      reparsed = StatutoryPeriods.parse(in, "statutory-periods.properties");
    }
    assertThat(reparsed.periods()).isEqualTo(StatutoryPeriods.standard().periods());
    assertThat(reparsed.get("draft-comment").firstDayCounts()).isTrue();
    assertThat(reparsed.get("final-plan").firstDayCounts()).isFalse();
    TimelineEngine e = TimelineEngine.of(reparsed, BankHolidays.englandAndWales(), TimelineOptions.statutoryOnly());
    assertThat(e.periods()).isSameAs(reparsed);
    assertThat(e.periodIds()).contains("final-plan", "amendment-final").hasSize(reparsed.periods().size());
    assertThat(e.toString()).startsWith("TimelineEngine[" + reparsed.periods().size() + " periods, ");
    assertThat(e.timeline(withPlan().build(), LocalDate.of(2025, 2, 1)).deadline("final-plan").status())
        .isEqualTo(DeadlineStatus.MET);
  }
}
