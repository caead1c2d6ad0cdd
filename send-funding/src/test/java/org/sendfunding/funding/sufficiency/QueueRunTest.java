package org.sendfunding.funding.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.sendfunding.ehcp.timeline.TimelineEngine;

/**
 * A queue run's reading methods, through the public {@link AdviceQueue#run} (whatever its internal
 * algorithm): the histogram accounts for every request, the year and day indexes are checked, and the
 * edge cases (no requests, no advisers, load exactly at capacity) are defined.
 */
class QueueRunTest {

  static QueueRun run(double[] arrivals, int[] servers, double meanWeeks, long seed) {
    QueueInputs.Builder b = QueueInputs.builder().meanServiceWeeks(meanWeeks).seed(seed);
    for (int i = 0; i < arrivals.length; i++) {
      b.addArrivalsPerWeek(arrivals[i]).addServers(servers[i]);
    }
    return AdviceQueue.DEFAULT.run(b.build());
  }

  @Test
  void a_year_without_requests_and_a_year_without_advisers_are_defined() {
    // year 1: no requests and no advisers; year 2: requests and no advisers
    QueueRun r = run(new double[] {0.0, 3.0}, new int[] {0, 0}, 1.0, 4L);
    assertThat(r.years()).isEqualTo(2);
    assertThat(r.inputs().servers()).containsExactly(0, 0);
    assertThat(r.arrivals(0)).isZero();
    assertThat(r.utilisation(0)).isEqualTo(0.0);
    assertThat(r.unbounded(0)).isFalse();
    assertThat(r.shareWithinLimit(0)).isEqualTo(1.0);
    assertThat(r.meanWaitWeeks(0)).isEqualTo(0.0);
    assertThat(r.meanSojournWeeks(0)).isEqualTo(0.0);
    assertThat(r.totalWaitWeeks(0)).isEqualTo(0.0);
    assertThat(r.meanQueueLength(0)).isEqualTo(0.0);
    assertThat(r.withinLimit(0)).isZero();
    assertThat(r.arrivals(1)).isPositive();
    assertThat(r.unserved(1)).isEqualTo(r.arrivals(1));
    assertThat(r.withinLimit(1)).isZero();
    assertThat(r.meanSojournWeeks(1)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(r.answeredWithinDays(1, 10_000)).isZero();
    // requests pile up at every week end of year 2: the mean backlog is at least the first week's arrivals
    assertThat(r.meanQueueLength(1)).isPositive();
    assertThat(r.toString()).isEqualTo("QueueRun[year 1: 0 requests, mean wait 0.00 wks, 100.0% within 6 wks; year 2: "
        + r.arrivals(1) + " requests, mean wait Infinity wks, 0.0% within 6 wks, UNBOUNDED]");
    // PlanTimeliness: a year without requests is all on time; a year never answered, none
    PlanTimeliness t = PlanTimeliness.of(TimelineEngine.DEFAULT, 6, 3);
    assertThat(t.shareWithinTwentyWeeks(r, 0)).isEqualTo(1.0);
    assertThat(t.shareWithinTwentyWeeks(r, 1)).isEqualTo(0.0);
  }

  @Test
  void utilisation_is_load_over_advisers_and_exactly_one_is_unbounded() {
    // 2 a week x 1.5 weeks / 4 advisers = 0.75; 4 a week x 1 week / 4 = 1.0 (at capacity: waits grow without bound)
    QueueRun r = run(new double[] {2.0, 4.0}, new int[] {4, 4}, 1.5, 9L);
    assertThat(r.utilisation(0)).isEqualTo(0.75);
    assertThat(r.utilisation(1)).isEqualTo(1.5);
    QueueRun atCapacity = run(new double[] {4.0}, new int[] {4}, 1.0, 9L);
    assertThat(atCapacity.utilisation(0)).isEqualTo(1.0);
    assertThat(atCapacity.unserved(0)).isZero();
    assertThat(atCapacity.unbounded(0)).isTrue();
    QueueRun under = run(new double[] {1.0}, new int[] {4}, 1.0, 9L);
    assertThat(under.utilisation(0)).isEqualTo(0.25);
    assertThat(under.unbounded(0)).isFalse();
    assertThat(under.toString()).doesNotContain("UNBOUNDED");
  }

  @Test
  void indexes_outside_the_run_are_refused() {
    QueueRun r = run(new double[] {1.0, 1.0}, new int[] {2, 2}, 1.0, 1L);
    assertThatThrownBy(() -> r.arrivals(2)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("QueueRun.year (2) must be less than size (2)");
    assertThatThrownBy(() -> r.meanWaitWeeks(-1)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("QueueRun.year (-1) must not be negative");
    assertThatThrownBy(() -> r.answeredAfterDays(0, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("QueueRun.days: -1 is outside 0 to 730");
    assertThatThrownBy(() -> r.answeredAfterDays(0, 731)).hasMessage("QueueRun.days: 731 is outside 0 to 730");
    assertThat(r.answeredAfterDays(0, 0)).isNotNegative();
    assertThat(r.answeredAfterDays(1, 730)).isZero();
  }

  @Test
  void the_histogram_holds_every_request_once_and_reads_consistently() {
    qt().withExamples(40).forAll(integers().between(0, 12), integers().between(1, 6), longs().between(1, 1_000_000))
        .checkAssert((rate, servers, seed) -> {
          QueueRun r = run(new double[] {rate, rate}, new int[] {servers, servers}, 1.0, seed);
          for (int y = 0; y < 2; y++) {
            long all = 0;
            long within = 0;
            for (int d = 0; d <= AdviceQueue.HISTOGRAM_DAYS; d++) {
              all += r.answeredAfterDays(y, d);
              if (d < AdviceQueue.HISTOGRAM_DAYS) {
                within += r.answeredAfterDays(y, d);
              }
              if (d == 42) {
                // reg 8: 6 weeks = 42 days
                assertThat(r.answeredWithinDays(y, 42)).isEqualTo(within).isEqualTo(r.withinLimit(y));
              }
            }
            assertThat(all).isEqualTo(r.arrivals(y));
            // the last bucket holds the waits beyond 730 days: "within" a longer span never counts them
            assertThat(r.answeredWithinDays(y, AdviceQueue.HISTOGRAM_DAYS)).isEqualTo(within);
            assertThat(r.answeredWithinDays(y, AdviceQueue.HISTOGRAM_DAYS + 100)).isEqualTo(within);
            assertThat(r.answeredWithinDays(y, 0)).isEqualTo(r.answeredAfterDays(y, 0));
            assertThat(r.shareWithinLimit(y)).isEqualTo(r.arrivals(y) == 0 ? 1.0 : (double) r.withinLimit(y) / r.arrivals(y));
            assertThat(r.totalWaitWeeks(y)).isEqualTo(r.arrivals(y) == 0 ? 0.0 : r.meanWaitWeeks(y) * r.arrivals(y),
                org.assertj.core.api.Assertions.within(1e-6 * (1 + r.totalWaitWeeks(y))));
            assertThat(r.meanSojournWeeks(y)).isGreaterThanOrEqualTo(r.meanWaitWeeks(y));
            assertThat(r.utilisation(y)).isEqualTo(rate * 1.0 / servers);
            // the 20-week share: requests answered within 62 days (6 weeks to decide, 3 to draft) over all requests
            assertThat(PlanTimeliness.of(TimelineEngine.DEFAULT, 6, 3).shareWithinTwentyWeeks(r, y))
                .isEqualTo(r.arrivals(y) == 0 ? 1.0 : (double) r.answeredWithinDays(y, 62) / r.arrivals(y));
          }
        });
  }

  @Test
  void time_with_an_adviser_averages_the_mean_service_time() {
    // 10 requests a week, 50 advisers: nobody waits, so request to advice is the service time alone;
    // exponential with mean 0.25 weeks (about 3.5 working hours of a statutory week) over ~1,000 requests
    QueueRun r = run(new double[] {10.0, 10.0}, new int[] {50, 50}, 0.25, 17L);
    for (int y = 0; y < 2; y++) {
      assertThat(r.meanWaitWeeks(y)).isLessThan(0.001);
      assertThat(r.meanSojournWeeks(y) - r.meanWaitWeeks(y)).isCloseTo(0.25, org.assertj.core.api.Assertions.within(0.03));
      assertThat(r.shareWithinLimit(y)).isEqualTo(1.0);
    }
  }
}
