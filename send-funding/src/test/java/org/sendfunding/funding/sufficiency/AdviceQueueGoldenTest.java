package org.sendfunding.funding.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.time.FinancialYear;

/**
 * The allocation-free queue (issue 13) gives exactly the figures of the engine it replaced: every
 * LA-year's arrivals, unanswered requests, waits, shares, week-end queue lengths and histogram, and
 * every {@link ServiceYear} of the services model, costs to the penny. Two checks: against
 * {@link ReferenceAdviceQueue} (the old engine, kept in test code), and against SHA-256 fingerprints
 * taken from the old engine before any change, so that the reference itself cannot drift (retaken once,
 * when the England caseload became SEN2's real January 2025 figures (issue 24), with the reference
 * engine agreeing figure for figure on the new data).
 */
class AdviceQueueGoldenTest {

  /** Fingerprint of the 153 runs of {@code QueueBenchmark.queue153x10x52}, from the engine at commit 6286cc1. */
  static final String BENCHMARK_RUNS = "0600a4ab8277d38cfd808ae0194558456083cec5ab1eab5dd8f0e158bb1e291d";

  /** Fingerprint of every row of the all-services scenario below, from the engine at commit 6286cc1. */
  static final String ALL_SERVICES_ROWS = "3ffdd05f5f7d8f2bbe5c23937b3fc70f67717414b4e907c6945c7b0d40a9cc52";

  static final FinancialYear FIRST = FinancialYear.parse("2026-27");

  /** The benchmark's workload: EP advice for all 153 LAs, 10 years, caseload growing 8% a year. */
  static ImmutableList<QueueInputs> benchmarkInputs() {
    ServicesScenario s = ServicesScenario.builder()
        .capacities(SufficiencyData.england().services().stream()
            .filter(c -> c.service() == SupportService.EDUCATIONAL_PSYCHOLOGY).collect(ImmutableList.toImmutableList()))
        .demand(CaseloadProjections.grown(FundingDataset.england(), FIRST, 10, Percentage.of("8")))
        .years(FinancialYear.range(FIRST, FinancialYear.parse("2035-36")))
        .build();
    return ServicesModel.DEFAULT.queueInputs(s);
  }

  /** Every service of the embedded data, 10 years at 5% growth, with an EP investment so that costs flow. */
  static ServicesScenario allServices() {
    return ServicesScenario.builder().name("all services")
        .capacities(SufficiencyData.england().services())
        .demand(CaseloadProjections.grown(FundingDataset.england(), FIRST, 10, Percentage.of("5")))
        .years(FinancialYear.range(FIRST, FinancialYear.parse("2035-36")))
        .addInvestments(ServiceInvestment.builder().service(SupportService.EDUCATIONAL_PSYCHOLOGY)
            .from(FinancialYear.parse("2027-28")).extraFte(2).extraTrainingPlaces(1).build())
        .build();
  }

  @Test
  void benchmark_workload_equals_the_reference_engine_figure_for_figure() {
    ImmutableList<QueueInputs> inputs = benchmarkInputs();
    assertThat(inputs).hasSize(153);
    long requests = 0;
    for (QueueInputs in : inputs) {
      QueueRun actual = AdviceQueue.DEFAULT.run(in);
      assertSameRun(actual, ReferenceAdviceQueue.run(in));
      for (int y = 0; y < actual.years(); y++) {
        requests += actual.arrivals(y);
      }
    }
    // about 1.5 million requests on the real SEN2 caseload (1.6 million on the earlier generated one)
    assertThat(requests).isBetween(1_400_000L, 1_600_000L);
  }

  @Test
  void benchmark_workload_matches_the_fingerprint_of_the_old_engine_on_any_pool() {
    ImmutableList<QueueInputs> inputs = benchmarkInputs();
    List<QueueRun> serial = inputs.stream().map(AdviceQueue.DEFAULT::run).toList();
    assertThat(fingerprint(serial)).isEqualTo(BENCHMARK_RUNS);
    assertThat(fingerprint(AdviceQueue.DEFAULT.runAll(inputs))).isEqualTo(BENCHMARK_RUNS);
    ForkJoinPool one = new ForkJoinPool(1);
    ForkJoinPool three = new ForkJoinPool(3);
    try {
      assertThat(fingerprint(AdviceQueue.DEFAULT.runAll(inputs, one))).isEqualTo(BENCHMARK_RUNS);
      assertThat(fingerprint(AdviceQueue.DEFAULT.runAll(inputs, three))).isEqualTo(BENCHMARK_RUNS);
    } finally {
      one.shutdown();
      three.shutdown();
    }
  }

  @Test
  void services_model_rows_match_the_fingerprint_of_the_old_engine_to_the_penny() {
    ServicesResult r = allServices().run();
    assertThat(r.rows()).hasSize(SufficiencyData.england().services().size() * 10);
    assertThat(fingerprintRows(r.rows())).isEqualTo(ALL_SERVICES_ROWS);
  }

  /** Asserts that two runs agree on every figure, bit for bit. */
  static void assertSameRun(QueueRun actual, QueueRun expected) {
    assertThat(actual.years()).isEqualTo(expected.years());
    for (int y = 0; y < expected.years(); y++) {
      String at = "year " + y + " of " + expected.inputs();
      assertThat(actual.arrivals(y)).as(at).isEqualTo(expected.arrivals(y));
      assertThat(actual.unserved(y)).as(at).isEqualTo(expected.unserved(y));
      assertThat(actual.withinLimit(y)).as(at).isEqualTo(expected.withinLimit(y));
      assertThat(actual.meanWaitWeeks(y)).as(at).isEqualTo(expected.meanWaitWeeks(y));
      assertThat(actual.meanSojournWeeks(y)).as(at).isEqualTo(expected.meanSojournWeeks(y));
      assertThat(actual.totalWaitWeeks(y)).as(at).isEqualTo(expected.totalWaitWeeks(y));
      assertThat(actual.shareWithinLimit(y)).as(at).isEqualTo(expected.shareWithinLimit(y));
      assertThat(actual.meanQueueLength(y)).as(at).isEqualTo(expected.meanQueueLength(y));
      assertThat(actual.unbounded(y)).as(at).isEqualTo(expected.unbounded(y));
      for (int d = 0; d <= AdviceQueue.HISTOGRAM_DAYS; d++) {
        assertThat(actual.answeredAfterDays(y, d)).as(at + ", day " + d).isEqualTo(expected.answeredAfterDays(y, d));
      }
    }
    assertThat(actual.toString()).isEqualTo(expected.toString());
  }

  static String fingerprint(List<QueueRun> runs) {
    MessageDigest md = sha256();
    ByteBuffer b = ByteBuffer.allocate(8 * (10 + AdviceQueue.HISTOGRAM_DAYS + 1));
    for (QueueRun r : runs) {
      for (int y = 0; y < r.years(); y++) {
        b.clear();
        b.putLong(r.arrivals(y)).putLong(r.unserved(y)).putLong(r.withinLimit(y))
            .putDouble(r.meanWaitWeeks(y)).putDouble(r.meanSojournWeeks(y)).putDouble(r.totalWaitWeeks(y))
            .putDouble(r.shareWithinLimit(y)).putDouble(r.meanQueueLength(y)).putDouble(r.utilisation(y))
            .putLong(r.unbounded(y) ? 1 : 0);
        for (int d = 0; d <= AdviceQueue.HISTOGRAM_DAYS; d++) {
          b.putLong(r.answeredAfterDays(y, d));
        }
        md.update(b.array(), 0, b.position());
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  static String fingerprintRows(List<ServiceYear> rows) {
    MessageDigest md = sha256();
    for (ServiceYear r : rows) {
      String line = String.join("|", String.valueOf(r.localAuthority().code()), r.service().name(), r.year().toString(),
          r.fteInPost().toPlainString(), String.valueOf(r.advisers()), String.valueOf(r.requests()),
          Long.toHexString(Double.doubleToLongBits(r.utilisation())), Long.toHexString(Double.doubleToLongBits(r.meanWaitWeeks())),
          Long.toHexString(Double.doubleToLongBits(r.meanAdviceWeeks())), Long.toHexString(Double.doubleToLongBits(r.waitingWeeks())),
          Long.toHexString(Double.doubleToLongBits(r.shareAdviceWithinLimit())),
          Long.toHexString(Double.doubleToLongBits(r.sharePlansWithinTwentyWeeks())), String.valueOf(r.unbounded()),
          String.valueOf(r.investmentCost().pence()));
      md.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
