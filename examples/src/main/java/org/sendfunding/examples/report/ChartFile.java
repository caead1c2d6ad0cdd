package org.sendfunding.examples.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Writes PNG charts with XChart: line charts of a measure by year for several series, and bar charts
 * by category.
 *
 * <pre>{@code
 * ChartFile.lines(dir.resolve("deficit.png"), "National DSG balance", "year", "£bn",
 *     List.of(2025, 2026, 2027), Map.of("today's rules", List.of(-5.1, -6.0, -7.2)));
 * }</pre>
 *
 * <p>Series take any {@link Number}: money is passed as exact {@link java.math.BigDecimal} pounds (XChart
 * converts to screen coordinates itself), and every figure charted is also written exactly to CSV.
 */
public final class ChartFile {

  private static final int WIDTH = 900;
  private static final int HEIGHT = 500;

  private ChartFile() {}

  /**
   * A line chart, one line per series, x values shared.
   *
   * @return the file written
   */
  public static Path lines(
      Path file, String title, String xTitle, String yTitle, List<? extends Number> x, Map<String, ? extends List<? extends Number>> series) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setYAxisDecimalPattern("#,##0.##");
    // x values are years: no thousands separator.
    chart.getStyler().setXAxisDecimalPattern("0");
    series.forEach((name, ys) -> chart.addSeries(name, x, ys));
    return save(file, chart);
  }

  /**
   * A line chart whose series each have their own x values (e.g. published years and modelled years).
   *
   * @return the file written
   */
  public static Path linesEach(
      Path file, String title, String xTitle, String yTitle, Map<String, ? extends Map<? extends Number, ? extends Number>> series) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setYAxisDecimalPattern("#,##0.##");
    chart.getStyler().setXAxisDecimalPattern("0");
    series.forEach((name, points) -> {
      if (!points.isEmpty()) {
        chart.addSeries(name, List.copyOf(points.keySet()), List.copyOf(points.values()));
      }
    });
    return save(file, chart);
  }

  /**
   * A bar chart, one group of bars per category.
   *
   * @return the file written
   */
  public static Path bars(
      Path file, String title, String xTitle, String yTitle, List<String> categories, Map<String, ? extends List<? extends Number>> series) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setXAxisLabelRotation(45);
    series.forEach((name, ys) -> chart.addSeries(name, categories, ys));
    return save(file, chart);
  }

  private static Path save(Path file, org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      // XChart appends the extension itself.
      String name = file.toString();
      BitmapEncoder.saveBitmap(chart, name.endsWith(".png") ? name.substring(0, name.length() - 4) : name, BitmapEncoder.BitmapFormat.PNG);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("ChartFile: cannot write " + file, e);
    }
  }
}
