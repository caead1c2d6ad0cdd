package org.sendfunding.funding.placeplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;

/** The columnar gap gives each school exactly the figures of {@link SchoolFundingGap#compute}. */
class SchoolGapsTest {

  @Test
  void the_worked_example_school_has_the_same_gap() {
    // SchoolFundingGapTest's worked example: £26,500 cost, £10,000 budget, £7,000 top-ups, gap £9,500.
    PlacementTable.Builder b = PlacementTable.builder(PlacePlusTest.SHROPSHIRE, 3);
    b.add(SettingType.MAINSTREAM_MAINTAINED, 9_000_00, TopUpBasis.BAND, "EHCP-3", 0, true);
    b.add(SettingType.MAINSTREAM_MAINTAINED, 15_000_00, TopUpBasis.BAND, "EHCP-4", 0, true);
    b.add(SettingType.MAINSTREAM_MAINTAINED, 2_500_00, TopUpBasis.NONE, null, 0, true);
    SchoolGaps g = SchoolGaps.compute(b.build(), new int[] {0, 0, 0}, new long[] {10_000_00}, PlacePlusTest.RATES);
    assertThat(g.totalCost(0)).isEqualTo(Money.ofPounds(26_500));
    assertThat(g.drawnOnNotionalBudget(0)).isEqualTo(Money.ofPounds(14_500));
    assertThat(g.topUpsReceived(0)).isEqualTo(Money.ofPounds(7_000));
    assertThat(g.gap(0)).isEqualTo(Money.ofPounds(9_500));
  }

  @Test
  void random_schools_match_the_explained_gap_to_the_penny() {
    SplittableRandom r = new SplittableRandom(5);
    int schools = 12;
    List<List<PupilPlacement>> bySchool = new ArrayList<>();
    for (int s = 0; s < schools; s++) {
      bySchool.add(new ArrayList<>());
    }
    PlacementTable.Builder b = PlacementTable.builder(PlacePlusTest.SHROPSHIRE, 400);
    List<Integer> schoolOf = new ArrayList<>();
    String[] bands = PlacePlusTest.SHROPSHIRE.bands().stream().map(Band::id).toArray(String[]::new);
    for (int i = 0; i < 400; i++) {
      boolean special = r.nextInt(5) == 0;
      SettingType type = special ? SettingType.MAINTAINED_SPECIAL
          : r.nextBoolean() ? SettingType.MAINSTREAM_MAINTAINED : SettingType.MAINSTREAM_ACADEMY;
      TopUpBasis basis = TopUpBasis.values()[r.nextInt(TopUpBasis.values().length)];
      PupilPlacement.Builder p = PlacePlusTest.pupil("P" + i, type, 0).provisionCost(Money.ofPence(r.nextLong(0, 40_000_00)))
          .topUpBasis(basis);
      if (!special) {
        p.basicPerPupilFunding(Money.ofPounds(5_000));
      }
      if (basis == TopUpBasis.BAND) {
        p.band(bands[r.nextInt(bands.length)]);
      } else if (basis == TopUpBasis.AGREED_AMOUNT) {
        p.agreedTopUp(Money.ofPence(r.nextLong(0, 10_000_00)));
      }
      PupilPlacement placement = p.build();
      b.add(placement);
      int s = special ? -1 : r.nextInt(schools);
      schoolOf.add(s);
      if (s >= 0) {
        bySchool.get(s).add(placement);
      }
    }
    long[] budgets = r.longs(schools, 0, 60_000_00).toArray();
    SchoolGaps gaps = SchoolGaps.compute(b.build(), schoolOf.stream().mapToInt(Integer::intValue).toArray(), budgets,
        PlacePlusTest.RATES);
    Money total = Money.ZERO;
    for (int s = 0; s < schools; s++) {
      SchoolFundingGap explained = SchoolFundingGap.compute("S" + s, Money.ofPence(budgets[s]),
          ImmutableList.copyOf(bySchool.get(s)), PlacePlusTest.RATES, PlacePlusTest.SHROPSHIRE);
      assertThat(gaps.gap(s)).as("school %s", s).isEqualTo(explained.gap());
      assertThat(gaps.totalCost(s)).isEqualTo(explained.totalCost());
      assertThat(gaps.topUpsReceived(s)).isEqualTo(explained.topUpsReceived());
      assertThat(gaps.drawnOnNotionalBudget(s)).isEqualTo(explained.drawnOnNotionalBudget());
      total = total.plus(explained.gap());
    }
    assertThat(gaps.totalGap()).isEqualTo(total);
  }

  @Test
  void a_mainstream_pupil_without_a_school_is_named_by_row() {
    PlacementTable.Builder b = PlacementTable.builder(null, 2);
    b.add(SettingType.MAINTAINED_SPECIAL, 1, TopUpBasis.NONE, null, 0, true);
    b.add(SettingType.MAINSTREAM_ACADEMY, 1, TopUpBasis.NONE, null, 0, true);
    assertThatThrownBy(() -> SchoolGaps.compute(b.build(), new int[] {-1, -1}, new long[] {0}, PlacePlusTest.RATES))
        .hasMessage("SchoolGaps.schoolOf: pupil row 1 is in a Mainstream academy or free school but its school -1 is not one of the 1");
  }

  @Test
  void a_school_index_one_past_the_last_school_is_refused_and_the_count_is_kept() {
    PlacementTable.Builder b = PlacementTable.builder(null, 1);
    b.add(SettingType.MAINSTREAM_MAINTAINED, 1, TopUpBasis.NONE, null, 0, true);
    assertThatThrownBy(() -> SchoolGaps.compute(b.build(), new int[] {2}, new long[] {0, 0}, PlacePlusTest.RATES))
        .hasMessage("SchoolGaps.schoolOf: pupil row 0 is in a Mainstream maintained school but its school 2 is not one of the 2");
    assertThat(SchoolGaps.compute(b.build(), new int[] {1}, new long[] {0, 0}, PlacePlusTest.RATES).schools()).isEqualTo(2);
  }

  @Test
  void an_overflowing_school_total_is_refused_naming_the_school_and_row_and_high_needs_spend_too() {
    PlacementTable.Builder b = PlacementTable.builder(null, 2);
    b.add(SettingType.MAINSTREAM_MAINTAINED, 900_000, TopUpBasis.NONE, null, 0, false);
    b.add(SettingType.MAINSTREAM_MAINTAINED, Long.MAX_VALUE - 100, TopUpBasis.COST_ABOVE_BASE, null, 0, false);
    PlacementTable table = b.build();
    assertThatThrownBy(() -> SchoolGaps.compute(table, new int[] {0, 0}, new long[] {0}, PlacePlusTest.RATES))
        .isInstanceOf(org.sendfunding.model.money.MoneyOverflowException.class)
        .hasMessageStartingWith("SchoolGaps, school 0, pupil row 1: total cost of SEN provision overflows: £9,000.00 + £92,233,720,368,547,757.07");
    // Two top-ups of nearly half the range each pass it in the LA's spend on mainstream top-ups.
    assertThatThrownBy(() -> PlacePlus.DEFAULT.highNeedsSpend(PlacementTable.builder(null, 2)
            .add(SettingType.MAINSTREAM_ACADEMY, Long.MAX_VALUE / 2 + 10_000_000, TopUpBasis.COST_ABOVE_BASE, null, 0, false)
            .add(SettingType.MAINSTREAM_ACADEMY, Long.MAX_VALUE / 2 + 10_000_000, TopUpBasis.COST_ABOVE_BASE, null, 0, false)
            .build(), java.util.Map.of(), PlacePlusTest.RATES))
        .isInstanceOf(org.sendfunding.model.money.MoneyOverflowException.class)
        .hasMessageStartingWith("PlacePlus.highNeedsSpend, caseload row 1, Mainstream academy or free school: element 3 top-ups overflows");
  }
}
