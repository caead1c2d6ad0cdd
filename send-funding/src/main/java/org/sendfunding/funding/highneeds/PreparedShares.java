package org.sendfunding.funding.highneeds;

import java.util.Arrays;

/**
 * One set of weights prepared for repeated largest-remainder sharing of different totals: the same
 * pence as {@code Allocation.largestRemainder} (floors first, the leftover pence to the largest
 * remainders, ties to the lower index), in two linear passes and without sorting.
 *
 * <p>For example, with weights {@code 1, 1, 1} a total of 100 pence shares as {@code 34, 33, 33}: every
 * floor is 33, every remainder is 1 (of 3), and the one leftover penny goes to the lowest index.
 *
 * <p>Why it is structured so: the weights (an LA's indicator × area cost adjustment) are fixed for a
 * dataset while the total (a factor's pot) changes with the rules, so each weight's ratio to the sum
 * is computed once, as a double. Per call, the floor of {@code total × weight / sum} is then estimated
 * with one multiplication; the estimate is within one of the exact floor (the total and the sum are
 * below 2^50, so the relative error of two roundings cannot move it further), and the exact remainder
 * {@code total × weight − floor × sum}, computed in wrapping 64-bit arithmetic (its true value is
 * smaller than 3 × sum, so wrapping cannot corrupt it), corrects the estimate. No division and no
 * 128-bit product is needed.
 *
 * <p>The leftover pence (fewer than the number of weights) go to the largest remainders. Rather than
 * sorting, the first pass also counts the remainders in 64 buckets by their top 6 bits (of the bits of
 * {@code sum}'s length); this is monotone in the remainder, so counting the buckets from the top finds the one bucket
 * where the leftover pence run out. Every weight in a higher bucket gets a penny, and only the few
 * weights in that bucket are ranked, by remainder and then index, with a quickselect on keys that
 * pack both. With 154 weights that bucket holds two to five. The pennies above it are added
 * without a branch, since whether a remainder is above the threshold is a coin toss the processor
 * cannot predict.
 *
 * <p>Outside the range where this is exact (a sum of 0 or of 2^50 or more, more than 1,024 weights,
 * a total of 2^50 pence or more) {@link #share} uses {@link WideArithmetic#largestRemainder}, which the
 * explained path uses, so the result is always the explained path's.
 *
 * <p>This class is immutable and thread-safe: scratch space is passed in by the caller.
 */
final class PreparedShares {

  /** Totals and sums below this are shared by the estimate-and-correct pass. */
  static final long FAST_LIMIT = 1L << 50;
  /** The number of remainder buckets. */
  static final int BUCKETS = 64;
  /** The most weights whose index fits in the low 10 bits of a ranking key. */
  private static final int MAX_WEIGHTS = 1024;

  private final long[] weights;
  private final long sum;
  private final boolean fast;
  /** weight / sum, rounded to double. */
  private final double[] ratios;
  /** A remainder's bucket is {@code remainder >>> bucketShift}: below {@link #BUCKETS} as remainder &lt; sum. */
  private final int bucketShift;

  /**
   * Prepares weights (non-negative) whose sum is {@code sum}.
   *
   * @param weights the weights; copied
   * @param sum their sum
   */
  PreparedShares(long[] weights, long sum) {
    this.weights = weights.clone();
    this.sum = sum;
    boolean ok = sum > 0 && sum < FAST_LIMIT && weights.length <= MAX_WEIGHTS;
    long given = 0;
    for (long w : weights) {
      ok &= w >= 0 && w < FAST_LIMIT;
      given = ok ? given + w : 0;
    }
    // The leftover pence are fewer than the weights only if the weights add up to the sum.
    ok &= given == sum;
    this.fast = ok;
    this.ratios = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      ratios[i] = (double) weights[i] / (double) sum;
    }
    // sum < 2^bits, so remainder >>> (bits - 6) < 2^6; at least 32 buckets are in use.
    this.bucketShift = Math.max(0, 64 - Long.numberOfLeadingZeros(sum) - Integer.numberOfTrailingZeros(BUCKETS));
  }

  /** The number of weights. @return the count */
  int size() {
    return weights.length;
  }

  /**
   * Shares {@code total} by the weights. The first {@code out.length} parts are written to {@code out};
   * any further weights (such as the rest of England) take part in the sharing but their parts are
   * not written.
   *
   * @param total the total, in pence, ≥ 0
   * @param out the parts, at most {@link #size()} long
   * @param scratch scratch space of {@link #newScratch(int)}, used by one thread at a time
   */
  void share(long total, long[] out, Scratch scratch) {
    int m = weights.length;
    int written = out.length;
    if (!fast || total >= FAST_LIMIT || total < 0) {
      long[] parts = new long[m];
      WideArithmetic.largestRemainder(total, weights, sum, parts, new long[m]);
      System.arraycopy(parts, 0, out, 0, written);
      return;
    }
    long[] rems = scratch.rems;
    int[] counts = scratch.counts;
    Arrays.fill(counts, 0);
    long handed = 0;
    for (int i = 0; i < written; i++) {
      long q = floorPart(total, i);
      out[i] = q;
      handed += q;
      long r = total * weights[i] - q * sum;
      rems[i] = r;
      counts[(int) (r >>> bucketShift)]++;
    }
    for (int i = written; i < m; i++) {
      long q = floorPart(total, i);
      handed += q;
      long r = total * weights[i] - q * sum;
      rems[i] = r;
      counts[(int) (r >>> bucketShift)]++;
    }
    long left = total - handed;
    if (left == 0) {
      return;
    }
    // The bucket where the leftover pence run out: every weight above it gets a penny.
    int threshold = BUCKETS - 1;
    long above = 0;
    while (above + counts[threshold] < left) {
      above += counts[threshold];
      threshold--;
    }
    int need = (int) (left - above);
    long lower = (long) threshold << bucketShift;
    long upper = (long) (threshold + 1) << bucketShift;
    // Above the threshold bucket: a penny each, without a branch (remainders are below 2^50, so the
    // subtraction's sign bit is exactly r >= upper), since about half the weights, at random, get one.
    // The threshold bucket's few keys (remainder, then reversed index) overwrite consumed remainders.
    long[] keys = rems;
    long width = upper - lower;
    int c = 0;
    for (int i = 0; i < written; i++) {
      long r = rems[i];
      out[i] += (upper - 1 - r) >>> 63;
      if (Long.compareUnsigned(r - lower, width) < 0) {
        keys[c++] = (r << 10) | (MAX_WEIGHTS - 1 - i);
      }
    }
    for (int i = written; i < m; i++) {
      long r = rems[i];
      if (Long.compareUnsigned(r - lower, width) < 0) {
        keys[c++] = (r << 10) | (MAX_WEIGHTS - 1 - i);
      }
    }
    long cut = need == c ? Long.MIN_VALUE : WideArithmetic.select(keys, c, c - need);
    for (int k = 0; k < c; k++) {
      if (keys[k] >= cut) {
        int i = MAX_WEIGHTS - 1 - (int) (keys[k] & (MAX_WEIGHTS - 1));
        if (i < written) {
          out[i]++;
        }
      }
    }
  }

  /** floor(total × weights[i] / sum), exactly, for total and sum below {@link #FAST_LIMIT}. */
  private long floorPart(long total, int i) {
    long q = (long) (total * ratios[i]);
    long r = total * weights[i] - q * sum;
    while (r < 0) {
      q--;
      r += sum;
    }
    while (r >= sum) {
      q++;
      r -= sum;
    }
    return q;
  }

  /**
   * Scratch space for {@link #share} for weights of up to {@code size} entries.
   *
   * @param size the most weights shared with it
   * @return fresh scratch space
   */
  static Scratch newScratch(int size) {
    return new Scratch(size);
  }

  /** Reusable working arrays; one thread at a time. */
  static final class Scratch {
    final long[] rems;
    final int[] counts = new int[BUCKETS];

    Scratch(int size) {
      rems = new long[size];
    }
  }
}
