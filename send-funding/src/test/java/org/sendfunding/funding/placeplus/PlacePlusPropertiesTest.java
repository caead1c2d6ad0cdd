package org.sendfunding.funding.placeplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;

class PlacePlusPropertiesTest {

  static List<PupilPlacement> randomCaseload(long seed, int n) {
    Random r = new Random(seed);
    SettingType[] types = SettingType.values();
    String[] bands = {"GSP-0.5", "GSP-1", "GSP-1.5", "GSP-2", "EHCP-1", "EHCP-2", "EHCP-3", "EHCP-4"};
    List<PupilPlacement> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SettingType t = types[r.nextInt(types.length)];
      boolean onRoll = r.nextBoolean();
      PupilPlacement.Builder b = PupilPlacement.builder().pupilId("P" + i).settingType(t).onSchoolRoll(onRoll)
          .provisionCost(Money.ofPence(r.nextInt(6_000_000)));
      if (PupilPlacement.takesBasicPerPupilFunding(t, onRoll)) {
        b.basicPerPupilFunding(Money.ofPence(300_000 + r.nextInt(300_000)));
      }
      if (t == SettingType.INDEPENDENT_SPECIAL) {
        b.annualFee(Money.ofPence(r.nextInt(10_000_000))).topUpBasis(TopUpBasis.NONE);
      } else {
        switch (r.nextInt(4)) {
          case 0: b.topUpBasis(TopUpBasis.NONE); break;
          case 1: b.topUpBasis(TopUpBasis.BAND).band(bands[r.nextInt(bands.length)]); break;
          case 2: b.topUpBasis(TopUpBasis.COST_ABOVE_BASE); break;
          default: b.topUpBasis(TopUpBasis.AGREED_AMOUNT).agreedTopUp(Money.ofPence(r.nextInt(2_000_000)));
        }
      }
      list.add(b.build());
    }
    return list;
  }

  @Test
  void caseload_spend_matches_pupil_by_pupil_funding_and_explanations_sum() {
    qt().withExamples(100).forAll(longs().all(), integers().between(0, 200)).checkAssert((seed, n) -> {
      List<PupilPlacement> caseload = randomCaseload(seed, n);
      HighNeedsSpend s = PlacePlus.DEFAULT.highNeedsSpend(caseload, ImmutableMap.of(), PlacePlusTest.RATES,
          PlacePlusTest.SHROPSHIRE);
      Map<SettingType, Money> topUpsAndFees = new EnumMap<>(SettingType.class);
      for (PupilPlacement p : caseload) {
        PupilFunding f = PlacePlus.DEFAULT.fund(p, PlacePlusTest.RATES, PlacePlusTest.SHROPSHIRE);
        assertThat(f.explanation().childrenTotal()).isEqualTo(f.total());
        assertThat(f.element3().isNegative()).isFalse();
        topUpsAndFees.merge(p.settingType(), f.element3().plus(f.fee()), Money::plus);
      }
      for (SettingType t : SettingType.values()) {
        assertThat(s.topUps().getOrDefault(t, Money.ZERO).plus(s.fees().getOrDefault(t, Money.ZERO)))
            .isEqualTo(topUpsAndFees.getOrDefault(t, Money.ZERO));
      }
      assertThat(s.explanation().childrenTotal()).isEqualTo(s.total());
    });
  }

  @Test
  void a_higher_cost_never_means_a_lower_top_up() {
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 5_000_000)).checkAssert((seed, extra) -> {
      for (PupilPlacement p : randomCaseload(seed, 20)) {
        PupilPlacement dearer = PupilPlacement.builder().from(p).provisionCost(p.provisionCost().plus(Money.ofPence(extra))).build();
        assertThat(PlacePlus.DEFAULT.fund(dearer, PlacePlusTest.RATES, PlacePlusTest.SHROPSHIRE).total())
            .isGreaterThanOrEqualTo(PlacePlus.DEFAULT.fund(p, PlacePlusTest.RATES, PlacePlusTest.SHROPSHIRE).total());
      }
    });
  }
}
