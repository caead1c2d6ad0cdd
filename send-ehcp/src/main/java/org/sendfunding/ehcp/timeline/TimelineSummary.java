package org.sendfunding.ehcp.timeline;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The deadlines of one case without their explanations: for each, the period, trigger date, due date,
 * the date it was done, its status and the days by which it was missed, in the order of the explained
 * {@link Timeline}. Built by {@link TimelineEngine#summary(EhcpCase, LocalDate)} and
 * {@link CaseloadTimelines#summary(int)} for caseload-wide work, where an
 * {@link org.sendfunding.model.explain.Explanation} per deadline would cost far more than the deadline
 * itself. Ask {@link TimelineEngine#timeline} for the explanation of any one case.
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
 * <p>A summary is a read-only view of one case's rows in the columns of a {@link CaseloadTimelines}
 * (days held as {@code int} epoch days; a {@link LocalDate} is made only when asked for). This class is
 * immutable and thread-safe.
 */
public final class TimelineSummary {

  private static final DeadlineStatus[] STATUSES = DeadlineStatus.values();

  private final EhcpCase ehcpCase;
  private final LocalDate asOf;
  private final int asOfDay;
  private final CaseloadTimelines.Block block;
  private final int from;
  private final int size;

  TimelineSummary(EhcpCase ehcpCase, LocalDate asOf, int asOfDay, CaseloadTimelines.Block block, int from, int to) {
    this.ehcpCase = ehcpCase;
    this.asOf = asOf;
    this.asOfDay = asOfDay;
    this.block = block;
    this.from = from;
    this.size = to - from;
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
    return size;
  }

  /**
   * The period of deadline {@code i}, e.g. {@code final-plan}.
   *
   * @param i the index, 0 to {@code size() - 1}
   * @return the period id
   */
  public String periodId(int i) {
    return DeadlineKernel.IDS.get(block.period[check(i)]);
  }

  /**
   * The date that starts deadline {@code i}'s period.
   *
   * @param i the index
   * @return the trigger date
   */
  public LocalDate triggerDate(int i) {
    return LocalDate.ofEpochDay(block.trigger[check(i)]);
  }

  /**
   * The due date of deadline {@code i} (for the draft-comment period, the day the period ends).
   *
   * @param i the index
   * @return the due date
   */
  public LocalDate due(int i) {
    return LocalDate.ofEpochDay(block.due[check(i)]);
  }

  /**
   * The date deadline {@code i} was met, if it was.
   *
   * @param i the index
   * @return the date done
   */
  public Optional<LocalDate> done(int i) {
    int k = check(i);
    return block.done[k] == DeadlineKernel.NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(block.done[k]));
  }

  /**
   * The status of deadline {@code i}.
   *
   * @param i the index
   * @return the status
   */
  public DeadlineStatus status(int i) {
    return STATUSES[block.flags[check(i)] & DeadlineKernel.STATUS_MASK];
  }

  /**
   * The days by which deadline {@code i} was missed; 0 unless late, overdue or too early.
   *
   * @param i the index
   * @return the days
   */
  public long daysMissedBy(int i) {
    int k = check(i);
    return DeadlineKernel.daysMissedBy(block.flags[k] & DeadlineKernel.STATUS_MASK, block.due[k], block.done[k], asOfDay);
  }

  /**
   * Whether an exception of reg 10(4) lifts deadline {@code i}'s limit.
   *
   * @param i the index
   * @return true if it applies
   */
  public boolean exceptionApplies(int i) {
    return (block.flags[check(i)] & DeadlineKernel.EXCEPTED) != 0;
  }

  /**
   * The number of deadlines with a status.
   *
   * @param status the status
   * @return the count
   */
  public int count(DeadlineStatus status) {
    int n = 0;
    for (int k = from; k < from + size; k++) {
      if ((block.flags[k] & DeadlineKernel.STATUS_MASK) == status.ordinal()) {
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
    return from + Preconditions.checkElementIndex(i, size, "TimelineSummary.index");
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

}
