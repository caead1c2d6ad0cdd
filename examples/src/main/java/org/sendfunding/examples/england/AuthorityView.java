package org.sendfunding.examples.england;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.data.england.Figure;
import org.sendfunding.data.england.Measure;
import org.sendfunding.data.england.Period;
import org.sendfunding.data.england.Series;
import org.sendfunding.examples.report.ChartFile;
import org.sendfunding.examples.report.TextTable;
import org.sendfunding.funding.scenario.BuiltInPolicy;
import org.sendfunding.funding.scenario.ScenarioResult;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * {@code bin/send-report --la NAME|CODE}: one authority's real series from DfE's published statistics
 * ({@code send-data}'s {@link EnglandStatistics}) next to its modelled years under today's rules.
 *
 * <p>Prints EHC plans in January of each year since 2010 (statements and plans until the conversion
 * ended in 2018) and where the pupils with plans are placed since 2019; requests, new plans and the
 * share issued within 20 weeks per calendar year; the high-needs block and the whole DSG since
 * 2019-20 with the DSG balance as a share of income; then the model's years (its 2025-26 base and
 * the projection to {@code --to}). Writes {@code authority-<code>.csv}, every published series of the
 * LA figure by figure with its publication (real, or carried from predecessor LAs by a stated rule)
 * and the modelled years marked {@code modelled}, and {@code authority-<code>.png}, EHC plans real and
 * modelled on one chart.
 */
final class AuthorityView {

  private final LocalAuthority la;

  AuthorityView(LocalAuthority la) {
    this.la = la;
  }

  void run(ReportContext context) {
    EnglandStatistics e = EnglandStatistics.england();
    int code = la.code();
    context.out().println(la.name() + " (DfE code " + code + ", " + la.region().displayName() + "): DfE's published figures"
        + " (REAL unless marked) beside the model's years (MODELLED, today's rules)");
    context.out().println();

    Series plans = e.series(code, Measure.EHC_PLANS);
    Series both = e.series(code, Measure.STATEMENTS_AND_EHC_PLANS);
    TextTable stock = TextTable.withHeader("January", "EHC plans", "statements and plans", "mainstream", "special",
        "independent special", "source");
    Series mainstream = e.series(code, Measure.MAINSTREAM_TOTAL);
    Series special = e.series(code, Measure.SPECIAL_TOTAL);
    Series independent = e.series(code, Measure.SPECIAL_INDEPENDENT);
    List<Integer> years = new ArrayList<>();
    List<BigDecimal> realPlans = new ArrayList<>();
    for (Period p : union(plans, both)) {
      Figure f = plans.figure(p);
      Figure b = both.figure(p);
      stock.addRow(p.year(), count(f), count(b), count(mainstream.figure(p)), count(special.figure(p)),
          count(independent.figure(p)), source(f.isAvailable() ? f : b));
      Optional<BigDecimal> v = b.value().or(f::value);
      if (v.isPresent()) {
        years.add(p.year());
        realPlans.add(v.get());
      }
    }
    context.print("EHC plans (and statements of SEN until 2018) in January, and their placements (REAL)", stock);

    TextTable flows = TextTable.withHeader("year", "requests", "new plans", "within 20 weeks", "excl. exceptions",
        "England within 20 weeks", "source");
    Series requests = e.series(code, Measure.FLOWS_REQUESTS_RECEIVED);
    Series newPlans = e.series(code, Measure.FLOWS_NEW_EHC_PLANS);
    Series within = e.series(code, Measure.FLOWS_PCT_WITHIN_20WKS_INCL_EXCEPTIONS);
    Series withinExcl = e.series(code, Measure.FLOWS_PCT_WITHIN_20WKS_EXCL_EXCEPTIONS);
    for (Period p : newPlans.figures().keySet()) {
      Optional<Figure> england = e.find(Measure.FLOWS_PCT_WITHIN_20WKS_INCL_EXCEPTIONS, org.sendfunding.data.england.Area.ENGLAND, p);
      flows.addRow(p.year(), count(requests.figure(p)), count(newPlans.figure(p)), percent(within.figure(p)),
          percent(withinExcl.figure(p)), england.map(AuthorityView::percent).orElse("n/a"), source(newPlans.figure(p)));
    }
    context.print("Requests for assessment, new EHC plans and the share issued within 20 weeks, by calendar year (REAL)", flows);

    TextTable money = TextTable.withHeader("year", "high-needs block", "total DSG", "DSG balance % of income", "source");
    Series hnb = e.series(code, Measure.HNB_TOTAL_BEFORE_DEDUCTIONS);
    Series hnbGross = e.series(code, Measure.DSG_HIGH_NEEDS_BLOCK_GROSS);
    Series dsg = e.series(code, Measure.DSG_TOTAL_GROSS);
    Series balance = e.series(code, Measure.BALANCE_PCT_OF_INCOME);
    for (Period p : union(hnbGross, dsg)) {
      Figure h = hnb.figure(p).isAvailable() ? hnb.figure(p) : hnbGross.figure(p);
      money.addRow(p.financialYear(), pounds(h), pounds(dsg.figure(p)), percent(balance.figure(p)), source(dsg.figure(p)));
    }
    context.print("High-needs block (before deductions) and the dedicated schools grant, by financial year (REAL)", money);

    ScenarioResult today = context.result(BuiltInPolicy.TODAYS_RULES);
    TextTable modelled = TextTable.withHeader("year", "EHC plans (model)", "high-needs allocation", "closing DSG balance");
    List<Integer> modelYears = new ArrayList<>();
    List<BigDecimal> modelPlans = new ArrayList<>();
    for (FinancialYear y : today.years()) {
      long pupils = today.value(code, y, org.sendfunding.funding.scenario.Measure.EHCP_PUPILS);
      modelled.addRow(y, pupils, Figures.millions(today.money(code, y, org.sendfunding.funding.scenario.Measure.HIGH_NEEDS_ALLOCATION)),
          Figures.millions(today.money(code, y, org.sendfunding.funding.scenario.Measure.CLOSING_BALANCE)));
      modelYears.add(y.startYear() + 1);
      modelPlans.add(BigDecimal.valueOf(pupils));
    }
    context.print("The model's years for " + la.name() + " (MODELLED: today's rules, default assumptions; "
        + context.panelNote() + ")", modelled);

    TextTable csv = TextTable.withHeader("la_code", "la_name", "measure", "breakdown", "period", "value", "not_available",
        "provenance", "source");
    for (Series s : e.allSeries(code)) {
      for (Figure f : s.figures().values()) {
        csv.addRow(code, la.name(), s.measure().name().toLowerCase(Locale.ROOT), f.breakdown(), f.period(),
            f.value().map(BigDecimal::toPlainString).orElse(""), f.reason().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse(""),
            f.isReal() ? "real" : "derived: " + f.derivation().orElse(""), f.publication().title());
      }
    }
    for (FinancialYear y : today.years()) {
      csv.addRow(code, la.name(), "model_ehcp_pupils", "", y, today.value(code, y, org.sendfunding.funding.scenario.Measure.EHCP_PUPILS),
          "", "modelled", "SEND Funding Model, today's rules");
      csv.addRow(code, la.name(), "model_high_needs_allocation", "", y,
          today.money(code, y, org.sendfunding.funding.scenario.Measure.HIGH_NEEDS_ALLOCATION).toPounds(), "", "modelled",
          "SEND Funding Model, today's rules");
      csv.addRow(code, la.name(), "model_closing_balance", "", y,
          today.money(code, y, org.sendfunding.funding.scenario.Measure.CLOSING_BALANCE).toPounds(), "", "modelled",
          "SEND Funding Model, today's rules");
    }
    context.csv("authority-" + code + ".csv", csv);

    if (!years.isEmpty()) {
      Map<String, Map<Integer, BigDecimal>> series = new LinkedHashMap<>();
      Map<Integer, BigDecimal> real = new java.util.TreeMap<>();
      Map<Integer, BigDecimal> model = new java.util.TreeMap<>();
      for (int i = 0; i < years.size(); i++) {
        real.put(years.get(i), realPlans.get(i));
      }
      for (int i = 0; i < modelYears.size(); i++) {
        model.put(modelYears.get(i), modelPlans.get(i));
      }
      series.put("published (DfE, January)", real);
      series.put("modelled (today's rules; plans in the year to 31 March)", model);
      context.record(ChartFile.linesEach(context.outputDir().resolve("authority-" + code + ".png"),
          "EHC plans in " + la.name() + ": REAL to January " + years.get(years.size() - 1) + ", MODELLED after",
          "year", "plans", series));
    }
  }

  private static List<Period> union(Series a, Series b) {
    java.util.TreeSet<Period> all = new java.util.TreeSet<>(a.figures().keySet());
    all.addAll(b.figures().keySet());
    return new ArrayList<>(all);
  }

  private static String count(Figure f) {
    return f.value().map(v -> String.format(Locale.UK, "%,d", v.setScale(0, RoundingMode.HALF_UP).longValueExact()))
        .orElse(f.reason().map(rs -> "n/a").orElse("n/a")) + (f.isAvailable() && !f.isReal() ? "*" : "");
  }

  private static String percent(Figure f) {
    return f.value().map(v -> v.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%").orElse("n/a");
  }

  private static String pounds(Figure f) {
    return f.value().map(v -> Figures.millions(Money.ofPounds(v, org.sendfunding.model.money.RoundingRule.HALF_UP_TO_PENNY)))
        .orElse("n/a") + (f.isAvailable() && !f.isReal() ? "*" : "");
  }

  private static String source(Figure f) {
    return f.publication().name().toLowerCase(Locale.ROOT).replace('_', ' ') + (f.isReal() ? "" : " (* carried: "
        + f.derivation().orElse("") + ")");
  }
}
