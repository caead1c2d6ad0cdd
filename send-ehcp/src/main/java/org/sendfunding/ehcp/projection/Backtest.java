package org.sendfunding.ehcp.projection;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sendfunding.model.authority.LocalAuthority;

/**
 * How well the calibrated projection would have predicted what was later published: every LA is
 * calibrated on the figures up to a January ({@code fitYear}), projected a number of years with the
 * lockstep Monte Carlo, and compared with the published January totals of those years, beside two naive
 * forecasts of the same LAs: the LA's last year's growth repeated, and the growth of all the tables' LAs
 * together (England's, when the tables cover England) applied to each LA.
 *
 * <pre>{@code
 * Backtest.Result r = Backtest.DEFAULT.run(tables, 2023, 2, 1000, 42L);   // fit to January 2023, test 2024, 2025
 * System.out.print(r.toText());
 * }</pre>
 *
 * <p>Per projected year: each LA's absolute % error of the median, the median and 90th percentile of those
 * over LAs, the national % error of the summed medians, and the share of LAs whose published figure lies
 * within the 80% (10th-90th percentile) and 95% (2.5th-97.5th) intervals of the runs. LAs without a
 * published figure for a year are left out of that year and counted. Percentiles are nearest-rank. This
 * class is immutable and thread-safe.
 */
public final class Backtest {

  /** The back-test. */
  public static final Backtest DEFAULT = new Backtest();

  private Backtest() {}

  /** One forecast's errors in one year. */
  public record Errors(String forecast, int year, int las, double medianAbsPct, double p90AbsPct, double nationalPct) {}

  /** One LA in one year: published, the model's median and intervals, the two naive forecasts. */
  public record LaYear(LocalAuthority la, int year, long published, int median, int low80, int high80, int low95,
      int high95, double lastGrowth, double allGrowth) {}

  /**
   * The back-test's figures.
   *
   * @param fitYear the January calibrated on
   * @param rows every LA and year with a published figure
   * @param errors the model's and the two baselines' errors per year
   * @param coverage80 per year, the share of LAs inside the 80% interval
   * @param coverage95 per year, the share inside the 95% interval
   * @param leftOut per year, LAs without a published figure
   */
  public record Result(int fitYear, ImmutableList<LaYear> rows, ImmutableList<Errors> errors,
      ImmutableList<Double> coverage80, ImmutableList<Double> coverage95, ImmutableList<Integer> leftOut) {

    /** The table of errors and coverage, with a line per year saying whether the model beat both baselines. */
    public String toText() {
      StringBuilder out = new StringBuilder(String.format(Locale.UK,
          "Back-test: calibrated on January %d, projected January %d to %d%n", fitYear, fitYear + 1,
          fitYear + coverage80.size()));
      out.append(String.format(Locale.UK, "%-26s %5s %4s %12s %12s %12s%n", "forecast", "year", "LAs", "median |%|",
          "p90 |%|", "national %"));
      for (Errors e : errors) {
        out.append(String.format(Locale.UK, "%-26s %5d %4d %12.2f %12.2f %+12.2f%n", e.forecast(), e.year(), e.las(),
            e.medianAbsPct(), e.p90AbsPct(), e.nationalPct()));
      }
      for (int k = 0; k < coverage80.size(); k++) {
        int year = fitYear + 1 + k;
        Errors model = find("model", year);
        boolean beats = model.medianAbsPct() < find("last year's growth", year).medianAbsPct()
            && model.medianAbsPct() < find("all LAs' growth", year).medianAbsPct();
        out.append(String.format(Locale.UK, "%d: inside 80%% interval %.0f%% of LAs, inside 95%% %.0f%%; %d left out;"
            + " the model %s both baselines on the median error%n", year, 100 * coverage80.get(k),
            100 * coverage95.get(k), leftOut.get(k), beats ? "beats" : "does NOT beat"));
      }
      return out.toString();
    }

    /** The errors of a forecast in a year. */
    public Errors find(String forecast, int year) {
      return errors.stream().filter(e -> e.forecast().equals(forecast) && e.year() == year).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("Backtest: no " + forecast + " errors for " + year));
    }
  }

  /**
   * Runs the back-test.
   *
   * @param tables the published tables (figures after {@code fitYear} are used only to compare)
   * @param fitYear the January to calibrate on
   * @param years years to project and compare, 1 or more
   * @param runs Monte Carlo runs per LA
   * @param seed the seed
   * @return the result
   * @throws IllegalArgumentException if an LA has no January caseload for {@code fitYear} or the year before
   */
  public Result run(PublishedTables tables, int fitYear, int years, int runs, long seed) {
    Preconditions.checkArgument(years >= 1, "Backtest.years: %s, at least 1", years);
    List<LocalAuthority> las = tables.authorities();
    List<String> missing = new ArrayList<>();
    long all0 = 0;
    long all1 = 0;
    for (LocalAuthority la : las) {
      Optional<Long> a = tables.count(PublishedTable.CASELOAD, la.code(), fitYear - 1, "");
      Optional<Long> b = tables.count(PublishedTable.CASELOAD, la.code(), fitYear, "");
      if (a.isEmpty() || b.isEmpty()) {
        missing.add(la.code() + " " + la.name());
      } else {
        all0 += a.get();
        all1 += b.get();
      }
    }
    Preconditions.checkArgument(missing.isEmpty(),
        "Backtest: LA(s) %s have no January caseload for %s and %s, which the baselines need", missing, fitYear - 1,
        fitYear);
    double allGrowth = (double) all1 / all0;
    ImmutableList<Calibration> cals = CaseloadCalibrator.DEFAULT.calibrateAll(tables, fitYear);
    ProjectionSettings settings = ProjectionSettings.of(years, runs, seed);
    ImmutableList.Builder<LaYear> rows = ImmutableList.builder();
    List<List<LaYear>> byYear = new ArrayList<>();
    for (int k = 0; k < years; k++) {
      byYear.add(new ArrayList<>());
    }
    int[] leftOut = new int[years];
    for (int i = 0; i < las.size(); i++) {
      LocalAuthority la = las.get(i);
      int[] counts = LockstepProjector.counts(cals.get(i).model(), settings);
      long n0 = tables.count(PublishedTable.CASELOAD, la.code(), fitYear - 1, "").orElseThrow();
      long n1 = tables.count(PublishedTable.CASELOAD, la.code(), fitYear, "").orElseThrow();
      double lastGrowth = n0 > 0 ? (double) n1 / n0 : 1.0;
      for (int k = 0; k < years; k++) {
        int year = fitYear + 1 + k;
        Optional<Long> real = tables.count(PublishedTable.CASELOAD, la.code(), year, "");
        if (real.isEmpty() || real.get() == 0) {
          leftOut[k]++;
          continue;
        }
        int[] totals = new int[runs];
        for (int cell = 0; cell < CaseloadState.CELLS; cell++) {
          int at = (k * CaseloadState.CELLS + cell) * runs;
          for (int r = 0; r < runs; r++) {
            totals[r] += counts[at + r];
          }
        }
        Arrays.sort(totals);
        LaYear row = new LaYear(la, year, real.get(), rank(totals, 0.5), rank(totals, 0.10), rank(totals, 0.90),
            rank(totals, 0.025), rank(totals, 0.975), n1 * Math.pow(lastGrowth, k + 1), n1 * Math.pow(allGrowth, k + 1));
        rows.add(row);
        byYear.get(k).add(row);
      }
    }
    ImmutableList.Builder<Errors> errors = ImmutableList.builder();
    ImmutableList.Builder<Double> c80 = ImmutableList.builder();
    ImmutableList.Builder<Double> c95 = ImmutableList.builder();
    for (int k = 0; k < years; k++) {
      List<LaYear> ys = byYear.get(k);
      int year = fitYear + 1 + k;
      errors.add(errors("model", year, ys, r -> r.median()));
      errors.add(errors("last year's growth", year, ys, LaYear::lastGrowth));
      errors.add(errors("all LAs' growth", year, ys, LaYear::allGrowth));
      c80.add(ys.isEmpty() ? Double.NaN
          : ys.stream().filter(r -> r.published() >= r.low80() && r.published() <= r.high80()).count() / (double) ys.size());
      c95.add(ys.isEmpty() ? Double.NaN
          : ys.stream().filter(r -> r.published() >= r.low95() && r.published() <= r.high95()).count() / (double) ys.size());
    }
    return new Result(fitYear, rows.build(), errors.build(), c80.build(), c95.build(),
        Arrays.stream(leftOut).boxed().collect(ImmutableList.toImmutableList()));
  }

  private static Errors errors(String name, int year, List<LaYear> rows, java.util.function.ToDoubleFunction<LaYear> f) {
    double[] abs = new double[rows.size()];
    double forecast = 0;
    double real = 0;
    for (int i = 0; i < abs.length; i++) {
      LaYear r = rows.get(i);
      double v = f.applyAsDouble(r);
      abs[i] = 100 * Math.abs(v - r.published()) / r.published();
      forecast += v;
      real += r.published();
    }
    Arrays.sort(abs);
    return new Errors(name, year, abs.length, rank(abs, 0.5), rank(abs, 0.9), real > 0 ? 100 * (forecast - real) / real
        : Double.NaN);
  }

  /** Nearest rank: the value at position ceil(q n) - 1 of the sorted values. */
  static int rank(int[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  static double rank(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
