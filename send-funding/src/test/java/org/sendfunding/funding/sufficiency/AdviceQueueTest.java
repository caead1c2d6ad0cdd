package org.sendfunding.funding.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class AdviceQueueTest {

  private static QueueInputs steady(int years, double rate, int servers, double mean, long seed) {
    return QueueInputs.builder()
        .arrivalsPerWeek(Collections.nCopies(years, rate))
        .servers(Collections.nCopies(years, servers))
        .meanServiceWeeks(mean)
        .seed(seed)
        .build();
  }

  /** Erlang C: mean wait in queue of M/M/c with arrival rate lambda, service rate mu per server. */
  static double erlangCWait(double lambda, double mu, int c) {
    double a = lambda / mu;
    double rho = a / c;
    double term = 1;
    double sum = 1;
    for (int k = 1; k < c; k++) {
      term *= a / k;
      sum += term;
    }
    double last = term * a / c / (1 - rho);
    double pWait = last / (sum + last);
    return pWait / (c * mu - lambda);
  }

  @Test
  void long_seeded_run_agrees_with_erlang_c_within_ten_percent() {
    // 12 advisers, 10 requests a week, 1 week per advice: rho = 0.833.
    // Erlang C: P(wait) = 0.4494, Wq = P(wait) / (12 x 1 - 10) = 0.2247 weeks.
    double expected = erlangCWait(10, 1, 12);
    assertThat(expected).isCloseTo(0.2247, within(0.0005));
    QueueRun r = AdviceQueue.DEFAULT.run(steady(200, 10, 12, 1.0, 7L));
    double sumWait = 0;
    long n = 0;
    for (int y = 1; y < r.years(); y++) { // year 1 is the warm-up from an empty queue
      sumWait += r.meanWaitWeeks(y) * r.arrivals(y);
      n += r.arrivals(y);
    }
    assertThat(sumWait / n).isCloseTo(expected, within(0.1 * expected));
    // the mean time in system is Wq + 1 week of service
    double sojourn = 0;
    for (int y = 1; y < r.years(); y++) {
      sojourn += r.meanSojournWeeks(y) * r.arrivals(y);
    }
    assertThat(sojourn / n).isCloseTo(expected + 1.0, within(0.03 * (expected + 1.0)));
  }

  @Test
  void long_seeded_run_agrees_with_littles_law_within_five_percent() {
    // L_q (mean number waiting, sampled at week ends) = lambda x W_q.
    QueueRun r = AdviceQueue.DEFAULT.run(steady(200, 10, 11, 1.0, 11L));
    double length = 0;
    double arrivalsWeighted = 0;
    long n = 0;
    for (int y = 1; y < r.years(); y++) {
      length += r.meanQueueLength(y);
      arrivalsWeighted += r.meanWaitWeeks(y) * r.arrivals(y);
      n += r.arrivals(y);
    }
    double meanLength = length / (r.years() - 1);
    double lambda = (double) n / ((r.years() - 1) * 52);
    double meanWait = arrivalsWeighted / n;
    assertThat(meanLength).isCloseTo(lambda * meanWait, within(0.05 * lambda * meanWait));
    assertThat(lambda).isCloseTo(10.0, within(0.1));
  }

  @Test
  void zero_capacity_is_flagged_unbounded_with_infinite_waits_never_nan() {
    QueueRun r = AdviceQueue.DEFAULT.run(steady(3, 5, 0, 1.0, 1L));
    for (int y = 0; y < 3; y++) {
      assertThat(r.unbounded(y)).isTrue();
      assertThat(r.unserved(y)).isEqualTo(r.arrivals(y)).isPositive();
      assertThat(r.meanWaitWeeks(y)).isEqualTo(Double.POSITIVE_INFINITY);
      assertThat(r.totalWaitWeeks(y)).isEqualTo(Double.POSITIVE_INFINITY);
      assertThat(r.shareWithinLimit(y)).isEqualTo(0.0);
      assertThat(r.utilisation(y)).isEqualTo(Double.POSITIVE_INFINITY);
      assertThat(r.answeredAfterDays(y, AdviceQueue.HISTOGRAM_DAYS)).isEqualTo(r.arrivals(y));
    }
    assertThat(r.toString()).contains("UNBOUNDED");
  }

  @Test
  void overloaded_queue_waits_grow_year_on_year_and_are_flagged() {
    // 10 requests a week, 8 advisers at 1 week each: capacity 8 a week, so the backlog grows by ~2 a week.
    QueueRun r = AdviceQueue.DEFAULT.run(steady(4, 10, 8, 1.0, 3L));
    for (int y = 0; y < 4; y++) {
      assertThat(r.unbounded(y)).isTrue();
      assertThat(r.meanWaitWeeks(y)).isFinite();
    }
    assertThat(r.meanWaitWeeks(3)).isGreaterThan(r.meanWaitWeeks(2)).isGreaterThan(r.meanWaitWeeks(1));
  }

  @Test
  void capacity_added_from_year_two_serves_the_backlog_left_by_a_year_without_advisers() {
    QueueInputs in = QueueInputs.builder().addArrivalsPerWeek(2.0, 2.0).addServers(0, 5).meanServiceWeeks(0.5).seed(5L).build();
    QueueRun r = AdviceQueue.DEFAULT.run(in);
    assertThat(r.unserved(0)).isZero();
    assertThat(r.unbounded(0)).isTrue(); // utilisation infinite in year 1
    assertThat(r.meanWaitWeeks(0)).isGreaterThan(20.0); // waited for year 2 to start, 26 weeks on average
    assertThat(r.unbounded(1)).isFalse();
  }

  @Test
  void advisers_leaving_in_a_later_year_lengthen_that_years_waits_only() {
    // counts that fall use the slot-by-slot path; counts that never fall use the min-heap: same draws
    QueueInputs steadyIn = QueueInputs.builder().addArrivalsPerWeek(4.0, 4.0, 4.0).addServers(8, 8, 8).meanServiceWeeks(1.0).seed(21L).build();
    QueueInputs falling = QueueInputs.builder().addArrivalsPerWeek(4.0, 4.0, 4.0).addServers(8, 8, 4).meanServiceWeeks(1.0).seed(21L).build();
    QueueRun a = AdviceQueue.DEFAULT.run(steadyIn);
    QueueRun b = AdviceQueue.DEFAULT.run(falling);
    assertThat(b.meanWaitWeeks(0)).isEqualTo(a.meanWaitWeeks(0));
    assertThat(b.arrivals(2)).isEqualTo(a.arrivals(2));
    assertThat(b.unbounded(2)).isTrue(); // 4 a week x 1 week / 4 advisers = 1
    assertThat(b.meanWaitWeeks(2)).isGreaterThan(10 * a.meanWaitWeeks(2));
  }

  @Test
  void same_seed_gives_the_same_run() {
    QueueRun a = AdviceQueue.DEFAULT.run(steady(5, 7.5, 9, 1.1, 99L));
    QueueRun b = AdviceQueue.DEFAULT.run(steady(5, 7.5, 9, 1.1, 99L));
    assertThat(a.toString()).isEqualTo(b.toString());
    assertThat(a.meanQueueLength(4)).isEqualTo(b.meanQueueLength(4));
  }

  @Test
  void more_advisers_never_lengthen_a_wait() {
    qt().withExamples(60).forAll(integers().between(0, 12), integers().between(1, 4), integers().between(1, 9), longs().between(1, 10_000))
        .checkAssert((servers, extra, rateTenths, seed) -> {
          double rate = rateTenths * 1.0;
          QueueRun base = AdviceQueue.DEFAULT.run(steady(3, rate, servers, 1.0, seed));
          QueueRun more = AdviceQueue.DEFAULT.run(QueueInputs.builder()
              .arrivalsPerWeek(Collections.nCopies(3, rate))
              .addServers(servers, servers + extra, servers + extra).meanServiceWeeks(1.0).seed(seed).build());
          for (int y = 0; y < 3; y++) {
            assertThat(more.arrivals(y)).isEqualTo(base.arrivals(y));
            assertThat(more.meanWaitWeeks(y)).isLessThanOrEqualTo(base.meanWaitWeeks(y));
            assertThat(more.shareWithinLimit(y)).isGreaterThanOrEqualTo(base.shareWithinLimit(y));
            assertThat(more.meanWaitWeeks(y)).isNotNaN();
          }
        });
  }
}
