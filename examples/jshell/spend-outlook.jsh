// The projected caseload linked to money: Camden's and Halton's EHC plans calibrated on DfE's published
// tables to January 2025, 500 Monte Carlo runs by setting, each run priced by the LA's unit costs
// (s251 2021-22 budgets where published, labelled derived; ILLUSTRATIVE elsewhere), giving high-needs
// spend and the DSG balance with the 10th-90th percentile band. Income, other spend and the opening
// balance are the embedded dataset's (partly ILLUSTRATIVE).
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.ehcp.projection.*;
import org.sendfunding.funding.outlook.*;
EnglandStatistics stats = EnglandStatistics.england();
FundingDataset england = FundingDataset.england();
List<Calibration> cals = CaseloadCalibrator.DEFAULT.calibrateAll(EnglandTables.england(stats), 2025);
ProjectionSettings settings = ProjectionSettings.of(6, 500, 42L);
List<SettingRuns> runs = new ArrayList<>();
for (Calibration c : cals) {
  if (c.localAuthority().code() == 202 || c.localAuthority().code() == 876) {
    runs.add(SettingRuns.project(c.model(), settings));
  }
}
SettingUnitCosts costs = SettingUnitCosts.england(stats, england);
SpendOutlook outlook = SpendProjector.DEFAULT.project(england, costs, runs);
System.out.print(SpendOutlook.toText(outlook.la(202)));
System.out.print(SpendOutlook.toText(outlook.la(876)));
System.out.print(SpendOutlook.toText(outlook.england()));
System.out.println("Camden's cost of a plan in a maintained special school: " + costs.cost(202, SettingType.MAINTAINED_SPECIAL)
    + " (" + costs.provenance(202, SettingType.MAINTAINED_SPECIAL).provenance() + ")");
