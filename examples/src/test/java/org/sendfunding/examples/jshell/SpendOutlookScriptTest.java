package org.sendfunding.examples.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.ehcp.projection.CaseloadCalibrator;
import org.sendfunding.ehcp.projection.EnglandTables;
import org.sendfunding.ehcp.projection.ProjectionSettings;
import org.sendfunding.ehcp.projection.SettingRuns;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.outlook.SettingUnitCosts;
import org.sendfunding.funding.outlook.SpendOutlook;
import org.sendfunding.funding.outlook.SpendProjector;

class SpendOutlookScriptTest {

  /** The script prints exactly what the library computes for Camden and Halton (seeded, deterministic). */
  @Test
  void script_prints_the_spend_and_balance_bands_of_two_las() throws Exception {
    Path dir = JShellScript.scriptDir();
    String out = JShellScript.run(dir.resolve("startup.jsh"), dir.resolve("spend-outlook.jsh"));
    EnglandStatistics stats = EnglandStatistics.england();
    FundingDataset england = FundingDataset.england();
    ProjectionSettings settings = ProjectionSettings.of(6, 500, 42L);
    List<SettingRuns> runs = CaseloadCalibrator.DEFAULT.calibrateAll(EnglandTables.england(stats), 2025).stream()
        .filter(c -> c.localAuthority().code() == 202 || c.localAuthority().code() == 876)
        .map(c -> SettingRuns.project(c.model(), settings)).toList();
    SpendOutlook o = SpendProjector.DEFAULT.project(england, SettingUnitCosts.england(stats, england), runs);
    assertThat(out).startsWith(SpendOutlook.toText(o.la(202)) + SpendOutlook.toText(o.la(876))
        + SpendOutlook.toText(o.england()));
    assertThat(out).contains("Camden: high-needs spend and DSG balance").contains("2030-31")
        .contains("these 2 LAs").containsPattern("maintained special school: £[0-9,]+\\.[0-9]{2} \\(DERIVED\\)");
  }
}
