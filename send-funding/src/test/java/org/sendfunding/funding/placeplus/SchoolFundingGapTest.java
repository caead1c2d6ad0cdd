package org.sendfunding.funding.placeplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.MoneyOverflowException;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.setting.SettingType;

class SchoolFundingGapTest {

  // An illustrative local formula: 5% of basic per-pupil funding and 50% of deprivation funding.
  private static final NotionalSenFormula FORMULA = NotionalSenFormula.builder()
      .authority("Example LA")
      .putShares("basic per-pupil entitlement", Percentage.of("5"))
      .putShares("free school meals", Percentage.of("50"))
      .addReferences(SourceReference.of("Test fixture: an illustrative local notional SEN formula", "https://example.org"))
      .build();

  @Test
  void notional_sen_budget_is_shares_of_the_schools_factors() {
    Explanation budget = FORMULA.notionalSenBudget(ImmutableMap.of(
        "basic per-pupil entitlement", Money.ofPounds(100_000),
        "free school meals", Money.ofPounds(10_000),
        "lump sum", Money.ofPounds(150_000)));
    assertThat(budget.amount()).contains(Money.ofPounds(10_000)); // £5,000 + £5,000
    assertThat(budget.childrenTotal()).isEqualTo(Money.ofPounds(10_000));
  }

  @Test
  void missing_factor_is_named() {
    assertThatThrownBy(() -> FORMULA.notionalSenBudget(ImmutableMap.of("lump sum", Money.ofPounds(1))))
        .hasMessage("NotionalSenFormula Example LA: the school's factor allocations lack 'basic per-pupil entitlement', 'free school meals'");
  }

  @Test
  void funding_gap_pupil_by_pupil() {
    // Shropshire EHCP-3 (£3,000) and EHCP-4 (£4,000) top-ups; a SEN support pupil without top-up.
    ImmutableList<PupilPlacement> pupils = ImmutableList.of(
        PlacePlusTest.pupil("P1", SettingType.MAINSTREAM_MAINTAINED, 9_000).basicPerPupilFunding(Money.ofPounds(5_000))
            .topUpBasis(TopUpBasis.BAND).band("EHCP-3").build(),
        PlacePlusTest.pupil("P2", SettingType.MAINSTREAM_MAINTAINED, 15_000).basicPerPupilFunding(Money.ofPounds(5_000))
            .topUpBasis(TopUpBasis.BAND).band("EHCP-4").build(),
        PlacePlusTest.pupil("P3", SettingType.MAINSTREAM_MAINTAINED, 2_500).basicPerPupilFunding(Money.ofPounds(5_000))
            .topUpBasis(TopUpBasis.NONE).build());
    SchoolFundingGap g = SchoolFundingGap.compute("Example Primary", Money.ofPounds(10_000), pupils,
        PlacePlusTest.RATES, PlacePlusTest.SHROPSHIRE);
    assertThat(g.totalCost()).isEqualTo(Money.ofPounds(26_500));
    assertThat(g.drawnOnNotionalBudget()).isEqualTo(Money.ofPounds(14_500));
    assertThat(g.topUpsReceived()).isEqualTo(Money.ofPounds(7_000));
    assertThat(g.gap()).isEqualTo(Money.ofPounds(9_500));
    assertThat(g.notionalHeadroom()).isEqualTo(Money.ofPounds(-4_500));
    assertThat(g.pupils()).extracting(PupilGap::unfunded)
        .containsExactly(Money.ZERO, Money.ofPounds(5_000), Money.ZERO);
    // the gap is the pupils' unfunded excess plus the notional budget's overdraw
    assertThat(Money.sum(g.pupils().stream().map(PupilGap::unfunded)::iterator).minus(g.notionalHeadroom()))
        .isEqualTo(g.gap());
    assertThat(g.explanation().childrenTotal()).isEqualTo(g.gap());
    assertThat(g.explanation().children().get(0).childrenTotal()).isEqualTo(g.totalCost());
    assertThat(g.explanation().toText()).contains("Pupil P2: £6,000.00 from the notional SEN budget, £4,000.00 top-up, £5,000.00 unfunded");
  }

  @Test
  void gap_is_for_mainstream_pupils_only() {
    assertThatThrownBy(() -> SchoolFundingGap.compute("X", Money.ZERO, ImmutableList.of(
            PlacePlusTest.pupil("S1", SettingType.MAINTAINED_SPECIAL, 1).topUpBasis(TopUpBasis.NONE).build()),
            PlacePlusTest.RATES, null))
        .hasMessage("SchoolFundingGap X: pupil S1 is in a Maintained special school, not a mainstream school");
  }

  @Test
  void a_pupil_cost_of_92_quadrillion_pounds_is_refused_naming_the_school_pupil_and_total_never_a_negative_gap() {
    // issue 23: £92,233,720,368,547,758 fits a long of pence on its own, but not added to another
    // pupil's £9,000; the sum once wrapped to a negative total and a letter saying money was "to spare".
    ImmutableList<PupilPlacement> pupils = ImmutableList.of(
        PlacePlusTest.pupil("P1", SettingType.MAINSTREAM_MAINTAINED, 9_000).basicPerPupilFunding(Money.ofPounds(5_000))
            .topUpBasis(TopUpBasis.NONE).build(),
        PlacePlusTest.pupil("P2", SettingType.MAINSTREAM_MAINTAINED, 0).basicPerPupilFunding(Money.ofPounds(5_000))
            .provisionCost(Money.ofPounds("92233720368547758")).topUpBasis(TopUpBasis.NONE).build());
    assertThatThrownBy(() -> SchoolFundingGap.compute("Riverside Primary School", Money.ofPounds(60_000), pupils,
            PlacePlusTest.RATES, null))
        .isInstanceOf(MoneyOverflowException.class)
        .hasMessageStartingWith("Riverside Primary School, pupil P2: total cost of SEN provision overflows: "
            + "£9,000.00 + £92,233,720,368,547,758.00 is beyond ±£92,233,720,368,547,758.07");
    // On its own the same pupil is exact: the gap is the cost less £60,000 budget, positive.
    SchoolFundingGap alone = SchoolFundingGap.compute("Riverside Primary School", Money.ofPounds(60_000),
        pupils.subList(1, 2), PlacePlusTest.RATES, null);
    assertThat(alone.gap()).isEqualTo(Money.ofPounds("92233720368487758"));
  }

  /** Provision costs in pence crowded near the top of long, and ordinary ones. */
  private static Gen<Long> cost() {
    return integers().between(0, 2).flatMap(k -> k == 0
        ? longs().between(Long.MAX_VALUE - 10_000_000L, Long.MAX_VALUE)
        : k == 1 ? longs().between(Long.MAX_VALUE / 3 - 1_000, Long.MAX_VALUE / 3 + 1_000) : longs().between(0, 10_000_000L));
  }

  @Test
  void the_gap_is_exact_or_refused_never_wrapped_at_the_edges_of_long() {
    qt().withExamples(300)
        .forAll(lists().of(cost()).ofSizeBetween(1, 4), longs().between(0, 1_000_000_000L))
        .checkAssert((costs, budget) -> {
          ImmutableList.Builder<PupilPlacement> b = ImmutableList.builder();
          BigInteger total = BigInteger.ZERO;
          boolean fits = true;
          for (int k = 0; k < costs.size(); k++) {
            b.add(PlacePlusTest.pupil("P" + k, SettingType.MAINSTREAM_ACADEMY, 0).basicPerPupilFunding(Money.ofPounds(5_000))
                .provisionCost(Money.ofPence(costs.get(k))).topUpBasis(TopUpBasis.NONE).build());
            total = total.add(BigInteger.valueOf(costs.get(k)));
            fits &= total.bitLength() < 64;
          }
          List<PupilPlacement> pupils = b.build();
          if (fits) {
            SchoolFundingGap g = SchoolFundingGap.compute("S", Money.ofPence(budget), pupils, PlacePlusTest.RATES, null);
            assertThat(BigInteger.valueOf(g.totalCost().pence())).isEqualTo(total);
            assertThat(BigInteger.valueOf(g.gap().pence())).isEqualTo(total.subtract(BigInteger.valueOf(budget)));
          } else {
            assertThatThrownBy(() -> SchoolFundingGap.compute("S", Money.ofPence(budget), pupils, PlacePlusTest.RATES, null))
                .isInstanceOf(MoneyOverflowException.class)
                .hasMessageStartingWith("S, pupil P")
                .hasMessageContaining("total cost of SEN provision overflows");
          }
        });
  }
}
