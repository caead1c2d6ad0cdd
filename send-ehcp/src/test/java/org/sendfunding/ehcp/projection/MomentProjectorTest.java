package org.sendfunding.ehcp.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.SettingType;

class MomentProjectorTest {

  @Test
  void binomial_leavers_give_the_textbook_interval() {
    // 1,250 Year 1 pupils, 250 leave: leaver probability 0.2. Next year's 1,000 pupils: Binomial(1000, 0.8),
    // mean 800, sd sqrt(1000 x 0.8 x 0.2) = 12.649; 800 -/+ 1.6449 x 12.649 = 779.2 to 820.8 -> 779 to 821.
    CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2023);
    CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2024);
    for (int i = 0; i < 1250; i++) {
      a.putPupils("P" + i, CaseloadState.of(1, NeedType.MLD, SettingType.MAINSTREAM_MAINTAINED));
      if (i < 1000) {
        b.putPupils("P" + i, CaseloadState.of(2, NeedType.MLD, SettingType.MAINSTREAM_MAINTAINED));
      }
    }
    // The base (2024) Year 2 state was never observed as a starting state, so it takes Year 2's pooled
    // rate, which is also unobserved, then the overall rate 0.2.
    DemandProjection p = MomentProjector.DEFAULT.project(
        TransitionModel.estimate(List.of(a.build(), b.build())), ProjectionSettings.of(1, 1000, 1L));
    CountInterval c = p.total(2025);
    assertThat(c.mean()).isCloseTo(800.0, within(1e-9));
    assertThat(c).isEqualTo(CountInterval.of(779, 800, 821, 800.0));
  }

  @Test
  void agrees_with_the_monte_carlo_projection() {
    SplittableRandom r = new SplittableRandom(2024);
    CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2023);
    CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2024);
    NeedType[] needs = {NeedType.ASD, NeedType.SLCN, NeedType.SEMH, NeedType.MLD};
    SettingType[] settings = {SettingType.MAINSTREAM_MAINTAINED, SettingType.MAINTAINED_SPECIAL, SettingType.INDEPENDENT_SPECIAL};
    for (int i = 0; i < 2000; i++) {
      int ncy = r.nextInt(0, 14);
      NeedType n = needs[r.nextInt(needs.length)];
      SettingType s = settings[r.nextInt(settings.length)];
      a.putPupils("P" + i, CaseloadState.of(ncy, n, s));
      double u = r.nextDouble();
      if (u < 0.85) {
        b.putPupils("P" + i, CaseloadState.of(ncy + 1, n, s));
      } else if (u < 0.9) {
        b.putPupils("P" + i, CaseloadState.of(ncy + 1, n, settings[r.nextInt(settings.length)]));
      }
    }
    for (int j = 0; j < 300; j++) {
      b.putPupils("J" + j, CaseloadState.of(r.nextInt(0, 12), needs[r.nextInt(needs.length)], settings[r.nextInt(2)]));
    }
    TransitionModel m = TransitionModel.estimate(List.of(a.build(), b.build()));
    ProjectionSettings s = ProjectionSettings.of(5, 2000, 11L);
    DemandProjection mc = DemandProjector.DEFAULT.project(m, s);
    DemandProjection fast = MomentProjector.DEFAULT.project(m, s);
    for (int y : mc.years()) {
      CountInterval x = mc.total(y);
      CountInterval f = fast.total(y);
      assertThat(f.mean()).as("mean %s", y).isCloseTo(x.mean(), within(0.005 * x.mean()));
      assertThat((double) f.lower()).as("P5 %s", y).isCloseTo(x.lower(), within(0.01 * x.median() + 2));
      assertThat((double) f.upper()).as("P95 %s", y).isCloseTo(x.upper(), within(0.01 * x.median() + 2));
      for (SettingType t : settings) {
        assertThat(f.mean() >= 0).isTrue();
        assertThat(fast.bySetting(y).get(t).mean()).as("%s %s", t, y)
            .isCloseTo(mc.bySetting(y).get(t).mean(), within(0.01 * mc.bySetting(y).get(t).mean() + 1));
      }
    }
  }

  @Test
  void normal_quantiles() {
    assertThat(MomentProjector.normalCdf(0.0)).isCloseTo(0.5, within(1e-7));
    assertThat(MomentProjector.inverseNormal(0.95)).isCloseTo(1.644854, within(1e-5));
    assertThat(MomentProjector.inverseNormal(0.05)).isCloseTo(-1.644854, within(1e-5));
  }

  @Test
  void needs_percentiles_strictly_inside_0_to_100() {
    TransitionModel m = TransitionModel.estimate(DemandProjectorTest.example());
    ProjectionSettings s = ProjectionSettings.builder().years(1).runs(1).seed(1L).lowerPercentile(0)
        .upperPercentile(95).build();
    assertThatThrownBy(() -> MomentProjector.DEFAULT.project(m, s))
        .hasMessage("MomentProjector.settings: percentiles 0-95 must be strictly between 0 and 100 for a normal interval");
  }
}
