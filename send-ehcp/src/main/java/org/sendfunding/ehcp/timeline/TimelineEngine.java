package org.sendfunding.ehcp.timeline;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendfunding.ehcp.calendar.BankHolidays;
import org.sendfunding.model.explain.Explanation;

/**
 * The statutory timeline engine: from a case's request date and events, every statutory deadline, whether
 * it was met, and by how many days it was missed.
 *
 * <p>Periods come from {@link StatutoryPeriods} (data, each with its regulation) and working days from
 * {@link BankHolidays}. For a request received on Monday 2 September 2024, with the decision to assess
 * on 11 October, the draft served on 20 December and the final plan issued on 24 January 2025:
 *
 * <pre>{@code
 * Timeline t = TimelineEngine.DEFAULT.timeline(ehcpCase, LocalDate.of(2025, 3, 31));
 * // assessment-decision due 2024-10-14 (2 Sep + 42 days): MET
 * // draft-comment       due 2025-01-03 (20 Dec is day 1, day 15 is 3 Jan): MET (final 24 Jan is after it)
 * // final-plan          due 2025-01-20 (2 Sep + 140 days): LATE by 4 days
 * }</pre>
 *
 * <p>Deadlines derived: the decision whether to assess (6 weeks), the notice of a decision not to issue a
 * plan (16 weeks, when there is one), the final plan (20 weeks), the 15-day comment period on the draft,
 * each annual review (12 months from the plan, then from each review; optionally 3 to 6 months while the
 * child is under 5), each review's report (2 weeks) and decision (4 weeks), each amendment (8 weeks) and
 * re-assessment (14 weeks), each phase transfer (15 February, 31 March, or 5 months before), each
 * mediation certificate (3 working days), and the appeal deadline after a disputed or still-open
 * decision (the later of 2 months from the decision and 1 month from the mediation certificate, moved
 * out of 25 December to 1 January and out of August), mediation held within 30 days of being requested,
 * and the deadlines after a tribunal order (to assess: notice in 2 weeks, then no plan in 10 weeks or a
 * final plan in 14; to make a plan: draft in 5 weeks, final in 11).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimelineEngine {

  /** The engine with the SEND Regulations 2014 periods, England and Wales bank holidays and yearly reviews only. */
  public static final TimelineEngine DEFAULT =
      new TimelineEngine(StatutoryPeriods.standard(), BankHolidays.englandAndWales(), TimelineOptions.statutoryOnly());

  private final StatutoryPeriods periods;
  private final BankHolidays calendar;
  private final TimelineOptions options;

  private TimelineEngine(StatutoryPeriods periods, BankHolidays calendar, TimelineOptions options) {
    this.periods = periods;
    this.calendar = calendar;
    this.options = options;
  }

  /**
   * An engine with chosen periods, calendar and options.
   *
   * @param periods the statutory periods
   * @param calendar the bank holidays
   * @param options the guidance options
   * @return the engine
   */
  public static TimelineEngine of(StatutoryPeriods periods, BankHolidays calendar, TimelineOptions options) {
    return new TimelineEngine(periods, calendar, options);
  }

  /**
   * A copy of this engine with other options.
   *
   * @param options the options
   * @return the engine
   */
  public TimelineEngine withOptions(TimelineOptions options) {
    return new TimelineEngine(periods, calendar, options);
  }

  /** The statutory periods used. */
  public StatutoryPeriods periods() {
    return periods;
  }

  /**
   * Computes every deadline of a case as at a date.
   *
   * @param c the case
   * @param asOf the date at which to judge met, missed or pending; not before the last event
   * @return the timeline
   * @throws IllegalArgumentException if an event is after {@code asOf}
   */
  public Timeline timeline(EhcpCase c, LocalDate asOf) {
    List<CaseEvent> after = c.history().stream().filter(e -> e.date().isAfter(asOf)).collect(Collectors.toList());
    Preconditions.checkArgument(
        after.isEmpty(), "TimelineEngine.asOf: %s is before events %s of case %s", asOf, after, c.id());
    Preconditions.checkArgument(
        !asOf.isBefore(c.requestReceived()),
        "TimelineEngine.asOf: %s is before the request received on %s (case %s)", asOf, c.requestReceived(), c.id());
    Run run = new Run(c, asOf);
    run.assessment();
    run.advice();
    run.reviews();
    run.amendments();
    run.transfers();
    run.mediation();
    run.appeals();
    run.tribunalOrders();
    return Timeline.builder().ehcpCase(c).asOf(asOf).deadlines(run.out).build();
  }

  /** The working state of one computation. */
  private final class Run {
    private final EhcpCase c;
    private final LocalDate asOf;
    private final List<Deadline> out = new ArrayList<>();

    Run(EhcpCase c, LocalDate asOf) {
      this.c = c;
      this.asOf = asOf;
    }

    /** The first event of a type on or after {@code from} and before {@code until} (exclusive, if given). */
    Optional<CaseEvent> firstIn(EventType type, LocalDate from, Optional<LocalDate> until) {
      return c.history().stream()
          .filter(e -> e.type() == type)
          .filter(e -> !e.date().isBefore(from))
          .filter(e -> until.map(u -> e.date().isBefore(u)).orElse(true))
          .findFirst();
    }

    void assessment() {
      String request = "request received on " + c.requestReceived();
      Optional<CaseEvent> decision =
          c.history().stream()
              .filter(e -> e.type() == EventType.DECISION_TO_ASSESS || e.type() == EventType.DECISION_NOT_TO_ASSESS)
              .findFirst();
      add("assessment-decision", request, c.requestReceived(), Duty.LOCAL_AUTHORITY, decision, Optional.empty());
      if (decision.isPresent() && decision.get().type() == EventType.DECISION_NOT_TO_ASSESS) {
        return;
      }
      Optional<CaseEvent> noPlan = c.first(EventType.DECISION_NOT_TO_ISSUE);
      if (noPlan.isPresent()) {
        add("no-plan-notice", request, c.requestReceived(), Duty.LOCAL_AUTHORITY, noPlan, Optional.empty());
        return;
      }
      Optional<CaseEvent> fin = c.first(EventType.FINAL_ISSUED);
      boolean assessing =
          decision.isPresent() || c.first(EventType.DRAFT_SERVED).isPresent() || fin.isPresent();
      if (!assessing) {
        return;
      }
      Optional<CaseEvent> lastDraft =
          c.all(EventType.DRAFT_SERVED).stream()
              .filter(d -> fin.map(f -> !d.date().isAfter(f.date())).orElse(true))
              .reduce((a, b) -> b);
      lastDraft.ifPresent(
          d -> add("draft-comment", "draft served on " + d.date(), d.date(), Duty.LOCAL_AUTHORITY, fin, Optional.empty()));
      add("final-plan", request, c.requestReceived(), Duty.LOCAL_AUTHORITY, fin, Optional.empty());
    }

    void advice() {
      // The i-th advice received answers the i-th request (on or after it).
      List<CaseEvent> received = new ArrayList<>(c.all(EventType.ADVICE_RECEIVED));
      for (CaseEvent request : c.all(EventType.ADVICE_REQUESTED)) {
        Optional<CaseEvent> reply = received.stream().filter(e -> !e.date().isBefore(request.date())).findFirst();
        reply.ifPresent(received::remove);
        add("advice", "advice requested on " + request.date(), request.date(), Duty.LOCAL_AUTHORITY, reply,
            Optional.empty());
      }
    }

    void reviews() {
      Optional<CaseEvent> fin = c.first(EventType.FINAL_ISSUED);
      if (fin.isEmpty()) {
        return;
      }
      Optional<LocalDate> ceased = c.first(EventType.PLAN_CEASED).map(CaseEvent::date);
      LocalDate anchor = fin.get().date();
      String anchorText = "plan issued on " + anchor;
      // A plan reviewed late restarts the 12 months from the actual review (CFA s44(1): "of each review").
      while (true) {
        LocalDate from = anchor;
        boolean underFive =
            options.underFiveReviewMonths().isPresent()
                && c.dateOfBirth().map(dob -> from.isBefore(dob.plusYears(5))).orElse(false);
        String id = underFive ? "under-five-review" : "annual-review";
        StatutoryPeriod p = periods.get(id);
        LocalDate due =
            underFive ? anchor.plusMonths(options.underFiveReviewMonths().getAsInt()) : p.endFrom(anchor, calendar);
        Optional<CaseEvent> review = firstIn(EventType.REVIEW_MEETING, anchor.plusDays(1), Optional.empty());
        if (review.isEmpty() && ceased.map(d -> !d.isAfter(due)).orElse(false)) {
          return;
        }
        addWithDue(p, anchorText, anchor, due, Duty.LOCAL_AUTHORITY, review, underFive
            ? Optional.of("every " + options.underFiveReviewMonths().getAsInt() + " months while under 5 (option)")
            : Optional.empty());
        if (review.isEmpty()) {
          return;
        }
        LocalDate meeting = review.get().date();
        Optional<LocalDate> nextMeeting =
            firstIn(EventType.REVIEW_MEETING, meeting.plusDays(1), Optional.empty()).map(CaseEvent::date);
        String meetingText = "review meeting on " + meeting;
        if (!c.all(EventType.REVIEW_NOTICE_SENT).isEmpty()) {
          // Only for cases that record notices: the last notice on or before the meeting, after the previous review.
          LocalDate since = anchor;
          Optional<CaseEvent> notice = c.all(EventType.REVIEW_NOTICE_SENT).stream()
              .filter(e -> e.date().isAfter(since) && !e.date().isAfter(meeting)).reduce((x, y) -> y);
          add("review-notice", meetingText, meeting, Duty.LOCAL_AUTHORITY, notice, Optional.empty());
        }
        add("review-report", meetingText, meeting, Duty.LOCAL_AUTHORITY,
            firstIn(EventType.REVIEW_REPORT_SENT, meeting, nextMeeting), Optional.empty());
        add("review-decision", meetingText, meeting, Duty.LOCAL_AUTHORITY,
            firstIn(EventType.REVIEW_DECISION, meeting, nextMeeting), Optional.empty());
        anchor = meeting;
        anchorText = meetingText;
      }
    }

    void amendments() {
      for (CaseEvent proposal : c.all(EventType.AMENDMENT_PROPOSED)) {
        add("amendment-final", "amendment proposed on " + proposal.date(), proposal.date(), Duty.LOCAL_AUTHORITY,
            firstIn(EventType.AMENDED_PLAN_ISSUED, proposal.date(), Optional.empty()), Optional.empty());
      }
      for (CaseEvent request : c.all(EventType.REASSESSMENT_REQUESTED)) {
        add("reassessment-final", "re-assessment requested on " + request.date(), request.date(), Duty.LOCAL_AUTHORITY,
            firstIn(EventType.AMENDED_PLAN_ISSUED, request.date(), Optional.empty()), Optional.empty());
      }
    }

    void transfers() {
      LocalDate from = c.requestReceived();
      for (PhaseTransfer t : c.transfers().stream().sorted((a, b) -> a.transferDate().compareTo(b.transferDate()))
          .collect(Collectors.toList())) {
        StatutoryPeriod p = periods.get(t.kind().periodId());
        LocalDate due = p.endFrom(t.transferDate(), calendar);
        Optional<CaseEvent> amended =
            firstIn(EventType.TRANSFER_PLAN_AMENDED, from, Optional.of(t.transferDate().plusDays(1)));
        addWithDue(p, t.kind() + " transfer on " + t.transferDate(), t.transferDate(), due, Duty.LOCAL_AUTHORITY,
            amended, Optional.empty());
        from = t.transferDate().plusDays(1);
      }
    }

    void mediation() {
      for (CaseEvent requested : c.all(EventType.MEDIATION_REQUESTED)) {
        add("mediation-held", "mediation requested on " + requested.date(), requested.date(), Duty.LOCAL_AUTHORITY,
            firstIn(EventType.MEDIATION_HELD, requested.date(), Optional.empty()), Optional.empty());
      }
      for (CaseEvent declined : c.all(EventType.MEDIATION_DECLINED)) {
        add("mediation-certificate", "mediation declined on " + declined.date(), declined.date(),
            Duty.MEDIATION_ADVISER, firstIn(EventType.MEDIATION_CERTIFICATE, declined.date(), Optional.empty()),
            Optional.empty());
      }
    }

    void tribunalOrders() {
      for (CaseEvent order : c.all(EventType.TRIBUNAL_ORDER_TO_ASSESS)) {
        String trigger = "tribunal order to assess on " + order.date();
        add("tribunal-order-assess-notice", trigger, order.date(), Duty.LOCAL_AUTHORITY,
            firstIn(EventType.DECISION_TO_ASSESS, order.date(), Optional.empty()), Optional.empty());
        Optional<CaseEvent> noPlan = firstIn(EventType.DECISION_NOT_TO_ISSUE, order.date(), Optional.empty());
        if (noPlan.isPresent()) {
          add("tribunal-order-assess-no-plan", trigger, order.date(), Duty.LOCAL_AUTHORITY, noPlan, Optional.empty());
        } else {
          add("tribunal-order-assess-final", trigger, order.date(), Duty.LOCAL_AUTHORITY,
              firstIn(EventType.FINAL_ISSUED, order.date(), Optional.empty()), Optional.empty());
        }
      }
      for (CaseEvent order : c.all(EventType.TRIBUNAL_ORDER_TO_MAKE_PLAN)) {
        String trigger = "tribunal order to make a plan on " + order.date();
        add("tribunal-order-plan-draft", trigger, order.date(), Duty.LOCAL_AUTHORITY,
            firstIn(EventType.DRAFT_SERVED, order.date(), Optional.empty()), Optional.empty());
        add("tribunal-order-plan-final", trigger, order.date(), Duty.LOCAL_AUTHORITY,
            firstIn(EventType.FINAL_ISSUED, order.date(), Optional.empty()), Optional.empty());
      }
    }

    void appeals() {
      List<CaseEvent> decisions =
          c.history().stream().filter(e -> e.type().isAppealable()).collect(Collectors.toList());
      StatutoryPeriod fromDecision = periods.get("appeal-from-decision");
      StatutoryPeriod fromCertificate = periods.get("appeal-from-certificate");
      for (int i = 0; i < decisions.size(); i++) {
        CaseEvent decision = decisions.get(i);
        Optional<LocalDate> next =
            i + 1 < decisions.size() ? Optional.of(decisions.get(i + 1).date()) : Optional.empty();
        Optional<CaseEvent> certificate = firstIn(EventType.MEDIATION_CERTIFICATE, decision.date(), next);
        Optional<CaseEvent> appeal = firstIn(EventType.APPEAL_REGISTERED, decision.date(), next);
        boolean disputed =
            certificate.isPresent() || appeal.isPresent()
                || firstIn(EventType.MEDIATION_DECLINED, decision.date(), next).isPresent();
        LocalDate twoMonths = fromDecision.endFrom(decision.date(), calendar);
        LocalDate due = twoMonths;
        StatutoryPeriod used = fromDecision;
        String extra = "2 months from the decision: " + twoMonths;
        if (certificate.isPresent()) {
          LocalDate oneMonth = fromCertificate.endFrom(certificate.get().date(), calendar);
          extra += "; 1 month from the mediation certificate of " + certificate.get().date() + ": " + oneMonth
              + "; the later applies";
          if (oneMonth.isAfter(twoMonths)) {
            due = oneMonth;
            used = fromCertificate;
          }
        }
        boolean stillOpen = next.isEmpty() && !due.isBefore(asOf);
        if (disputed || stillOpen) {
          addWithDue(used, decision.type() + " on " + decision.date(), decision.date(), due, Duty.FAMILY, appeal,
              Optional.of(extra));
        }
      }
    }

    private void add(String id, String trigger, LocalDate triggerDate, Duty duty, Optional<CaseEvent> done,
        Optional<String> note) {
      StatutoryPeriod p = periods.get(id);
      addWithDue(p, trigger, triggerDate, p.endFrom(triggerDate, calendar), duty, done, note);
    }

    private void addWithDue(StatutoryPeriod p, String trigger, LocalDate triggerDate, LocalDate due, Duty duty,
        Optional<CaseEvent> done, Optional<String> note) {
      boolean notBefore = p.id().equals("draft-comment");
      DeadlineStatus status;
      long missedBy = 0;
      Optional<LocalDate> doneDate = done.map(CaseEvent::date);
      if (notBefore) {
        if (doneDate.isEmpty()) {
          status = DeadlineStatus.PENDING;
        } else if (doneDate.get().isAfter(due)) {
          status = DeadlineStatus.MET;
        } else {
          status = DeadlineStatus.TOO_EARLY;
          missedBy = ChronoUnit.DAYS.between(doneDate.get(), due) + 1;
        }
      } else if (doneDate.isPresent()) {
        if (doneDate.get().isAfter(due)) {
          status = DeadlineStatus.LATE;
          missedBy = ChronoUnit.DAYS.between(due, doneDate.get());
        } else {
          status = DeadlineStatus.MET;
        }
      } else if (asOf.isAfter(due)) {
        if (duty == Duty.FAMILY) {
          status = DeadlineStatus.EXPIRED;
        } else {
          status = DeadlineStatus.OVERDUE;
          missedBy = ChronoUnit.DAYS.between(due, asOf);
        }
      } else {
        status = DeadlineStatus.PENDING;
      }
      boolean excepted = p.exceptionsApply() && c.exceptionApplies();
      Explanation.Builder e =
          Explanation.builder()
              .rule(p.rule())
              .source(p.source())
              .result(status + (missedBy > 0 ? " by " + missedBy + " days" : "") + " (due " + due + ")")
              .putInputs("trigger", trigger)
              .putInputs("period", p.lengthText())
              .putInputs("due", (notBefore ? "period ends " : "") + due + " (" + due.getDayOfWeek() + ")")
              .putInputs("done", doneDate.map(d -> d + " (" + done.get().type() + ")").orElse("not yet, as at " + asOf))
              .addParameters(p.parameterUse());
      note.ifPresent(n -> e.putInputs("note", n));
      if (due.equals(p.endFrom(triggerDate, calendar)) && p.tribunalHolidayShift()) {
        LocalDate raw = StatutoryPeriod.builder().from(p).tribunalHolidayShift(false).build().endFrom(triggerDate, calendar);
        if (!raw.equals(due)) {
          e.putInputs("holiday rule", raw + " falls in a tribunal holiday period, so the deadline moves to " + due);
        }
      }
      if (excepted) {
        e.putInputs("exception", c.exceptions().stream().map(TimescaleException::paragraph)
            .collect(Collectors.joining(", ")) + " applies: the limit is lifted and DfE reports the case separately");
      }
      out.add(Deadline.builder()
          .periodId(p.id())
          .trigger(trigger)
          .triggerDate(triggerDate)
          .due(due)
          .notBefore(notBefore)
          .duty(duty)
          .done(doneDate)
          .status(status)
          .daysMissedBy(missedBy)
          .exceptionApplies(excepted)
          .guidance(p.guidance())
          .explanation(e.build())
          .build());
    }
  }

  @Override
  public String toString() {
    return "TimelineEngine[" + periods.periods().size() + " periods, " + calendar + "]";
  }

  /** Every period id the engine can produce. */
  public ImmutableList<String> periodIds() {
    return periods.periods().keySet().asList();
  }
}
