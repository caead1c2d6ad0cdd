package org.sendfunding.ehcp.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.SettingType;

/** Blocks of runs computed apart and summarised give exactly the projection of one call. */
class DemandProjectorBlocksTest {

  private static final ProjectionSettings SETTINGS = ProjectionSettings.of(3, 240, 42L);
  private static TransitionModel model;

  /** The send-ehcp README's synthetic Camden snapshots (1,500 pupils, 260 joiners). */
  @BeforeAll
  static void camden() {
    SplittableRandom r = new SplittableRandom(7L);
    LocalAuthority camden = LocalAuthorities.england().byCode(202);
    CaseloadSnapshot.Builder jan2023 = CaseloadSnapshot.builder().year(2023).localAuthority(camden);
    CaseloadSnapshot.Builder jan2024 = CaseloadSnapshot.builder().year(2024).localAuthority(camden);
    NeedType[] needs = {NeedType.ASD, NeedType.SLCN, NeedType.SEMH};
    SettingType[] settings = {SettingType.MAINSTREAM_MAINTAINED, SettingType.MAINTAINED_SPECIAL, SettingType.INDEPENDENT_SPECIAL};
    for (int i = 0; i < 1500; i++) {
      int ncy = r.nextInt(0, 14);
      NeedType need = needs[r.nextInt(3)];
      SettingType setting = settings[r.nextInt(3)];
      jan2023.putPupils("P" + i, CaseloadState.of(ncy, need, setting));
      double u = r.nextDouble();
      if (u < 0.9) {
        jan2024.putPupils("P" + i, CaseloadState.of(ncy + 1, need, u < 0.81 ? setting : settings[r.nextInt(3)]));
      }
    }
    for (int j = 0; j < 260; j++) {
      jan2024.putPupils("J" + j, CaseloadState.of(r.nextInt(0, 12), needs[r.nextInt(3)], settings[r.nextInt(2)]));
    }
    model = TransitionModel.estimate(List.of(jan2023.build(), jan2024.build()));
  }

  @Test
  void blocks_summarised_equal_the_projection() {
    DemandProjection whole = DemandProjector.DEFAULT.project(model, SETTINGS);
    List<ProjectionRuns> blocks = List.of(DemandProjector.DEFAULT.runs(model, SETTINGS, 0, 100),
        DemandProjector.DEFAULT.runs(model, SETTINGS, 100, 101), DemandProjector.DEFAULT.runs(model, SETTINGS, 101, 240));
    assertThat(DemandProjector.DEFAULT.summarise(blocks)).isEqualTo(whole);
    assertThat(DemandProjector.DEFAULT.summarise(List.of(DemandProjector.DEFAULT.runs(model, SETTINGS, 0, 240))))
        .isEqualTo(whole);
  }

  @Test
  void a_block_rebuilt_from_its_counts_summarises_the_same() {
    ProjectionRuns block = DemandProjector.DEFAULT.runs(model, SETTINGS, 0, 240);
    int[][] runs = new int[240][];
    for (int r = 0; r < 240; r++) {
      runs[r] = block.run(r);
    }
    ProjectionRuns copy = ProjectionRuns.of(model.localAuthority(), model.baseYear(), SETTINGS, 0, runs);
    assertThat(DemandProjector.DEFAULT.summarise(List.of(copy))).isEqualTo(DemandProjector.DEFAULT.project(model, SETTINGS));
    assertThat(block.cellsPerRun()).isEqualTo(3 * ProjectionRuns.cells());
    // Runs differ from one another: each has its own generator.
    assertThat(block.run(0)).isNotEqualTo(block.run(1));
  }

  @Test
  void blocks_that_leave_a_gap_overlap_or_mix_projections_are_refused() {
    ProjectionRuns a = DemandProjector.DEFAULT.runs(model, SETTINGS, 0, 100);
    ProjectionRuns c = DemandProjector.DEFAULT.runs(model, SETTINGS, 120, 240);
    assertThatThrownBy(() -> DemandProjector.DEFAULT.summarise(List.of(a, c)))
        .hasMessageContaining("starts at run 120, expected run 100");
    assertThatThrownBy(() -> DemandProjector.DEFAULT.summarise(List.of(a)))
        .hasMessageContaining("the blocks end at run 100 of 240");
    ProjectionRuns other = DemandProjector.DEFAULT.runs(model, ProjectionSettings.of(3, 240, 43L), 100, 240);
    assertThatThrownBy(() -> DemandProjector.DEFAULT.summarise(List.of(a, other)))
        .hasMessageContaining("is not of the same projection");
    assertThatThrownBy(() -> DemandProjector.DEFAULT.runs(model, SETTINGS, 200, 300))
        .hasMessageContaining("block 200 to 300 is empty or outside the 240 runs");
    assertThatThrownBy(() -> ProjectionRuns.of(model.localAuthority(), 2024, SETTINGS, 0, new int[][] {{1, 2}}))
        .hasMessageContaining("run 0 has 2 counts, expected " + 3 * ProjectionRuns.cells());
  }
}
