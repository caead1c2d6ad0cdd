package org.sendfunding.funding.scenario;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * The national figures of a {@link ScenarioSweep}: for each variant and year, the sum over all LAs of
 * the high-needs allocation, block transfer, write-off, total income, total spend and closing DSG
 * balance, in pence.
 *
 * <pre>{@code
 * SweepResult r = ScenarioSweep.of(compiled).run(variants);
 * r.national(0, 4, Measure.CLOSING_BALANCE);          // pence, variant 0, fifth year
 * r.nationalMoney(0, FinancialYear.of(2030), Measure.CLOSING_BALANCE); // -£30,367,703,218.92 under today's rules
 * }</pre>
 *
 * <p>Each figure equals the sum over LAs of the same measure in {@code Scenario.run()} of the
 * equivalent scenario. Instances are effectively immutable once returned (nothing writes to them
 * after the sweep and their arrays are never exposed), so this class is thread-safe for reading.
 */
public final class SweepResult {

  /** The measures a sweep keeps, in the order {@link #measures()} gives. */
  static final ImmutableList<Measure> MEASURES = ImmutableList.of(Measure.HIGH_NEEDS_ALLOCATION,
      Measure.BLOCK_TRANSFER, Measure.WRITE_OFF, Measure.TOTAL_INCOME, Measure.TOTAL_SPEND, Measure.CLOSING_BALANCE);

  private final ImmutableList<FinancialYear> years;
  private final int variants;
  final long[] allocation;
  final long[] transfer;
  final long[] writeOff;
  final long[] income;
  final long[] spend;
  final long[] closing;

  SweepResult(ImmutableList<FinancialYear> years, int variants) {
    this.years = years;
    this.variants = variants;
    int size = Math.multiplyExact(variants, years.size());
    allocation = new long[size];
    transfer = new long[size];
    writeOff = new long[size];
    income = new long[size];
    spend = new long[size];
    closing = new long[size];
  }

  /** The measures kept: allocation, block transfer, write-off, income, spend, closing balance. @return them */
  public static ImmutableList<Measure> measures() {
    return MEASURES;
  }

  /** The number of variants. @return the count */
  public int variants() {
    return variants;
  }

  /** The projected years. @return the years */
  public ImmutableList<FinancialYear> years() {
    return years;
  }

  /**
   * A national figure in pence.
   *
   * @param variant the variant's index in the list swept
   * @param year the year's index from 0
   * @param measure one of {@link #measures()}
   * @return the sum over LAs, in pence
   * @throws IllegalArgumentException if the measure is not kept by a sweep
   */
  public long national(int variant, int year, Measure measure) {
    Preconditions.checkElementIndex(variant, variants, "SweepResult.variant");
    Preconditions.checkElementIndex(year, years.size(), "SweepResult.year");
    return array(measure)[variant * years.size() + year];
  }

  /**
   * A national figure as money.
   *
   * @param variant the variant's index
   * @param year the financial year, one of {@link #years()}
   * @param measure one of {@link #measures()}
   * @return the sum over LAs
   */
  public Money nationalMoney(int variant, FinancialYear year, Measure measure) {
    int t = years.indexOf(year);
    Preconditions.checkArgument(t >= 0, "SweepResult.year: %s is not projected (%s)", year, years);
    return Money.ofPence(national(variant, t, measure));
  }

  private long[] array(Measure measure) {
    switch (measure) {
      case HIGH_NEEDS_ALLOCATION: return allocation;
      case BLOCK_TRANSFER: return transfer;
      case WRITE_OFF: return writeOff;
      case TOTAL_INCOME: return income;
      case TOTAL_SPEND: return spend;
      case CLOSING_BALANCE: return closing;
      default:
        throw new IllegalArgumentException(
            "SweepResult.measure: " + measure + " is not kept by a sweep (it keeps " + MEASURES + ")");
    }
  }
}
