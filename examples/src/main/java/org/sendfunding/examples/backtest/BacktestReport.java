package org.sendfunding.examples.backtest;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.sendfunding.data.england.Area;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.data.england.Figure;
import org.sendfunding.data.england.Indicator;
import org.sendfunding.data.england.Period;
import org.sendfunding.ehcp.projection.Backtest;
import org.sendfunding.ehcp.projection.Calibration;

/**
 * The text of docs/backtest.md and docs/backtest-las.csv from a {@link Backtest.Result}: every figure in
 * them is computed here from the result and the published tables, none typed. Stateless.
 */
final class BacktestReport {

  private BacktestReport() {}

  static String markdown(Backtest.Result r, List<Calibration> cals, EnglandStatistics stats, long regionCopies,
      int runs, long seed) {
    StringBuilder md = new StringBuilder();
    int first = r.fitYear() + 1;
    int last = r.fitYear() + r.coverage80().size();
    md.append("# Back-test of the EHC plan projection\n\n");
    md.append("<!-- Written by bin/send-backtest (org.sendfunding.examples.backtest.SendBacktest); do not edit: rerun it. -->\n\n");
    md.append(String.format(Locale.UK, "Produced by `bin/send-backtest --fit-year %d --years %d --runs %d --seed %d`. "
        + "Every figure below is computed by the command from DfE's published per-LA tables embedded in send-data "
        + "(Department for Education, \"Education, health and care plans\", explore-education-statistics.service.gov.uk, "
        + "Open Government Licence v3.0).%n%n", r.fitYear(), r.coverage80().size(), runs, seed));
    md.append(String.format(Locale.UK, "**What the fit saw.** Each of the %d LAs is calibrated "
        + "(`CaseloadCalibrator`) on what had been published by January %d: the January caseload to %d (total and by "
        + "placement), new and ceased plans to calendar %d. Two shapes come from later releases because the embedded "
        + "tables have nothing earlier: the single-year ages of January %d (used only to spread January %d's published "
        + "total over ages; the 2022 release's age bands are not embedded) and the need mix of January 2025 (which moves "
        + "no total). Reorganised LAs carry their predecessors' years as send-data's `Reorganisation` says (Cumbria's "
        + "2023 total split by the successors' January 2024 shares). The projection (`LockstepProjector`, %d runs, seed "
        + "%d) is compared with the published January totals of %d to %d.%n%n",
        cals.size(), r.fitYear(), r.fitYear(), r.fitYear() - 1, r.fitYear() + 1, r.fitYear(), runs, seed, first, last));
    long insufficient = cals.stream().filter(c -> !c.sufficientData()).count();
    md.append(String.format(Locale.UK, "%d of %d calibrations say they had too little data of their own for at least one "
        + "estimate (`Calibration.sufficientData()`), mostly because no LA has ages or flows by age before %d, so leaving "
        + "rates are each LA's overall rate (ceased plans of %d over its plans of January %d) and joiners take the ages "
        + "of the caseload.%n%n", insufficient, cals.size(), r.fitYear() + 1, r.fitYear() - 1, r.fitYear() - 1));

    if (regionCopies > 0) {
      md.append(String.format(Locale.UK, "%d published LA figure(s) up to the cut-off equal their whole region's and "
          + "were left out as the region's total printed in the LA's row (`EnglandTables.REGION_COPY`: every Yorkshire "
          + "and The Humber LA's new plans of 2022 read 6,078, the region's); those LAs' joiners a year are their new "
          + "plans of the year before, and their calibrations say so.%n%n", regionCopies));
    }
    md.append("## Errors\n\n");
    md.append("Absolute % error per LA of each forecast (the model's median of the runs), its median and 90th percentile "
        + "over LAs (nearest rank), and the national % error of the summed forecasts.\n\n");
    md.append("| forecast | January | LAs | median abs % error | 90th percentile abs % error | national % error |\n");
    md.append("|---|---:|---:|---:|---:|---:|\n");
    for (Backtest.Errors e : r.errors()) {
      md.append(String.format(Locale.UK, "| %s | %d | %d | %.2f | %.2f | %+.2f |%n", e.forecast(), e.year(), e.las(),
          e.medianAbsPct(), e.p90AbsPct(), e.nationalPct()));
    }
    md.append("\n## Interval coverage\n\n");
    md.append("Share of LAs whose published January total lies inside the model's interval (10th–90th and 2.5th–97.5th "
        + "percentiles of the runs); a well-calibrated model would cover about 80% and 95%.\n\n");
    md.append("| January | LAs | inside 80% interval | inside 95% interval | LAs left out (no published figure) |\n");
    md.append("|---:|---:|---:|---:|---:|\n");
    for (int k = 0; k < r.coverage80().size(); k++) {
      int year = first + k;
      md.append(String.format(Locale.UK, "| %d | %d | %.1f%% | %.1f%% | %d |%n", year, r.find("model", year).las(),
          100 * r.coverage80().get(k), 100 * r.coverage95().get(k), r.leftOut().get(k)));
    }
    md.append("\n## Does the model beat the baselines?\n\n");
    for (int k = 0; k < r.coverage80().size(); k++) {
      int year = first + k;
      Backtest.Errors m = r.find("model", year);
      Backtest.Errors g = r.find("last year's growth", year);
      Backtest.Errors a = r.find("all LAs' growth", year);
      md.append(String.format(Locale.UK, "- **January %d.** Median error: model %.2f%%, last year's growth %.2f%%, "
          + "England's growth %.2f%%: the model %s. 90th percentile: %s. National: %s. The model is closer than last "
          + "year's growth for %s of LAs and closer than England's growth for %s.%n", year, m.medianAbsPct(),
          g.medianAbsPct(), a.medianAbsPct(), verdict(m.medianAbsPct(), g.medianAbsPct(), a.medianAbsPct()),
          verdict(m.p90AbsPct(), g.p90AbsPct(), a.p90AbsPct()),
          verdict(Math.abs(m.nationalPct()), Math.abs(g.nationalPct()), Math.abs(a.nationalPct())),
          pct(closer(r, year, row -> row.median(), Backtest.LaYear::lastGrowth)),
          pct(closer(r, year, row -> row.median(), Backtest.LaYear::allGrowth))));
    }
    md.append("\n## Why, where it does not\n\n");
    md.append(why(r, stats));
    md.append(largest(r));
    md.append("\n## Chart\n\n![Projected median against published EHC plans per LA](backtest.png)\n\n");
    md.append("Each point is an LA in a January: published total across, the model's median up, the bar half the 80% "
        + "interval's width either side; on the grey line the projection was exact. Every point is in "
        + "[backtest-las.csv](backtest-las.csv) with both baselines.\n");
    return md.toString();
  }

  /** The figures that explain the model's error: the new plans it held level against what came. */
  static String why(Backtest.Result r, EnglandStatistics stats) {
    int fy = r.fitYear();
    StringBuilder s = new StringBuilder();
    long newFit = england(stats, Indicator.FLOWS_NEW_EHC_PLANS, Period.calendarYear(fy - 1));
    long ceasedFit = england(stats, Indicator.FLOWS_EHC_PLANS_CEASED, Period.calendarYear(fy - 1));
    long stockFit = england(stats, Indicator.EHC_PLANS, Period.january(fy));
    long stockBefore = england(stats, Indicator.EHC_PLANS, Period.january(fy - 1));
    s.append(String.format(Locale.UK, "The model holds each LA's joiners a year at its new plans of %d (England: %,d) "
        + "and its leaving rate at %d's (England: %,d ceased). England's caseload grew %.1f%% from January %d to %d.",
        fy - 1, newFit, fy - 1, ceasedFit, 100.0 * (stockFit - stockBefore) / stockBefore, fy - 1, fy));
    for (int k = 0; k < r.coverage80().size(); k++) {
      int year = fy + 1 + k;
      Figure made = stats.figure(Indicator.FLOWS_NEW_EHC_PLANS, Area.ENGLAND, Period.calendarYear(year - 1));
      if (made.isAvailable()) {
        long n = made.number().longValueExact();
        s.append(String.format(Locale.UK, " New plans in %d were %,d (%+.1f%% on %d).", year - 1, n,
            100.0 * (n - newFit) / newFit, fy - 1));
      }
    }
    for (int k = 0; k < r.coverage80().size(); k++) {
      int year = fy + 1 + k;
      Figure made = stats.figure(Indicator.FLOWS_NEW_EHC_PLANS, Area.ENGLAND, Period.calendarYear(year - 1));
      Figure ceased = stats.figure(Indicator.FLOWS_EHC_PLANS_CEASED, Area.ENGLAND, Period.calendarYear(year - 1));
      Figure before = stats.figure(Indicator.EHC_PLANS, Area.ENGLAND, Period.january(year - 1));
      Figure after = stats.figure(Indicator.EHC_PLANS, Area.ENGLAND, Period.january(year));
      if (made.isAvailable() && ceased.isAvailable() && before.isAvailable() && after.isAvailable()) {
        long implied = before.number().longValueExact() + made.number().longValueExact()
            - ceased.number().longValueExact();
        long published = after.number().longValueExact();
        s.append(String.format(Locale.UK, " Even the published flows do not add up to the published stock: January "
            + "%d's %,d plans plus %,d new less %,d ceased in %d make %,d, against %,d published for January %d (%+.1f%%);"
            + " a model that adds up its flows carries that gap.", year - 1, before.number().longValueExact(),
            made.number().longValueExact(), ceased.number().longValueExact(), year - 1, implied, published, year,
            100.0 * (published - implied) / implied));
      }
    }
    s.append("\n\n");
    for (int k = 0; k < r.coverage80().size(); k++) {
      int year = fy + 1 + k;
      Backtest.Errors m = r.find("model", year);
      double under = share(r, year, row -> row.median() < row.published());
      s.append(String.format(Locale.UK, "- January %d: the model's national error is %+.2f%%; it is below the "
          + "published figure for %s of LAs.", year, m.nationalPct(), pct(under)));
      if (m.nationalPct() < 0) {
        s.append(" A model with rates fixed at the fit year cannot follow demand that keeps accelerating: the extra "
            + "new plans are outside what it was fitted on, while both baselines extrapolate growth itself.");
      } else {
        s.append(" The model over-projects: the leaving rates of the fit year were lower than what followed.");
      }
      s.append(String.format(Locale.UK, " Its intervals cover %s (80%%) and %s (95%%) of LAs: they carry only the "
          + "Monte Carlo's multinomial and Poisson variation, not the uncertainty of the rates nor year-to-year changes "
          + "in them, so they are too narrow.%n", pct(100 * r.coverage80().get(k)), pct(100 * r.coverage95().get(k))));
    }
    return s.toString();
  }

  /** The ten LAs with the model's largest absolute % error in the last year, beside both baselines. */
  static String largest(Backtest.Result r) {
    int year = r.fitYear() + r.coverage80().size();
    StringBuilder s = new StringBuilder(String.format(Locale.UK, "%nThe ten largest errors of the model in January %d "
        + "(a published figure that falls or jumps is as likely a recording change as a change in demand):%n%n", year));
    s.append("| LA | published | model median (80% interval) | model % error | last year's growth % error | England's growth % error |\n");
    s.append("|---|---:|---:|---:|---:|---:|\n");
    r.rows().stream().filter(row -> row.year() == year)
        .sorted(java.util.Comparator.comparingDouble((Backtest.LaYear row) -> -Math.abs(err(row.median(), row)))
            .thenComparing(row -> row.la().code()))
        .limit(10).forEach(row -> s.append(String.format(Locale.UK, "| %s | %,d | %,d (%,d–%,d) | %+.1f | %+.1f | %+.1f |%n",
            row.la().name(), row.published(), row.median(), row.low80(), row.high80(), err(row.median(), row),
            err(row.lastGrowth(), row), err(row.allGrowth(), row))));
    return s.toString();
  }

  static double err(double forecast, Backtest.LaYear row) {
    return 100 * (forecast - row.published()) / row.published();
  }

  static String csv(Backtest.Result r) {
    StringBuilder c = new StringBuilder("la_code,la_name,january,published,model_median,model_p10,model_p90,"
        + "model_p2_5,model_p97_5,last_years_growth,englands_growth\n");
    for (Backtest.LaYear row : r.rows()) {
      String name = row.la().name();
      c.append(String.format(Locale.UK, "%d,%s,%d,%d,%d,%d,%d,%d,%d,%.1f,%.1f%n", row.la().code(),
          name.contains(",") ? "\"" + name + "\"" : name, row.year(), row.published(), row.median(), row.low80(),
          row.high80(), row.low95(), row.high95(), row.lastGrowth(), row.allGrowth()));
    }
    return c.toString();
  }

  static String verdict(double model, double lastGrowth, double allGrowth) {
    if (model < lastGrowth && model < allGrowth) {
      return "beats both baselines";
    }
    if (model >= lastGrowth && model >= allGrowth) {
      return "beats neither baseline";
    }
    return model < lastGrowth ? "beats last year's growth, not England's growth"
        : "beats England's growth, not last year's growth";
  }

  /** Share (%) of the year's LAs where the model's forecast is strictly closer than the baseline's. */
  static double closer(Backtest.Result r, int year, ToDoubleFunction<Backtest.LaYear> model,
      ToDoubleFunction<Backtest.LaYear> baseline) {
    return share(r, year, row -> Math.abs(model.applyAsDouble(row) - row.published())
        < Math.abs(baseline.applyAsDouble(row) - row.published()));
  }

  static double share(Backtest.Result r, int year, java.util.function.Predicate<Backtest.LaYear> p) {
    long n = r.rows().stream().filter(row -> row.year() == year).count();
    long k = r.rows().stream().filter(row -> row.year() == year).filter(p).count();
    return n == 0 ? Double.NaN : 100.0 * k / n;
  }

  static long england(EnglandStatistics stats, Indicator m, Period p) {
    return stats.figure(m, Area.ENGLAND, p).number().longValueExact();
  }

  static String pct(double x) {
    return String.format(Locale.UK, "%.1f%%", x);
  }
}
