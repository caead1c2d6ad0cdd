package org.sendfunding.funding.highneeds;

import java.math.BigInteger;

/**
 * Exact {@code floor(a × b / c)} on non-negative longs without allocating, for the per-LA hot path.
 *
 * <p>A double estimate of the quotient is corrected with the exact remainder computed in wrapping
 * 64-bit arithmetic; this is exact whenever the estimate is within a few units, which holds when the
 * quotient and divisor are below 2^50. Outside that range it falls back to {@link BigInteger}.
 */
final class WideArithmetic {

  private static final long SAFE = 1L << 50;

  private WideArithmetic() {}

  /** floor(a*b/c); stores the remainder in {@code remainder[0]}. a, b ≥ 0; c > 0. */
  static long mulDivFloor(long a, long b, long c, long[] remainder) {
    double estimate = ((double) a * (double) b) / (double) c;
    if (estimate < SAFE && c < SAFE) {
      long q = (long) estimate;
      long r = a * b - q * c;
      while (r < 0) {
        q--;
        r += c;
      }
      while (r >= c) {
        q++;
        r -= c;
      }
      remainder[0] = r;
      return q;
    }
    BigInteger[] qr =
        BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divideAndRemainder(BigInteger.valueOf(c));
    remainder[0] = qr[1].longValueExact();
    return qr[0].longValueExact();
  }

  /** a*b/c rounded half up, for a*b of either sign; c > 0. */
  static long mulDivHalfUp(long a, long b, long c) {
    long[] r = new long[1];
    boolean negative = (a < 0) != (b < 0) && a != 0 && b != 0;
    // absExact: Long.MIN_VALUE has no positive counterpart, so it is an overflow, not a sign flip.
    long q = mulDivFloor(Math.absExact(a), Math.absExact(b), c, r);
    // r < c, so c - r cannot overflow where 2 * r could (divisors above 2^62).
    if (r[0] >= c - r[0]) {
      q++;
    }
    return negative ? -q : q;
  }

  /** ceil(a*b/c); a, b ≥ 0; c > 0. */
  static long mulDivCeil(long a, long b, long c) {
    long[] r = new long[1];
    long q = mulDivFloor(a, b, c, r);
    return r[0] == 0 ? q : q + 1;
  }

  /**
   * Largest-remainder sharing of {@code total} (≥ 0) by {@code weights} into {@code out}, identical to
   * {@code Allocation.largestRemainder}: floors first, leftover pence to the largest remainders, ties
   * to the lower index.
   */
  static void largestRemainder(long total, long[] weights, long weightSum, long[] out, long[] keys) {
    int n = weights.length;
    long[] r = new long[1];
    long handed = 0;
    boolean packable = weightSum < (1L << 52) && n < 1024;
    for (int i = 0; i < n; i++) {
      out[i] = mulDivFloor(total, weights[i], weightSum, r);
      handed += out[i];
      keys[i] = packable ? (r[0] << 10) | (1023 - i) : r[0];
    }
    long left = total - handed;
    if (left == 0) {
      return;
    }
    if (packable) {
      // The 'left' largest keys get a penny; keys are distinct (the index is packed in), so the
      // left-th largest key is a strict threshold. Quickselect finds it in linear time.
      long[] work = java.util.Arrays.copyOf(keys, n);
      long threshold = select(work, n - (int) left);
      for (int i = 0; i < n; i++) {
        if (keys[i] >= threshold) {
          out[i]++;
        }
      }
    } else {
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      long[] rem = keys;
      java.util.Arrays.sort(order, (x, y) -> rem[x] != rem[y] ? Long.compare(rem[y], rem[x]) : Integer.compare(x, y));
      for (int k = 0; k < left; k++) {
        out[order[k]]++;
      }
    }
  }

  /** The k-th smallest value (0-based) of {@code a}, reordering it. */
  static long select(long[] a, int k) {
    return select(a, a.length, k);
  }

  /** The k-th smallest value (0-based) of the first {@code length} values of {@code a}, reordering them. */
  static long select(long[] a, int length, int k) {
    int lo = 0;
    int hi = length - 1;
    while (lo < hi) {
      long pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          long t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }
}
