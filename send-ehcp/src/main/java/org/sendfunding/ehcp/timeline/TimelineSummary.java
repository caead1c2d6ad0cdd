package org.sendfunding.ehcp.timeline;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The deadlines of one case without their explanations: for each, the period, trigger date, due date,
 * the date it was done, its status and the days by which it was missed, in the order of the explained
 * {@link Timeline}. Built by {@link TimelineEngine#summary(EhcpCase, LocalDate)} for caseload-wide work
 * (100,000 cases in tens of milliseconds), where an {@link org.sendfunding.model.explain.Explanation} per
 * deadline would cost far more than the deadline itself. Ask {@link TimelineEngine#timeline} for the
 * explanation of any one case.
 *
 * <pre>{@code
 * TimelineSummary s = TimelineEngine.DEFAULT.summary(ehcpCase, LocalDate.of(2025, 6, 30));
 * s.periodId(2);      // "final-plan"
 * s.due(2);           // 2025-01-20
 * s.status(2);        // LATE
 * s.daysMissedBy(2);  // 4
 * s.count(DeadlineStatus.LATE);
 * }</pre>
 *
 * <p>Figures are held in flat arrays that never leave this class. This class is immutable and
 * thread-safe.
 */
public final class TimelineSummary {

  private static final DeadlineStatus[] STATUSES = DeadlineStatus.values();

  /** Per deadline in {@link #dates}: the trigger, due and done dates (done null if not done). */
  private static final int DATES = 3;
  private static final int TRIGGER = 0;
  private static final int DUE = 1;
  private static final int DONE = 2;
  /** Per deadline in {@link #figures}: days missed, then the status ordinal plus {@link #EXCEPTED} if an exception applies. */
  private static final int FIGURES = 2;
  private static final int MISSED = 0;
  private static final int FLAGS = 1;
  private static final int EXCEPTED = 1 << 8;

  private final EhcpCase ehcpCase;
  private final LocalDate asOf;
  private final String[] periodIds;
  private final LocalDate[] dates;
  private final int[] figures;

  private TimelineSummary(EhcpCase ehcpCase, LocalDate asOf, Collector c) {
    this.ehcpCase = ehcpCase;
    this.asOf = asOf;
    this.periodIds = Arrays.copyOf(c.periodIds, c.size);
    this.dates = Arrays.copyOf(c.dates, c.size * DATES);
    this.figures = Arrays.copyOf(c.figures, c.size * FIGURES);
  }

  /** The case. */
  public EhcpCase ehcpCase() {
    return ehcpCase;
  }

  /** The date at which statuses are judged. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The number of deadlines. */
  public int size() {
    return periodIds.length;
  }

  /**
   * The period of deadline {@code i}, e.g. {@code final-plan}.
   *
   * @param i the index, 0 to {@code size() - 1}
   * @return the period id
   */
  public String periodId(int i) {
    return periodIds[check(i)];
  }

  /**
   * The date that starts deadline {@code i}'s period.
   *
   * @param i the index
   * @return the trigger date
   */
  public LocalDate triggerDate(int i) {
    return dates[check(i) * DATES + TRIGGER];
  }

  /**
   * The due date of deadline {@code i} (for the draft-comment period, the day the period ends).
   *
   * @param i the index
   * @return the due date
   */
  public LocalDate due(int i) {
    return dates[check(i) * DATES + DUE];
  }

  /**
   * The date deadline {@code i} was met, if it was.
   *
   * @param i the index
   * @return the date done
   */
  public Optional<LocalDate> done(int i) {
    return Optional.ofNullable(dates[check(i) * DATES + DONE]);
  }

  /**
   * The status of deadline {@code i}.
   *
   * @param i the index
   * @return the status
   */
  public DeadlineStatus status(int i) {
    return STATUSES[figures[check(i) * FIGURES + FLAGS] & 0xff];
  }

  /**
   * The days by which deadline {@code i} was missed; 0 unless late, overdue or too early.
   *
   * @param i the index
   * @return the days
   */
  public long daysMissedBy(int i) {
    return figures[check(i) * FIGURES + MISSED];
  }

  /**
   * Whether an exception of reg 10(4) lifts deadline {@code i}'s limit.
   *
   * @param i the index
   * @return true if it applies
   */
  public boolean exceptionApplies(int i) {
    return (figures[check(i) * FIGURES + FLAGS] & EXCEPTED) != 0;
  }

  /**
   * The number of deadlines with a status.
   *
   * @param status the status
   * @return the count
   */
  public int count(DeadlineStatus status) {
    int n = 0;
    for (int i = FLAGS; i < figures.length; i += FIGURES) {
      if ((figures[i] & 0xff) == status.ordinal()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether this summary gives exactly the deadlines of an explained timeline: the same periods, trigger
   * dates, due dates, done dates, statuses, days missed and exceptions, in the same order.
   *
   * @param timeline the explained timeline
   * @return true if every figure agrees
   */
  public boolean agreesWith(Timeline timeline) {
    if (timeline.deadlines().size() != size() || !timeline.asOf().equals(asOf)) {
      return false;
    }
    for (int i = 0; i < size(); i++) {
      Deadline d = timeline.deadlines().get(i);
      if (!d.periodId().equals(periodId(i)) || !d.triggerDate().equals(triggerDate(i)) || !d.due().equals(due(i))
          || !d.done().equals(done(i)) || d.status() != status(i) || d.daysMissedBy() != daysMissedBy(i)
          || d.exceptionApplies() != exceptionApplies(i)) {
        return false;
      }
    }
    return true;
  }

  private int check(int i) {
    return Preconditions.checkElementIndex(i, periodIds.length, "TimelineSummary.index");
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("TimelineSummary[").append(ehcpCase.id()).append(" as at ").append(asOf);
    for (int i = 0; i < size(); i++) {
      out.append(i == 0 ? ": " : "; ").append(periodId(i)).append(" due ").append(due(i)).append(' ').append(status(i));
      if (daysMissedBy(i) > 0) {
        out.append(" by ").append(daysMissedBy(i));
      }
    }
    return out.append(']').toString();
  }

  /** Collects deadlines during one engine run; reused from case to case by one thread, never shared. */
  static final class Collector {
    private int size;
    private String[] periodIds = new String[16];
    private LocalDate[] dates = new LocalDate[16 * DATES];
    private int[] figures = new int[16 * FIGURES];

    void clear() {
      size = 0;
    }

    void add(String periodId, LocalDate trigger, LocalDate due, LocalDate done, DeadlineStatus status,
        long daysMissedBy, boolean exceptionApplies) {
      if (size == periodIds.length) {
        periodIds = Arrays.copyOf(periodIds, size * 2);
        dates = Arrays.copyOf(dates, size * 2 * DATES);
        figures = Arrays.copyOf(figures, size * 2 * FIGURES);
      }
      periodIds[size] = periodId;
      int k = size * DATES;
      dates[k + TRIGGER] = trigger;
      dates[k + DUE] = due;
      dates[k + DONE] = done;
      int f = size * FIGURES;
      figures[f + MISSED] = Math.toIntExact(daysMissedBy);
      figures[f + FLAGS] = status.ordinal() | (exceptionApplies ? EXCEPTED : 0);
      size++;
    }

    TimelineSummary build(EhcpCase c, LocalDate asOf) {
      return new TimelineSummary(c, asOf, this);
    }
  }
}
