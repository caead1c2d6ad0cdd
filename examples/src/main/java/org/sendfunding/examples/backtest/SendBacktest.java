package org.sendfunding.examples.backtest;

import java.awt.Color;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.ehcp.projection.Backtest;
import org.sendfunding.ehcp.projection.Calibration;
import org.sendfunding.ehcp.projection.CaseloadCalibrator;
import org.sendfunding.ehcp.projection.EnglandTables;
import org.sendfunding.ehcp.projection.PublishedTables;
import org.sendfunding.model.input.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/send-backtest}: fits the EHC plan projection on what DfE had published by January
 * {@code --fit-year} (caseloads to that January, flows to the calendar year before), projects the
 * following Januaries for every LA with the lockstep Monte Carlo and compares them with the published
 * figures, beside two naive forecasts (each LA's last year's growth repeated; England's growth applied to
 * each LA). It writes {@code backtest.md} (the tables and what they say, all computed), {@code
 * backtest-las.csv} (every LA and year) and {@code backtest.png} (projected against published per LA)
 * into {@code --out}, all or nothing.
 *
 * <pre>
 * bin/send-backtest                       # docs/backtest.md, docs/backtest-las.csv, docs/backtest.png
 * bin/send-backtest --runs 200 --out /tmp/bt
 * </pre>
 *
 * <p>Bad arguments or unreadable tables print one line and exit with 2.
 */
@Command(
    name = "send-backtest",
    mixinStandardHelpOptions = true,
    version = "SEND Funding Model 0.1.0",
    description = {
        "Back-tests the calibrated EHC plan projection on England's published per-LA figures (DfE SEN2, "
            + "embedded in send-data): fits on what was published by January FIT-YEAR, projects the next "
            + "YEARS Januaries for every LA and compares with what was published, beside two naive baselines.",
        "Writes backtest.md, backtest-las.csv and backtest.png into OUT (all or nothing)."})
public final class SendBacktest implements Callable<Integer> {

  /** The last January the embedded tables publish. */
  static final int LAST_PUBLISHED = 2025;

  @Option(names = "--fit-year", paramLabel = "YEAR", defaultValue = "2023",
      description = "The January fitted on (default ${DEFAULT-VALUE}); FIT-YEAR + YEARS must be published.")
  int fitYear;

  @Option(names = "--years", paramLabel = "N", defaultValue = "2",
      description = "Januaries projected and compared (default ${DEFAULT-VALUE}).")
  int years;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "1000",
      description = "Monte Carlo runs per LA (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Read the nine tidy tables from DIR (as bin/send-data import writes them) instead of the embedded ones.")
  Path data;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "docs",
      description = "Folder to write into (default ${DEFAULT-VALUE}).")
  Path out;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    String bad = check();
    if (bad != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), bad);
    }
    EnglandStatistics stats = data == null ? EnglandStatistics.england() : EnglandStatistics.read(data);
    PublishedTables fit = EnglandTables.publishedBy(stats, fitYear);
    PublishedTables all = EnglandTables.england(stats);
    Backtest.Result r = Backtest.DEFAULT.run(fit, all, fitYear, years, runs, seed);
    List<Calibration> cals = CaseloadCalibrator.DEFAULT.calibrateAll(fit, fitYear);
    long regionCopies = fit.counts().stream().filter(c -> c.source().contains(EnglandTables.REGION_COPY)).count();
    String md = BacktestReport.markdown(r, cals, stats, regionCopies, runs, seed);
    write(md, BacktestReport.csv(r), r);
    stdout.print(r.toText());
    stdout.println("wrote " + out.resolve("backtest.md") + ", " + out.resolve("backtest-las.csv") + ", "
        + out.resolve("backtest.png"));
    return 0;
  }

  /** The one-line reason the arguments cannot be used, or null. */
  String check() {
    if (years < 1) {
      return "--years: " + years + ", at least 1";
    }
    if (runs < 10 || runs > 100_000) {
      return "--runs: " + runs + ", from 10 to 100000";
    }
    if (data == null && (fitYear < EnglandTables.FIRST_YEAR + 1 || fitYear + years > LAST_PUBLISHED)) {
      return "--fit-year " + fitYear + " --years " + years + ": the embedded tables publish Januaries "
          + EnglandTables.FIRST_YEAR + " to " + LAST_PUBLISHED + ", so FIT-YEAR must be from "
          + (EnglandTables.FIRST_YEAR + 1) + " and FIT-YEAR + YEARS at most " + LAST_PUBLISHED;
    }
    if (data != null && !Files.isDirectory(data)) {
      return "--data " + data + ": not a folder";
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      return "--out " + out + ": exists and is not a folder";
    }
    return null;
  }

  /** Writes the three files beside each other first, then moves them into place. */
  private void write(String md, String csv, Backtest.Result r) {
    try {
      Files.createDirectories(out);
      Path tmpMd = Files.createTempFile(out, ".backtest", ".md");
      Path tmpCsv = Files.createTempFile(out, ".backtest", ".csv");
      Path tmpPng = Files.createTempFile(out, ".backtest", ".png");
      try {
        Files.writeString(tmpMd, md, StandardCharsets.UTF_8);
        Files.writeString(tmpCsv, csv, StandardCharsets.UTF_8);
        chart(r, tmpPng);
        Files.move(tmpMd, out.resolve("backtest.md"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmpCsv, out.resolve("backtest-las.csv"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmpPng, out.resolve("backtest.png"), StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmpMd);
        Files.deleteIfExists(tmpCsv);
        Files.deleteIfExists(tmpPng);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("send-backtest: cannot write into " + out, e);
    }
  }

  /** Projected median against published, one point per LA and year, log scales, the line y = x. */
  static void chart(Backtest.Result r, Path png) throws IOException {
    XYChart chart = new XYChartBuilder().width(900).height(800)
        .title("EHC plans per LA: projected from January " + r.fitYear() + " against published")
        .xAxisTitle("published (January)").yAxisTitle("projected median (80% interval)").build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setMarkerSize(5);
    chart.getStyler().setXAxisDecimalPattern("#,##0");
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    Color[] colours = {new Color(0, 90, 180), new Color(210, 90, 0), new Color(0, 140, 60)};
    double lo = Double.MAX_VALUE;
    double hi = 0;
    for (int k = 0; k < r.coverage80().size(); k++) {
      int year = r.fitYear() + 1 + k;
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      List<Double> err = new ArrayList<>();
      for (Backtest.LaYear row : r.rows()) {
        if (row.year() == year) {
          x.add((double) row.published());
          y.add((double) row.median());
          // XChart draws symmetric error bars: half the 80% interval's width.
          err.add((row.high80() - row.low80()) / 2.0);
          lo = Math.min(lo, Math.min(row.published(), row.median()));
          hi = Math.max(hi, Math.max(row.published(), row.median()));
        }
      }
      XYSeries s = chart.addSeries("January " + year, x, y, err);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(colours[k % colours.length]);
      s.setLineColor(colours[k % colours.length]);
    }
    XYSeries line = chart.addSeries("projected = published", List.of(lo, hi), List.of(lo, hi));
    line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    line.setMarker(SeriesMarkers.NONE);
    line.setLineColor(Color.GRAY);
    String name = png.toString();
    BitmapEncoder.saveBitmap(chart, name.substring(0, name.length() - 4), BitmapEncoder.BitmapFormat.PNG);
  }

  /** Runs the command; exits 0 on success, 2 on bad arguments or bad input, 1 if it cannot write. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs the command with the given streams and returns the exit code (for tests). */
  static int run(PrintStream out, PrintStream err, String... args) {
    CommandLine cli = new CommandLine(new SendBacktest());
    PrintWriter errWriter = new PrintWriter(err, true);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(errWriter);
    cli.setParameterExceptionHandler((e, a) -> {
      errWriter.println("send-backtest: " + e.getMessage() + " (send-backtest --help)");
      return 2;
    });
    cli.setExecutionExceptionHandler((e, c, p) -> {
      if (e instanceof InputException || e instanceof IllegalArgumentException) {
        errWriter.println("send-backtest: refused, nothing written: " + e.getMessage().lines().findFirst().orElse(""));
        return 2;
      }
      if (e instanceof UncheckedIOException) {
        errWriter.println(e.getMessage());
        return 1;
      }
      throw e;
    });
    return cli.execute(args);
  }
}
