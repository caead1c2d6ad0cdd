package org.sendfunding.funding.highneeds;

import com.google.common.collect.ImmutableList;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;

/**
 * The figures of one high-needs NFF run for a list of LAs, in whole pence and without explanations:
 * the fast path of {@link HighNeedsNff}.
 *
 * <pre>{@code
 * HighNeedsNffRules rules = HighNeedsNffRules.resolve(ParameterSet.defaults(), FinancialYear.of(2025));
 * HighNeedsNffFigures figures = HighNeedsNff.DEFAULT.computeFigures(national, inputs, rules);
 * figures.finalAllocation(0);          // the first LA's allocation
 * HighNeedsNff.DEFAULT.explain(figures); // the same figures, with explanations
 * }</pre>
 *
 * <p>Index {@code i} is the position of the LA in the inputs. This class is immutable and
 * thread-safe: its arrays are never exposed.
 */
public final class HighNeedsNffFigures {

  final HighNeedsNffRules rules;
  final HighNeedsNffNational national;
  final ImmutableList<HighNeedsNffInput> inputs;
  final long[] factorPots;
  final long[] basicEntitlement;
  final long[] historicSpend;
  final long[][] proxy;
  final long[] importExport;
  final long[] additions;
  final long[] comparable;
  final long[] floorMinimum;
  final long[] capMaximum;
  final long[] adjustment;
  final long[] finalAllocation;
  final long capGrowthMicros;
  final boolean capSearched;

  HighNeedsNffFigures(
      HighNeedsNffRules rules,
      HighNeedsNffNational national,
      ImmutableList<HighNeedsNffInput> inputs,
      long[] factorPots,
      long[] basicEntitlement,
      long[] historicSpend,
      long[][] proxy,
      long[] importExport,
      long[] additions,
      long[] comparable,
      long[] floorMinimum,
      long[] capMaximum,
      long[] adjustment,
      long[] finalAllocation,
      long capGrowthMicros,
      boolean capSearched) {
    this.rules = rules;
    this.national = national;
    this.inputs = inputs;
    this.factorPots = factorPots;
    this.basicEntitlement = basicEntitlement;
    this.historicSpend = historicSpend;
    this.proxy = proxy;
    this.importExport = importExport;
    this.additions = additions;
    this.comparable = comparable;
    this.floorMinimum = floorMinimum;
    this.capMaximum = capMaximum;
    this.adjustment = adjustment;
    this.finalAllocation = finalAllocation;
    this.capGrowthMicros = capGrowthMicros;
    this.capSearched = capSearched;
  }

  /** The rules applied. @return the rules */
  public HighNeedsNffRules rules() {
    return rules;
  }

  /** The inputs, in order. @return the inputs */
  public ImmutableList<HighNeedsNffInput> inputs() {
    return inputs;
  }

  /** The number of LAs. @return the count */
  public int size() {
    return inputs.size();
  }

  /** The final allocation of LA {@code i}, in pence. @param i the index @return the pence */
  public long finalAllocationPence(int i) {
    return finalAllocation[i];
  }

  /** The final allocation of LA {@code i}. @param i the index @return the allocation */
  public Money finalAllocation(int i) {
    return Money.ofPence(finalAllocation[i]);
  }

  /** The floor (positive) or cap (negative) adjustment of LA {@code i}, in pence. @param i the index @return the pence */
  public long floorAdjustmentPence(int i) {
    return adjustment[i];
  }

  /** The sum of all LAs' final allocations. @return the total */
  public Money total() {
    long t = 0;
    for (long v : finalAllocation) {
      t = Math.addExact(t, v);
    }
    return Money.ofPence(t);
  }

  /**
   * The gains cap applied, if any: the searched cap, or the parameter's.
   *
   * @return the cap
   */
  public java.util.Optional<Percentage> gainsCapApplied() {
    if (rules.method() != AllocationMethod.NFF || capGrowthMicros == Long.MAX_VALUE) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        Percentage.of(java.math.BigDecimal.valueOf(capGrowthMicros - 1_000_000L).movePointLeft(4)));
  }
}
