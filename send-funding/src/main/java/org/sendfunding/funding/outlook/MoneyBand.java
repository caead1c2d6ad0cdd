package org.sendfunding.funding.outlook;

import com.google.common.base.Preconditions;
import java.util.Arrays;
import org.sendfunding.model.money.Money;

/**
 * The 10th percentile, median and 90th percentile of an amount over Monte Carlo runs (nearest rank: the
 * value at position {@code ceil(q n) - 1} of the sorted runs), each exactly one run's amount.
 *
 * <pre>{@code
 * MoneyBand b = MoneyBand.of(new long[] {300, 100, 200});   // pence
 * b.p10();   // £1.00
 * b.median(); // £2.00
 * b.p90();   // £3.00
 * }</pre>
 *
 * @param p10 the 10th percentile
 * @param median the median
 * @param p90 the 90th percentile
 */
public record MoneyBand(Money p10, Money median, Money p90) {

  /** Checks the order. */
  public MoneyBand {
    Preconditions.checkArgument(p10.compareTo(median) <= 0 && median.compareTo(p90) <= 0,
        "MoneyBand: %s, %s, %s are not in order", p10, median, p90);
  }

  /**
   * The band of some runs' amounts.
   *
   * @param pence one amount per run, in pence (not changed)
   * @return the band
   */
  public static MoneyBand of(long[] pence) {
    Preconditions.checkArgument(pence.length > 0, "MoneyBand: no runs");
    long[] s = pence.clone();
    Arrays.sort(s);
    return new MoneyBand(Money.ofPence(rank(s, 0.10)), Money.ofPence(rank(s, 0.50)), Money.ofPence(rank(s, 0.90)));
  }

  static long rank(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
