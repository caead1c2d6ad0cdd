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
import org.sendfunding.funding.dataset.NffInputs;
import org.sendfunding.funding.highneeds.HighNeedsAllocation;
import org.sendfunding.funding.highneeds.HighNeedsNff;
import org.sendfunding.funding.highneeds.HighNeedsNffFigures;
import org.sendfunding.funding.highneeds.HighNeedsNffInput;
import org.sendfunding.funding.highneeds.HighNeedsNffNational;
import org.sendfunding.funding.highneeds.HighNeedsNffResult;
import org.sendfunding.funding.highneeds.HighNeedsNffRules;
import org.sendfunding.funding.highneeds.PreparedNff;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * The high-needs national funding formula for the 153 LAs of the embedded dataset, 2025-26 (a formula
 * year, so every factor, the floor and the cap are computed), with a £5bn proxy-factor pot.
 *
 * <ul>
 *   <li>{@code nffFast}: {@link PreparedNff#compute} - the figures of every LA, whole pence.
 *   <li>{@code nffExplained}: the same plus {@link HighNeedsNff#explain}: one {@link HighNeedsAllocation}
 *       per LA with every figure as {@link Money}; each allocation builds its explanation tree on first
 *       request ({@code explanation()} is lazy).
 *   <li>{@code nffExplainedAll}: {@code nffExplained} and every one of the 153 explanation trees
 *       materialised - what a report printing every LA's explanation pays.
 *   <li>{@code nffEngineFigures} / {@code nffAllocate}: the engine's own entry points, which re-read the
 *       inputs (and, for {@code allocate}, resolve the parameters) on every call.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class NffBenchmark {

  static final FinancialYear YEAR = FinancialYear.parse("2025-26");

  ImmutableList<HighNeedsNffInput> inputs;
  HighNeedsNffNational national;
  HighNeedsNffRules rules;
  PreparedNff prepared;

  @Setup
  public void setUp() {
    inputs = NffInputs.forYear(FundingDataset.england(), YEAR);
    national = HighNeedsNffNational.fromInputs(inputs, Money.ofPounds(5_000_000_000L));
    rules = HighNeedsNffRules.resolve(ParameterSet.defaults(), YEAR);
    prepared = PreparedNff.prepare(national, inputs);
  }

  @Benchmark
  public HighNeedsNffFigures nffFast() {
    return prepared.compute(rules);
  }

  @Benchmark
  public HighNeedsNffResult nffExplained() {
    return HighNeedsNff.DEFAULT.explain(prepared.compute(rules));
  }

  @Benchmark
  public void nffExplainedAll(Blackhole bh) {
    HighNeedsNffResult r = HighNeedsNff.DEFAULT.explain(prepared.compute(rules));
    for (HighNeedsAllocation a : r.allocations()) {
      bh.consume(a.explanation());
    }
  }

  @Benchmark
  public HighNeedsNffFigures nffEngineFigures() {
    return HighNeedsNff.DEFAULT.computeFigures(national, inputs, rules);
  }

  @Benchmark
  public HighNeedsNffResult nffAllocate() {
    return HighNeedsNff.DEFAULT.allocate(national, inputs, ParameterSet.defaults(), YEAR);
  }
}
