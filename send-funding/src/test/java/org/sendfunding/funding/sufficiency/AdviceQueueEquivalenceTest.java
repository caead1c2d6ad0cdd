package org.sendfunding.funding.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of the allocation-free {@link AdviceQueue} on random queues: it equals the old engine
 * ({@link ReferenceAdviceQueue}, which also checks that requests start in arrival order) figure for
 * figure, and requests are conserved. The generators make zero demand, zero capacity, advisers who
 * leave, and backlogs far beyond capacity common.
 */
class AdviceQueueEquivalenceTest {

  /** Builds a queue of {@code years} years from the first values of the lists. */
  private static QueueInputs queue(int years, List<Integer> rateTenths, List<Integer> servers, long seed) {
    QueueInputs.Builder b = QueueInputs.builder()
        .meanServiceWeeks(0.1 * (1 + Math.floorMod(seed, 30)))
        .limitWeeks(1 + Math.floorMod(seed / 30, 8))
        .seed(seed);
    for (int y = 0; y < years; y++) {
      b.addArrivalsPerWeek(Math.max(0, rateTenths.get(y)) / 10.0).addServers(Math.max(0, servers.get(y)));
    }
    return b.build();
  }

  @Test
  void random_queues_equal_the_reference_engine_and_conserve_requests() {
    qt().withExamples(200).forAll(
            integers().between(1, 4),
            lists().of(integers().between(-60, 400)).ofSize(4),
            lists().of(integers().between(-6, 20)).ofSize(4),
            longs().between(0, 1_000_000))
        .checkAssert((years, rates, servers, seed) -> {
          QueueInputs in = queue(years, rates, servers, seed);
          QueueRun run = AdviceQueue.DEFAULT.run(in);
          AdviceQueueGoldenTest.assertSameRun(run, ReferenceAdviceQueue.run(in));
          assertConserved(run);
        });
  }

  @Test
  void no_demand_gives_no_requests_and_no_queue() {
    QueueRun run = AdviceQueue.DEFAULT.run(QueueInputs.builder().arrivalsPerWeek(Collections.nCopies(3, 0.0))
        .addServers(0, 2, 1).meanServiceWeeks(1.0).seed(4L).build());
    for (int y = 0; y < 3; y++) {
      assertThat(run.arrivals(y)).isZero();
      assertThat(run.meanQueueLength(y)).isZero();
      assertThat(run.meanWaitWeeks(y)).isZero();
      assertThat(run.shareWithinLimit(y)).isEqualTo(1.0);
    }
  }

  @Test
  void a_backlog_far_beyond_capacity_equals_the_reference_and_keeps_growing() {
    // 40 requests a week for 1 adviser at 0.9 weeks each: 36 times capacity; about 6,200 requests,
    // almost all still waiting at the horizon, most answered after the 730-day histogram ends
    QueueInputs in = QueueInputs.builder().arrivalsPerWeek(Collections.nCopies(3, 40.0))
        .servers(Collections.nCopies(3, 1)).meanServiceWeeks(0.9).seed(17L).build();
    QueueRun run = AdviceQueue.DEFAULT.run(in);
    AdviceQueueGoldenTest.assertSameRun(run, ReferenceAdviceQueue.run(in));
    assertConserved(run);
    assertThat(run.arrivals(0) + run.arrivals(1) + run.arrivals(2)).isBetween(5_900L, 6_500L);
    assertThat(run.meanQueueLength(2)).isGreaterThan(run.meanQueueLength(1)).isGreaterThan(run.meanQueueLength(0));
    // in the last year about 156 a year are served against about 2,080 arriving: the queue exceeds 4,000
    assertThat(run.meanQueueLength(2)).isGreaterThan(4_000.0);
    assertThat(run.answeredAfterDays(2, AdviceQueue.HISTOGRAM_DAYS)).isGreaterThan(run.arrivals(2) / 2);
    assertThat(run.unserved(2)).isZero(); // the adviser carries on after the horizon
  }

  @Test
  void advisers_who_leave_use_the_slot_scan_and_still_equal_the_reference() {
    QueueInputs in = QueueInputs.builder().addArrivalsPerWeek(6.0, 6.0, 6.0, 6.0).addServers(9, 3, 0, 5)
        .meanServiceWeeks(1.0).seed(8L).build();
    QueueRun run = AdviceQueue.DEFAULT.run(in);
    AdviceQueueGoldenTest.assertSameRun(run, ReferenceAdviceQueue.run(in));
    assertConserved(run);
    assertThat(run.unbounded(1)).isTrue(); // 6 a week x 1 week over 3 advisers
    assertThat(run.meanWaitWeeks(2)).isGreaterThan(run.meanWaitWeeks(0));
  }

  /**
   * Every request is counted once: in one histogram day, answered or never. Those answered within the
   * limit are among those answered. No more are waiting at a week end than have arrived so far.
   */
  static void assertConserved(QueueRun run) {
    long arrivedSoFar = 0;
    for (int y = 0; y < run.years(); y++) {
      long counted = 0;
      for (int d = 0; d <= AdviceQueue.HISTOGRAM_DAYS; d++) {
        counted += run.answeredAfterDays(y, d);
      }
      assertThat(counted).as("histogram of year %s", y).isEqualTo(run.arrivals(y));
      long answered = run.arrivals(y) - run.unserved(y);
      assertThat(run.unserved(y)).isBetween(0L, run.arrivals(y));
      assertThat(run.answeredAfterDays(y, AdviceQueue.HISTOGRAM_DAYS)).isGreaterThanOrEqualTo(run.unserved(y));
      assertThat(run.withinLimit(y)).isBetween(0L, answered);
      arrivedSoFar += run.arrivals(y);
      double waitingWeeks = run.meanQueueLength(y) * AdviceQueue.WEEKS_PER_YEAR;
      // the mean is a whole number of request-weeks over 52, so times 52 it is whole up to rounding
      assertThat(waitingWeeks).as("week-end counts of year %s are whole requests", y)
          .isCloseTo(Math.rint(waitingWeeks), org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, waitingWeeks)));
      assertThat(waitingWeeks).isBetween(0.0, (double) arrivedSoFar * AdviceQueue.WEEKS_PER_YEAR);
      if (run.inputs().servers().stream().allMatch(c -> c == 0)) {
        assertThat(run.unserved(y)).isEqualTo(run.arrivals(y));
      }
    }
  }
}
