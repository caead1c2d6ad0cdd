package org.sendfunding.ehcp.timeline;

import com.google.common.collect.ImmutableList;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The timeline rules on integer days: the fast path behind {@link TimelineEngine#timelines} and
 * {@link TimelineEngine#summary}.
 *
 * <p>It derives the same deadlines, in the same order, as the explained path in {@link TimelineEngine}
 * (method for method: assessment, advice, reviews, amendments, transfers, mediation, appeals, tribunal
 * orders), but on the columns of a {@link CaseloadEvents} block, with dates as epoch days and no object
 * per deadline. The periods stay data: each is read once from {@link StatutoryPeriods} into a row of the
 * period table below (unit, amount, counting rules); working days come from a {@link WorkingDayTable} of
 * the engine's calendar. {@code TimelineSummaryTest} and {@code DeadlineKernelTest} compare the two paths
 * figure for figure. This class is immutable and thread-safe; each call to {@link #run} uses its own
 * scratch arrays.
 */
final class DeadlineKernel {

  /** The period ids, in the order of {@link StatutoryPeriods#REQUIRED}: index = period number. */
  static final ImmutableList<String> IDS = StatutoryPeriods.REQUIRED.asList();
  static final int PERIODS = IDS.size();

  private static final int ASSESSMENT = IDS.indexOf("assessment-decision");
  private static final int NO_PLAN = IDS.indexOf("no-plan-notice");
  private static final int FINAL_PLAN = IDS.indexOf("final-plan");
  private static final int DRAFT_COMMENT = IDS.indexOf("draft-comment");
  private static final int ANNUAL_REVIEW = IDS.indexOf("annual-review");
  private static final int UNDER_FIVE_REVIEW = IDS.indexOf("under-five-review");
  private static final int REVIEW_REPORT = IDS.indexOf("review-report");
  private static final int REVIEW_DECISION = IDS.indexOf("review-decision");
  private static final int REVIEW_NOTICE = IDS.indexOf("review-notice");
  private static final int AMENDMENT = IDS.indexOf("amendment-final");
  private static final int REASSESSMENT = IDS.indexOf("reassessment-final");
  private static final int MEDIATION_CERTIFICATE = IDS.indexOf("mediation-certificate");
  private static final int MEDIATION_HELD = IDS.indexOf("mediation-held");
  private static final int APPEAL_FROM_DECISION = IDS.indexOf("appeal-from-decision");
  private static final int APPEAL_FROM_CERTIFICATE = IDS.indexOf("appeal-from-certificate");
  private static final int ORDER_ASSESS_NOTICE = IDS.indexOf("tribunal-order-assess-notice");
  private static final int ORDER_ASSESS_NO_PLAN = IDS.indexOf("tribunal-order-assess-no-plan");
  private static final int ORDER_ASSESS_FINAL = IDS.indexOf("tribunal-order-assess-final");
  private static final int ORDER_PLAN_DRAFT = IDS.indexOf("tribunal-order-plan-draft");
  private static final int ORDER_PLAN_FINAL = IDS.indexOf("tribunal-order-plan-final");
  private static final int ADVICE = IDS.indexOf("advice");
  /** Per {@link TransferKind} ordinal: its period number. */
  private static final int[] TRANSFER_PERIOD =
      Arrays.stream(TransferKind.values()).mapToInt(k -> IDS.indexOf(k.periodId())).toArray();

  private static final int DECISION_TO_ASSESS = EventType.DECISION_TO_ASSESS.ordinal();
  private static final int DECISION_NOT_TO_ASSESS = EventType.DECISION_NOT_TO_ASSESS.ordinal();
  private static final int ADVICE_REQUESTED = EventType.ADVICE_REQUESTED.ordinal();
  private static final int ADVICE_RECEIVED = EventType.ADVICE_RECEIVED.ordinal();
  private static final int DRAFT_SERVED = EventType.DRAFT_SERVED.ordinal();
  private static final int DECISION_NOT_TO_ISSUE = EventType.DECISION_NOT_TO_ISSUE.ordinal();
  private static final int FINAL_ISSUED = EventType.FINAL_ISSUED.ordinal();
  private static final int REVIEW_NOTICE_SENT = EventType.REVIEW_NOTICE_SENT.ordinal();
  private static final int REVIEW_MEETING = EventType.REVIEW_MEETING.ordinal();
  private static final int REVIEW_REPORT_SENT = EventType.REVIEW_REPORT_SENT.ordinal();
  private static final int REVIEW_DECISION_MADE = EventType.REVIEW_DECISION.ordinal();
  private static final int AMENDMENT_PROPOSED = EventType.AMENDMENT_PROPOSED.ordinal();
  private static final int AMENDED_PLAN_ISSUED = EventType.AMENDED_PLAN_ISSUED.ordinal();
  private static final int REASSESSMENT_REQUESTED = EventType.REASSESSMENT_REQUESTED.ordinal();
  private static final int TRANSFER_PLAN_AMENDED = EventType.TRANSFER_PLAN_AMENDED.ordinal();
  private static final int MEDIATION_DECLINED = EventType.MEDIATION_DECLINED.ordinal();
  private static final int MEDIATION_REQUESTED = EventType.MEDIATION_REQUESTED.ordinal();
  private static final int MEDIATION_HELD_EVENT = EventType.MEDIATION_HELD.ordinal();
  private static final int MEDIATION_CERTIFICATE_EVENT = EventType.MEDIATION_CERTIFICATE.ordinal();
  private static final int APPEAL_REGISTERED = EventType.APPEAL_REGISTERED.ordinal();
  private static final int ORDER_TO_ASSESS = EventType.TRIBUNAL_ORDER_TO_ASSESS.ordinal();
  private static final int ORDER_TO_MAKE_PLAN = EventType.TRIBUNAL_ORDER_TO_MAKE_PLAN.ordinal();
  private static final int PLAN_CEASED = EventType.PLAN_CEASED.ordinal();
  private static final int EVENT_TYPES = EventType.values().length;
  private static final boolean[] APPEALABLE = new boolean[EVENT_TYPES];

  static {
    for (EventType t : EventType.values()) {
      APPEALABLE[t.ordinal()] = t.isAppealable();
    }
  }

  /** "No such event" or "no limit" in the day arguments below. */
  static final int NONE = Integer.MIN_VALUE;
  private static final int NO_LIMIT = Integer.MAX_VALUE;

  /** In the output flags: the status ordinal in the low bits, plus this bit if an exception applies. */
  static final int EXCEPTED = 0x40;
  static final int STATUS_MASK = 0x3f;
  private static final int MET = DeadlineStatus.MET.ordinal();
  private static final int LATE = DeadlineStatus.LATE.ordinal();
  private static final int OVERDUE = DeadlineStatus.OVERDUE.ordinal();
  private static final int PENDING = DeadlineStatus.PENDING.ordinal();
  private static final int TOO_EARLY = DeadlineStatus.TOO_EARLY.ordinal();
  private static final int EXPIRED = DeadlineStatus.EXPIRED.ordinal();
  static final int STATUSES = DeadlineStatus.values().length;

  /** How a period is counted, in {@link #count}: a fixed number of days (days and weeks), months, working days, a fixed day. */
  private static final int BY_DAYS = 0;
  private static final int BY_MONTHS = 1;
  private static final int BY_WORKING_DAYS = 2;
  private static final int BY_FIXED_DAY = 3;

  // The period table: one row per period number, read from the StatutoryPeriods data.
  private final int[] count = new int[PERIODS];
  /** For periods counted in days or weeks: the days from the trigger to the end (15 days counting day 1: 14). */
  private final int[] days = new int[PERIODS];
  private final int[] amount = new int[PERIODS];
  private final boolean[] holidayShift = new boolean[PERIODS];
  private final boolean[] exceptionsApply = new boolean[PERIODS];
  private final int[] fixedMonth = new int[PERIODS];
  private final int[] fixedDay = new int[PERIODS];
  private final WorkingDayTable workingDays;
  /** Months between reviews while under 5, or 0 if under-5 reviews are not scheduled. */
  private final int underFiveMonths;

  DeadlineKernel(StatutoryPeriods periods, WorkingDayTable workingDays, TimelineOptions options) {
    for (int p = 0; p < PERIODS; p++) {
      StatutoryPeriod period = periods.get(IDS.get(p));
      amount[p] = period.amount();
      switch (period.unit()) {
        case DAYS:
          count[p] = BY_DAYS;
          days[p] = period.firstDayCounts() ? period.amount() - 1 : period.amount();
          break;
        case WEEKS:
          count[p] = BY_DAYS;
          days[p] = 7 * period.amount();
          break;
        case MONTHS:
          count[p] = BY_MONTHS;
          break;
        case WORKING_DAYS:
          count[p] = BY_WORKING_DAYS;
          break;
        default:
          count[p] = BY_FIXED_DAY;
      }
      holidayShift[p] = period.tribunalHolidayShift();
      exceptionsApply[p] = period.exceptionsApply();
      if (period.fixedDay().isPresent()) {
        MonthDay md = period.fixedDay().get();
        fixedMonth[p] = md.getMonthValue();
        fixedDay[p] = md.getDayOfMonth();
      }
    }
    this.workingDays = workingDays;
    OptionalInt months = options.underFiveReviewMonths();
    this.underFiveMonths = months.isPresent() ? months.getAsInt() : 0;
  }

  /** As {@link StatutoryPeriod#endFrom}, for period number {@code p}, on epoch days. */
  int endFrom(int p, int trigger) {
    int end;
    int how = count[p];
    if (how == BY_DAYS) {
      end = trigger + days[p];
    } else if (how == BY_MONTHS) {
      end = EpochDays.plusMonths(trigger, amount[p]);
    } else if (how == BY_WORKING_DAYS) {
      end = workingDays.plusWorkingDays(trigger, amount[p]);
    } else {
      end = EpochDays.sameYear(trigger, fixedMonth[p], fixedDay[p]);
    }
    return holidayShift[p] ? shiftForTribunalHolidays(end) : end;
  }

  /** As {@link StatutoryPeriod#shiftForTribunalHolidays}, on epoch days. */
  int shiftForTribunalHolidays(int end) {
    int c = EpochDays.civil(end);
    int month = EpochDays.month(c);
    int year = EpochDays.year(c);
    if (month == 8) {
      return workingDays.nextWorkingDayOnOrAfter(EpochDays.of(year, 9, 1));
    }
    if (month == 12 && EpochDays.dayOfMonth(c) >= 25) {
      return workingDays.nextWorkingDayOnOrAfter(EpochDays.of(year + 1, 1, 2));
    }
    if (month == 1 && EpochDays.dayOfMonth(c) == 1) {
      return workingDays.nextWorkingDayOnOrAfter(EpochDays.of(year, 1, 2));
    }
    return end;
  }

  /**
   * Computes the deadlines of every case of a block.
   *
   * @param in the block's events
   * @param asOf the epoch day at which statuses are judged; the caller has checked every case against it
   * @param counts per period number times {@link #STATUSES} plus status: deadlines counted, added to
   * @return the block's deadlines
   */
  CaseloadTimelines.Block run(CaseloadEvents.Block in, int asOf, int[] counts) {
    return new Run(in, asOf, counts).all();
  }

  /** The working state of one block: reused from case to case, never shared. */
  private final class Run {
    private final CaseloadEvents.Block in;
    private final int asOf;
    private final int[] counts;
    private final int[] head = new int[EVENT_TYPES];
    private int[] next = new int[32];
    private int[] scratch = new int[8];
    // The case being computed.
    private int start;
    private int end;
    private int request;
    private boolean excepted;
    // The output columns.
    private final int[] caseStart;
    private int size;
    private byte[] period;
    private int[] trigger;
    private int[] due;
    private int[] done;
    private byte[] flags;

    Run(CaseloadEvents.Block in, int asOf, int[] counts) {
      this.in = in;
      this.asOf = asOf;
      this.counts = counts;
      this.caseStart = new int[in.size + 1];
      // About one deadline per event plus one per case (12.1 and 11.1 a case on the benchmark workload);
      // the columns grow if a block needs more.
      int capacity = in.eventStart[in.size] + 2 * in.size + 16;
      period = new byte[capacity];
      trigger = new int[capacity];
      due = new int[capacity];
      done = new int[capacity];
      flags = new byte[capacity];
    }

    CaseloadTimelines.Block all() {
      for (int i = 0; i < in.size; i++) {
        caseStart[i] = size;
        load(i);
        assessment();
        advice();
        reviews(i);
        amendments();
        transfers(i);
        mediation();
        appeals();
        tribunalOrders();
      }
      caseStart[in.size] = size;
      return new CaseloadTimelines.Block(in.firstCase, caseStart, size, period, trigger, due, done, flags);
    }

    /** Links each event to the next of its type, so that lookups walk one type, not the whole history. */
    private void load(int i) {
      start = in.eventStart[i];
      end = in.eventStart[i + 1];
      request = in.request[i];
      excepted = in.excepted[i];
      if (end - start > next.length) {
        next = new int[Math.max(end - start, next.length * 2)];
      }
      Arrays.fill(head, -1);
      byte[] type = in.eventType;
      for (int k = end - 1; k >= start; k--) {
        int t = type[k];
        next[k - start] = head[t];
        head[t] = k;
      }
    }

    private int nextOfType(int k) {
      int n = next[k - start];
      return n;
    }

    /** The first event of a type on or after {@code from} and before {@code until}: its index, or -1. */
    private int firstIn(int type, int from, int until) {
      int[] day = in.eventDay;
      int k = head[type];
      while (k >= 0 && day[k] < from) {
        k = nextOfType(k);
      }
      return k >= 0 && day[k] < until ? k : -1;
    }

    private int dayOf(int k) {
      return k < 0 ? NONE : in.eventDay[k];
    }

    private void assessment() {
      int toAssess = head[DECISION_TO_ASSESS];
      int notToAssess = head[DECISION_NOT_TO_ASSESS];
      // The first of the two decisions in history order.
      int decision = toAssess < 0 ? notToAssess : notToAssess < 0 ? toAssess : Math.min(toAssess, notToAssess);
      add(ASSESSMENT, request, dayOf(decision), false);
      if (decision >= 0 && decision == notToAssess) {
        return;
      }
      int noPlan = head[DECISION_NOT_TO_ISSUE];
      if (noPlan >= 0) {
        add(NO_PLAN, request, dayOf(noPlan), false);
        return;
      }
      int fin = head[FINAL_ISSUED];
      if (decision < 0 && head[DRAFT_SERVED] < 0 && fin < 0) {
        return;
      }
      int finDay = dayOf(fin);
      int lastDraft = NONE;
      for (int d = head[DRAFT_SERVED]; d >= 0; d = nextOfType(d)) {
        if (fin < 0 || in.eventDay[d] <= finDay) {
          lastDraft = in.eventDay[d];
        }
      }
      if (lastDraft != NONE) {
        add(DRAFT_COMMENT, lastDraft, finDay, false);
      }
      add(FINAL_PLAN, request, finDay, false);
    }

    private void advice() {
      int requested = head[ADVICE_REQUESTED];
      if (requested < 0) {
        return;
      }
      // The i-th advice received answers the i-th request (on or after it): received days, used ones struck out.
      int n = 0;
      for (int k = head[ADVICE_RECEIVED]; k >= 0; k = nextOfType(k)) {
        if (n == scratch.length) {
          scratch = Arrays.copyOf(scratch, n * 2);
        }
        scratch[n++] = in.eventDay[k];
      }
      for (int k = requested; k >= 0; k = nextOfType(k)) {
        int asked = in.eventDay[k];
        int reply = NONE;
        for (int j = 0; j < n; j++) {
          if (scratch[j] != NONE && scratch[j] >= asked) {
            reply = scratch[j];
            scratch[j] = NONE;
            break;
          }
        }
        add(ADVICE, asked, reply, false);
      }
    }

    private void reviews(int i) {
      int fin = head[FINAL_ISSUED];
      if (fin < 0) {
        return;
      }
      int ceased = dayOf(head[PLAN_CEASED]);
      boolean notices = head[REVIEW_NOTICE_SENT] >= 0;
      int birth = in.birth[i];
      int fifthBirthday = underFiveMonths > 0 && birth != CaseloadEvents.NO_DATE ? EpochDays.plusMonths(birth, 60) : NONE;
      int anchor = in.eventDay[fin];
      // A plan reviewed late restarts the 12 months from the actual review (CFA s44(1): "of each review").
      while (true) {
        boolean underFive = fifthBirthday != NONE && anchor < fifthBirthday;
        int p = underFive ? UNDER_FIVE_REVIEW : ANNUAL_REVIEW;
        int dueDay = underFive ? EpochDays.plusMonths(anchor, underFiveMonths) : endFrom(p, anchor);
        int review = firstIn(REVIEW_MEETING, anchor + 1, NO_LIMIT);
        if (review < 0 && ceased != NONE && ceased <= dueDay) {
          return;
        }
        addWithDue(p, anchor, dueDay, dayOf(review), false);
        if (review < 0) {
          return;
        }
        int meeting = in.eventDay[review];
        int following = firstIn(REVIEW_MEETING, meeting + 1, NO_LIMIT);
        int nextMeeting = following < 0 ? NO_LIMIT : in.eventDay[following];
        if (notices) {
          // Only for cases that record notices: the last notice on or before the meeting, after the previous review.
          int notice = NONE;
          for (int k = head[REVIEW_NOTICE_SENT]; k >= 0; k = nextOfType(k)) {
            int d = in.eventDay[k];
            if (d > anchor && d <= meeting) {
              notice = d;
            }
          }
          add(REVIEW_NOTICE, meeting, notice, false);
        }
        add(REVIEW_REPORT, meeting, dayOf(firstIn(REVIEW_REPORT_SENT, meeting, nextMeeting)), false);
        add(REVIEW_DECISION, meeting, dayOf(firstIn(REVIEW_DECISION_MADE, meeting, nextMeeting)), false);
        anchor = meeting;
      }
    }

    private void amendments() {
      for (int k = head[AMENDMENT_PROPOSED]; k >= 0; k = nextOfType(k)) {
        int proposed = in.eventDay[k];
        add(AMENDMENT, proposed, dayOf(firstIn(AMENDED_PLAN_ISSUED, proposed, NO_LIMIT)), false);
      }
      for (int k = head[REASSESSMENT_REQUESTED]; k >= 0; k = nextOfType(k)) {
        int requested = in.eventDay[k];
        add(REASSESSMENT, requested, dayOf(firstIn(AMENDED_PLAN_ISSUED, requested, NO_LIMIT)), false);
      }
    }

    private void transfers(int i) {
      int from = request;
      for (int t = in.transferStart[i], last = in.transferStart[i + 1]; t < last; t++) {
        int p = TRANSFER_PERIOD[in.transferKind[t]];
        int day = in.transferDay[t];
        addWithDue(p, day, endFrom(p, day), dayOf(firstIn(TRANSFER_PLAN_AMENDED, from, day + 1)), false);
        from = day + 1;
      }
    }

    private void mediation() {
      for (int k = head[MEDIATION_REQUESTED]; k >= 0; k = nextOfType(k)) {
        int requested = in.eventDay[k];
        add(MEDIATION_HELD, requested, dayOf(firstIn(MEDIATION_HELD_EVENT, requested, NO_LIMIT)), false);
      }
      for (int k = head[MEDIATION_DECLINED]; k >= 0; k = nextOfType(k)) {
        int declined = in.eventDay[k];
        add(MEDIATION_CERTIFICATE, declined, dayOf(firstIn(MEDIATION_CERTIFICATE_EVENT, declined, NO_LIMIT)), false);
      }
    }

    private void appeals() {
      byte[] type = in.eventType;
      int[] day = in.eventDay;
      int decision = -1;
      for (int k = start; k < end; k++) {
        if (!APPEALABLE[type[k]]) {
          continue;
        }
        if (decision >= 0) {
          appeal(day[decision], day[k]);
        }
        decision = k;
      }
      if (decision >= 0) {
        appeal(day[decision], NO_LIMIT);
      }
    }

    /** The appeal deadline after a decision, if disputed or still open; {@code next} is the next decision's day. */
    private void appeal(int decided, int next) {
      int certificate = firstIn(MEDIATION_CERTIFICATE_EVENT, decided, next);
      int appeal = firstIn(APPEAL_REGISTERED, decided, next);
      boolean disputed = certificate >= 0 || appeal >= 0 || firstIn(MEDIATION_DECLINED, decided, next) >= 0;
      int twoMonths = endFrom(APPEAL_FROM_DECISION, decided);
      int dueDay = twoMonths;
      int used = APPEAL_FROM_DECISION;
      if (certificate >= 0) {
        int oneMonth = endFrom(APPEAL_FROM_CERTIFICATE, in.eventDay[certificate]);
        if (oneMonth > twoMonths) {
          dueDay = oneMonth;
          used = APPEAL_FROM_CERTIFICATE;
        }
      }
      boolean stillOpen = next == NO_LIMIT && dueDay >= asOf;
      if (disputed || stillOpen) {
        addWithDue(used, decided, dueDay, dayOf(appeal), true);
      }
    }

    private void tribunalOrders() {
      for (int k = head[ORDER_TO_ASSESS]; k >= 0; k = nextOfType(k)) {
        int order = in.eventDay[k];
        add(ORDER_ASSESS_NOTICE, order, dayOf(firstIn(DECISION_TO_ASSESS, order, NO_LIMIT)), false);
        int noPlan = firstIn(DECISION_NOT_TO_ISSUE, order, NO_LIMIT);
        if (noPlan >= 0) {
          add(ORDER_ASSESS_NO_PLAN, order, in.eventDay[noPlan], false);
        } else {
          add(ORDER_ASSESS_FINAL, order, dayOf(firstIn(FINAL_ISSUED, order, NO_LIMIT)), false);
        }
      }
      for (int k = head[ORDER_TO_MAKE_PLAN]; k >= 0; k = nextOfType(k)) {
        int order = in.eventDay[k];
        add(ORDER_PLAN_DRAFT, order, dayOf(firstIn(DRAFT_SERVED, order, NO_LIMIT)), false);
        add(ORDER_PLAN_FINAL, order, dayOf(firstIn(FINAL_ISSUED, order, NO_LIMIT)), false);
      }
    }

    private void add(int p, int triggerDay, int doneDay, boolean family) {
      addWithDue(p, triggerDay, endFrom(p, triggerDay), doneDay, family);
    }

    /** Judges one deadline and records it; {@code family} for a family's right of appeal, which expires. */
    private void addWithDue(int p, int triggerDay, int dueDay, int doneDay, boolean family) {
      int status;
      if (p == DRAFT_COMMENT) {
        // The comment period must not be cut short: done on or before its last day is too early.
        status = doneDay == NONE ? PENDING : doneDay > dueDay ? MET : TOO_EARLY;
      } else if (doneDay != NONE) {
        status = doneDay > dueDay ? LATE : MET;
      } else if (asOf > dueDay) {
        status = family ? EXPIRED : OVERDUE;
      } else {
        status = PENDING;
      }
      if (size == period.length) {
        int capacity = size * 2;
        period = Arrays.copyOf(period, capacity);
        trigger = Arrays.copyOf(trigger, capacity);
        due = Arrays.copyOf(due, capacity);
        done = Arrays.copyOf(done, capacity);
        flags = Arrays.copyOf(flags, capacity);
      }
      period[size] = (byte) p;
      trigger[size] = triggerDay;
      due[size] = dueDay;
      done[size] = doneDay;
      flags[size] = (byte) (status | (excepted && exceptionsApply[p] ? EXCEPTED : 0));
      counts[p * STATUSES + status]++;
      size++;
    }
  }

  /**
   * The days by which a deadline was missed, as the explained path counts them: late, days after the due
   * date it was done; overdue, days from the due date to the as-at date; too early, days from when it was
   * done to the end of the comment period, both counted; otherwise 0.
   */
  static int daysMissedBy(int status, int dueDay, int doneDay, int asOf) {
    if (status == LATE) {
      return doneDay - dueDay;
    }
    if (status == OVERDUE) {
      return asOf - dueDay;
    }
    if (status == TOO_EARLY) {
      return dueDay - doneDay + 1;
    }
    return 0;
  }
}
