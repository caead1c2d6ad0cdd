package org.sendfunding.funding.highneeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.Parameter;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.money.Allocation;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.time.FinancialYear;

/**
 * The prepared fast path ({@link PreparedNff}, {@link PreparedShares}) against exact references on random
 * inputs: the engine's figures (the explained path) for every LA and figure, {@code BigInteger} for the
 * per-LA products, and {@link Allocation#largestRemainder} for the shares, with random pupil counts and
 * pots, forced ties between remainders, and values up to and beyond the limits of the fast arithmetic.
 */
class PreparedNffPropertiesTest {

  private static final FinancialYear Y = FinancialYear.of(2025);
  private static final FinancialYear BASE = FinancialYear.of(2024);
  private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
  private static final ParameterSet NO_CAP = withoutGainsCap();
  private static final ImmutableList<LocalAuthority> LAS = LocalAuthorities.england().all();

  /** The default parameters with the 2025-26 gains cap removed, so that the uncapped path runs. */
  private static ParameterSet withoutGainsCap() {
    List<Parameter> list = new ArrayList<>();
    for (Parameter p : ParameterSet.defaults().parameters().values()) {
      if (p.path().equals(HighNeedsNffRules.GAINS_CAP)) {
        Map<LocalDate, Optional<ParameterValue>> values = new TreeMap<>(p.values());
        values.put(FROM, Optional.empty());
        p = Parameter.builder().from(p).values(values).build();
      }
      list.add(p);
    }
    return ParameterSet.of(list);
  }

  // ---- largest-remainder shares ----

  @Test
  void prepared_shares_equal_allocation_largest_remainder_with_ties_and_huge_totals() {
    qt().withExamples(300).forAll(longs().all(), integers().between(1, 400), integers().between(0, 4))
        .checkAssert((seed, m, kind) -> {
          Random r = new Random(seed);
          long[] w = new long[m];
          long sum = 0;
          for (int i = 0; i < m; i++) {
            w[i] = switch (kind) {
              case 0 -> r.nextInt(4);                          // many equal remainders
              case 1 -> 7;                                     // every remainder equal
              case 2 -> (long) (r.nextDouble() * (1L << 49) / m); // sums just below 2^50
              case 3 -> (long) (r.nextDouble() * (1L << 52) / m); // sums across 2^50: the wide fallback
              default -> r.nextBoolean() ? r.nextInt(3) : (long) (r.nextDouble() * 12_000_000_000_000L);
            };
            sum += w[i];
          }
          if (sum == 0) {
            w[0] = 1;
            sum = 1;
          }
          // Totals from a few pence to beyond 2^50 pence (where the fast pass hands over).
          long total = switch (r.nextInt(4)) {
            case 0 -> r.nextInt(2 * m + 3);
            case 1 -> (long) (r.nextDouble() * 1_000_000_000_000L);
            case 2 -> PreparedShares.FAST_LIMIT - 1 - r.nextInt(1000);
            default -> PreparedShares.FAST_LIMIT + (long) (r.nextDouble() * (1L << 52));
          };
          // The rest of England: the last weight shares but is not written.
          int written = m > 1 && r.nextBoolean() ? m - 1 : m;
          long[] out = new long[written];
          PreparedShares shares = new PreparedShares(w, sum);
          shares.share(total, out, PreparedShares.newScratch(m));
          ImmutableList<Money> reference = Allocation.largestRemainder(Money.ofPence(total), w);
          for (int i = 0; i < written; i++) {
            assertThat(out[i]).as("part %s of %s, total %s, kind %s", i, m, total, kind)
                .isEqualTo(reference.get(i).pence());
          }
        });
  }

  @Test
  void a_leftover_penny_goes_to_the_largest_remainder_and_ties_go_to_the_lower_index() {
    // 100 pence by 1:1:1 leaves 1 penny; remainders tie, so the first LA gets it.
    long[] out = new long[3];
    new PreparedShares(new long[] {1, 1, 1}, 3).share(100, out, PreparedShares.newScratch(3));
    assertThat(out).containsExactly(34, 33, 33);
    // 10 pence by 3:3:4 = 3, 3, 4 exactly: no leftover.
    new PreparedShares(new long[] {3, 3, 4}, 10).share(10, out, PreparedShares.newScratch(3));
    assertThat(out).containsExactly(3, 3, 4);
    // 11 pence by 1:2:4 (sum 7): floors 1, 3, 6 and remainders 4, 1, 2 of 7, so the one penny goes to the first.
    new PreparedShares(new long[] {1, 2, 4}, 7).share(11, out, PreparedShares.newScratch(3));
    assertThat(out).containsExactly(2, 3, 6);
  }

  // ---- the whole formula ----

  /** What each example draws: the magnitudes of the panel. */
  private enum Regime { PLAUSIBLE, TIES, HUGE }

  @Test
  void plausible_panels_use_the_prepared_arithmetic_and_equal_the_engine() {
    AtomicInteger prepared = new AtomicInteger();
    qt().withExamples(80).forAll(longs().all(), integers().between(1, 153))
        .checkAssert((seed, n) -> {
          if (compareWithEngine(seed, n, Regime.PLAUSIBLE)) {
            prepared.incrementAndGet();
          }
        });
    assertThat(prepared.get()).as("every plausible example runs the prepared arithmetic").isEqualTo(80);
  }

  @Test
  void panels_with_tied_remainders_equal_the_engine() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 153))
        .checkAssert((seed, n) -> compareWithEngine(seed, n, Regime.TIES));
  }

  @Test
  void panels_near_overflow_equal_the_engine_or_fail_as_it_does() {
    AtomicInteger prepared = new AtomicInteger();
    AtomicInteger handedOver = new AtomicInteger();
    qt().withExamples(150).forAll(longs().all(), integers().between(1, 153))
        .checkAssert((seed, n) -> {
          if (compareWithEngine(seed, n, Regime.HUGE)) {
            prepared.incrementAndGet();
          } else {
            handedOver.incrementAndGet();
          }
        });
    assertThat(prepared.get()).as("some huge panels stay within the prepared arithmetic").isPositive();
    assertThat(handedOver.get()).as("some huge panels go beyond it, to the engine").isPositive();
  }

  /**
   * Draws a panel, a national context and rules; checks that the fast path gives every figure of the
   * engine (or the same exception), and, where it used its own arithmetic, that the per-LA products equal
   * exact {@code BigInteger} arithmetic. Returns whether the prepared arithmetic was used.
   */
  private static boolean compareWithEngine(long seed, int n, Regime regime) {
    Random r = new Random(seed);
    // In the huge regime, how far towards the limits of long this example goes: from 0 (plausible
    // magnitudes' order) to 1 (products far beyond 2^63), so that examples fall on both sides of the
    // limits of the prepared arithmetic.
    double scale = r.nextDouble();
    ImmutableList<HighNeedsNffInput> panel = panel(r, n, regime, scale);
    HighNeedsNffNational national = national(r, panel, regime);
    HighNeedsNffRules rules = rules(r, regime, scale);
    PreparedNff prepared;
    try {
      prepared = PreparedNff.prepare(national, panel);
    } catch (ArithmeticException e) {
      // Additions too large to add up: the engine cannot add them either.
      assertThat(catchThrowable(() -> HighNeedsNff.DEFAULT.computeFigures(national, panel, rules)))
          .isInstanceOf(ArithmeticException.class);
      return false;
    }
    Object fast = outcome(() -> prepared.compute(rules));
    Object engine = outcome(() -> HighNeedsNff.DEFAULT.computeFigures(national, panel, rules));
    if (engine instanceof Throwable) {
      assertThat(fast).as("the fast path fails as the engine does").isInstanceOf(Throwable.class);
      assertThat(fast.getClass()).isEqualTo(engine.getClass());
      assertThat(((Throwable) fast).getMessage()).isEqualTo(((Throwable) engine).getMessage());
      return prepared.usesPreparedArithmetic(rules);
    }
    assertThat(fast).as("the engine succeeds, so must the fast path").isInstanceOf(HighNeedsNffFigures.class);
    HighNeedsNffFigures f = (HighNeedsNffFigures) fast;
    HighNeedsNffFigures e = (HighNeedsNffFigures) engine;
    assertThat(f.factorPots).containsExactly(e.factorPots);
    for (ProxyFactor p : ProxyFactor.values()) {
      assertThat(f.proxy[p.ordinal()]).as("%s", p).containsExactly(e.proxy[p.ordinal()]);
    }
    assertThat(f.basicEntitlement).containsExactly(e.basicEntitlement);
    assertThat(f.historicSpend).containsExactly(e.historicSpend);
    assertThat(f.importExport).containsExactly(e.importExport);
    assertThat(f.additions).containsExactly(e.additions);
    assertThat(f.comparable).containsExactly(e.comparable);
    assertThat(f.floorMinimum).containsExactly(e.floorMinimum);
    assertThat(f.capMaximum).containsExactly(e.capMaximum);
    assertThat(f.adjustment).containsExactly(e.adjustment);
    assertThat(f.finalAllocation).containsExactly(e.finalAllocation);
    assertThat(f.gainsCapApplied()).isEqualTo(e.gainsCapApplied());
    boolean used = prepared.usesPreparedArithmetic(rules);
    if (used) {
      checkAgainstBigInteger(f, panel, rules);
    }
    return used;
  }

  /** Basic entitlement, historic spend, floor and cap of every LA by exact integer arithmetic. */
  private static void checkAgainstBigInteger(HighNeedsNffFigures f, List<HighNeedsNffInput> panel, HighNeedsNffRules rules) {
    BigDecimal million = BigDecimal.valueOf(1_000_000);
    for (int i = 0; i < panel.size(); i++) {
      HighNeedsNffInput in = panel.get(i);
      BigDecimal basic = BigDecimal.valueOf(rules.basicEntitlementPence)
          .multiply(BigDecimal.valueOf(in.specialSchoolPupils())).multiply(BigDecimal.valueOf(in.acaMicros()))
          .divide(million, 0, RoundingMode.HALF_UP);
      assertThat(f.basicEntitlement[i]).isEqualTo(basic.longValueExact());
      BigDecimal historic = BigDecimal.valueOf(in.historicSpendBaseline().pence())
          .multiply(BigDecimal.valueOf(rules.historicShareMicros)).divide(million, 0, RoundingMode.HALF_UP);
      assertThat(f.historicSpend[i]).isEqualTo(historic.longValueExact());
      BigInteger perHead = BigInteger.valueOf(in.floorBaseline().pence()).multiply(BigInteger.valueOf(in.population2To18()));
      BigInteger divisor = BigInteger.valueOf(in.floorBaselinePopulation2To18()).multiply(BigInteger.valueOf(1_000_000));
      BigInteger[] floor = perHead.multiply(BigInteger.valueOf(rules.floorGrowthMicros)).divideAndRemainder(divisor);
      assertThat(f.floorMinimum[i]).isEqualTo(floor[0].longValueExact() + (floor[1].signum() > 0 ? 1 : 0));
      if (rules.capGrowthMicros != Long.MAX_VALUE) {
        BigInteger cap = perHead.multiply(BigInteger.valueOf(rules.capGrowthMicros)).divide(divisor);
        assertThat(f.capMaximum[i]).isEqualTo(cap.longValueExact());
      } else {
        assertThat(f.capMaximum[i]).isEqualTo(Long.MAX_VALUE);
      }
    }
  }

  /** 2^(bits × scale × a random fraction between 1/2 and 1), at least 1. */
  private static long huge(Random r, double bits, double scale) {
    return Math.max(1, (long) Math.pow(2, bits * scale * (0.5 + 0.5 * r.nextDouble())));
  }

  private static ImmutableList<HighNeedsNffInput> panel(Random r, int n, Regime regime, double scale) {
    List<HighNeedsNffInput> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long pop;
      long[] indicators = new long[6];
      long pupils;
      long historic;
      long baseline;
      long basePop;
      long imported;
      String aca;
      switch (regime) {
        case TIES -> {
          // Tiny equal-ish indicators and an ACA of 1: many LAs share each remainder exactly.
          pop = 1 + r.nextInt(3);
          for (int k = 0; k < 6; k++) {
            indicators[k] = r.nextInt(3);
          }
          pupils = r.nextInt(5);
          historic = r.nextInt(1_000);
          baseline = 1 + r.nextInt(1_000);
          basePop = 1 + r.nextInt(3);
          imported = r.nextInt(5) - 2;
          // ACAs of 1.5 and 1.25 make basic entitlement land on exact half pennies, to test rounding.
          aca = List.of("1", "1.5", "1.25").get(r.nextInt(3));
        }
        case HUGE -> {
          // Magnitudes spread over the whole long range, so that some products pass 2^62 and some
          // floors 2^49 pence, where the fast path must hand over to the engine.
          // Weights up to 2^44 each: national totals either side of 2^50, where the shares hand over.
          pop = huge(r, 20, Math.max(scale, 0.5));
          for (int k = 0; k < 6; k++) {
            indicators[k] = huge(r, 20, Math.max(scale, 0.5));
          }
          pupils = huge(r, 50, scale);
          historic = huge(r, 70, scale);
          baseline = huge(r, 70, scale);
          basePop = huge(r, 50, scale);
          imported = huge(r, 60, scale) * (r.nextBoolean() ? 1 : -1);
          aca = BigDecimal.valueOf(1 + r.nextInt(9_999_999), 6).toPlainString();
        }
        default -> {
          pop = 5_000 + r.nextInt(300_000);
          for (int k = 0; k < 6; k++) {
            indicators[k] = (long) (pop * 0.3 * r.nextDouble());
          }
          pupils = r.nextInt(3_000);
          long perHead = 20_000 + r.nextInt(60_000);
          historic = pop * perHead / 2;
          baseline = pop * perHead;
          basePop = Math.max(1, pop + r.nextInt(2_000) - 1_000);
          imported = r.nextInt(200) - 100;
          aca = BigDecimal.valueOf(1_000_000 + r.nextInt(200_000), 6).toPlainString();
        }
      }
      HighNeedsNffInput.Builder b = HighNeedsNffInput.builder()
          .localAuthority(LAS.get(i))
          .population2To18(pop)
          .specialSchoolPupils(pupils)
          .historicSpendBaseline(Money.ofPence(historic))
          .areaCostAdjustment(Rate.of(aca))
          .netImportedPupils(imported)
          .putAdditions("hospital education", Money.ofPence(r.nextInt(50_000_000) - 1_000_000))
          .floorBaselineYear(BASE)
          .floorBaseline(Money.ofPence(baseline))
          .floorBaselinePopulation2To18(basePop);
      for (int k = 0; k < 6; k++) {
        b.putProxyIndicators(ProxyFactor.values()[k + 1], indicators[k]);
      }
      list.add(b.build());
    }
    return ImmutableList.copyOf(list);
  }

  /** The panel's own totals, or with a rest of England beside it, and a random pot (up to 2^52 pence). */
  private static HighNeedsNffNational national(Random r, List<HighNeedsNffInput> panel, Regime regime) {
    long pot = switch (r.nextInt(3)) {
      case 0 -> r.nextInt(1_000);
      case 1 -> (long) (r.nextDouble() * 1_000_000_000_000L);
      default -> (long) (r.nextDouble() * (regime == Regime.HUGE ? 1L << 52 : 1L << 49));
    };
    HighNeedsNffNational.Builder b = HighNeedsNffNational.builder().proxyFactorPot(Money.ofPence(pot));
    BigDecimal limit = BigDecimal.valueOf(1L << 52).movePointLeft(6);
    for (ProxyFactor f : ProxyFactor.values()) {
      BigDecimal t = BigDecimal.ZERO;
      for (HighNeedsNffInput in : panel) {
        t = t.add(BigDecimal.valueOf(in.indicator(f)).multiply(in.areaCostAdjustment().value()));
      }
      if (r.nextBoolean()) {
        t = t.add(BigDecimal.valueOf(r.nextInt(1_000_000), 6)).multiply(BigDecimal.valueOf(1 + r.nextInt(3)));
      }
      t = t.signum() == 0 ? BigDecimal.ONE : t;
      // Totals at or above 2^52 millionths are refused by the national context; keep below it (then
      // the LAs may hold more than the total, which both paths must refuse alike).
      b.putAcaWeightedIndicatorTotals(f, t.compareTo(limit) < 0 ? t : limit.subtract(BigDecimal.ONE));
    }
    return b.build();
  }

  /** Random rates, shares, floor and cap (or none); in the huge regime rates up to a large fraction of 2^63. */
  private static HighNeedsNffRules rules(Random r, Regime regime, double scale) {
    int floorBasisPoints = r.nextInt(2_000);
    long basic = regime == Regime.HUGE ? huge(r, 60, scale) : 400_000 + r.nextInt(300_000);
    // Negative rates are not plausible, but the rounding of negative amounts must still agree.
    boolean negative = r.nextInt(regime == Regime.TIES ? 2 : 8) == 0;
    long importExport = regime == Regime.HUGE ? huge(r, 60, scale) : 600_000;
    ParameterOverlay.Builder o = ParameterOverlay.builder().name("random rules")
        .override(HighNeedsNffRules.FLOOR, FROM, ParameterValue.of(Percentage.of(BigDecimal.valueOf(floorBasisPoints, 2))))
        .override(HighNeedsNffRules.HISTORIC_SHARE, FROM, ParameterValue.of(Percentage.of(
            // 50% and 12.5% of an odd baseline are exact half pennies.
            regime == Regime.TIES && r.nextBoolean() ? BigDecimal.valueOf(r.nextBoolean() ? 500_000 : 125_000, 4)
                : BigDecimal.valueOf(r.nextInt(1_000_001), 4))))
        .override(HighNeedsNffRules.BASIC_ENTITLEMENT, FROM, ParameterValue.of(Money.ofPence(negative ? -basic : basic)))
        .override(HighNeedsNffRules.IMPORT_EXPORT, FROM, ParameterValue.of(Money.ofPence(r.nextBoolean() ? -importExport : importExport)));
    boolean capped = r.nextInt(3) > 0;
    if (capped) {
      int capBasisPoints = floorBasisPoints + r.nextInt(3_000);
      o.override(HighNeedsNffRules.GAINS_CAP, FROM, ParameterValue.of(Percentage.of(BigDecimal.valueOf(capBasisPoints, 2))));
    }
    return HighNeedsNffRules.resolve((capped ? ParameterSet.defaults() : NO_CAP).withOverlay(o.build()), Y);
  }

  private static Object outcome(java.util.function.Supplier<HighNeedsNffFigures> run) {
    try {
      return run.get();
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static Throwable catchThrowable(Runnable run) {
    try {
      run.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }
}
