package org.sendfunding.benchmarks;

import com.google.common.collect.ImmutableList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.sufficiency.AdviceQueue;
import org.sendfunding.funding.sufficiency.CaseloadProjections;
import org.sendfunding.funding.sufficiency.QueueInputs;
import org.sendfunding.funding.sufficiency.QueueRun;
import org.sendfunding.funding.sufficiency.ServicesModel;
import org.sendfunding.funding.sufficiency.ServicesScenario;
import org.sendfunding.funding.sufficiency.SufficiencyData;
import org.sendfunding.funding.sufficiency.SupportService;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.time.FinancialYear;

/**
 * The specialist-services queue ({@code queue153x10x52}, target 50 ms): educational psychology advice
 * for all 153 LAs over 10 years of 52 weeks, embedded illustrative data, caseload growing 8% a year
 * (about 1.6 million requests simulated). {@code queue153x10x52OneThread} runs the same LAs on one
 * thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QueueBenchmark {

  private ImmutableList<QueueInputs> inputs;

  /** Builds the 153 queue inputs once. */
  @Setup
  public void setup() {
    FinancialYear first = FinancialYear.parse("2026-27");
    ServicesScenario s = ServicesScenario.builder()
        .capacities(SufficiencyData.england().services().stream()
            .filter(c -> c.service() == SupportService.EDUCATIONAL_PSYCHOLOGY).collect(ImmutableList.toImmutableList()))
        .demand(CaseloadProjections.grown(FundingDataset.england(), first, 10, Percentage.of("8")))
        .years(FinancialYear.range(first, FinancialYear.parse("2035-36")))
        .build();
    inputs = ServicesModel.DEFAULT.queueInputs(s);
  }

  /**
   * 153 LAs x 10 years x 52 weeks of the advice queue, the LAs shared between the calling thread and
   * the common fork-join pool ({@link AdviceQueue#runAll}), as a caller running every LA would.
   */
  @Benchmark
  public void queue153x10x52(Blackhole bh) {
    bh.consume(AdviceQueue.DEFAULT.runAll(inputs));
  }

  /** The same work on one thread, one LA after another: the cost per request. */
  @Benchmark
  public void queue153x10x52OneThread(Blackhole bh) {
    for (QueueInputs in : inputs) {
      QueueRun r = AdviceQueue.DEFAULT.run(in);
      bh.consume(r);
    }
  }
}
