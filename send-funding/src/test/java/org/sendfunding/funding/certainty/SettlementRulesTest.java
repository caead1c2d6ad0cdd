package org.sendfunding.funding.certainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sendfunding.model.money.Percentage;

/** Multi-year settlements worked by hand, per-head scaling, and every validation message in the package. */
class SettlementRulesTest {

  private static final long MILLION_POUNDS = 1_000_000_00L; // £1m in pence

  private static SettlementPolicy policy(SettlementKind kind, int length, long guarantee, GuaranteeBasis basis, boolean indexed) {
    return SettlementPolicy.builder().kind(kind).length(length).guaranteedMinimumMillionths(guarantee).basis(basis)
        .indexedToInflation(indexed).build();
  }

  /**
   * £100m, uplift 0, data change −5% a year, floor −10%, cap +10%, inflation 1%, a three-year cash
   * settlement guaranteeing 2% a year, flat population:
   * <pre>
   * year 1: formula 100 × 0.95 = 95;    guarantee 100 × 1.02 = 102;      final 102;      indicative 100 × 1.01 = 101
   * year 2: formula 102 × 0.95 = 96.9;  guarantee 102 × 1.02 = 104.04;  final 104.04;   indicative 101 × 1.01 = 102.01
   * year 3: formula 98.838;             guarantee 106.1208;              final 106.1208; indicative 103.0301
   * year 4: a new settlement from 106.1208: guarantee × 1.02 = 108.243216; indicative × 1.01 = 107.182008
   * </pre>
   */
  @Test
  void multi_year_settlement_restarts_its_guarantee_and_indexation_every_three_years() {
    long[] fin = new long[4];
    long[] ind = new long[4];
    long[] gua = new long[4];
    SettlementEngine.DEFAULT.project(policy(SettlementKind.MULTI_YEAR, 3, 20_000, GuaranteeBasis.CASH, true), 100 * MILLION_POUNDS,
        new long[] {1, 1, 1, 1, 1}, new long[4], new long[] {-50_000, -50_000, -50_000, -50_000},
        new long[] {-100_000, -100_000, -100_000, -100_000}, new long[] {100_000, 100_000, 100_000, 100_000},
        new long[] {10_000, 10_000, 10_000, 10_000}, fin, ind, gua);
    assertThat(fin).containsExactly(102_000_000_00L, 104_040_000_00L, 106_120_800_00L, 108_243_216_00L);
    assertThat(gua).containsExactly(102_000_000_00L, 104_040_000_00L, 106_120_800_00L, 108_243_216_00L);
    assertThat(ind).containsExactly(101_000_000_00L, 102_010_000_00L, 103_030_100_00L, 107_182_008_00L);
  }

  /** The same settlement not indexed: the indicative figure is the period's base, £100m then £106.1208m. */
  @Test
  void an_unindexed_settlement_publishes_its_base_allocation_as_the_indicative_figure() {
    long[] fin = new long[4];
    long[] ind = new long[4];
    SettlementEngine.DEFAULT.project(true, 3, 20_000, false, false, 100 * MILLION_POUNDS,
        new long[] {1, 1, 1, 1, 1}, new long[4], new long[] {-50_000, -50_000, -50_000, -50_000},
        new long[] {-100_000, -100_000, -100_000, -100_000}, new long[] {100_000, 100_000, 100_000, 100_000},
        new long[] {10_000, 10_000, 10_000, 10_000}, fin, ind, new long[4]);
    assertThat(ind).containsExactly(100_000_000_00L, 100_000_000_00L, 100_000_000_00L, 106_120_800_00L);
  }

  /**
   * When the formula beats the guarantee the formula wins: £100m, uplift 5%, guarantee 2%: final £105m,
   * guaranteed £102m.
   */
  @Test
  void the_formula_wins_when_it_is_above_the_guarantee() {
    long[] fin = new long[1];
    long[] gua = new long[1];
    SettlementEngine.DEFAULT.project(true, 3, 20_000, false, false, 100 * MILLION_POUNDS, new long[] {1, 1}, new long[] {50_000},
        new long[1], new long[] {0}, new long[] {100_000}, new long[1], fin, new long[1], gua);
    assertThat(fin).containsExactly(105_000_000_00L);
    assertThat(gua).containsExactly(102_000_000_00L);
  }

  /**
   * Per head: population 100 → 110 (+10%), £100m, data change −5%, floor −10% per head, 2% guarantee per head:
   * floor 90 × 1.1 = £99m, guarantee 102 × 1.1 = £112.2m, final £112.2m.
   */
  @Test
  void a_per_head_guarantee_grows_with_the_population() {
    long[] fin = new long[1];
    long[] gua = new long[1];
    SettlementEngine.DEFAULT.project(policy(SettlementKind.MULTI_YEAR, 3, 20_000, GuaranteeBasis.PER_HEAD, false), 100 * MILLION_POUNDS,
        new long[] {100, 110}, new long[1], new long[] {-50_000}, new long[] {-100_000}, new long[] {100_000}, new long[1],
        fin, new long[1], gua);
    assertThat(gua).containsExactly(112_200_000_00L);
    assertThat(fin).containsExactly(112_200_000_00L);
  }

  /** Per-head scaling rounds half up: 1p × 1 / 2 people = 0.5p → 1p; 100p × 2 / 3 = 66.67p → 67p. */
  @Test
  void per_head_scaling_rounds_half_up_to_the_penny() {
    long[] fin = new long[1];
    long[] gua = new long[1];
    SettlementEngine.DEFAULT.project(false, 1, 0, true, false, 1, new long[] {2, 1}, new long[1], new long[1], new long[1],
        new long[1], new long[1], fin, new long[1], gua);
    assertThat(fin).containsExactly(1L);
    assertThat(gua).containsExactly(1L);
    SettlementEngine.DEFAULT.project(false, 1, 0, true, false, 100, new long[] {3, 2}, new long[1], new long[1], new long[1],
        new long[1], new long[1], fin, new long[1], gua);
    assertThat(fin).containsExactly(67L);
  }

  /** Above 2^62 the product takes the division path: 4,611,686,018,428.5 rounds away from zero. */
  @Test
  void ties_on_the_wide_product_path_round_away_from_zero() {
    assertThat(SettlementEngine.timesMillionths(4_611_686_018_428_500_000L, 1)).isEqualTo(4_611_686_018_429L);
    assertThat(SettlementEngine.timesMillionths(-4_611_686_018_428_500_000L, 1)).isEqualTo(-4_611_686_018_429L);
    assertThat(SettlementEngine.timesMillionths(4_611_686_018_428_499_999L, 1)).isEqualTo(4_611_686_018_428L);
  }

  @Test
  void percentages_become_millionths_half_up() {
    assertThat(SettlementEngine.millionths(Percentage.of("7"))).isEqualTo(70_000);
    assertThat(SettlementEngine.millionths(Percentage.of("2.5"))).isEqualTo(25_000);
    assertThat(SettlementEngine.millionths(Percentage.of("0.00005"))).isEqualTo(1); // 0.5 millionths, half up
    assertThat(SettlementEngine.millionths(Percentage.of("-1"))).isEqualTo(-10_000);
  }

  @Test
  void kinds_and_bases_parse_ignoring_case_and_spaces_and_name_bad_text() {
    assertThat(SettlementKind.parse(" Multi_Year ")).isEqualTo(SettlementKind.MULTI_YEAR);
    assertThat(SettlementKind.parse("annual")).isEqualTo(SettlementKind.ANNUAL);
    assertThatThrownBy(() -> SettlementKind.parse("biennial")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("settlement.multi_year.kind: 'biennial' is not one of annual, multi_year");
    assertThat(GuaranteeBasis.parse("PER_HEAD ")).isEqualTo(GuaranteeBasis.PER_HEAD);
    assertThat(GuaranteeBasis.parse("cash")).isEqualTo(GuaranteeBasis.CASH);
    assertThatThrownBy(() -> GuaranteeBasis.parse("per pupil")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("settlement.multi_year.guarantee_basis: 'per pupil' is not one of cash, per_head");
  }

  @Test
  void a_policy_names_the_rule_it_breaks_and_accepts_the_boundaries() {
    assertThatThrownBy(() -> policy(SettlementKind.ANNUAL, 0, 0, GuaranteeBasis.CASH, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("SettlementPolicy.length: 0 must be at least 1");
    assertThatThrownBy(() -> policy(SettlementKind.MULTI_YEAR, 2, 0, GuaranteeBasis.CASH, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SettlementPolicy.length: 2 is too short for a multi-year settlement (at least 3 years)");
    assertThatThrownBy(() -> policy(SettlementKind.ANNUAL, 1, -1_000_000, GuaranteeBasis.CASH, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SettlementPolicy.guaranteedMinimumMillionths: -1000000 would guarantee less than nothing");
    assertThat(policy(SettlementKind.ANNUAL, 1, -999_999, GuaranteeBasis.CASH, false).length()).isEqualTo(1);
    assertThat(policy(SettlementKind.MULTI_YEAR, 3, 0, GuaranteeBasis.CASH, false).length()).isEqualTo(3);
  }

  @Test
  void certainty_measures_name_what_is_wrong_with_their_inputs() {
    assertThatThrownBy(() -> CertaintyMeasures.of(new long[] {100}, new long[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("CertaintyMeasures.allocations: at least two years are required");
    assertThatThrownBy(() -> CertaintyMeasures.of(new long[] {100, 110}, new long[] {100, 110}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("CertaintyMeasures.knownInAdvance: 2 values for 1 projected years");
    assertThatThrownBy(() -> CertaintyMeasures.of(new long[] {0, 110}, new long[] {100}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("CertaintyMeasures.allocations: 0 is not above zero");
    assertThatThrownBy(() -> CertaintyMeasures.of(new long[] {100, -5}, new long[] {100}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("CertaintyMeasures.allocations: -5 is not above zero");
    // Smallest valid allocations: 1p then 2p, known 1p: change +100%, no spread, surprise |2 − 1| / 2 = 50%.
    CertaintyMeasures m = CertaintyMeasures.of(new long[] {1, 2}, new long[] {1});
    assertThat(m.meanChange()).isCloseTo(1.0, within(1e-12));
    assertThat(m.volatility()).isZero();
    assertThat(m.meanAbsoluteSurprise()).isCloseTo(0.5, within(1e-12));
  }

  /** Two changes, +10% and −10%: mean 0, population sd 10%; surprise (|110 − 100| / 110 + |99 − 110| / 99) / 2. */
  @Test
  void volatility_is_the_population_standard_deviation_of_changes() {
    CertaintyMeasures m = CertaintyMeasures.of(new long[] {100, 110, 99}, new long[] {100, 110});
    assertThat(m.meanChange()).isCloseTo(0.0, within(1e-12));
    assertThat(m.volatility()).isCloseTo(0.10, within(1e-12));
    assertThat(m.meanAbsoluteSurprise()).isCloseTo((10.0 / 110 + 11.0 / 99) / 2, within(1e-12));
  }
}
