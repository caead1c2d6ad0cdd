package org.sendfunding.model.money;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shares a total of money across weights so that the parts add back to the total to the penny.
 *
 * <p>This is the largest-remainder (Hamilton) method. Each part first gets the whole pence of its
 * exact share {@code total × weight / sum of weights}, rounded towards zero; the pence left over are
 * then handed out one each, to the parts with the largest fractional remainders. <b>Tie-break:</b>
 * where two remainders are equal the earlier part (lower index) gets its penny first, so the result
 * depends only on the order of the weights, never on hashing or timing.
 *
 * <p>For example, £100.00 shared by weights 1, 1, 1 gives £33.34, £33.33, £33.33: each exact share is
 * 3333⅓ pence, one penny is left, and the tie goes to the first part.
 *
 * <pre>{@code
 * Allocation.largestRemainder(Money.ofPounds("100"), List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))
 * // [£33.34, £33.33, £33.33]
 * }</pre>
 *
 * <p>A negative total is shared as its magnitude and the parts negated, so the parts of a deficit
 * are conserved the same way. This class is stateless and thread-safe.
 */
public final class Allocation {

  private Allocation() {}

  /**
   * Shares {@code total} in proportion to {@code weights}.
   *
   * @param total the amount to share
   * @param weights non-negative weights, at least one of them above zero
   * @return one part for each weight, in the same order, summing exactly to {@code total}
   * @throws IllegalArgumentException naming the index of a negative weight, or if all are zero
   */
  public static ImmutableList<Money> largestRemainder(Money total, List<BigDecimal> weights) {
    Preconditions.checkNotNull(total, "Allocation.total: must not be null");
    Preconditions.checkNotNull(weights, "Allocation.weights: must not be null");
    Preconditions.checkArgument(!weights.isEmpty(), "Allocation.weights: must not be empty");
    int maxScale = 0;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal w = weights.get(i);
      Preconditions.checkArgument(w != null, "Allocation.weights[%s]: must not be null", i);
      Preconditions.checkArgument(
          w.signum() >= 0, "Allocation.weights[%s]: %s is negative", i, w.toPlainString());
      maxScale = Math.max(maxScale, w.scale());
    }
    // Scale every weight to a whole number so the arithmetic below is exact integer arithmetic.
    List<BigInteger> integral = new ArrayList<>(weights.size());
    for (BigDecimal w : weights) {
      integral.add(w.setScale(maxScale).unscaledValue());
    }
    return largestRemainderIntegral(total, integral);
  }

  /**
   * Shares {@code total} in proportion to whole-number weights, such as pupil counts.
   *
   * @param total the amount to share
   * @param weights non-negative counts, at least one above zero
   * @return one part for each weight, in order, summing exactly to {@code total}
   */
  public static ImmutableList<Money> largestRemainder(Money total, long... weights) {
    Preconditions.checkNotNull(weights, "Allocation.weights: must not be null");
    List<BigDecimal> decimals = new ArrayList<>(weights.length);
    for (long w : weights) {
      decimals.add(BigDecimal.valueOf(w));
    }
    return largestRemainder(total, decimals);
  }

  private static ImmutableList<Money> largestRemainderIntegral(Money total, List<BigInteger> weights) {
    BigInteger sum = BigInteger.ZERO;
    for (BigInteger w : weights) {
      sum = sum.add(w);
    }
    Preconditions.checkArgument(sum.signum() > 0, "Allocation.weights: all weights are zero");
    boolean negative = total.isNegative();
    BigInteger magnitude = BigInteger.valueOf(total.pence()).abs();
    int n = weights.size();
    long[] parts = new long[n];
    BigInteger[] remainders = new BigInteger[n];
    long handedOut = 0;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = magnitude.multiply(weights.get(i)).divideAndRemainder(sum);
      parts[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      handedOut += parts[i];
    }
    long leftOver = magnitude.subtract(BigInteger.valueOf(handedOut)).longValueExact();
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    // Largest remainder first; equal remainders in index order (List.sort is stable).
    order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed());
    for (int k = 0; k < leftOver; k++) {
      parts[order.get(k)]++;
    }
    ImmutableList.Builder<Money> result = ImmutableList.builderWithExpectedSize(n);
    for (long part : parts) {
      result.add(Money.ofPence(negative ? -part : part));
    }
    return result.build();
  }
}
