package org.sendfunding.ehcp.timeline;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * The deadlines of every case of a caseload as at a date, without explanations, held in columns: for each
 * deadline its period, trigger day, due day, the day it was done, its status and whether an exception
 * applies; and, for the caseload, the number of deadlines of each period with each status.
 *
 * <p>Computed by {@link TimelineEngine#timelines(CaseloadEvents, LocalDate)}; each case's deadlines are
 * those of the explained {@link TimelineEngine#timeline}, in the same order with the same figures.
 *
 * <pre>{@code
 * CaseloadTimelines t = TimelineEngine.DEFAULT.timelines(CaseloadEvents.of(cases), LocalDate.of(2025, 6, 30));
 * t.count("final-plan", DeadlineStatus.LATE);   // plans issued after the 20 weeks
 * t.summary(0).due(2);                          // the first case's final-plan due date
 * }</pre>
 *
 * <p>The columns never leave this class; {@link #summary(int)} gives a read-only view of one case. This
 * class is immutable and thread-safe.
 */
public final class CaseloadTimelines {

  private final CaseloadEvents events;
  private final LocalDate asOf;
  private final int asOfDay;
  private final Block[] blocks;
  private final int[] counts;

  CaseloadTimelines(CaseloadEvents events, LocalDate asOf, int asOfDay, Block[] blocks, int[] counts) {
    this.events = events;
    this.asOf = asOf;
    this.asOfDay = asOfDay;
    this.blocks = blocks;
    this.counts = counts;
  }

  /** The date at which statuses are judged. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The number of cases. */
  public int size() {
    return events.size();
  }

  /** The number of deadlines over all cases. */
  public int deadlineCount() {
    int n = 0;
    for (Block b : blocks) {
      n += b.size;
    }
    return n;
  }

  /**
   * The deadlines of one case.
   *
   * @param caseIndex the case's index in the {@link CaseloadEvents}, 0 to {@code size() - 1}
   * @return a view of its deadlines
   */
  public TimelineSummary summary(int caseIndex) {
    Preconditions.checkElementIndex(caseIndex, size(), "CaseloadTimelines.caseIndex");
    Block b = blocks[caseIndex / CaseloadEvents.BLOCK];
    int local = caseIndex - b.firstCase;
    return new TimelineSummary(events.cases().get(caseIndex), asOf, asOfDay, b, b.caseStart[local],
        b.caseStart[local + 1]);
  }

  /**
   * The deadlines of every case, in the order of the cases.
   *
   * @return one view per case
   */
  public ImmutableList<TimelineSummary> summaries() {
    TimelineSummary[] out = new TimelineSummary[size()];
    ImmutableList<EhcpCase> cases = events.cases();
    // Views are made block by block in parallel, like the blocks themselves: made one after another
    // they were an eighth of a 100,000-case run, on one core while the other waited. Each block writes
    // only its own slots, so the list is the same whatever the thread count.
    IntStream.range(0, blocks.length).parallel().forEach(k -> {
      Block b = blocks[k];
      for (int i = 0; i + 1 < b.caseStart.length; i++) {
        out[b.firstCase + i] =
            new TimelineSummary(cases.get(b.firstCase + i), asOf, asOfDay, b, b.caseStart[i], b.caseStart[i + 1]);
      }
    });
    return ImmutableList.copyOf(out);
  }

  /**
   * The number of deadlines with a status, over all cases and periods.
   *
   * @param status the status
   * @return the count
   */
  public int count(DeadlineStatus status) {
    int n = 0;
    for (int p = 0; p < DeadlineKernel.PERIODS; p++) {
      n += counts[p * DeadlineKernel.STATUSES + status.ordinal()];
    }
    return n;
  }

  /**
   * The number of deadlines of a period with a status, over all cases.
   *
   * @param periodId the period, e.g. {@code final-plan}
   * @param status the status
   * @return the count
   * @throws IllegalArgumentException if the engine produces no such period
   */
  public int count(String periodId, DeadlineStatus status) {
    int p = DeadlineKernel.IDS.indexOf(periodId);
    Preconditions.checkArgument(p >= 0, "CaseloadTimelines.periodId: no period '%s' (known: %s)", periodId,
        DeadlineKernel.IDS);
    return counts[p * DeadlineKernel.STATUSES + status.ordinal()];
  }

  @Override
  public String toString() {
    return "CaseloadTimelines[" + size() + " cases, " + deadlineCount() + " deadlines as at " + asOf + "]";
  }

  /** The deadlines of one block of cases, in columns. Never modified once built. */
  static final class Block {
    /** The index of the block's first case in the caseload. */
    final int firstCase;
    /** Per case: the index of its first deadline; one more entry than cases, the last is {@link #size}. */
    final int[] caseStart;
    /** The number of deadlines; the arrays below may be longer. */
    final int size;
    /** Per deadline: the period number ({@link DeadlineKernel#IDS}). */
    final byte[] period;
    /** Per deadline: the epoch day that starts the period. */
    final int[] trigger;
    /** Per deadline: the epoch due day. */
    final int[] due;
    /** Per deadline: the epoch day it was done, or {@link DeadlineKernel#NONE}. */
    final int[] done;
    /** Per deadline: the status ordinal, plus {@link DeadlineKernel#EXCEPTED} if an exception applies. */
    final byte[] flags;

    Block(int firstCase, int[] caseStart, int size, byte[] period, int[] trigger, int[] due, int[] done,
        byte[] flags) {
      this.firstCase = firstCase;
      this.caseStart = caseStart;
      this.size = size;
      this.period = period;
      this.trigger = trigger;
      this.due = due;
      this.done = done;
      this.flags = flags;
    }
  }
}
