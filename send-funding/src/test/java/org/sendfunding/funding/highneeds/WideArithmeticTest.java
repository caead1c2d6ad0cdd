package org.sendfunding.funding.highneeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.money.Allocation;
import org.sendfunding.model.money.Money;

/**
 * Checks the allocation-free arithmetic of the per-LA hot path against {@link BigInteger} and against
 * {@link Allocation#largestRemainder(Money, long...)}, which it must reproduce to the penny.
 */
class WideArithmeticTest {

  private static BigInteger[] exact(long a, long b, long c) {
    return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divideAndRemainder(BigInteger.valueOf(c));
  }

  private static long halfUp(long a, long b, long c) {
    return new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)))
        .divide(BigDecimal.valueOf(c), 0, RoundingMode.HALF_UP).longValueExact();
  }

  @Test
  void floor_and_remainder_of_worked_examples() {
    long[] r = new long[1];
    // 7 × 3 / 4 = 21 / 4 = 5 remainder 1
    assertThat(WideArithmetic.mulDivFloor(7, 3, 4, r)).isEqualTo(5);
    assertThat(r[0]).isEqualTo(1);
    // exact division leaves no remainder: 12 × 5 / 6 = 10
    assertThat(WideArithmetic.mulDivFloor(12, 5, 6, r)).isEqualTo(10);
    assertThat(r[0]).isZero();
    // £1bn in pence shared by a weight of 1 in 3: 100,000,000,000 / 3 = 33,333,333,333 remainder 1
    assertThat(WideArithmetic.mulDivFloor(100_000_000_000L, 1, 3, r)).isEqualTo(33_333_333_333L);
    assertThat(r[0]).isEqualTo(1);
    // zero numerator
    assertThat(WideArithmetic.mulDivFloor(0, 999, 7, r)).isZero();
    assertThat(r[0]).isZero();
  }

  @Test
  void floor_where_the_double_estimate_rounds_up_past_the_true_quotient() {
    long[] r = new long[1];
    // (2^53 - 1) × 1 / 2: the double estimate is 2^52 exactly but the true quotient is 2^52 - 1 r 1.
    // Above SAFE (2^50), so BigInteger path; check it too.
    long a = (1L << 53) - 1;
    assertThat(WideArithmetic.mulDivFloor(a, 1, 2, r)).isEqualTo((1L << 52) - 1);
    assertThat(r[0]).isEqualTo(1);
    // Within the fast path: (2^49 - 1) × 3 / 3 must be exactly 2^49 - 1 with no remainder
    long b = (1L << 49) - 1;
    assertThat(WideArithmetic.mulDivFloor(b, 3, 3, r)).isEqualTo(b);
    assertThat(r[0]).isZero();
    // a × b overflows a long yet the quotient is small: (2^40) × (2^40) / (2^45) = 2^35
    assertThat(WideArithmetic.mulDivFloor(1L << 40, 1L << 40, 1L << 45, r)).isEqualTo(1L << 35);
    assertThat(r[0]).isZero();
    // ... and with a remainder: (2^40 + 1) × (2^40) / (2^45 - 1)
    BigInteger[] qr = exact((1L << 40) + 1, 1L << 40, (1L << 45) - 1);
    assertThat(WideArithmetic.mulDivFloor((1L << 40) + 1, 1L << 40, (1L << 45) - 1, r)).isEqualTo(qr[0].longValueExact());
    assertThat(r[0]).isEqualTo(qr[1].longValueExact());
  }

  @Test
  void floor_at_the_fast_path_boundary() {
    long[] r = new long[1];
    long safe = 1L << 50;
    // quotient exactly 2^50 (not below SAFE): BigInteger path
    assertThat(WideArithmetic.mulDivFloor(safe, 7, 7, r)).isEqualTo(safe);
    assertThat(r[0]).isZero();
    // divisor exactly 2^50: BigInteger path, quotient 3 remainder 5
    assertThat(WideArithmetic.mulDivFloor(3 * safe + 5, 1, safe, r)).isEqualTo(3);
    assertThat(r[0]).isEqualTo(5);
    // divisor just below 2^50: fast path
    assertThat(WideArithmetic.mulDivFloor(3 * (safe - 1) + 5, 1, safe - 1, r)).isEqualTo(3);
    assertThat(r[0]).isEqualTo(5);
  }

  @Test
  void floor_matches_big_integer_for_pence_sized_operands() {
    qt().withExamples(300)
        .forAll(longs().between(0, 1_000_000_000_000_00L), longs().between(0, 10_000_000_000L), longs().between(1, 1L << 52))
        .checkAssert((a, b, c) -> {
          BigInteger[] qr = exact(a, b, c);
          if (qr[0].bitLength() > 62) {
            return;
          }
          long[] r = new long[1];
          assertThat(WideArithmetic.mulDivFloor(a, b, c, r)).isEqualTo(qr[0].longValueExact());
          assertThat(r[0]).isEqualTo(qr[1].longValueExact());
        });
  }

  @Test
  void floor_matches_big_integer_for_small_divisors() {
    qt().withExamples(300)
        .forAll(longs().between(0, 1L << 31), longs().between(0, 1L << 31), longs().between(1, 1000))
        .checkAssert((a, b, c) -> {
          BigInteger[] qr = exact(a, b, c);
          long[] r = new long[1];
          assertThat(WideArithmetic.mulDivFloor(a, b, c, r)).isEqualTo(qr[0].longValueExact());
          assertThat(r[0]).isEqualTo(qr[1].longValueExact());
        });
  }

  @Test
  void ceil_matches_big_integer() {
    // 7 × 3 / 4 = 5.25 → 6; 12 × 5 / 6 = 10 → 10
    assertThat(WideArithmetic.mulDivCeil(7, 3, 4)).isEqualTo(6);
    assertThat(WideArithmetic.mulDivCeil(12, 5, 6)).isEqualTo(10);
    qt().withExamples(300)
        .forAll(longs().between(0, 1_000_000_000_000L), longs().between(0, 1_000_000L), longs().between(1, 1_000_000_000L))
        .checkAssert((a, b, c) -> {
          BigInteger[] qr = exact(a, b, c);
          long expected = qr[0].longValueExact() + (qr[1].signum() == 0 ? 0 : 1);
          assertThat(WideArithmetic.mulDivCeil(a, b, c)).isEqualTo(expected);
        });
  }

  @Test
  void half_up_of_worked_examples() {
    // 5 × 1 / 2 = 2.5 → 3 (half rounds away from zero); 7 × 1 / 3 = 2.33 → 2; 5 × 1 / 3 = 1.67 → 2
    assertThat(WideArithmetic.mulDivHalfUp(5, 1, 2)).isEqualTo(3);
    assertThat(WideArithmetic.mulDivHalfUp(7, 1, 3)).isEqualTo(2);
    assertThat(WideArithmetic.mulDivHalfUp(5, 1, 3)).isEqualTo(2);
    // negative products round half away from zero too: -5/2 = -2.5 → -3
    assertThat(WideArithmetic.mulDivHalfUp(-5, 1, 2)).isEqualTo(-3);
    assertThat(WideArithmetic.mulDivHalfUp(5, -1, 2)).isEqualTo(-3);
    assertThat(WideArithmetic.mulDivHalfUp(-5, -1, 2)).isEqualTo(3);
    assertThat(WideArithmetic.mulDivHalfUp(-7, 1, 3)).isEqualTo(-2);
    // 2 × 2 / 5 = 0.8 → 1 and -0.8 → -1; 1 / 5 = 0.2 → 0 (and not -0 confusion for zero operands)
    assertThat(WideArithmetic.mulDivHalfUp(-2, 2, 5)).isEqualTo(-1);
    assertThat(WideArithmetic.mulDivHalfUp(0, -7, 5)).isZero();
    assertThat(WideArithmetic.mulDivHalfUp(-7, 0, 5)).isZero();
    assertThat(WideArithmetic.mulDivHalfUp(-1, 1, 5)).isZero();
  }

  @Test
  void half_up_matches_big_decimal_for_either_sign() {
    qt().withExamples(400)
        .forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), longs().between(-1_000_000L, 1_000_000L),
            longs().between(1, 1_000_000_000L))
        .checkAssert((a, b, c) -> assertThat(WideArithmetic.mulDivHalfUp(a, b, c)).isEqualTo(halfUp(a, b, c)));
    // small divisors make exact halves common
    qt().withExamples(300)
        .forAll(longs().between(-10_000, 10_000), longs().between(-10_000, 10_000), longs().between(1, 8))
        .checkAssert((a, b, c) -> assertThat(WideArithmetic.mulDivHalfUp(a, b, c)).isEqualTo(halfUp(a, b, c)));
  }

  private static long[] viaAllocation(long total, long[] weights) {
    List<Money> shares = Allocation.largestRemainder(Money.ofPence(total), weights);
    return shares.stream().mapToLong(Money::pence).toArray();
  }

  private static long[] viaWide(long total, long[] weights) {
    long[] out = new long[weights.length];
    long[] keys = new long[weights.length];
    WideArithmetic.largestRemainder(total, weights, Arrays.stream(weights).sum(), out, keys);
    return out;
  }

  @Test
  void largest_remainder_worked_example() {
    // £1.00 shared 1:1:1 → 33.33p each, the odd penny to the lowest index: 34, 33, 33
    assertThat(viaWide(100, new long[] {1, 1, 1})).containsExactly(34, 33, 33);
    // £1.00 shared 1:2:3 → 16.67, 33.33, 50 → floors 16, 33, 50, leftover 1 to index 0 (remainder .67)
    assertThat(viaWide(100, new long[] {1, 2, 3})).containsExactly(17, 33, 50);
    // 5p shared 3:3:1:1 → 1.875, 1.875, 0.625, 0.625 → floors 1,1,0,0; leftover 3 → 2, 2, 1, 0
    assertThat(viaWide(5, new long[] {3, 3, 1, 1})).containsExactly(2, 2, 1, 0);
    // exact shares leave nothing over: 90 shared 1:2 → 30, 60
    assertThat(viaWide(90, new long[] {1, 2})).containsExactly(30, 60);
    // a zero weight gets nothing: 10 shared 1:2 → 3.33, 6.67 → floors 3, 6, the penny to the larger remainder
    assertThat(viaWide(10, new long[] {0, 1, 0, 2})).containsExactly(0, 3, 0, 7);
  }

  @Test
  void largest_remainder_keys_hold_the_remainders_and_index() {
    long[] out = new long[3];
    long[] keys = new long[3];
    // 100 × 1/3 = 33 r 1, 100 × 2/3 = 66 r 2 ... weights 1, 1, 1: each remainder 1 (of 3)
    WideArithmetic.largestRemainder(100, new long[] {1, 1, 1}, 3, out, keys);
    assertThat(keys).containsExactly((1L << 10) | 1023, (1L << 10) | 1022, (1L << 10) | 1021);
  }

  @Test
  void largest_remainder_matches_allocation_for_packable_weights() {
    qt().withExamples(200)
        .forAll(longs().all(), longs().between(0, 1_000_000_000_000L), integers().between(1, 160))
        .checkAssert((seed, total, n) -> {
          Random random = new Random(seed);
          long[] weights = new long[n];
          for (int i = 0; i < n; i++) {
            // small weights make equal remainders (ties) common
            weights[i] = random.nextBoolean() ? random.nextInt(5) : 1 + (long) random.nextInt(1_000_000_000);
          }
          weights[random.nextInt(n)] += 1;
          long[] got = viaWide(total, weights);
          assertThat(got).containsExactly(viaAllocation(total, weights));
          assertThat(Arrays.stream(got).sum()).isEqualTo(total);
        });
  }

  @Test
  void largest_remainder_matches_allocation_when_keys_cannot_be_packed() {
    // 1,024 or more weights: the index no longer fits in 10 bits, so the sort path is taken
    qt().withExamples(25)
        .forAll(longs().all(), longs().between(0, 10_000_000_000L), integers().between(1024, 1300))
        .checkAssert((seed, total, n) -> {
          Random random = new Random(seed);
          long[] weights = new long[n];
          for (int i = 0; i < n; i++) {
            weights[i] = 1 + random.nextInt(random.nextBoolean() ? 3 : 1_000_000);
          }
          long[] got = viaWide(total, weights);
          assertThat(got).containsExactly(viaAllocation(total, weights));
          assertThat(Arrays.stream(got).sum()).isEqualTo(total);
        });
    // weight sum of 2^52 or more: remainders too wide to pack
    qt().withExamples(100)
        .forAll(longs().all(), longs().between(0, 1_000_000_000L), integers().between(2, 40))
        .checkAssert((seed, total, n) -> {
          Random random = new Random(seed);
          long[] weights = new long[n];
          for (int i = 0; i < n; i++) {
            weights[i] = (1L << 47) + random.nextInt(3);
          }
          weights[0] = (1L << 52) + random.nextInt(3);
          long[] got = viaWide(total, weights);
          assertThat(Arrays.stream(weights).sum()).isGreaterThanOrEqualTo(1L << 52);
          assertThat(got).containsExactly(viaAllocation(total, weights));
          assertThat(Arrays.stream(got).sum()).isEqualTo(total);
        });
  }

  @Test
  void unpacked_ties_go_to_the_lower_index() {
    long[] weights = new long[1100];
    Arrays.fill(weights, 1);
    // 1,101p over 1,100 equal weights: each gets 1p, the one left over to index 0
    long[] got = viaWide(1101, weights);
    assertThat(got[0]).isEqualTo(2);
    assertThat(Arrays.stream(got, 1, 1100).allMatch(v -> v == 1)).isTrue();
    // 1,098p: each floors to 0 with remainder 1,098 of 1,100, the first 1,098 get a penny
    got = viaWide(1098, weights);
    assertThat(Arrays.stream(got, 0, 1098).allMatch(v -> v == 1)).isTrue();
    assertThat(got[1098]).isZero();
    assertThat(got[1099]).isZero();
  }

  @Test
  void select_finds_the_kth_smallest() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(1, 60))
        .checkAssert((seed, n) -> {
          Random random = new Random(seed);
          long[] a = new long[n];
          for (int i = 0; i < n; i++) {
            a[i] = random.nextInt(random.nextBoolean() ? 4 : 1_000_000);
          }
          long[] sorted = a.clone();
          Arrays.sort(sorted);
          int k = random.nextInt(n);
          assertThat(WideArithmetic.select(a.clone(), k)).as("k=%s of %s", k, Arrays.toString(a)).isEqualTo(sorted[k]);
        });
    assertThat(WideArithmetic.select(new long[] {9, 1, 8, 2, 7, 3}, 0)).isEqualTo(1);
    assertThat(WideArithmetic.select(new long[] {9, 1, 8, 2, 7, 3}, 5)).isEqualTo(9);
    assertThat(WideArithmetic.select(new long[] {9, 1, 8, 2, 7, 3}, 2)).isEqualTo(3);
    assertThat(WideArithmetic.select(new long[] {42}, 0)).isEqualTo(42);
  }

  @Test
  void half_up_rounding_holds_for_divisors_above_two_to_the_62() {
    // (2^63 - 2) / (2^63 - 1) = 0.99999... rounds half up to 1; doubling the remainder overflowed.
    assertThat(WideArithmetic.mulDivHalfUp(Long.MAX_VALUE - 1, 1, Long.MAX_VALUE)).isEqualTo(1);
    assertThat(WideArithmetic.mulDivHalfUp(1, 1, Long.MAX_VALUE)).isZero();
  }

  @Test
  void the_most_negative_long_is_an_overflow_not_a_sign_flip() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> WideArithmetic.mulDivHalfUp(Long.MIN_VALUE, 1, 3))
        .isInstanceOf(ArithmeticException.class);
  }
}
