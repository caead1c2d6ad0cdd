package org.sendfunding.ehcp.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;

/**
 * Worked examples use the periods of the Special Educational Needs and Disability Regulations 2014
 * (SI 2014/1530, regs 5(1), 8, 10(1), 13(1)-(2); https://www.legislation.gov.uk/uksi/2014/1530/contents/made).
 */
class TimelineEngineTest {

  static final LocalAuthority CAMDEN = LocalAuthorities.england().byCode(202);
  private final TimelineEngine engine = TimelineEngine.DEFAULT;

  static EhcpCase.Builder requested(LocalDate received) {
    return EhcpCase.builder().id("C-1").localAuthority(CAMDEN).requestReceived(received);
  }

  static CaseEvent ev(EventType t, int y, int m, int d) {
    return CaseEvent.of(t, LocalDate.of(y, m, d));
  }

  @Test
  void request_in_the_summer_holiday_runs_through_the_holiday() {
    // Received Mon 5 Aug 2024, in the school summer holiday: the periods are calendar weeks and do not pause.
    // 6 weeks: 5 Aug + 42 days = Mon 16 Sep 2024. 20 weeks: 5 Aug + 140 days = Mon 23 Dec 2024
    // (26 days to 31 Aug, +30 Sep, +31 Oct, +30 Nov = 117, +23 Dec = 140).
    EhcpCase c = requested(LocalDate.of(2024, 8, 5))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2024, 9, 17))
        .addEvents(ev(EventType.DRAFT_SERVED, 2024, 11, 29))
        .addEvents(ev(EventType.FINAL_ISSUED, 2024, 12, 20))
        .build();
    Timeline t = engine.timeline(c, LocalDate.of(2025, 1, 31));
    assertThat(t.deadline("assessment-decision").due()).isEqualTo(LocalDate.of(2024, 9, 16));
    assertThat(t.deadline("assessment-decision").status()).isEqualTo(DeadlineStatus.LATE);
    assertThat(t.deadline("assessment-decision").daysMissedBy()).isEqualTo(1);
    assertThat(t.deadline("final-plan").due()).isEqualTo(LocalDate.of(2024, 12, 23));
    assertThat(t.deadline("final-plan").status()).isEqualTo(DeadlineStatus.MET);
    // Draft served Fri 29 Nov is day 1; day 15 is Fri 13 Dec; the final on 20 Dec is after it.
    assertThat(t.deadline("draft-comment").due()).isEqualTo(LocalDate.of(2024, 12, 13));
    assertThat(t.deadline("draft-comment").status()).isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void twenty_week_deadline_on_christmas_day_does_not_move() {
    // Received Thu 7 Aug 2025; + 140 days = Thu 25 Dec 2025. The LA's limits are not moved by holidays
    // (only tribunal appeal deadlines are), so a final plan on 29 Dec is 4 days late.
    EhcpCase c = requested(LocalDate.of(2025, 8, 7))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2025, 9, 1))
        .addEvents(ev(EventType.FINAL_ISSUED, 2025, 12, 29))
        .build();
    Deadline d = engine.timeline(c, LocalDate.of(2026, 1, 5)).deadline("final-plan");
    assertThat(d.due()).isEqualTo(LocalDate.of(2025, 12, 25));
    assertThat(d.status()).isEqualTo(DeadlineStatus.LATE);
    assertThat(d.daysMissedBy()).isEqualTo(4);
  }

  @Test
  void appeal_deadline_on_christmas_day_moves_to_the_next_working_day_in_january() {
    // Final plan Sat 25 Oct 2025; 2 months = Thu 25 Dec 2025, inside 25 Dec-1 Jan, so the deadline moves
    // to the next working day in January: Thu 1 Jan 2026 is a bank holiday, so Fri 2 Jan 2026.
    EhcpCase c = requested(LocalDate.of(2025, 6, 2))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2025, 7, 1))
        .addEvents(ev(EventType.FINAL_ISSUED, 2025, 10, 25))
        .addEvents(ev(EventType.APPEAL_REGISTERED, 2026, 1, 2))
        .build();
    Deadline appeal = engine.timeline(c, LocalDate.of(2026, 1, 5)).deadline("appeal-from-decision");
    assertThat(appeal.due()).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(appeal.status()).isEqualTo(DeadlineStatus.MET);
    assertThat(appeal.duty()).isEqualTo(Duty.FAMILY);
    assertThat(appeal.explanation().inputs().get("holiday rule"))
        .isEqualTo("2025-12-25 falls in a tribunal holiday period, so the deadline moves to 2026-01-02");
  }

  @Test
  void appeal_deadline_in_august_moves_to_the_first_working_day_of_september() {
    // Decision not to assess Sun 30 Jun 2024; 2 months = Fri 30 Aug 2024, in August, so the deadline is the
    // first working day of September: Sun 1 Sep, so Mon 2 Sep 2024. Registered on 2 Sep: in time.
    EhcpCase c = requested(LocalDate.of(2024, 5, 20))
        .addEvents(ev(EventType.DECISION_NOT_TO_ASSESS, 2024, 6, 30))
        .addEvents(ev(EventType.APPEAL_REGISTERED, 2024, 9, 2))
        .build();
    Deadline appeal = engine.timeline(c, LocalDate.of(2024, 9, 30)).deadline("appeal-from-decision");
    assertThat(appeal.due()).isEqualTo(LocalDate.of(2024, 9, 2));
    assertThat(appeal.status()).isEqualTo(DeadlineStatus.MET);
  }

  @Test
  void appeal_takes_the_later_of_two_months_and_one_month_from_the_certificate() {
    // IPSEA's example: decision 1 Oct, certificate 29 Nov. 2 months = 1 Dec 2024; 1 month from the
    // certificate = 29 Dec 2024 (later), inside 25 Dec-1 Jan, so next working day in January: Thu 2 Jan 2025.
    EhcpCase c = requested(LocalDate.of(2024, 5, 1))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2024, 6, 1))
        .addEvents(ev(EventType.FINAL_ISSUED, 2024, 10, 1))
        .addEvents(ev(EventType.MEDIATION_CERTIFICATE, 2024, 11, 29))
        .build();
    Timeline t = engine.timeline(c, LocalDate.of(2025, 1, 10));
    Deadline appeal = t.deadline("appeal-from-certificate");
    assertThat(appeal.due()).isEqualTo(LocalDate.of(2025, 1, 2));
    assertThat(appeal.status()).isEqualTo(DeadlineStatus.EXPIRED);
    assertThat(appeal.daysMissedBy()).isZero();
  }

  @Test
  void leap_year_twenty_weeks_and_annual_review_from_29_february() {
    // Received Mon 15 Jan 2024; 140 days includes 29 Feb 2024, so the limit is Mon 3 Jun 2024
    // (in 2023 the same 140 days from 15 Jan end on 4 Jun). Plan issued Thu 29 Feb 2024: 12 months later
    // has no 29 Feb, so the first review is due Fri 28 Feb 2025 (java.time month arithmetic).
    EhcpCase c = requested(LocalDate.of(2024, 1, 15))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2024, 2, 1))
        .addEvents(ev(EventType.FINAL_ISSUED, 2024, 2, 29))
        .build();
    Timeline t = engine.timeline(c, LocalDate.of(2025, 3, 10));
    assertThat(t.deadline("final-plan").due()).isEqualTo(LocalDate.of(2024, 6, 3));
    Deadline review = t.deadline("annual-review");
    assertThat(review.due()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(review.status()).isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(review.daysMissedBy()).isEqualTo(10);
  }

  @Test
  void comment_period_counts_the_day_of_service_as_day_one() {
    // Draft served Fri 20 Dec 2024 = day 1; day 15 = Fri 3 Jan 2025. A final plan on 3 Jan is one day early.
    EhcpCase early = requested(LocalDate.of(2024, 9, 2))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2024, 10, 11))
        .addEvents(ev(EventType.DRAFT_SERVED, 2024, 12, 20))
        .addEvents(ev(EventType.FINAL_ISSUED, 2025, 1, 3))
        .build();
    Deadline d = engine.timeline(early, LocalDate.of(2025, 1, 31)).deadline("draft-comment");
    assertThat(d.due()).isEqualTo(LocalDate.of(2025, 1, 3));
    assertThat(d.status()).isEqualTo(DeadlineStatus.TOO_EARLY);
    assertThat(d.daysMissedBy()).isEqualTo(1);
  }

  @Test
  void worked_example_from_the_javadoc() {
    // Received Mon 2 Sep 2024: decision due 14 Oct (42 days), final due Mon 20 Jan 2025 (140 days).
    EhcpCase c = requested(LocalDate.of(2024, 9, 2))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2024, 10, 11))
        .addEvents(ev(EventType.DRAFT_SERVED, 2024, 12, 20))
        .addEvents(ev(EventType.FINAL_ISSUED, 2025, 1, 24))
        .build();
    Timeline t = engine.timeline(c, LocalDate.of(2025, 3, 31));
    assertThat(t.deadline("assessment-decision").due()).isEqualTo(LocalDate.of(2024, 10, 14));
    assertThat(t.deadline("assessment-decision").status()).isEqualTo(DeadlineStatus.MET);
    assertThat(t.deadline("final-plan").status()).isEqualTo(DeadlineStatus.LATE);
    assertThat(t.deadline("final-plan").daysMissedBy()).isEqualTo(4);
    // The plan is appealable and the right is still open at 31 March: 24 Jan + 2 months = 24 Mar... expired.
    assertThat(t.find("appeal-from-decision")).isEmpty();
    assertThat(t.deadline("final-plan").explanation().toText())
        .contains("Send the finalised EHC plan = LATE by 4 days (due 2025-01-20)")
        .contains("The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530), regulation 13(2)")
        // compared with regulation 13(2) on legislation.gov.uk, so no longer marked UNVERIFIED
        .contains("parameter ehcp.timeline.final-plan = 20 weeks (from 2014-09-01)");
  }

  @Test
  void exceptions_are_recorded_on_the_limits_they_lift() {
    EhcpCase c = requested(LocalDate.of(2024, 9, 2))
        .addExceptions(TimescaleException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES)
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2024, 10, 11))
        .addEvents(ev(EventType.FINAL_ISSUED, 2025, 2, 24))
        .build();
    Timeline t = engine.timeline(c, LocalDate.of(2025, 3, 31));
    assertThat(t.deadline("final-plan").exceptionApplies()).isTrue();
    assertThat(t.deadline("final-plan").explanation().inputs().get("exception"))
        .startsWith("reg 10(4)(c) applies");
    assertThat(t.deadline("annual-review").exceptionApplies()).isFalse();
  }

  @Test
  void reviews_run_twelve_months_from_the_plan_then_from_each_review() {
    // Plan 17 Jan 2025: review due 17 Jan 2026; held late on 2 Feb 2026 (16 days late); next due 2 Feb 2027.
    EhcpCase c = requested(LocalDate.of(2024, 9, 2))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2024, 10, 11))
        .addEvents(ev(EventType.FINAL_ISSUED, 2025, 1, 17))
        .addEvents(ev(EventType.REVIEW_MEETING, 2026, 2, 2))
        .addEvents(ev(EventType.REVIEW_REPORT_SENT, 2026, 2, 13))
        .addEvents(ev(EventType.REVIEW_DECISION, 2026, 3, 6))
        .build();
    Timeline t = engine.timeline(c, LocalDate.of(2026, 6, 1));
    List<Deadline> reviews = t.deadlines("annual-review");
    assertThat(reviews).hasSize(2);
    assertThat(reviews.get(0).due()).isEqualTo(LocalDate.of(2026, 1, 17));
    assertThat(reviews.get(0).status()).isEqualTo(DeadlineStatus.LATE);
    assertThat(reviews.get(0).daysMissedBy()).isEqualTo(16);
    assertThat(reviews.get(1).due()).isEqualTo(LocalDate.of(2027, 2, 2));
    assertThat(reviews.get(1).status()).isEqualTo(DeadlineStatus.PENDING);
    // Report within 2 weeks (16 Feb): sent 13 Feb, met. Decision within 4 weeks (2 Mar): 6 Mar, 4 days late.
    assertThat(t.deadline("review-report").status()).isEqualTo(DeadlineStatus.MET);
    assertThat(t.deadline("review-decision").due()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(t.deadline("review-decision").daysMissedBy()).isEqualTo(4);
  }

  @Test
  void under_five_reviews_are_an_option() {
    // Born 1 Mar 2022, plan 1 Mar 2025 (age 3). With 6-monthly reviews the first is due 1 Sep 2025.
    EhcpCase c = requested(LocalDate.of(2024, 11, 1))
        .dateOfBirth(LocalDate.of(2022, 3, 1))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2024, 12, 1))
        .addEvents(ev(EventType.FINAL_ISSUED, 2025, 3, 1))
        .build();
    LocalDate asOf = LocalDate.of(2025, 10, 1);
    assertThat(engine.timeline(c, asOf).deadline("annual-review").due()).isEqualTo(LocalDate.of(2026, 3, 1));
    Timeline t = engine.withOptions(TimelineOptions.withUnderFiveReviewMonths(6)).timeline(c, asOf);
    Deadline d = t.deadline("under-five-review");
    assertThat(d.due()).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(d.guidance()).isTrue();
    assertThat(d.status()).isEqualTo(DeadlineStatus.OVERDUE);
    assertThatThrownBy(() -> TimelineOptions.withUnderFiveReviewMonths(7))
        .hasMessage("TimelineOptions.underFiveReviewMonths: 7 is outside 3 to 6 months (Code of Practice 9.178)");
  }

  @Test
  void phase_transfer_deadlines() {
    // Reg 18: school phase by 15 Feb of the year of transfer; secondary to post-16 by 31 Mar;
    // post-16 to post-16 at least 5 months before: 1 Sep 2027 - 5 months = 1 Apr 2027.
    EhcpCase c = requested(LocalDate.of(2020, 1, 6))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2020, 2, 1))
        .addEvents(ev(EventType.FINAL_ISSUED, 2020, 5, 1))
        .addEvents(ev(EventType.TRANSFER_PLAN_AMENDED, 2021, 2, 19))
        .addEvents(ev(EventType.TRANSFER_PLAN_AMENDED, 2025, 3, 10))
        .addTransfers(PhaseTransfer.of(TransferKind.SCHOOL_PHASE, LocalDate.of(2021, 9, 6)))
        .addTransfers(PhaseTransfer.of(TransferKind.SECONDARY_TO_POST16, LocalDate.of(2025, 9, 4)))
        .addTransfers(PhaseTransfer.of(TransferKind.POST16_TO_POST16, LocalDate.of(2027, 9, 1)))
        .build();
    Timeline t = engine.timeline(c, LocalDate.of(2027, 4, 5));
    assertThat(t.deadline("transfer-school").due()).isEqualTo(LocalDate.of(2021, 2, 15));
    assertThat(t.deadline("transfer-school").daysMissedBy()).isEqualTo(4);
    assertThat(t.deadline("transfer-post16").due()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(t.deadline("transfer-post16").status()).isEqualTo(DeadlineStatus.MET);
    assertThat(t.deadline("transfer-post16-to-post16").due()).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(t.deadline("transfer-post16-to-post16").status()).isEqualTo(DeadlineStatus.OVERDUE);
  }

  @Test
  void mediation_certificate_in_working_days_over_christmas() {
    // Declined Fri 22 Dec 2023: 25 and 26 Dec are bank holidays, so 3 working days = Wed 27, Thu 28, Fri 29.
    EhcpCase c = requested(LocalDate.of(2023, 6, 1))
        .addEvents(ev(EventType.DECISION_NOT_TO_ASSESS, 2023, 7, 10))
        .addEvents(ev(EventType.MEDIATION_DECLINED, 2023, 12, 22))
        .addEvents(ev(EventType.MEDIATION_CERTIFICATE, 2024, 1, 2))
        .build();
    Deadline d = engine.timeline(c, LocalDate.of(2024, 1, 10)).deadline("mediation-certificate");
    assertThat(d.due()).isEqualTo(LocalDate.of(2023, 12, 29));
    assertThat(d.status()).isEqualTo(DeadlineStatus.LATE);
    assertThat(d.daysMissedBy()).isEqualTo(4);
  }

  @Test
  void decision_not_to_issue_within_sixteen_weeks() {
    // 2 Sep 2024 + 112 days = 23 Dec 2024.
    EhcpCase c = requested(LocalDate.of(2024, 9, 2))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2024, 10, 1))
        .addEvents(ev(EventType.DECISION_NOT_TO_ISSUE, 2024, 12, 20))
        .build();
    Timeline t = engine.timeline(c, LocalDate.of(2025, 1, 10));
    assertThat(t.deadline("no-plan-notice").due()).isEqualTo(LocalDate.of(2024, 12, 23));
    assertThat(t.deadline("no-plan-notice").status()).isEqualTo(DeadlineStatus.MET);
    assertThat(t.find("final-plan")).isEmpty();
    // The right of appeal is open until 20 Feb 2025.
    assertThat(t.deadline("appeal-from-decision").due()).isEqualTo(LocalDate.of(2025, 2, 20));
    assertThat(t.deadline("appeal-from-decision").status()).isEqualTo(DeadlineStatus.PENDING);
  }

  @Test
  void amendment_and_reassessment_deadlines() {
    EhcpCase c = requested(LocalDate.of(2022, 1, 10))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2022, 2, 1))
        .addEvents(ev(EventType.FINAL_ISSUED, 2022, 5, 20))
        .addEvents(ev(EventType.AMENDMENT_PROPOSED, 2023, 1, 9))
        .addEvents(ev(EventType.AMENDED_PLAN_ISSUED, 2023, 3, 10))
        .build();
    Timeline t = engine.timeline(c, LocalDate.of(2023, 4, 1));
    // 9 Jan 2023 + 8 weeks = 6 Mar 2023; issued 10 Mar: 4 days late.
    assertThat(t.deadline("amendment-final").due()).isEqualTo(LocalDate.of(2023, 3, 6));
    assertThat(t.deadline("amendment-final").daysMissedBy()).isEqualTo(4);
  }

  @Test
  void tribunal_orders_and_mediation_meetings() {
    // Refused 10 Jan 2024; mediation asked for on 1 Feb, held 5 Mar (30 days from 1 Feb = 2 Mar: 3 days late).
    // Tribunal orders an assessment on Mon 3 Jun 2024: notice due 17 Jun (2 weeks), final due 9 Sep (14 weeks).
    EhcpCase c = requested(LocalDate.of(2023, 11, 20))
        .addEvents(ev(EventType.DECISION_NOT_TO_ASSESS, 2024, 1, 10))
        .addEvents(ev(EventType.MEDIATION_REQUESTED, 2024, 2, 1))
        .addEvents(ev(EventType.MEDIATION_HELD, 2024, 3, 5))
        .addEvents(ev(EventType.TRIBUNAL_ORDER_TO_ASSESS, 2024, 6, 3))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2024, 6, 14))
        .addEvents(ev(EventType.FINAL_ISSUED, 2024, 9, 6))
        .build();
    Timeline t = engine.timeline(c, LocalDate.of(2024, 9, 30));
    assertThat(t.deadline("mediation-held").due()).isEqualTo(LocalDate.of(2024, 3, 2));
    assertThat(t.deadline("mediation-held").daysMissedBy()).isEqualTo(3);
    assertThat(t.deadline("tribunal-order-assess-notice").due()).isEqualTo(LocalDate.of(2024, 6, 17));
    assertThat(t.deadline("tribunal-order-assess-notice").status()).isEqualTo(DeadlineStatus.MET);
    assertThat(t.deadline("tribunal-order-assess-final").due()).isEqualTo(LocalDate.of(2024, 9, 9));
    assertThat(t.deadline("tribunal-order-assess-final").status()).isEqualTo(DeadlineStatus.MET);
    // Order to make a plan on 2 Sep 2024: draft by 7 Oct (5 weeks), final by 18 Nov (11 weeks).
    EhcpCase plan = requested(LocalDate.of(2023, 11, 20))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2023, 12, 20))
        .addEvents(ev(EventType.DECISION_NOT_TO_ISSUE, 2024, 3, 1))
        .addEvents(ev(EventType.TRIBUNAL_ORDER_TO_MAKE_PLAN, 2024, 9, 2))
        .build();
    Timeline u = engine.timeline(plan, LocalDate.of(2024, 10, 31));
    assertThat(u.deadline("tribunal-order-plan-draft").due()).isEqualTo(LocalDate.of(2024, 10, 7));
    assertThat(u.deadline("tribunal-order-plan-draft").status()).isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(u.deadline("tribunal-order-plan-draft").daysMissedBy()).isEqualTo(24);
    assertThat(u.deadline("tribunal-order-plan-final").due()).isEqualTo(LocalDate.of(2024, 11, 18));
    assertThat(u.deadline("tribunal-order-plan-final").status()).isEqualTo(DeadlineStatus.PENDING);
  }

  @Test
  void advice_is_matched_to_requests_in_order() {
    // Requests 9 Sep and 16 Sep 2024: due 21 Oct and 28 Oct (6 weeks). Replies 18 Oct (first) and 1 Nov
    // (second, 4 days late).
    EhcpCase c = requested(LocalDate.of(2024, 9, 2))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2024, 9, 6))
        .addEvents(ev(EventType.ADVICE_REQUESTED, 2024, 9, 9), ev(EventType.ADVICE_REQUESTED, 2024, 9, 16))
        .addEvents(ev(EventType.ADVICE_RECEIVED, 2024, 10, 18), ev(EventType.ADVICE_RECEIVED, 2024, 11, 1))
        .build();
    List<Deadline> advice = engine.timeline(c, LocalDate.of(2024, 11, 30)).deadlines("advice");
    assertThat(advice).extracting(Deadline::due).containsExactly(LocalDate.of(2024, 10, 21), LocalDate.of(2024, 10, 28));
    assertThat(advice).extracting(Deadline::status).containsExactly(DeadlineStatus.MET, DeadlineStatus.LATE);
    assertThat(advice.get(1).daysMissedBy()).isEqualTo(4);
  }

  @Test
  void review_notice_at_least_two_weeks_before_the_meeting() {
    // Meeting Wed 14 Jan 2026: notice due by Wed 31 Dec 2025; sent Fri 2 Jan 2026, 2 days late.
    EhcpCase c = requested(LocalDate.of(2024, 9, 2))
        .addEvents(ev(EventType.DECISION_TO_ASSESS, 2024, 10, 11))
        .addEvents(ev(EventType.FINAL_ISSUED, 2025, 1, 17))
        .addEvents(ev(EventType.REVIEW_NOTICE_SENT, 2026, 1, 2))
        .addEvents(ev(EventType.REVIEW_MEETING, 2026, 1, 14))
        .build();
    Deadline d = engine.timeline(c, LocalDate.of(2026, 2, 1)).deadline("review-notice");
    assertThat(d.due()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(d.status()).isEqualTo(DeadlineStatus.LATE);
    assertThat(d.daysMissedBy()).isEqualTo(2);
  }

  @Test
  void events_after_the_as_of_date_are_refused() {
    EhcpCase c = requested(LocalDate.of(2024, 9, 2)).addEvents(ev(EventType.DECISION_TO_ASSESS, 2024, 10, 11)).build();
    assertThatThrownBy(() -> engine.timeline(c, LocalDate.of(2024, 10, 1)))
        .hasMessage("TimelineEngine.asOf: 2024-10-01 is before events [DECISION_TO_ASSESS on 2024-10-11] of case C-1");
  }

  @Test
  void twenty_week_limit_is_exactly_140_days_after_receipt() {
    qt().withExamples(200)
        .forAll(integers().between(0, 365 * 15))
        .check(offset -> {
          LocalDate received = LocalDate.of(2014, 9, 1).plusDays(offset);
          EhcpCase c = requested(received).addEvents(CaseEvent.of(EventType.DECISION_TO_ASSESS, received.plusDays(30))).build();
          Deadline d = engine.timeline(c, received.plusDays(30)).deadline("final-plan");
          return ChronoUnit.DAYS.between(received, d.due()) == 140;
        });
  }

  @Test
  void every_deadline_counted_forward_falls_after_its_trigger() {
    // Transfer and review-notice deadlines count backwards from their trigger by design; the events here
    // produce every forward-counted kind: decision, comment period, final plan, certificate, review, report.
    qt().withExamples(150)
        .forAll(integers().between(0, 365 * 10), integers().between(1, 60), integers().between(20, 200),
            integers().between(300, 500))
        .check((offset, decisionAfter, finalAfter, reviewAfter) -> {
          LocalDate received = LocalDate.of(2015, 1, 1).plusDays(offset);
          LocalDate fin = received.plusDays(decisionAfter + finalAfter);
          List<CaseEvent> events = new ArrayList<>();
          events.add(CaseEvent.of(EventType.DECISION_TO_ASSESS, received.plusDays(decisionAfter)));
          events.add(CaseEvent.of(EventType.DRAFT_SERVED, fin.minusDays(10)));
          events.add(CaseEvent.of(EventType.FINAL_ISSUED, fin));
          events.add(CaseEvent.of(EventType.MEDIATION_DECLINED, fin.plusDays(20)));
          events.add(CaseEvent.of(EventType.MEDIATION_CERTIFICATE, fin.plusDays(22)));
          events.add(CaseEvent.of(EventType.REVIEW_MEETING, fin.plusDays(reviewAfter)));
          EhcpCase c = requested(received).addAllEvents(events).build();
          Timeline t = engine.timeline(c, fin.plusDays(reviewAfter + 10));
          return !t.deadlines().isEmpty()
              && t.deadlines().stream().allMatch(d -> d.due().isAfter(d.triggerDate()));
        });
  }
}
