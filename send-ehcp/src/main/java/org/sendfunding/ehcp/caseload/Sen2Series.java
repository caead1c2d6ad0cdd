package org.sendfunding.ehcp.caseload;

import org.sendfunding.ehcp.source.ReferenceText;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sendfunding.model.explain.SourceReference;

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
   * Parses the data format {@code year,measure,value,source} after {@code #} comments and a header.
   *
   * @param in the data
   * @param what the file name, for messages
   * @return the series
   * @throws IllegalArgumentException listing every bad line
   */
  public static Sen2Series parse(InputStream in, String what) {
    List<String> errors = new ArrayList<>();
    Map<NationalMeasure, TreeMap<Integer, Double>> out = new EnumMap<>(NationalMeasure.class);
    Map<String, String> src = new TreeMap<>();
    try (BufferedReader r = ReferenceText.open(in, "National series", what, MAX_BYTES)) {
      String line;
      int lineNo = 0;
      boolean header = false;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!header) {
          header = true;
          if (!line.equals("year,measure,value,source")) {
            errors.add("line " + lineNo + ": header must be 'year,measure,value,source'");
          }
          continue;
        }
        String[] f = line.split(",", 4);
        if (f.length != 4 || f[3].isBlank()) {
          errors.add("line " + lineNo + ": expected year,measure,value,source with a source");
          continue;
        }
        try {
          int year = Integer.parseInt(f[0]);
          NationalMeasure m = NationalMeasure.valueOf(f[1].toUpperCase(Locale.ROOT));
          double v = Double.parseDouble(f[2]);
          if (v < 0) {
            errors.add("line " + lineNo + ": value " + f[2] + " is negative");
          } else if (out.computeIfAbsent(m, k -> new TreeMap<>()).put(year, v) != null) {
            errors.add("line " + lineNo + ": " + f[1] + " for " + year + " is given twice");
          } else {
            src.put(m + "/" + year, f[3]);
          }
        } catch (NumberFormatException e) {
          errors.add("line " + lineNo + ": year '" + f[0] + "' or value '" + f[2] + "' is not a number");
        } catch (IllegalArgumentException e) {
          errors.add("line " + lineNo + ": unknown measure '" + f[1] + "'");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + what, e);
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "National series " + what + " has " + errors.size() + " error(s):\n  " + String.join("\n  ", errors));
    }
    ImmutableMap.Builder<NationalMeasure, ImmutableSortedMap<Integer, Double>> b = ImmutableMap.builder();
    out.forEach((k, v) -> b.put(k, ImmutableSortedMap.copyOf(v)));
    return new Sen2Series(b.build(), ImmutableMap.copyOf(src));
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
