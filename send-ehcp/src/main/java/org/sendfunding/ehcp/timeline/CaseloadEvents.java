package org.sendfunding.ehcp.timeline;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The histories of many EHC cases as a compact table of columns, built once and read by the timeline
 * fast path ({@link TimelineEngine#timelines(CaseloadEvents, LocalDate)}) as many times as needed.
 *
 * <p>Each event is a type and a day (the {@code java.time} epoch day as an {@code int}); each case has its
 * request day, date of birth, whether an exception of reg 10(4) applies, and its phase transfers sorted
 * by date. The columns are cut into blocks of {@value #BLOCK} cases, built and read in parallel; the
 * blocks depend only on the order of the cases, never on the number of threads.
 *
 * <pre>{@code
 * CaseloadEvents table = CaseloadEvents.of(cases);              // once per caseload
 * for (LocalDate monthEnd : monthEnds) {                        // then as often as needed:
 *   CaseloadTimelines t = TimelineEngine.DEFAULT.timelines(table, monthEnd);
 *   t.count("final-plan", DeadlineStatus.LATE);
 * }
 * }</pre>
 *
 * <p>A user who judges one caseload at several dates, or under several sets of periods (scenarios), builds
 * the table once and saves reading every case object each time; {@link TimelineEngine#summaries} builds
 * one on every call. Dates must fall in the years 1 to 9999; {@link #of} lists every case with a date
 * outside them in one exception. This class is immutable and thread-safe.
 */
public final class CaseloadEvents {

  /** The number of cases in a block: the unit of parallel work. */
  static final int BLOCK = 2048;

  /** In {@link Block#birth}: no date of birth recorded. */
  static final int NO_DATE = Integer.MIN_VALUE;

  private final ImmutableList<EhcpCase> cases;
  private final Block[] blocks;

  private CaseloadEvents(ImmutableList<EhcpCase> cases, Block[] blocks) {
    this.cases = cases;
    this.blocks = blocks;
  }

  /**
   * Builds the table of a list of cases, in parallel over the common fork-join pool.
   *
   * @param cases the cases, in the order results are wanted
   * @return the table
   * @throws IllegalArgumentException listing every case with a date outside the years 1 to 9999
   */
  public static CaseloadEvents of(List<EhcpCase> cases) {
    ImmutableList<EhcpCase> all = ImmutableList.copyOf(cases);
    int n = all.size();
    Block[] blocks = new Block[(n + BLOCK - 1) / BLOCK];
    List<List<String>> errors = new ArrayList<>();
    for (int k = 0; k < blocks.length; k++) {
      errors.add(new ArrayList<>());
    }
    if (blocks.length == 1) {
      blocks[0] = new Block(all, 0, n, errors.get(0));
    } else {
      IntStream.range(0, blocks.length).parallel().forEach(
          k -> blocks[k] = new Block(all, k * BLOCK, Math.min(n, (k + 1) * BLOCK), errors.get(k)));
    }
    List<String> problems = new ArrayList<>();
    errors.forEach(problems::addAll);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("CaseloadEvents: " + problems.size()
          + " case(s) have dates outside the years 1 to 9999 that the fast path computes (use TimelineEngine.timeline):\n  "
          + String.join("\n  ", problems));
    }
    return new CaseloadEvents(all, blocks);
  }

  /** The number of cases. */
  public int size() {
    return cases.size();
  }

  /** The cases, in order. */
  public ImmutableList<EhcpCase> cases() {
    return cases;
  }

  /** The number of events over all cases. */
  public int eventCount() {
    int n = 0;
    for (Block b : blocks) {
      n += b.eventStart[b.size];
    }
    return n;
  }

  Block[] blocks() {
    return blocks;
  }

  @Override
  public String toString() {
    return "CaseloadEvents[" + size() + " cases, " + eventCount() + " events]";
  }

  /** The columns of up to {@value #BLOCK} consecutive cases. Never modified once built. */
  static final class Block {
    /** The index of the block's first case in the whole table. */
    final int firstCase;
    /** The number of cases. */
    final int size;
    /** Per case: the index of its first event; {@code eventStart[size]} is the number of events. */
    final int[] eventStart;
    /** Per event, in each case's history order (date, then type): the type's ordinal. */
    final byte[] eventType;
    /** Per event: the epoch day. */
    final int[] eventDay;
    /** Per case: the epoch day the request was received. */
    final int[] request;
    /** Per case: the epoch day of birth, or {@link #NO_DATE}. */
    final int[] birth;
    /** Per case: whether any exception of reg 10(4) applies. */
    final boolean[] excepted;
    /** Per case: the index of its first transfer; {@code transferStart[size]} is the number of transfers. */
    final int[] transferStart;
    /** Per transfer, sorted by date within a case: the kind's ordinal. */
    final byte[] transferKind;
    /** Per transfer: the epoch day of the transfer. */
    final int[] transferDay;

    Block(List<EhcpCase> cases, int from, int to, List<String> errors) {
      firstCase = from;
      size = to - from;
      eventStart = new int[size + 1];
      request = new int[size];
      birth = new int[size];
      excepted = new boolean[size];
      transferStart = new int[size + 1];
      byte[] types = new byte[size * 16];
      int[] days = new int[size * 16];
      byte[] kinds = new byte[0];
      int[] transfers = new int[0];
      int events = 0;
      int moves = 0;
      for (int i = 0; i < size; i++) {
        EhcpCase c = cases.get(from + i);
        boolean bad = false;
        eventStart[i] = events;
        transferStart[i] = moves;
        long req = c.requestReceived().toEpochDay();
        bad |= outside(req);
        request[i] = (int) req;
        if (c.dateOfBirth().isPresent()) {
          long dob = c.dateOfBirth().get().toEpochDay();
          bad |= outside(dob);
          birth[i] = (int) dob;
        } else {
          birth[i] = NO_DATE;
        }
        excepted[i] = c.exceptionApplies();
        ImmutableList<CaseEvent> history = c.history();
        int m = history.size();
        if (events + m > days.length) {
          int capacity = Math.max(events + m, days.length * 2);
          types = Arrays.copyOf(types, capacity);
          days = Arrays.copyOf(days, capacity);
        }
        for (int j = 0; j < m; j++) {
          CaseEvent e = history.get(j);
          long day = e.date().toEpochDay();
          bad |= outside(day);
          types[events] = (byte) e.type().ordinal();
          days[events++] = (int) day;
        }
        if (!c.transfers().isEmpty()) {
          // Sorted by date, stably, as the explained path orders them.
          List<PhaseTransfer> sorted = new ArrayList<>(c.transfers());
          sorted.sort((a, b) -> a.transferDate().compareTo(b.transferDate()));
          if (moves + sorted.size() > transfers.length) {
            int capacity = Math.max(moves + sorted.size(), transfers.length * 2);
            kinds = Arrays.copyOf(kinds, capacity);
            transfers = Arrays.copyOf(transfers, capacity);
          }
          for (PhaseTransfer t : sorted) {
            long day = t.transferDate().toEpochDay();
            bad |= outside(day);
            kinds[moves] = (byte) t.kind().ordinal();
            transfers[moves++] = (int) day;
          }
        }
        if (bad) {
          errors.add("case " + c.id() + ": " + c);
        }
      }
      eventStart[size] = events;
      transferStart[size] = moves;
      eventType = types;
      eventDay = days;
      transferKind = kinds;
      transferDay = transfers;
    }

    private static boolean outside(long day) {
      return day < EpochDays.MIN_DAY || day > EpochDays.MAX_DAY;
    }
  }

  static int checkedDay(LocalDate date, String what) {
    long day = date.toEpochDay();
    Preconditions.checkArgument(day >= EpochDays.MIN_DAY && day <= EpochDays.MAX_DAY,
        "TimelineEngine.%s: %s is outside the years 1 to 9999 that the fast path computes", what, date);
    return (int) day;
  }
}
