package org.sendfunding.examples.england;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.data.england.Figure;
import org.sendfunding.data.england.Measure;
import org.sendfunding.data.england.NotAvailable;
import org.sendfunding.data.england.Period;
import org.sendfunding.data.england.Publication;
import org.sendfunding.data.england.Reorganisation;
import org.sendfunding.data.england.Series;
import org.sendfunding.data.england.Unit;
import org.sendfunding.examples.report.TextTable;
import org.sendfunding.funding.dataset.FieldProvenance;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.dataset.LocalAuthorityInputs;
import org.sendfunding.funding.scenario.BuiltInPolicy;
import org.sendfunding.funding.scenario.ScenarioResult;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.RoundingRule;
import org.sendfunding.model.time.FinancialYear;

/**
 * One authority's report ({@code bin/send-report --la Rutland}): DfE's published series for the LA
 * beside the model's years for it.
 *
 * <ul>
 *   <li>EHC plans and placements every January since 2010 (statements of SEN until their conversion
 *       ended in 2018), SEN2;
 *   <li>flows and timeliness by calendar year 2019–2024: requests, assessments, new plans, the share
 *       issued within 20 weeks with and without exceptions, plans ceased;
 *   <li>the high-needs block and the DSG by financial year since 2019-20, and the DSG balance as a
 *       share of income at 31 March 2020–2022;
 *   <li>the model's years: its 2024-25 and 2025-26 high-needs allocations and the DSG balance
 *       projected under today's rules, each with the provenance of the panel field behind it.
 * </ul>
 *
 * <p>Every figure carries its provenance: a figure as published is printed as it is; a figure carried
 * from an abolished predecessor (Cumbria's years in Cumberland's series, say) is marked {@code *}
 * and its derivation (the share, the rule, the reorganisation) is printed under the table; a cell DfE
 * published as a symbol keeps it ({@code x}, {@code z}, {@code c}…), never 0. The CSV {@code
 * authority-<code>.csv} has one row per figure with its status, publication, address and derivation;
 * the charts {@code authority-<code>-plans.png} and {@code authority-<code>-funding.png} plot the
 * series (titles say what is real and what is modelled).
 */
final class AuthorityReport {

  /** The publication named for the model's own figures. */
  static final String MODEL = "SEND Funding Model (this library), embedded England panel";

  /** A column of one of the report's tables: a published measure and its heading. */
  record Column(Measure measure, String heading) {}

  static final List<Column> CASELOAD = List.of(
      new Column(Measure.STATEMENTS_AND_EHC_PLANS, "statements + EHC plans"),
      new Column(Measure.STATEMENTS, "statements"),
      new Column(Measure.EHC_PLANS, "EHC plans"),
      new Column(Measure.MAINSTREAM_TOTAL, "mainstream"),
      new Column(Measure.SPECIAL_TOTAL, "special"),
      new Column(Measure.SPECIAL_INDEPENDENT, "independent special"),
      new Column(Measure.AP_PRU_TOTAL, "AP/PRU"),
      new Column(Measure.FE_TOTAL, "FE"),
      new Column(Measure.ED_ELSEWHERE, "elsewhere"),
      new Column(Measure.NEET, "NEET"),
      new Column(Measure.PLACEMENT_UNKNOWN, "unknown"));

  static final List<Column> FLOWS = List.of(
      new Column(Measure.FLOWS_REQUESTS_RECEIVED, "requests"),
      new Column(Measure.FLOWS_ASSESSMENTS_COMPLETED, "assessments"),
      new Column(Measure.FLOWS_NEW_EHC_PLANS, "new plans"),
      new Column(Measure.FLOWS_PCT_WITHIN_20WKS_INCL_EXCEPTIONS, "within 20 weeks"),
      new Column(Measure.FLOWS_PCT_WITHIN_20WKS_EXCL_EXCEPTIONS, "excl. exceptions"),
      new Column(Measure.FLOWS_EHC_PLANS_CEASED, "ceased"));

  static final List<Column> FUNDING = List.of(
      new Column(Measure.DSG_HIGH_NEEDS_BLOCK_GROSS, "high-needs block"),
      new Column(Measure.HNB_TOTAL_BEFORE_DEDUCTIONS, "HNB before deductions"),
      new Column(Measure.HNB_PLACE_DEDUCTIONS, "place deductions"),
      new Column(Measure.DSG_TOTAL_GROSS, "DSG (gross)"),
      new Column(Measure.BALANCE_PCT_OF_INCOME, "DSG balance % of income (- deficit)"));

  private AuthorityReport() {}

  /**
   * Prints the report for one LA and writes its CSV and charts into the context's folder.
   *
   * @param context the report context (year, projection years, folder, terminal)
   * @param la the authority
   */
  static void run(ReportContext context, LocalAuthority la) {
    EnglandStatistics stats = EnglandStatistics.england();
    FundingDataset england = context.dataset();
    int code = la.code();
    context.out().println(la.name() + " (DfE " + code + ", " + la.region().displayName()
        + "): DfE's published figures beside the model's years");
    context.out().println("Figures as published unless marked * (carried from a predecessor, rule below); x, z, c, low, u"
        + " are DfE's symbols (unavailable, not applicable, suppressed, rounds to zero, low reliability), never 0.");
    reorganisationNote(code).ifPresent(context.out()::println);
    context.out().println();

    TextTable csv = TextTable.withHeader("la_code", "la_name", "measure", "column", "period", "value", "status",
        "not_available", "publication", "publication_url", "derivation");
    Map<Measure, Series> series = new LinkedHashMap<>();
    for (List<Column> group : List.of(CASELOAD, FLOWS, FUNDING)) {
      for (Column c : group) {
        series.put(c.measure(), series(stats, code, c.measure()));
      }
    }
    table(context, la, "EHC plans and statements by placement, January (SEN2; statements until 2018, placements from 2019)",
        CASELOAD, series, csv);
    table(context, la, "Requests, assessments and new EHC plans by calendar year; % of new plans issued within 20 weeks (SEN2)",
        FLOWS, series, csv);
    table(context, la, "High-needs block and DSG by financial year (DSG allocation tables); DSG balance at 31 March"
        + " as % of DSG income (DfE)", FUNDING, series, csv);

    ModelYears model = modelYears(context, england, code, series.get(Measure.DSG_HIGH_NEEDS_BLOCK_GROSS));
    context.print("The model's years for " + la.name() + " (provenance of the panel field behind each; rules in the CSV; "
        + context.panelNote() + ")", model.table);
    model.csvRows.forEach(r -> csv.addRow(r.toArray()));

    Set<Publication> used = new LinkedHashSet<>();
    series.values().forEach(s -> s.figures().values().forEach(f -> used.add(f.publication())));
    context.out().println("Sources (" + Publication.LICENCE + "):");
    for (Publication p : used) {
      context.out().println("  " + p.title() + p.released().map(d -> ", released " + d).orElse("") + ", " + p.href());
    }
    context.out().println("  Modelled figures: " + MODEL + " (docs/data.md: each panel field real, derived or illustrative).");
    context.out().println();

    context.csv("authority-" + code + ".csv", csv);
    context.record(plansChart(context.outputDir().resolve("authority-" + code + "-plans.png"), la, series));
    context.record(fundingChart(context.outputDir().resolve("authority-" + code + "-funding.png"), la,
        series.get(Measure.DSG_HIGH_NEEDS_BLOCK_GROSS), model));
  }

  /**
   * An LA's series of a measure. Statements (and statements plus plans) end with the 2022 release,
   * before Cumbria's successors publish any: their predecessors' years are split by the successor's
   * share of EHC plans in the first January every successor is published, stated in each figure.
   */
  static Series series(EnglandStatistics stats, int code, Measure measure) {
    Optional<Reorganisation> r = Reorganisation.creating(code);
    if (r.isPresent() && (measure == Measure.STATEMENTS || measure == Measure.STATEMENTS_AND_EHC_PLANS)) {
      for (Period p : stats.periods(Measure.EHC_PLANS)) {
        boolean all = r.get().successors().stream().allMatch(s -> stats.find(Measure.EHC_PLANS,
            org.sendfunding.data.england.Area.la(s), p).filter(Figure::isAvailable).isPresent());
        if (all) {
          return stats.series(code, measure, Measure.EHC_PLANS, p);
        }
      }
    }
    return stats.series(code, measure);
  }

  /** How a successor's predecessors' years are carried, or empty for an LA no reorganisation created. */
  static Optional<String> reorganisationNote(int code) {
    return Reorganisation.creating(code).map(r -> {
      StringBuilder b = new StringBuilder("Reorganisation ").append(r).append(": created on ").append(r.effective())
          .append(" from ");
      List<String> preds = new ArrayList<>();
      r.predecessors().forEach((c, n) -> preds.add(n + " (" + c + ")"));
      b.append(String.join(", ", preds)).append(". Years before its first own figure are the predecessors' figures ");
      if (r.predecessors().size() == 1) {
        b.append("split by this LA's share of the successors' total in their first published period (counts and £, largest"
            + " remainder; the share is stated under each table); rates and percentages are the predecessor's, unchanged.");
      } else {
        b.append("split by this LA's share of the successors' total in their first published period (counts and £, largest"
            + " remainder; the share is stated under each table); rates and percentages of " + preds.size()
            + " predecessors are not comparable (n/c).");
      }
      return b.toString();
    });
  }

  private static void table(ReportContext context, LocalAuthority la, String caption, List<Column> columns,
      Map<Measure, Series> series, TextTable csv) {
    java.util.SortedSet<Period> periods = new java.util.TreeSet<>();
    columns.forEach(c -> periods.addAll(series.get(c.measure()).figures().keySet()));
    String[] header = new String[columns.size() + 1];
    header[0] = "period";
    for (int i = 0; i < columns.size(); i++) {
      header[i + 1] = columns.get(i).heading();
    }
    TextTable t = TextTable.withHeader(header);
    Map<String, List<Figure>> carried = new LinkedHashMap<>();
    Set<Publication> publications = new LinkedHashSet<>();
    for (Period p : periods) {
      Object[] row = new Object[columns.size() + 1];
      row[0] = p;
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        Optional<Figure> f = Optional.ofNullable(series.get(c.measure()).figures().get(p));
        row[i + 1] = f.map(AuthorityReport::cell).orElse("");
        f.ifPresent(fig -> {
          if (fig.derivation().isPresent() && fig.isAvailable()) {
            carried.computeIfAbsent(c.heading(), k -> new ArrayList<>()).add(fig);
          }
          publications.add(fig.publication());
          csv.addRow(la.code(), la.name(), c.measure().name(), c.measure().column(), p, fig.value().map(BigDecimal::toPlainString).orElse(""),
              status(fig), fig.reason().map(r -> r.symbol().isEmpty() ? r.meaning() : r.symbol() + " (" + r.meaning() + ")").orElse(""),
              fig.publication().title(), fig.publication().href(), fig.derivation().orElse(""));
        });
      }
      t.addRow(row);
    }
    StringBuilder source = new StringBuilder();
    publications.forEach(pub -> source.append(source.length() == 0 ? "" : "; ").append(pub.title()));
    context.print(caption + "\nSource: " + source, t);
    if (!carried.isEmpty()) {
      // One line per column: the rule is the same each period, only the predecessors' figure changes
      // (every period's derivation is in the CSV).
      context.out().println("* carried from predecessors (each period's derivation in the CSV):");
      carried.forEach((heading, figs) -> {
        Figure last = figs.get(figs.size() - 1);
        context.out().println("  " + heading + ", " + figs.get(0).period() + (figs.size() == 1 ? "" : " to " + last.period())
            + " (" + figs.size() + (figs.size() == 1 ? " period" : " periods") + "), e.g. " + last.period() + ": " + last.derivation().get());
      });
      context.out().println();
    }
  }

  /** "real", "derived" (carried from a predecessor) or "not available". */
  static String status(Figure f) {
    if (f.value().isEmpty()) {
      return "not available";
    }
    return f.derivation().isPresent() ? "derived" : "real";
  }

  /** A figure as printed: the number in its unit, * if carried, the symbol if none. */
  static String cell(Figure f) {
    if (f.value().isEmpty()) {
      NotAvailable r = f.reason().get();
      if (r == NotAvailable.NOT_COMPARABLE) {
        return "n/c";
      }
      return r.symbol().isEmpty() ? "-" : r.symbol();
    }
    return format(f.measure().unit(), f.value().get()) + (f.derivation().isPresent() ? "*" : "");
  }

  /** A published number in its unit: counts with thousands separators, £ in millions, percentages. */
  static String format(Unit unit, BigDecimal v) {
    switch (unit) {
      case POUNDS:
        return Figures.millions(Money.ofPounds(v, RoundingRule.HALF_UP_TO_PENNY));
      case POUNDS_MILLIONS:
        return Figures.millions(Money.ofPounds(v.movePointRight(6), RoundingRule.HALF_UP_TO_PENNY));
      case PERCENT:
        return v.stripTrailingZeros().toPlainString() + "%";
      case COUNT:
        return v.stripTrailingZeros().scale() <= 0 ? String.format(Locale.UK, "%,d", v.longValueExact())
            : v.stripTrailingZeros().toPlainString();
      default:
        return v.toPlainString();
    }
  }

  /** The model's figures for one LA, printed and as CSV rows. */
  static final class ModelYears {
    final TextTable table = TextTable.withHeader("period", "figure", "value", "provenance");
    final List<List<Object>> csvRows = new ArrayList<>();
    final Map<Integer, Money> allocations = new LinkedHashMap<>();
  }

  private static ModelYears modelYears(ReportContext context, FundingDataset england, int code, Series realBlock) {
    ModelYears m = new ModelYears();
    LocalAuthorityInputs in = england.inputs(code);
    LocalAuthority la = in.localAuthority();
    FinancialYear base = england.baseYear();
    add(m, la, base.previous(), "high-needs allocation (model's baseline)", in.previousAllocation(),
        england.provenance(code, "previous_allocation"));
    add(m, la, base, "high-needs allocation (model: published 7% floor, 10% gains cap)", in.highNeedsAllocation(),
        england.provenance(code, "high_needs_allocation"));
    m.allocations.put(base.previous().startYear(), in.previousAllocation());
    m.allocations.put(base.startYear(), in.highNeedsAllocation());
    realBlock.value(Period.financialYear("2023-24")).ifPresent(real -> {
      Money r = Money.ofPounds(real, RoundingRule.HALF_UP_TO_PENNY);
      String change = r.isZero() ? "n/a"
          : in.highNeedsAllocation().toPounds().subtract(real).multiply(BigDecimal.valueOf(100))
              .divide(real, 1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
      m.table.addRow(base, "change from the real 2023-24 high-needs block (" + Figures.millions(r) + ")", change,
          "derived: model 2025-26 against the published 2023-24 block");
    });
    add(m, la, base, "DSG balance at 31 March " + base.end().getYear() + " (model's start)", in.dsgBalance(),
        england.provenance(code, "dsg_balance"));
    ScenarioResult today = context.result(BuiltInPolicy.TODAYS_RULES);
    for (FinancialYear y : today.years()) {
      Money closing = today.money(code, y, org.sendfunding.funding.scenario.Measure.CLOSING_BALANCE);
      String label = "DSG balance at 31 March " + y.end().getYear() + ", projected under today's rules";
      m.table.addRow(y, label, Figures.millions(closing), "modelled (today's rules on the panel)");
      m.csvRows.add(List.of(code, la.name(), "MODEL_CLOSING_BALANCE", "closing_balance", y, closing.toPounds().toPlainString(),
          "modelled", "", MODEL, "", "projection under today's rules from the 2025-26 panel"));
    }
    return m;
  }

  private static void add(ModelYears m, LocalAuthority la, FinancialYear y, String figure, Money value, FieldProvenance p) {
    // The full rule is long: the table names the provenance and its source, the CSV carries the rule.
    m.table.addRow(y, figure, Figures.millions(value), p.provenance().code()
        + p.source().map(src -> " (" + src.title() + p.period().map(per -> ", " + per).orElse("") + ")").orElse(""));
    m.csvRows.add(List.of(la.code(), la.name(), "MODEL_" + figure.replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.UK),
        "", y, value.toPounds().toPlainString(), p.provenance().code(), "", MODEL, "", p.label()));
  }

  private static Path plansChart(Path file, LocalAuthority la, Map<Measure, Series> series) {
    // Titles are one line at this width: the predecessors are named, the shares are in the report and CSV.
    String carried = Reorganisation.creating(la.code()).map(r -> "; before " + r.effective() + " split from "
        + String.join(" + ", r.predecessors().values())).orElse("");
    XYChart chart = chart(la.name() + " (" + la.code() + "): EHC plans, requests and new plans (DfE SEN2" + carried + ")",
        "year (January census; calendar year for requests and new plans)", "count");
    // Statements and plans together to January 2022 (the 2022 release), EHC plans alone after (no statements remain).
    List<Integer> x = new ArrayList<>();
    List<BigDecimal> y = new ArrayList<>();
    Series both = series.get(Measure.STATEMENTS_AND_EHC_PLANS);
    series.get(Measure.EHC_PLANS).figures().forEach((p, f) -> {
      Optional<BigDecimal> v = Optional.ofNullable(both.figures().get(p)).flatMap(Figure::value).or(f::value);
      v.ifPresent(n -> {
        x.add(p.year());
        y.add(n);
      });
    });
    chart.addSeries("statements + EHC plans (January)", x, y);
    addSeries(chart, "requests for assessment (calendar year)", series.get(Measure.FLOWS_REQUESTS_RECEIVED));
    addSeries(chart, "new EHC plans (calendar year)", series.get(Measure.FLOWS_NEW_EHC_PLANS));
    return save(file, chart);
  }

  private static Path fundingChart(Path file, LocalAuthority la, Series block, ModelYears model) {
    XYChart chart = chart(la.name() + " (" + la.code() + "): high-needs block, DfE allocation tables (real) and the"
        + " model's allocations (derived)", "financial year starting", "£m");
    addSeries(chart, "high-needs block (DfE, gross)", block);
    List<Integer> x = new ArrayList<>(model.allocations.keySet());
    List<BigDecimal> y = new ArrayList<>();
    model.allocations.values().forEach(v -> y.add(v.toPounds().movePointLeft(6)));
    chart.addSeries("model's high-needs allocation", x, y);
    return save(file, chart);
  }

  private static XYChart chart(String title, String xTitle, String yTitle) {
    XYChart chart = new XYChartBuilder().width(1000).height(550).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setXAxisDecimalPattern("0");
    chart.getStyler().setYAxisDecimalPattern("#,##0.##");
    return chart;
  }

  /** Adds the numbers of a series (money in £m), x the period's year; periods with no number are left out. */
  private static void addSeries(XYChart chart, String name, Series s) {
    List<Integer> x = new ArrayList<>();
    List<BigDecimal> y = new ArrayList<>();
    s.figures().forEach((p, f) -> f.value().ifPresent(v -> {
      x.add(p.year());
      y.add(s.measure().unit() == Unit.POUNDS ? v.movePointLeft(6) : v);
    }));
    if (!x.isEmpty()) {
      chart.addSeries(name, x, y);
    }
  }

  private static Path save(Path file, XYChart chart) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      String name = file.toString();
      BitmapEncoder.saveBitmap(chart, name.substring(0, name.length() - 4), BitmapEncoder.BitmapFormat.PNG);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("AuthorityReport: cannot write " + file, e);
    }
  }
}
