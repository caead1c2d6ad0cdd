package org.sendfunding.ehcp.caseload;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.input.CsvFile;
import org.sendfunding.model.input.CsvLimits;
import org.sendfunding.model.input.CsvRow;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.NumberSyntax;
import org.sendfunding.model.input.PlausibilityLimits;
import org.sendfunding.model.input.Problems;

/**
 * DfE's national EHC plan series for England, read from a cited data file, for comparing a caseload
 * with the country.
 *
 * <pre>{@code
 * Sen2Series.england().value(NationalMeasure.PCT_WITHIN_20_WEEKS_EXCL_EXCEPTIONS, 2024);   // 46.4
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Sen2Series {

  static final String RESOURCE = "national-ehcp-statistics.csv";

  /** The statistics release the series comes from. */
  public static final SourceReference SOURCE =
      SourceReference.of(
          "DfE, Education, health and care plans (SEN2)",
          "https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans");

  private static final ImmutableList<String> COLUMNS = ImmutableList.of("year", "measure", "value", "source");

  private static final Sen2Series ENGLAND = load();

  private final ImmutableMap<NationalMeasure, ImmutableSortedMap<Integer, Double>> values;
  private final ImmutableMap<String, String> sources;

  private Sen2Series(
      ImmutableMap<NationalMeasure, ImmutableSortedMap<Integer, Double>> values, ImmutableMap<String, String> sources) {
    this.values = values;
    this.sources = sources;
  }

  /**
   * The bundled national series.
   *
   * @return the series
   */
  public static Sen2Series england() {
    return ENGLAND;
  }

  /** The most bytes a file may have: 1 MiB (the shipped file is under 4 KB), so that a hostile file fails clearly. */
  static final int MAX_BYTES = 1024 * 1024;


  /**
   * Parses the data format: {@code #} comment lines, then a CSV file with the columns {@code year} (the
   * calendar year), {@code measure} (a {@link NationalMeasure} in lower case, e.g.
   * {@code plans_in_force}), {@code value} (a count, or a percentage for the {@code pct_} measures) and
   * {@code source} (where the figure was read). It is read by {@link CsvFile}: a UTF-8 byte-order mark
   * is dropped, a quoted source may hold commas, and numbers follow {@link NumberSyntax} ({@code
   * "575,963"} is accepted, {@code 5.7e5} is not). Years, counts and percentages outside {@link
   * PlausibilityLimits#standard()} are refused. Every bad row is reported in one exception.
   *
   * @param in the data
   * @param what the file name, for messages
   * @return the series
   * @throws InputException listing every bad row with its line and column
   */
  public static Sen2Series parse(InputStream in, String what) {
    Problems problems = Problems.in(what);
    CsvFile file = CsvFile.read(in, what, CsvLimits.DEFAULT.withMaxBytes(MAX_BYTES), problems);
    file.requireColumns(COLUMNS, List.of(), problems);
    PlausibilityLimits limits = PlausibilityLimits.standard();
    Map<NationalMeasure, TreeMap<Integer, Double>> out = new EnumMap<>(NationalMeasure.class);
    Map<String, String> src = new TreeMap<>();
    for (CsvRow row : file.rows()) {
      int before = problems.size();
      long year = row.wholeNumber("year", problems);
      NationalMeasure m = row.parse("measure", problems, Sen2Series::measure, NationalMeasure.PLANS_IN_FORCE);
      BigDecimal value = row.decimal("value", problems);
      String source = row.text("source", problems);
      if (problems.size() > before) {
        continue;
      }
      boolean plausible = limits.check(row, "year", "calendar_year", year, problems);
      String quantity = m.name().startsWith("PCT_") ? "share_percent"
          : m == NationalMeasure.PLANS_IN_FORCE ? "national_ehc_plans" : "national_ehc_flow";
      plausible &= limits.check(row, "value", quantity, value, problems);
      if (!plausible) {
        continue;
      }
      if (out.computeIfAbsent(m, k -> new TreeMap<>()).put((int) year, value.doubleValue()) != null) {
        problems.add(row.problem("measure", "given twice for " + year));
      } else {
        src.put(m + "/" + year, source);
      }
    }
    problems.throwIfAny();
    ImmutableMap.Builder<NationalMeasure, ImmutableSortedMap<Integer, Double>> b = ImmutableMap.builder();
    out.forEach((k, v) -> b.put(k, ImmutableSortedMap.copyOf(v)));
    return new Sen2Series(b.build(), ImmutableMap.copyOf(src));
  }

  private static NationalMeasure measure(String text) {
    try {
      return NationalMeasure.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      StringBuilder known = new StringBuilder();
      for (NationalMeasure m : NationalMeasure.values()) {
        known.append(known.length() == 0 ? "" : ", ").append(m.name().toLowerCase(Locale.ROOT));
      }
      throw new IllegalArgumentException("unknown measure (known: " + known + ")");
    }
  }

  private static Sen2Series load() {
    InputStream in = Sen2Series.class.getResourceAsStream(RESOURCE);
    Preconditions.checkState(in != null, "Missing resource %s", RESOURCE);
    return parse(in, RESOURCE);
  }

  /**
   * The national value of a measure in a year.
   *
   * @param measure the measure
   * @param year the calendar year
   * @return the value, or empty if not in the data
   */
  public Optional<Double> value(NationalMeasure measure, int year) {
    return Optional.ofNullable(values.getOrDefault(measure, ImmutableSortedMap.of()).get(year));
  }

  /**
   * Every year's value of a measure.
   *
   * @param measure the measure
   * @return year to value
   */
  public ImmutableSortedMap<Integer, Double> series(NationalMeasure measure) {
    return values.getOrDefault(measure, ImmutableSortedMap.of());
  }

  /**
   * Where one figure was read.
   *
   * @param measure the measure
   * @param year the year
   * @return the release or report, or empty
   */
  public Optional<String> source(NationalMeasure measure, int year) {
    return Optional.ofNullable(sources.get(measure + "/" + year));
  }
}
