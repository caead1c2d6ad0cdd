package org.sendfunding.funding.certainty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.sendfunding.model.money.CheckedPence;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.MoneyOverflowException;
import org.sendfunding.model.money.Percentage;

/**
 * Projects one LA's high-needs allocation year by year under an annual or a multi-year settlement,
 * with what the LA could count on in advance.
 *
 * <p>Each year the formula moves last year's allocation by the national uplift plus the LA's own
 * data change (its "shock"), held between a floor and a gains cap per head of population aged 2 to
 * 18. Under a multi-year settlement of length L, at the start of each L-year period with base
 * allocation P the indicative allocation for its k-th year is P indexed by inflation, the guaranteed
 * minimum is P × (1 + g)^k (per head: times the population ratio), and the final allocation is the
 * formula's result but never below the guarantee. Under an annual settlement the indicative
 * allocation is last year's cash (what a prudent budget assumes) and the guarantee is the floor.
 *
 * <p>Worked example: previous allocation £100m, uplift 3%, shock 0, floor 0%, cap 10%, a three-year
 * settlement guaranteeing 2% a year: year 1 formula £103m, guaranteed £102m, final £103m.
 *
 * <p>All money is in pence and all rates are in millionths (30000 = 3%), so the loop does no
 * allocation: the scenario fast path and the explained path call the same code. Products round half
 * up to the penny, exactly like {@code Money.times(Rate, RoundingRule.HALF_UP_TO_PENNY)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SettlementEngine {

  /** One, in millionths. */
  public static final long ONE = 1_000_000L;

  /** The engine. */
  public static final SettlementEngine DEFAULT = new SettlementEngine();

  /** ceil(2^82 / 10^6): floor(n / 10^6) = (multiplyHigh(n, this) >>> 18) for 0 ≤ n &lt; 2^63. */
  private static final long RECIPROCAL_OF_ONE = 0x431BDE82D7B634DBL;
  private static final int RECIPROCAL_SHIFT = 18;
  /** Products below this in magnitude take the multiply-high path (|p| + 500,000 cannot overflow). */
  private static final long HALF_UP_SAFE = 1L << 62;

  private SettlementEngine() {}

  /**
   * An amount times a rate in millionths, rounded half up (away from zero) to the penny.
   *
   * @param pence the amount
   * @param millionths the multiplier in millionths (1,030,000 = ×1.03)
   * @return the rounded product
   * @throws MoneyOverflowException (an {@link ArithmeticException}) naming the operands on overflow
   */
  public static long timesMillionths(long pence, long millionths) {
    long p;
    try {
      // multiplyExact is an intrinsic (one multiply and a branch never taken); the catch costs nothing
      // until it is taken.
      p = Math.multiplyExact(pence, millionths);
    } catch (ArithmeticException e) {
      throw CheckedPence.overflow("rounded product", null, null, pence + " × " + rate(millionths));
    }
    if (p > -HALF_UP_SAFE && p < HALF_UP_SAFE) {
      // Half up (away from zero) is floor((|p| + 500,000) / 1,000,000) with the sign put back; the
      // division by the constant is a multiply-high by its reciprocal (Granlund-Montgomery, exact for
      // every dividend in [0, 2^63)), about three times faster than a hardware division here.
      long q = Math.multiplyHigh(Math.abs(p) + ONE / 2, RECIPROCAL_OF_ONE) >>> RECIPROCAL_SHIFT;
      return p < 0 ? -q : q;
    }
    long q = p / ONE;
    long r = p - q * ONE; // cheaper than a second division
    if (Math.abs(r) * 2 >= ONE) {
      q += Long.signum(p);
    }
    return q;
  }

  /**
   * {@link #timesMillionths(long, long)}, an overflow named by figure, place and time (an LA and a
   * year); the names become text only if it overflows.
   *
   * @param pence the amount
   * @param millionths the multiplier in millionths
   * @param figure the figure being computed
   * @param where where (e.g. an LA), or null
   * @param when when (e.g. a year), or null
   * @return the rounded product
   * @throws MoneyOverflowException naming them on overflow
   */
  public static long timesMillionths(long pence, long millionths, Object figure, Object where, Object when) {
    try {
      return timesMillionths(pence, millionths);
    } catch (MoneyOverflowException e) {
      MoneyOverflowException located =
          CheckedPence.overflow(figure, where, when, Money.ofPence(pence) + " × " + rate(millionths));
      located.initCause(e);
      throw located;
    }
  }

  /**
   * A count (of pupils, of people) times a rate in millionths, rounded half up, an overflow named as
   * {@link #timesMillionths(long, long, Object, Object, Object)} names it.
   *
   * @param count the count
   * @param millionths the multiplier in millionths
   * @param figure the figure being computed
   * @param where where, or null
   * @param when when, or null
   * @return the rounded product
   * @throws MoneyOverflowException naming them on overflow
   */
  public static long countTimesMillionths(long count, long millionths, Object figure, Object where, Object when) {
    try {
      return timesMillionths(count, millionths);
    } catch (MoneyOverflowException e) {
      MoneyOverflowException located = CheckedPence.overflow(figure, where, when, count + " × " + rate(millionths));
      located.initCause(e);
      throw located;
    }
  }

  private static String rate(long millionths) {
    return BigDecimal.valueOf(millionths, 6).toPlainString();
  }


  /**
   * A percentage in millionths, rounded half up: 7% is 70000.
   *
   * @param percent the percentage
   * @return millionths
   */
  public static long millionths(Percentage percent) {
    return percent.percent().multiply(BigDecimal.valueOf(10_000)).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /**
   * Projects allocations for consecutive years.
   *
   * @param policy the settlement rules
   * @param previous the allocation in the year before the first
   * @param population population aged 2 to 18 in the year before the first, then each year (length years + 1)
   * @param upliftMillionths national uplift each year
   * @param shockMillionths the LA's own data change each year
   * @param floorMillionths floor per head each year
   * @param capMillionths gains cap per head each year
   * @param inflationMillionths inflation assumption each year
   * @param finalOut receives final allocations
   * @param indicativeOut receives what was published or planned in advance
   * @param guaranteedOut receives the minimum the LA could count on in advance
   */
  public void project(
      SettlementPolicy policy, long previous, long[] population, long[] upliftMillionths, long[] shockMillionths,
      long[] floorMillionths, long[] capMillionths, long[] inflationMillionths,
      long[] finalOut, long[] indicativeOut, long[] guaranteedOut) {
    project(policy.kind() == SettlementKind.MULTI_YEAR, policy.length(), policy.guaranteedMinimumMillionths(),
        policy.basis() == GuaranteeBasis.PER_HEAD, policy.indexedToInflation(), previous, population,
        upliftMillionths, shockMillionths, floorMillionths, capMillionths, inflationMillionths,
        finalOut, indicativeOut, guaranteedOut);
  }

  /**
   * The same projection with the policy given as primitives, for sweeps over many variants.
   *
   * @param multiYear whether the settlement is multi-year
   * @param length settlement length
   * @param guaranteeMillionths guaranteed minimum change a year
   * @param perHead whether the guarantee and floor are per head
   * @param indexed whether indicative allocations are indexed to inflation
   * @param previous the allocation in the year before the first
   * @param population population in the year before the first, then each year
   * @param upliftMillionths national uplift each year
   * @param shockMillionths the LA's own data change each year
   * @param floorMillionths floor per head each year
   * @param capMillionths gains cap per head each year
   * @param inflationMillionths inflation each year
   * @param finalOut receives final allocations
   * @param indicativeOut receives indicative allocations
   * @param guaranteedOut receives guaranteed minimums
   */
  public void project(
      boolean multiYear, int length, long guaranteeMillionths, boolean perHead, boolean indexed,
      long previous, long[] population, long[] upliftMillionths, long[] shockMillionths,
      long[] floorMillionths, long[] capMillionths, long[] inflationMillionths,
      long[] finalOut, long[] indicativeOut, long[] guaranteedOut) {
    long prev = previous;
    long periodBase = previous;
    long periodIndexed = previous;
    long periodGuarantee = previous;
    int periodStart = 0;
    for (int t = 0; t < finalOut.length; t++) {
      // Population change lets a per-head floor or cap be applied to cash.
      long popPrev = population[t];
      long popNow = population[t + 1];
      long formula = timesMillionths(prev, factor(upliftMillionths[t], shockMillionths[t]), "formula allocation", null, null);
      long floor = perHeadScaled(timesMillionths(prev, factor(floorMillionths[t], 0), "funding floor", null, null),
          popNow, popPrev, "funding floor");
      long cap = perHeadScaled(timesMillionths(prev, factor(capMillionths[t], 0), "gains cap", null, null),
          popNow, popPrev, "gains cap");
      long formulaAllocation = Math.max(floor, Math.min(cap, formula));
      if (!multiYear) {
        indicativeOut[t] = prev;
        guaranteedOut[t] = floor;
        finalOut[t] = formulaAllocation;
      } else {
        if ((t - periodStart) % length == 0) {
          periodStart = t;
          periodBase = prev;
          periodIndexed = prev;
          periodGuarantee = prev;
        }
        periodIndexed = indexed
            ? timesMillionths(periodIndexed, factor(inflationMillionths[t], 0), "indicative allocation", null, null)
            : periodBase;
        periodGuarantee = timesMillionths(periodGuarantee, factor(guaranteeMillionths, 0), "guaranteed allocation", null, null);
        long guaranteed = perHead
            ? perHeadScaled(periodGuarantee, popNow, population[periodStart], "guaranteed allocation")
            : periodGuarantee;
        indicativeOut[t] = periodIndexed;
        guaranteedOut[t] = guaranteed;
        finalOut[t] = Math.max(guaranteed, formulaAllocation);
      }
      prev = finalOut[t];
    }
  }

  /** 1 + a + b in millionths, refused (not wrapped) for rates no parameter check would let through. */
  private static long factor(long a, long b) {
    try {
      return Math.addExact(Math.addExact(ONE, a), b);
    } catch (ArithmeticException e) {
      throw CheckedPence.overflow("multiplier", null, null, "1 + " + rate(a) + " + " + rate(b));
    }
  }

  private static long perHeadScaled(long amount, long popNow, long popThen, String figure) {
    if (popNow == popThen) {
      return amount;
    }
    BigDecimal scaled = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(popNow))
        .divide(BigDecimal.valueOf(popThen), 0, RoundingMode.HALF_UP);
    if (scaled.unscaledValue().bitLength() > 63) {
      throw CheckedPence.overflow(figure + " per head", null, null,
          Money.ofPence(amount) + " × population " + popNow + " / " + popThen);
    }
    return scaled.longValue();
  }
}
