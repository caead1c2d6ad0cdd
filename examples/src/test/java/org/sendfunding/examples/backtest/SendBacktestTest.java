package org.sendfunding.examples.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendfunding.data.england.Area;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.data.england.Indicator;
import org.sendfunding.data.england.Period;

/**
 * {@code bin/send-backtest} on the real embedded tables, once (200 runs): the figures it writes agree with
 * each other and with the published tables, the baselines are recomputed by hand for two LAs, and bad
 * arguments are refused with one line and exit 2.
 */
class SendBacktestTest {

  @TempDir
  static Path dir;

  static int code;
  static String stdout;
  static String md;
  static List<String[]> csv;

  @BeforeAll
  static void runOnce() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    code = SendBacktest.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), "--runs", "200", "--out", dir.toString());
    stdout = out.toString(StandardCharsets.UTF_8);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    md = Files.readString(dir.resolve("backtest.md"));
    csv = Files.readAllLines(dir.resolve("backtest-las.csv")).stream().skip(1)
        .map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")).collect(Collectors.toList());
  }

  @Test
  void writes_the_three_files_for_every_la_and_both_years() throws IOException {
    assertThat(code).isZero();
    assertThat(csv).hasSize(153 * 2);
    byte[] png = Files.readAllBytes(dir.resolve("backtest.png"));
    assertThat(Arrays.copyOf(png, 4)).containsExactly(0x89, 'P', 'N', 'G');
    assertThat(stdout).contains("wrote ").contains("backtest.md");
    assertThat(md).contains("| model | 2024 | 153 |").contains("| all LAs' growth | 2025 | 153 |")
        .contains("![Projected median against published EHC plans per LA](backtest.png)");
  }

  @Test
  void published_figures_are_dfes_and_the_baselines_are_as_computed_by_hand() {
    EnglandStatistics e = EnglandStatistics.england();
    // England's growth from January 2022 to 2023 over the 153 LAs (Cumbria's years split by its successors).
    long all22 = 0;
    long all23 = 0;
    for (String[] row : csv) {
      if (row[2].equals("2024")) {
        int la = Integer.parseInt(row[0]);
        all22 += e.series(la, Indicator.EHC_PLANS).value(Period.january(2022)).orElseThrow().longValueExact();
        all23 += e.series(la, Indicator.EHC_PLANS).value(Period.january(2023)).orElseThrow().longValueExact();
      }
    }
    assertThat(all23).isEqualTo(e.figure(Indicator.EHC_PLANS, Area.ENGLAND, Period.january(2023)).number().longValueExact());
    for (int la : new int[] {202, 816}) {   // Camden, York
      long n22 = e.figure(Indicator.EHC_PLANS, Area.la(la), Period.january(2022)).number().longValueExact();
      long n23 = e.figure(Indicator.EHC_PLANS, Area.la(la), Period.january(2023)).number().longValueExact();
      for (int year : new int[] {2024, 2025}) {
        String[] row = row(la, year);
        int k = year - 2023;
        assertThat(Long.parseLong(row[3]))
            .isEqualTo(e.figure(Indicator.EHC_PLANS, Area.la(la), Period.january(year)).number().longValueExact());
        assertThat(Double.parseDouble(row[9])).isCloseTo(n23 * Math.pow((double) n23 / n22, k), within(0.051));
        assertThat(Double.parseDouble(row[10])).isCloseTo(n23 * Math.pow((double) all23 / all22, k), within(0.051));
      }
    }
    // By hand for York, January 2024: 2022 1,179 plans, 2023 1,207; last year's growth gives 1207 * 1207 / 1179.
    assertThat(Double.parseDouble(row(816, 2024)[9])).isCloseTo(1235.7, within(0.05));
  }

  @Test
  void intervals_are_ordered_and_coverage_and_errors_agree_with_the_rows() {
    for (String[] row : csv) {
      long[] q = Arrays.stream(row, 4, 9).mapToLong(Long::parseLong).toArray();   // median, p10, p90, p2.5, p97.5
      assertThat(q[3]).isLessThanOrEqualTo(q[1]);
      assertThat(q[1]).isLessThanOrEqualTo(q[0]);
      assertThat(q[0]).isLessThanOrEqualTo(q[2]);
      assertThat(q[2]).isLessThanOrEqualTo(q[4]);
    }
    for (int year : new int[] {2024, 2025}) {
      List<String[]> ys = csv.stream().filter(r -> r[2].equals(String.valueOf(year))).collect(Collectors.toList());
      long in80 = ys.stream().filter(r -> between(r, 5, 6)).count();
      long in95 = ys.stream().filter(r -> between(r, 7, 8)).count();
      Matcher m = Pattern.compile("\\| " + year + " \\| 153 \\| ([0-9.]+)% \\| ([0-9.]+)% \\| 0 \\|").matcher(md);
      assertThat(m.find()).as("coverage row for %s", year).isTrue();
      double c80 = Double.parseDouble(m.group(1)) / 100;
      double c95 = Double.parseDouble(m.group(2)) / 100;
      assertThat(c80).isBetween(0.0, 1.0).isLessThanOrEqualTo(c95).isCloseTo((double) in80 / ys.size(), within(0.0005));
      assertThat(c95).isBetween(0.0, 1.0).isCloseTo((double) in95 / ys.size(), within(0.0005));
      // The national error of the model: its summed medians against the summed published figures.
      long real = ys.stream().mapToLong(r -> Long.parseLong(r[3])).sum();
      long model = ys.stream().mapToLong(r -> Long.parseLong(r[4])).sum();
      Matcher n = Pattern.compile("\\| model \\| " + year + " \\| 153 \\| ([0-9.]+) \\| ([0-9.]+) \\| ([-+][0-9.]+) \\|")
          .matcher(md);
      assertThat(n.find()).isTrue();
      assertThat(Double.parseDouble(n.group(3))).isCloseTo(100.0 * (model - real) / real, within(0.005));
      double[] abs = ys.stream().mapToDouble(r -> 100.0 * Math.abs(Long.parseLong(r[4]) - Long.parseLong(r[3]))
          / Long.parseLong(r[3])).sorted().toArray();
      assertThat(Double.parseDouble(n.group(1))).isCloseTo(abs[(int) Math.ceil(0.5 * abs.length) - 1], within(0.005));
      assertThat(Double.parseDouble(n.group(2))).isCloseTo(abs[(int) Math.ceil(0.9 * abs.length) - 1], within(0.005));
    }
    assertThat(md).containsPattern("the model (beats both baselines|beats neither baseline|beats [a-zA-Z' ]+, not)");
  }

  @Test
  void yorkshire_new_plans_printed_as_the_regions_are_left_out_and_said_so() {
    assertThat(md).contains("15 published LA figure(s) up to the cut-off equal their whole region's");
  }

  private static boolean between(String[] r, int lo, int hi) {
    long v = Long.parseLong(r[3]);
    return v >= Long.parseLong(r[lo]) && v <= Long.parseLong(r[hi]);
  }

  private static String[] row(int la, int year) {
    return csv.stream().filter(r -> r[0].equals(String.valueOf(la)) && r[2].equals(String.valueOf(year))).findFirst()
        .orElseThrow();
  }

  @Test
  void bad_arguments_are_refused_with_one_line_and_exit_2() {
    Map<String[], String> cases = new HashMap<>();
    cases.put(new String[] {"--years", "0"}, "--years: 0, at least 1");
    cases.put(new String[] {"--fit-year", "2024", "--years", "2"}, "FIT-YEAR + YEARS at most 2025");
    cases.put(new String[] {"--runs", "lots"}, "lots");
    cases.put(new String[] {"--data", dir.resolve("nowhere").toString()}, "not a folder");
    cases.forEach((args, says) -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int exit = SendBacktest.run(new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), args);
      String e = err.toString(StandardCharsets.UTF_8);
      assertThat(exit).as(String.join(" ", args)).isEqualTo(2);
      assertThat(e.lines().count()).as(e).isEqualTo(1);
      assertThat(e).startsWith("send-backtest: ").contains(says);
    });
  }

  @Test
  void help_describes_the_command() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(SendBacktest.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--fit-year").contains("--runs").contains("baselines");
  }
}
