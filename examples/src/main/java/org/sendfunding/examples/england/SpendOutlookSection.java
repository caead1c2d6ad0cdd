package org.sendfunding.examples.england;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.ehcp.projection.Calibration;
import org.sendfunding.ehcp.projection.CaseloadCalibrator;
import org.sendfunding.ehcp.projection.EnglandTables;
import org.sendfunding.ehcp.projection.ProjectionSettings;
import org.sendfunding.ehcp.projection.SettingRuns;
import org.sendfunding.examples.report.ChartFile;
import org.sendfunding.examples.report.TextTable;
import org.sendfunding.funding.outlook.MoneyBand;
import org.sendfunding.funding.outlook.SettingUnitCosts;
import org.sendfunding.funding.outlook.SpendOutlook;
import org.sendfunding.funding.outlook.SpendProjector;
import org.sendfunding.model.time.FinancialYear;

/**
 * Section 9: the calibrated EHC plan projection linked to money. Every LA is calibrated on DfE's
 * published tables to January {@value #BASE_JANUARY}, projected by setting with {@value #RUNS} Monte Carlo
 * runs, and each run priced by the LA's unit costs (derived from its s251 2021-22 budgets where
 * published, illustrative elsewhere): the national high-needs spend and DSG balance with the 10th–90th
 * percentile band of the runs, and the LAs whose balance is most uncertain.
 *
 * <p>Writes {@code spend-outlook.csv} (every LA and England, every year, both bands) and
 * {@code spend-outlook.png} (England's balance with its band).
 */
final class SpendOutlookSection implements ReportSection {

  /** The January projected from: the latest published. */
  static final int BASE_JANUARY = 2025;
  /** Runs per LA: enough for the 10th and 90th percentiles, few enough for the report's time. */
  static final int RUNS = 500;
  static final long SEED = 42L;

  @Override
  public String title() {
    return "Projected high-needs spend and DSG balance from the calibrated caseload";
  }

  @Override
  public void run(ReportContext context) {
    EnglandStatistics stats = EnglandStatistics.england();
    ImmutableList<Calibration> cals = CaseloadCalibrator.DEFAULT.calibrateAll(EnglandTables.england(stats), BASE_JANUARY);
    int years = context.projectTo().startYear() + 1 - BASE_JANUARY;
    ProjectionSettings settings = ProjectionSettings.of(years, RUNS, SEED);
    SettingRuns[] runs = new SettingRuns[cals.size()];
    // Each LA's runs depend only on its model and the seed, so the order of the threads changes nothing.
    IntStream.range(0, cals.size()).parallel().forEach(i -> runs[i] = SettingRuns.project(cals.get(i).model(), settings));
    SettingUnitCosts costs = SettingUnitCosts.england(stats, context.dataset());
    SpendOutlook o = SpendProjector.DEFAULT.project(context.dataset(), costs, List.of(runs));

    String note = String.format("unit costs: %d of %d LA-setting costs derived from s251 2021-22 budgets, the rest "
        + "ILLUSTRATIVE; income, other spend and opening balances: %s", costs.derivedCount(), costs.count(),
        context.panelNote());
    TextTable england = TextTable.withHeader("year", "spend p10", "spend median", "spend p90", "balance p10",
        "balance median", "balance p90");
    for (FinancialYear y : o.years()) {
      MoneyBand s = o.england().spend().get(y);
      MoneyBand b = o.england().balance().get(y);
      england.addRow(y, Figures.millions(s.p10()), Figures.millions(s.median()), Figures.millions(s.p90()),
          Figures.millions(b.p10()), Figures.millions(b.median()), Figures.millions(b.p90()));
    }
    context.print("England: high-needs spend and DSG balance at 31 March, 10th/50th/90th percentile of " + RUNS
        + " runs of the caseload calibrated to January " + BASE_JANUARY + " (" + note + ")", england);

    FinancialYear last = o.years().get(o.years().size() - 1);
    TextTable widest = TextTable.withHeader("LA", "balance p10 " + last, "median", "p90", "band width");
    o.las().stream().sorted(Comparator.comparing((SpendOutlook.Area a) -> width(a.balance().get(last))).reversed()
        .thenComparing(SpendOutlook.Area::name)).limit(5).forEach(a -> {
          MoneyBand b = a.balance().get(last);
          widest.addRow(a.name(), Figures.millions(b.p10()), Figures.millions(b.median()), Figures.millions(b.p90()),
              Figures.millions(b.p90().minus(b.p10())));
        });
    context.print("The five LAs with the widest 10th-90th percentile band of their " + last + " balance", widest);

    TextTable csv = TextTable.withHeader("la_code", "la_name", "year", "spend_p10", "spend_median", "spend_p90",
        "balance_p10", "balance_median", "balance_p90", "illustrative");
    List<SpendOutlook.Area> areas = new ArrayList<>(o.las());
    areas.add(o.england());
    for (SpendOutlook.Area a : areas) {
      for (FinancialYear y : o.years()) {
        MoneyBand s = a.spend().get(y);
        MoneyBand b = a.balance().get(y);
        csv.addRow(a.localAuthority().map(la -> String.valueOf(la.code())).orElse("E92000001"), a.name(), y,
            s.p10().toPounds(), s.median().toPounds(), s.p90().toPounds(), b.p10().toPounds(), b.median().toPounds(),
            b.p90().toPounds(), context.dataset().illustrative());
      }
    }
    context.csv("spend-outlook.csv", csv);

    List<Integer> x = new ArrayList<>();
    o.years().forEach(y -> x.add(y.end().getYear()));
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    series.put("90th percentile", band(o, MoneyBand::p90));
    series.put("median", band(o, MoneyBand::median));
    series.put("10th percentile", band(o, MoneyBand::p10));
    context.record(ChartFile.lines(context.outputDir().resolve("spend-outlook.png"),
        "England's DSG balance at 31 March from the calibrated caseload, 10th-90th percentile band (" + RUNS
            + " runs; unit costs partly ILLUSTRATIVE)", "31 March of", "£bn", x, series));
  }

  private static List<BigDecimal> band(SpendOutlook o, java.util.function.Function<MoneyBand, org.sendfunding.model.money.Money> f) {
    List<BigDecimal> ys = new ArrayList<>();
    o.years().forEach(y -> ys.add(Figures.billions(f.apply(o.england().balance().get(y)))));
    return ys;
  }

  private static long width(MoneyBand b) {
    return Math.subtractExact(b.p90().pence(), b.p10().pence());
  }
}
