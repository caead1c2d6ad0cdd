package org.sendfunding.funding.certainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.money.RoundingRule;
import org.sendfunding.model.time.FinancialYear;

class SettlementEngineTest {

  private static final long M = 1_000_000;

  @Test
  void times_millionths_rounds_exactly_like_money_times_rate_half_up() {
    qt().withExamples(500).forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), integers().between(0, 3_000_000))
        .checkAssert((pence, millionths) -> assertThat(SettlementEngine.timesMillionths(pence, millionths))
            .isEqualTo(Money.ofPence(pence).times(Rate.of(BigDecimal.valueOf(millionths, 6)), RoundingRule.HALF_UP_TO_PENNY).pence()));
  }

  /** The multiply-high fast path agrees with exact half-up division over the whole range of products. */
  @Test
  void times_millionths_is_exact_half_up_over_the_whole_long_range() {
    qt().withExamples(2000).forAll(longs().all(), integers().between(1, 1_000))
        .checkAssert((raw, scale) -> {
          long pence = raw / scale; // products from tiny to near overflow
          long millionths = scale;
          BigDecimal exact = BigDecimal.valueOf(pence).multiply(BigDecimal.valueOf(millionths))
              .divide(BigDecimal.valueOf(M), 0, java.math.RoundingMode.HALF_UP);
          assertThat(SettlementEngine.timesMillionths(pence, millionths)).isEqualTo(exact.longValueExact());
        });
    // Ties and the edges of the fast path (2^62) are rounded away from zero.
    for (long p : new long[] {500_000, -500_000, 499_999, -499_999, 1_500_000, -2_500_000, 0,
        (1L << 62) - 1, -(1L << 62) + 1, 1L << 62, -(1L << 62), Long.MAX_VALUE, Long.MIN_VALUE + 1}) {
      BigDecimal exact = BigDecimal.valueOf(p).divide(BigDecimal.valueOf(M), 0, java.math.RoundingMode.HALF_UP);
      assertThat(SettlementEngine.timesMillionths(p, 1)).as("%s", p).isEqualTo(exact.longValueExact());
    }
  }

  @Test
  void annual_settlement_holds_the_formula_between_floor_and_cap() {
    long[] fin = new long[3];
    long[] ind = new long[3];
    long[] gua = new long[3];
    // £100m; year 1 +3% +9% data change = +12% capped at 10%; year 2 +3% −8% = −5% floored at 0%; year 3 +3%.
    SettlementEngine.DEFAULT.project(false, 1, 0, false, false, 100_000_000_00L, new long[] {1, 1, 1, 1},
        new long[] {30_000, 30_000, 30_000}, new long[] {90_000, -80_000, 0}, new long[] {0, 0, 0},
        new long[] {100_000, 100_000, 100_000}, new long[] {0, 0, 0}, fin, ind, gua);
    assertThat(fin).containsExactly(110_000_000_00L, 110_000_000_00L, 113_300_000_00L);
    assertThat(ind).containsExactly(100_000_000_00L, 110_000_000_00L, 110_000_000_00L); // last year's cash
    assertThat(gua).containsExactly(100_000_000_00L, 110_000_000_00L, 110_000_000_00L); // the 0% floor
  }

  @Test
  void per_head_floor_follows_population() {
    long[] fin = new long[1];
    // £100m, population 10,000 → 10,500 (+5%), formula −2%, floor 1% per head: £100m × 1.01 × 1.05 = £106.05m.
    SettlementEngine.DEFAULT.project(false, 1, 0, true, false, 100_000_000_00L, new long[] {10_000, 10_500},
        new long[] {-20_000}, new long[] {0}, new long[] {10_000}, new long[] {100_000}, new long[] {0}, fin, new long[1], new long[1]);
    assertThat(fin[0]).isEqualTo(106_050_000_00L);
  }

  @Test
  void multi_year_final_allocation_is_never_below_the_guarantee() {
    qt().withExamples(300).forAll(longs().between(1_000_000_00L, 500_000_000_00L), integers().between(-100_000, 100_000),
        integers().between(0, 50_000), longs().all())
        .checkAssert((base, shock, guarantee, seed) -> {
          int years = 6;
          long[] shocks = new long[years];
          java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
          for (int t = 0; t < years; t++) {
            shocks[t] = shock + r.nextInt(-50_000, 50_000);
          }
          long[] fin = new long[years];
          long[] ind = new long[years];
          long[] gua = new long[years];
          long[] pop = {100, 101, 102, 103, 104, 105, 106};
          SettlementEngine.DEFAULT.project(true, 3, guarantee, seed % 2 == 0, true, base, pop, new long[years], shocks,
              new long[] {-M / 2, -M / 2, -M / 2, -M / 2, -M / 2, -M / 2}, new long[] {M, M, M, M, M, M},
              new long[] {20_000, 20_000, 20_000, 20_000, 20_000, 20_000}, fin, ind, gua);
          for (int t = 0; t < years; t++) {
            assertThat(fin[t]).isGreaterThanOrEqualTo(gua[t]);
          }
        });
  }

  @Test
  void default_policy_is_annual_and_three_years_is_the_multi_year_length() {
    SettlementPolicy p = SettlementPolicy.from(ParameterSet.defaults(), FinancialYear.parse("2026-27"));
    assertThat(p.kind()).isEqualTo(SettlementKind.ANNUAL);
    assertThat(p.length()).isEqualTo(3);
    assertThat(p.guaranteedMinimumMillionths()).isEqualTo(20_000);
    assertThat(p.parameterUses()).hasSize(5);
  }

  @Test
  void certainty_measures_worked_example() {
    CertaintyMeasures m = CertaintyMeasures.of(new long[] {100, 103, 101, 106}, new long[] {100, 103, 101});
    assertThat(m.meanChange()).isCloseTo((0.03 + (101.0 / 103 - 1) + (106.0 / 101 - 1)) / 3, within(1e-12));
    assertThat(m.volatility()).isCloseTo(0.0290, within(0.0001));
    assertThat(m.meanAbsoluteSurprise()).isCloseTo((3.0 / 103 + 2.0 / 101 + 5.0 / 106) / 3, within(1e-12));
    assertThat(CertaintyMeasures.of(new long[] {100, 100, 100}, new long[] {100, 100}).volatility()).isZero();
  }
}
