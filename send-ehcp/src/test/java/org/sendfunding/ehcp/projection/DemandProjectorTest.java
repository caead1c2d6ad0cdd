package org.sendfunding.ehcp.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.Pupil;
import org.sendfunding.model.pupil.SenProvision;
import org.sendfunding.model.setting.Phase;
import org.sendfunding.model.setting.Setting;
import org.sendfunding.model.setting.SettingType;

class DemandProjectorTest {

  static final CaseloadState Y6_ASD_MAIN = CaseloadState.of(6, NeedType.ASD, SettingType.MAINSTREAM_ACADEMY);
  static final CaseloadState Y7_ASD_MAIN = CaseloadState.of(7, NeedType.ASD, SettingType.MAINSTREAM_ACADEMY);
  static final CaseloadState Y7_ASD_SPECIAL = CaseloadState.of(7, NeedType.ASD, SettingType.ACADEMY_SPECIAL);
  static final CaseloadState Y7_SEMH_MAIN = CaseloadState.of(7, NeedType.SEMH, SettingType.MAINSTREAM_ACADEMY);

  /** The javadoc's example: 50 Year 6 pupils; 10 leave, 8 move to special, 32 stay; 5 join in Year 7 SEMH. */
  static List<CaseloadSnapshot> example() {
    CaseloadSnapshot.Builder y2023 = CaseloadSnapshot.builder().year(2023);
    CaseloadSnapshot.Builder y2024 = CaseloadSnapshot.builder().year(2024);
    for (int i = 0; i < 50; i++) {
      y2023.putPupils("P" + i, Y6_ASD_MAIN);
      if (i >= 10 && i < 18) {
        y2024.putPupils("P" + i, Y7_ASD_SPECIAL);
      } else if (i >= 18) {
        y2024.putPupils("P" + i, Y7_ASD_MAIN);
      }
    }
    for (int i = 0; i < 5; i++) {
      y2024.putPupils("J" + i, Y7_SEMH_MAIN);
    }
    return List.of(y2023.build(), y2024.build());
  }

  @Test
  void estimates_leaver_mover_and_joiner_rates() {
    TransitionModel m = TransitionModel.estimate(example());
    assertThat(m.leaverProbability(Y6_ASD_MAIN)).isEqualTo(0.2);
    assertThat(m.moveProbability(Y6_ASD_MAIN, Y7_ASD_SPECIAL)).isEqualTo(0.2); // 8 of 40 stayers
    assertThat(m.moveProbability(Y6_ASD_MAIN, Y7_ASD_MAIN)).isEqualTo(0.8);
    assertThat(m.expectedJoiners(Y7_SEMH_MAIN)).isEqualTo(5.0);
    assertThat(m.baseYear()).isEqualTo(2024);
    assertThat(m.baselineTotal()).isEqualTo(45);
    YearTransition t = m.observed().get(0);
    assertThat(List.of(t.opening(), t.joiners(), t.leavers(), t.movers(), t.closing()))
        .containsExactly(50, 5, 10, 8, 45);
  }

  @Test
  void transitions_conserve_pupils() {
    // Random pairs of snapshots: joiners - leavers = change in the caseload.
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(1, 300))
        .check((seed, size) -> {
          SplittableRandom r = new SplittableRandom(seed);
          CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2023);
          CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2024);
          for (int i = 0; i < size; i++) {
            int ncy = r.nextInt(-5, 20);
            CaseloadState s = CaseloadState.of(ncy, NeedType.values()[r.nextInt(12)], SettingType.values()[r.nextInt(10)]);
            double u = r.nextDouble();
            if (u < 0.6) {
              a.putPupils("P" + i, s);
              b.putPupils("P" + i, CaseloadState.of(ncy + 1, s.need(), SettingType.values()[r.nextInt(10)]));
            } else if (u < 0.8) {
              a.putPupils("P" + i, s);
            } else {
              b.putPupils("P" + i, s);
            }
          }
          CaseloadSnapshot from = a.build();
          CaseloadSnapshot to = b.build();
          YearTransition t = TransitionModel.estimate(List.of(from, to)).observed().get(0);
          return t.joiners() - t.leavers() == to.total() - from.total();
        });
  }

  @Test
  void pupils_who_all_stay_are_aged_and_conserved() {
    // 100 Year 3 pupils in 2023 all still there, in Year 4, in 2024, no joiners: nobody ever leaves before
    // NCY 20, so each of 10 projected years has exactly 100.
    CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2023);
    CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2024);
    for (int i = 0; i < 100; i++) {
      a.putPupils("P" + i, CaseloadState.of(3, NeedType.SLCN, SettingType.MAINSTREAM_MAINTAINED));
      b.putPupils("P" + i, CaseloadState.of(4, NeedType.SLCN, SettingType.MAINSTREAM_MAINTAINED));
    }
    DemandProjection p = DemandProjector.DEFAULT.project(
        TransitionModel.estimate(List.of(a.build(), b.build())), ProjectionSettings.of(10, 50, 1L));
    assertThat(p.years()).containsExactly(2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034);
    for (int y : p.years()) {
      assertThat(p.total(y)).isEqualTo(CountInterval.of(100, 100, 100, 100.0));
    }
    assertThat(p.count(2034, SettingType.MAINSTREAM_MAINTAINED, NeedType.SLCN).median()).isEqualTo(100);
    assertThat(p.medianBySetting(2034)).containsEntry(SettingType.MAINSTREAM_MAINTAINED, 100)
        .containsEntry(SettingType.INDEPENDENT_SPECIAL, 0).hasSize(SettingType.values().length);
  }

  @Test
  void pupils_age_out_after_ncy_20() {
    CaseloadSnapshot a = CaseloadSnapshot.builder().year(2023)
        .putPupils("P", CaseloadState.of(18, NeedType.PD, SettingType.POST_16_FE)).build();
    CaseloadSnapshot b = CaseloadSnapshot.builder().year(2024)
        .putPupils("P", CaseloadState.of(19, NeedType.PD, SettingType.POST_16_FE)).build();
    DemandProjection p = DemandProjector.DEFAULT.project(TransitionModel.estimate(List.of(a, b)), ProjectionSettings.of(3, 10, 7L));
    assertThat(p.total(2025).median()).isEqualTo(1); // NCY 20
    assertThat(p.total(2026).median()).isZero(); // would be NCY 21: left
  }

  @Test
  void leaver_rate_gives_the_expected_spread() {
    // 1,000 pupils with leaver probability 0.2 and no joiners: next year Binomial(1000, 0.8),
    // mean 800, sd sqrt(1000*0.8*0.2) = 12.6; the 5th-95th percentiles lie near 800 -/+ 21.
    CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2023);
    CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2024);
    for (int i = 0; i < 1250; i++) {
      a.putPupils("P" + i, CaseloadState.of(1, NeedType.MLD, SettingType.MAINSTREAM_MAINTAINED));
      if (i < 1000) {
        b.putPupils("P" + i, CaseloadState.of(1, NeedType.MLD, SettingType.MAINSTREAM_MAINTAINED));
      }
    }
    // Year 1 pupils who stay are recorded in Year 2 by the model's ageing (their recorded NCY is ignored).
    DemandProjection p = DemandProjector.DEFAULT.project(
        TransitionModel.estimate(List.of(a.build(), b.build())), ProjectionSettings.of(1, 2000, 99L));
    CountInterval c = p.total(2025);
    assertThat(c.mean()).isCloseTo(800.0, within(2.0));
    assertThat(c.median()).isBetween(797, 803);
    assertThat(c.lower()).isBetween(775, 785);
    assertThat(c.upper()).isBetween(815, 825);
  }

  @Test
  void projections_are_reproducible_for_a_seed() {
    TransitionModel m = TransitionModel.estimate(example());
    qt().withExamples(30)
        .forAll(longs().all())
        .check(seed -> DemandProjector.DEFAULT.project(m, ProjectionSettings.of(5, 40, seed))
            .equals(DemandProjector.DEFAULT.project(m, ProjectionSettings.of(5, 40, seed))));
  }

  @Test
  void snapshots_from_census_pupils() {
    Setting school = Setting.builder().urn(100001).name("Example Academy").localAuthority(LocalAuthorities.england().byCode(202))
        .type(SettingType.MAINSTREAM_ACADEMY).phase(Phase.SECONDARY).places(0).build();
    Pupil withPlan = Pupil.builder().id("A").dateOfBirth(LocalDate.of(2012, 10, 1)).nationalCurriculumYear(7)
        .senProvision(SenProvision.EHC_PLAN).primaryNeed(NeedType.ASD).freeSchoolMeals(false)
        .homeLocalAuthority(LocalAuthorities.england().byCode(202)).setting(school).build();
    Pupil support = Pupil.builder().id("B").dateOfBirth(LocalDate.of(2012, 10, 1)).nationalCurriculumYear(7)
        .senProvision(SenProvision.SEN_SUPPORT).primaryNeed(NeedType.MLD).freeSchoolMeals(false)
        .homeLocalAuthority(LocalAuthorities.england().byCode(202)).setting(school).build();
    CaseloadSnapshot s = CaseloadSnapshot.fromPupils(2024, List.of(withPlan, support));
    assertThat(s.pupils()).containsOnlyKeys("A").containsEntry("A", Y7_ASD_MAIN);
  }

  @Test
  void bad_inputs_are_refused_with_the_field() {
    assertThatThrownBy(() -> TransitionModel.estimate(example().subList(0, 1)))
        .hasMessage("TransitionModel.snapshots: 1 given, at least 2 consecutive years needed");
    CaseloadSnapshot y2026 = CaseloadSnapshot.builder().year(2026).build();
    assertThatThrownBy(() -> TransitionModel.estimate(List.of(example().get(0), y2026)))
        .hasMessage("TransitionModel.snapshots: 2026 follows 2023; years must be consecutive");
    assertThatThrownBy(() -> CaseloadState.of(21, NeedType.ASD, SettingType.POST_16_FE))
        .hasMessage("CaseloadState.ncy: 21 is outside -5 to 20");
    assertThatThrownBy(() -> CaseloadState.of(3, NeedType.NSA, SettingType.POST_16_FE))
        .hasMessage("CaseloadState.need: NSA (no specialist assessment) cannot be the need of a plan");
    assertThatThrownBy(() -> ProjectionSettings.of(0, 10, 1L)).hasMessage("ProjectionSettings.years: 0 is outside 1 to 50");
    assertThatThrownBy(() -> ProjectionSettings.builder().years(1).runs(10).seed(1L).lowerPercentile(60)
            .upperPercentile(95).build())
        .hasMessage("ProjectionSettings.percentiles: 60-95 must bracket the median (0 <= lower < 50 < upper <= 100)");
    DemandProjection p = DemandProjector.DEFAULT.project(TransitionModel.estimate(example()), ProjectionSettings.of(2, 5, 1L));
    assertThatThrownBy(() -> p.total(2030)).hasMessage("DemandProjection.year: 2030 is not projected (2025 to 2026)");
  }
}
