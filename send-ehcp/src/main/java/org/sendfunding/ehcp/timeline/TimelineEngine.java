package org.sendfunding.ehcp.timeline;

import com.google.common.base.Preconditions;
import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
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
 * <p>Two paths give the same deadlines. {@link #timeline} (explained) works on {@link LocalDate}s and
 * builds an {@link Explanation} per deadline, for any case to be shown. The fast path ({@link #summary},
 * {@link #summaries}, {@link #timelines}) runs the same rules on integer days over a columnar
 * {@link CaseloadEvents} table, in {@code DeadlineKernel}, with no object per deadline; the periods are
 * read from the same {@link StatutoryPeriods}. Tests compare the two field by field on random cases.
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
  /** The calendar's working days as a table, shared by engines with the same calendar. */
  private final WorkingDayTable workingDays;
  /** The same rules on integer days, for the fast path. */
  private final DeadlineKernel kernel;
  /** The comment period, the one deadline that must not be met early; null if the periods lack it. */
  private final StatutoryPeriod draftComment;
  private static final int EVENT_TYPES = EventType.values().length;

  private TimelineEngine(StatutoryPeriods periods, BankHolidays calendar, TimelineOptions options) {
    this(periods, calendar, options, new WorkingDayTable(calendar));
  }

  private TimelineEngine(
      StatutoryPeriods periods, BankHolidays calendar, TimelineOptions options, WorkingDayTable workingDays) {
    this.periods = periods;
    this.draftComment = periods.periods().get("draft-comment");
    this.calendar = calendar;
    this.options = options;
    this.workingDays = workingDays;
    this.kernel = new DeadlineKernel(periods, workingDays, options);
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
    return new TimelineEngine(periods, calendar, options, workingDays);
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
    Run run = new Run(c, asOf);
    run.all();
    return Timeline.builder().ehcpCase(c).asOf(asOf).deadlines(run.out).build();
  }

  /**
   * Computes every deadline of a case as at a date, without explanations: the same deadlines, in the same
   * order, with the same due dates, statuses and days missed as {@link #timeline(EhcpCase, LocalDate)},
   * at a fraction of the cost.
   *
   * @param c the case
   * @param asOf the date at which to judge met, missed or pending; not before the last event
   * @return the deadlines
   * @throws IllegalArgumentException if an event is after {@code asOf}, or a date is outside the years 1
   *     to 9999
   */
  public TimelineSummary summary(EhcpCase c, LocalDate asOf) {
    return timelines(CaseloadEvents.of(List.of(c)), asOf).summary(0);
  }

  /**
   * Computes {@link #summary(EhcpCase, LocalDate)} for many cases: builds their {@link CaseloadEvents}
   * table, then {@link #timelines(CaseloadEvents, LocalDate)}, both in parallel over the common fork-join
   * pool in blocks of cases fixed by the order of the cases, so the result does not depend on the number
   * of threads. To judge the same cases more than once, build the table once and call {@code timelines}.
   *
   * @param cases the cases
   * @param asOf the date at which to judge met, missed or pending; not before any case's last event
   * @return one summary per case, in the order given
   * @throws IllegalArgumentException if an event of any case is after {@code asOf} (naming the first such
   *     case), or a date is outside the years 1 to 9999
   */
  public ImmutableList<TimelineSummary> summaries(List<EhcpCase> cases, LocalDate asOf) {
    return timelines(CaseloadEvents.of(cases), asOf).summaries();
  }

  /**
   * Computes the deadlines of every case of a table as at a date, without explanations: for each case,
   * the deadlines of {@link #timeline(EhcpCase, LocalDate)} with the same figures, and the number of
   * deadlines of each period with each status. The rules run on integer days over the table's columns
   * (see {@link CaseloadEvents}), in parallel over blocks of cases; the result does not depend on the
   * number of threads.
   *
   * @param events the cases, as a table
   * @param asOf the date at which to judge met, missed or pending; not before any case's last event
   * @return the deadlines of every case
   * @throws IllegalArgumentException if an event of any case is after {@code asOf} (naming the first such
   *     case, with the message of {@link #timeline}), or {@code asOf} is outside the years 1 to 9999
   */
  public CaseloadTimelines timelines(CaseloadEvents events, LocalDate asOf) {
    int day = CaseloadEvents.checkedDay(asOf, "asOf");
    CaseloadEvents.Block[] in = events.blocks();
    for (CaseloadEvents.Block b : in) {
      for (int i = 0; i < b.size; i++) {
        int last = b.eventStart[i + 1];
        if (b.request[i] > day || (last > b.eventStart[i] && b.eventDay[last - 1] > day)) {
          new Run(events.cases().get(b.firstCase + i), asOf);
          throw new IllegalStateException("TimelineEngine: case " + (b.firstCase + i) + " should have been rejected");
        }
      }
    }
    CaseloadTimelines.Block[] out = new CaseloadTimelines.Block[in.length];
    int[][] counts = new int[in.length][DeadlineKernel.PERIODS * DeadlineKernel.STATUSES];
    if (in.length == 1) {
      out[0] = kernel.run(in[0], day, counts[0]);
    } else {
      IntStream.range(0, in.length).parallel().forEach(k -> out[k] = kernel.run(in[k], day, counts[k]));
    }
    int[] total = counts.length == 1 ? counts[0] : new int[DeadlineKernel.PERIODS * DeadlineKernel.STATUSES];
    if (counts.length > 1) {
      for (int[] c : counts) {
        for (int j = 0; j < total.length; j++) {
          total[j] += c[j];
        }
      }
    }
    return new CaseloadTimelines(events, asOf, day, out, total);
  }

  /** The working state of one computation. */
  private final class Run {
    private final EhcpCase c;
    private final LocalDate asOf;
    private final ImmutableList<CaseEvent> history;
    private final List<Deadline> out = new ArrayList<>();
    /** For each event type, the index of its first event in {@link #history}, or -1. */
    private final int[] head = new int[EVENT_TYPES];
    /** For each event, the index of the next event of the same type, or -1: one walk per type, not per lookup. */
    private final int[] next;

    Run(EhcpCase c, LocalDate asOf) {
      this.c = c;
      this.asOf = asOf;
      this.history = c.history();
      int n = history.size();
      this.next = new int[n];
      Arrays.fill(head, -1);
      for (int i = n - 1; i >= 0; i--) {
        CaseEvent e = history.get(i);
        int t = e.type().ordinal();
        next[i] = head[t];
        head[t] = i;
      }
      // History is sorted by date, so only the last event can be the latest.
      if (!history.isEmpty() && history.get(history.size() - 1).date().isAfter(asOf)) {
        List<CaseEvent> after = history.stream().filter(e -> e.date().isAfter(asOf)).collect(Collectors.toList());
        throw new IllegalArgumentException(
            Strings.lenientFormat("TimelineEngine.asOf: %s is before events %s of case %s", asOf, after, c.id()));
      }
      Preconditions.checkArgument(
          !asOf.isBefore(c.requestReceived()),
          "TimelineEngine.asOf: %s is before the request received on %s (case %s)", asOf, c.requestReceived(), c.id());
    }

    void all() {
      assessment();
      advice();
      reviews();
      amendments();
      transfers();
      mediation();
      appeals();
      tribunalOrders();
    }

    /** The first event of a type on or after {@code from} and before {@code until} (exclusive, if given). */
    Optional<CaseEvent> firstIn(EventType type, LocalDate from, Optional<LocalDate> until) {
      int i = head[type.ordinal()];
      if (i < 0) {
        return Optional.empty();
      }
      while (i >= 0 && history.get(i).date().isBefore(from)) {
        i = next[i];
      }
      if (i < 0 || (until.isPresent() && !history.get(i).date().isBefore(until.get()))) {
        return Optional.empty();
      }
      return Optional.of(history.get(i));
    }

    /** The first event of a type. */
    Optional<CaseEvent> first(EventType type) {
      int i = head[type.ordinal()];
      return i < 0 ? Optional.empty() : Optional.of(history.get(i));
    }

    /** Every event of a type, in date order. */
    List<CaseEvent> all(EventType type) {
      int i = head[type.ordinal()];
      if (i < 0) {
        return List.of();
      }
      List<CaseEvent> all = new ArrayList<>(4);
      for (; i >= 0; i = next[i]) {
        all.add(history.get(i));
      }
      return all;
    }

    void assessment() {
      String request = "request received";
      Optional<CaseEvent> decision = Optional.empty();
      for (CaseEvent e : history) {
        if (e.type() == EventType.DECISION_TO_ASSESS || e.type() == EventType.DECISION_NOT_TO_ASSESS) {
          decision = Optional.of(e);
          break;
        }
      }
      add("assessment-decision", request, c.requestReceived(), Duty.LOCAL_AUTHORITY, decision, null);
      if (decision.isPresent() && decision.get().type() == EventType.DECISION_NOT_TO_ASSESS) {
        return;
      }
      Optional<CaseEvent> noPlan = first(EventType.DECISION_NOT_TO_ISSUE);
      if (noPlan.isPresent()) {
        add("no-plan-notice", request, c.requestReceived(), Duty.LOCAL_AUTHORITY, noPlan, null);
        return;
      }
      Optional<CaseEvent> fin = first(EventType.FINAL_ISSUED);
      boolean assessing =
          decision.isPresent() || first(EventType.DRAFT_SERVED).isPresent() || fin.isPresent();
      if (!assessing) {
        return;
      }
      CaseEvent lastDraft = null;
      for (CaseEvent d : all(EventType.DRAFT_SERVED)) {
        if (fin.isEmpty() || !d.date().isAfter(fin.get().date())) {
          lastDraft = d;
        }
      }
      if (lastDraft != null) {
        add("draft-comment", "draft served", lastDraft.date(), Duty.LOCAL_AUTHORITY, fin, null);
      }
      add("final-plan", request, c.requestReceived(), Duty.LOCAL_AUTHORITY, fin, null);
    }

    void advice() {
      // The i-th advice received answers the i-th request (on or after it).
      List<CaseEvent> requests = all(EventType.ADVICE_REQUESTED);
      if (requests.isEmpty()) {
        return;
      }
      List<CaseEvent> received = new ArrayList<>(all(EventType.ADVICE_RECEIVED));
      for (CaseEvent request : requests) {
        Optional<CaseEvent> reply = Optional.empty();
        for (int i = 0; i < received.size(); i++) {
          if (!received.get(i).date().isBefore(request.date())) {
            reply = Optional.of(received.remove(i));
            break;
          }
        }
        add("advice", "advice requested", request.date(), Duty.LOCAL_AUTHORITY, reply, null);
      }
    }

    void reviews() {
      Optional<CaseEvent> fin = first(EventType.FINAL_ISSUED);
      if (fin.isEmpty()) {
        return;
      }
      Optional<LocalDate> ceased = first(EventType.PLAN_CEASED).map(CaseEvent::date);
      List<CaseEvent> notices = all(EventType.REVIEW_NOTICE_SENT);
      LocalDate anchor = fin.get().date();
      String anchorText = "plan issued";
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
        if (review.isEmpty() && ceased.isPresent() && !ceased.get().isAfter(due)) {
          return;
        }
        addWithDue(p, anchorText, anchor, underFive ? null : anchor, due, Duty.LOCAL_AUTHORITY, review, underFive
            ? () -> "every " + options.underFiveReviewMonths().getAsInt() + " months while under 5 (option)"
            : null);
        if (review.isEmpty()) {
          return;
        }
        LocalDate meeting = review.get().date();
        Optional<LocalDate> nextMeeting =
            firstIn(EventType.REVIEW_MEETING, meeting.plusDays(1), Optional.empty()).map(CaseEvent::date);
        String meetingText = "review meeting";
        if (!notices.isEmpty()) {
          // Only for cases that record notices: the last notice on or before the meeting, after the previous review.
          LocalDate since = anchor;
          Optional<CaseEvent> notice = notices.stream()
              .filter(e -> e.date().isAfter(since) && !e.date().isAfter(meeting)).reduce((x, y) -> y);
          add("review-notice", meetingText, meeting, Duty.LOCAL_AUTHORITY, notice, null);
        }
        add("review-report", meetingText, meeting, Duty.LOCAL_AUTHORITY,
            firstIn(EventType.REVIEW_REPORT_SENT, meeting, nextMeeting), null);
        add("review-decision", meetingText, meeting, Duty.LOCAL_AUTHORITY,
            firstIn(EventType.REVIEW_DECISION, meeting, nextMeeting), null);
        anchor = meeting;
        anchorText = meetingText;
      }
    }

    void amendments() {
      for (CaseEvent proposal : all(EventType.AMENDMENT_PROPOSED)) {
        add("amendment-final", "amendment proposed", proposal.date(), Duty.LOCAL_AUTHORITY,
            firstIn(EventType.AMENDED_PLAN_ISSUED, proposal.date(), Optional.empty()), null);
      }
      for (CaseEvent request : all(EventType.REASSESSMENT_REQUESTED)) {
        add("reassessment-final", "re-assessment requested", request.date(), Duty.LOCAL_AUTHORITY,
            firstIn(EventType.AMENDED_PLAN_ISSUED, request.date(), Optional.empty()), null);
      }
    }

    void transfers() {
      if (c.transfers().isEmpty()) {
        return;
      }
      LocalDate from = c.requestReceived();
      for (PhaseTransfer t : c.transfers().stream().sorted((a, b) -> a.transferDate().compareTo(b.transferDate()))
          .collect(Collectors.toList())) {
        StatutoryPeriod p = periods.get(t.kind().periodId());
        LocalDate due = p.endFrom(t.transferDate(), calendar);
        Optional<CaseEvent> amended =
            firstIn(EventType.TRANSFER_PLAN_AMENDED, from, Optional.of(t.transferDate().plusDays(1)));
        addWithDue(p, t.kind() + " transfer", t.transferDate(), t.transferDate(), due, Duty.LOCAL_AUTHORITY, amended,
            null);
        from = t.transferDate().plusDays(1);
      }
    }

    void mediation() {
      for (CaseEvent requested : all(EventType.MEDIATION_REQUESTED)) {
        add("mediation-held", "mediation requested", requested.date(), Duty.LOCAL_AUTHORITY,
            firstIn(EventType.MEDIATION_HELD, requested.date(), Optional.empty()), null);
      }
      for (CaseEvent declined : all(EventType.MEDIATION_DECLINED)) {
        add("mediation-certificate", "mediation declined", declined.date(),
            Duty.MEDIATION_ADVISER, firstIn(EventType.MEDIATION_CERTIFICATE, declined.date(), Optional.empty()), null);
      }
    }

    void tribunalOrders() {
      for (CaseEvent order : all(EventType.TRIBUNAL_ORDER_TO_ASSESS)) {
        String trigger = "tribunal order to assess";
        add("tribunal-order-assess-notice", trigger, order.date(), Duty.LOCAL_AUTHORITY,
            firstIn(EventType.DECISION_TO_ASSESS, order.date(), Optional.empty()), null);
        Optional<CaseEvent> noPlan = firstIn(EventType.DECISION_NOT_TO_ISSUE, order.date(), Optional.empty());
        if (noPlan.isPresent()) {
          add("tribunal-order-assess-no-plan", trigger, order.date(), Duty.LOCAL_AUTHORITY, noPlan, null);
        } else {
          add("tribunal-order-assess-final", trigger, order.date(), Duty.LOCAL_AUTHORITY,
              firstIn(EventType.FINAL_ISSUED, order.date(), Optional.empty()), null);
        }
      }
      for (CaseEvent order : all(EventType.TRIBUNAL_ORDER_TO_MAKE_PLAN)) {
        String trigger = "tribunal order to make a plan";
        add("tribunal-order-plan-draft", trigger, order.date(), Duty.LOCAL_AUTHORITY,
            firstIn(EventType.DRAFT_SERVED, order.date(), Optional.empty()), null);
        add("tribunal-order-plan-final", trigger, order.date(), Duty.LOCAL_AUTHORITY,
            firstIn(EventType.FINAL_ISSUED, order.date(), Optional.empty()), null);
      }
    }

    void appeals() {
      List<CaseEvent> decisions = new ArrayList<>(4);
      for (CaseEvent e : history) {
        if (e.type().isAppealable()) {
          decisions.add(e);
        }
      }
      if (decisions.isEmpty()) {
        return;
      }
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
        LocalDate oneMonth = null;
        if (certificate.isPresent()) {
          oneMonth = fromCertificate.endFrom(certificate.get().date(), calendar);
          if (oneMonth.isAfter(twoMonths)) {
            due = oneMonth;
            used = fromCertificate;
          }
        }
        boolean stillOpen = next.isEmpty() && !due.isBefore(asOf);
        if (disputed || stillOpen) {
          LocalDate month = oneMonth;
          LocalDate countedFrom = used == fromCertificate ? certificate.get().date() : decision.date();
          addWithDue(used, decision.type().toString(), decision.date(), countedFrom, due, Duty.FAMILY, appeal,
              () -> "2 months from the decision: " + twoMonths + (certificate.isEmpty() ? ""
                  : "; 1 month from the mediation certificate of " + certificate.get().date() + ": " + month
                      + "; the later applies"));
        }
      }
    }

    private void add(String id, String trigger, LocalDate triggerDate, Duty duty, Optional<CaseEvent> done,
        Supplier<String> note) {
      StatutoryPeriod p = periods.get(id);
      addWithDue(p, trigger, triggerDate, triggerDate, p.endFrom(triggerDate, calendar), duty, done, note);
    }

    /**
     * Judges one deadline and records it.
     *
     * @param trigger what starts the period, e.g. "request received"; the text reads "{trigger} on {date}"
     * @param countedFrom the day {@code p} was counted from to give {@code due} (the mediation certificate for
     *     the 1-month appeal period), or null if {@code due} was not counted by {@code p}
     * @param note extra input for the explanation; null if none
     */
    private void addWithDue(StatutoryPeriod p, String trigger, LocalDate triggerDate, LocalDate countedFrom,
        LocalDate due, Duty duty,
        Optional<CaseEvent> done, Supplier<String> note) {
      boolean notBefore = p == draftComment;
      DeadlineStatus status;
      long missedBy = 0;
      LocalDate doneDate = done.isPresent() ? done.get().date() : null;
      if (notBefore) {
        if (doneDate == null) {
          status = DeadlineStatus.PENDING;
        } else if (doneDate.isAfter(due)) {
          status = DeadlineStatus.MET;
        } else {
          status = DeadlineStatus.TOO_EARLY;
          missedBy = due.toEpochDay() - doneDate.toEpochDay() + 1;
        }
      } else if (doneDate != null) {
        if (doneDate.isAfter(due)) {
          status = DeadlineStatus.LATE;
          missedBy = doneDate.toEpochDay() - due.toEpochDay();
        } else {
          status = DeadlineStatus.MET;
        }
      } else if (asOf.isAfter(due)) {
        if (duty == Duty.FAMILY) {
          status = DeadlineStatus.EXPIRED;
        } else {
          status = DeadlineStatus.OVERDUE;
          missedBy = asOf.toEpochDay() - due.toEpochDay();
        }
      } else {
        status = DeadlineStatus.PENDING;
      }
      boolean excepted = p.exceptionsApply() && c.exceptionApplies();
      String triggerText = trigger + " on " + triggerDate;
      Explanation.Builder e =
          Explanation.builder()
              .rule(p.rule())
              .source(p.source())
              .result(status + (missedBy > 0 ? " by " + missedBy + " days" : "") + " (due " + due + ")")
              .putInputs("trigger", triggerText)
              .putInputs("period", p.lengthText())
              .putInputs("due", (notBefore ? "period ends " : "") + due + " (" + due.getDayOfWeek() + ")")
              .putInputs("done", doneDate != null ? doneDate + " (" + done.get().type() + ")" : "not yet, as at " + asOf)
              .addParameters(p.parameterUse());
      if (note != null) {
        e.putInputs("note", note.get());
      }
      if (countedFrom != null && p.tribunalHolidayShift()) {
        // Recount from where the period was counted, without the shift: the same calendar questions that gave
        // the due date, so explaining can never fail where computing did not (the fast path asks no others).
        LocalDate raw =
            StatutoryPeriod.builder().from(p).tribunalHolidayShift(false).build().endFrom(countedFrom, calendar);
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
          .trigger(triggerText)
          .triggerDate(triggerDate)
          .due(due)
          .notBefore(notBefore)
          .duty(duty)
          .done(Optional.ofNullable(doneDate))
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
