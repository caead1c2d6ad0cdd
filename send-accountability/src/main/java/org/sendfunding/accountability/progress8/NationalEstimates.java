package org.sendfunding.accountability.progress8;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.sendfunding.accountability.parameters.AccountabilityParameters;
import org.sendfunding.model.explain.SourceReference;

/**
 * DfE's national Attainment 8 estimates, embedded by year, with their prior-attainment groups and source.
 *
 * <p>DfE publishes with each year's "Secondary accountability measures" guidance a table of
 * Attainment 8 estimates by KS2 prior attainment (in steps of 0.5): the English, maths, EBacc and open
 * element estimates and the average EBacc and open slots filled. Consecutive rows with equal figures
 * form one prior-attainment group. Embedded: <b>2023</b> (34 groups; REAL figures as published, copied
 * from a public repository and NOT yet checked value by value against gov.uk, so {@link #verified}
 * is false). No table exists for 2025 or 2026: KS2 tests were cancelled in 2020 and 2021, so there is
 * no Progress 8 for those cohorts. 2022 and 2024 tables are not embedded (not sourced here); supply
 * them with {@link Attainment8Estimates#of}.
 *
 * <pre>{@code
 * Attainment8Estimates e = NationalEstimates.attainment8(2023);
 * e.estimate(15).meanAttainment8();                 // 38.0 = 8.46 + 7.35 + 10.42 + 11.77
 * NationalEstimates.groups(2023).groupOfScore(72);  // 1: nominal scores fall in the lowest group
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalEstimates {

  /** The columns of a yearly table, as DfE (and the copied repository) name them. */
  public static final ImmutableList<String> TABLE_COLUMNS = ImmutableList.of("Key stage 2 fine level",
      "Attainment 8 estimate", "A8 Nat Est - English", "A8 Nat Est - Maths", "A8 Nat Est - EBacc", "A8 Nat Est - Open",
      "Average EBacc slots filled (out of 3)", "Average open slots filled (out of 3)");
  private static final List<String> INDEX_COLUMNS =
      List.of("year", "resource", "title", "paragraph", "href", "verified", "label", "note");
  private static final String INDEX = "national-estimates.csv";

  private static final ImmutableSortedMap<Integer, Year> YEARS = load();

  private NationalEstimates() {}

  /** The years with an embedded table. */
  public static ImmutableSortedSet<Integer> years() {
    return YEARS.keySet();
  }

  /** The latest year with an embedded table. */
  public static int latestYear() {
    return YEARS.lastKey();
  }

  /**
   * The national estimates of a year.
   *
   * @param year the year of the key stage 4 results
   * @return the estimates, one per group, with element estimates
   * @throws NoSuchElementException naming the embedded years
   */
  public static Attainment8Estimates attainment8(int year) {
    return year(year).estimates;
  }

  /**
   * DfE's prior-attainment groups of a year.
   *
   * @param year the year of the key stage 4 results
   * @return the groups
   * @throws NoSuchElementException naming the embedded years
   */
  public static PriorAttainmentGroups groups(int year) {
    return year(year).groups;
  }

  /**
   * Where a year's table comes from.
   *
   * @param year the year
   * @return the source (title, table, address)
   */
  public static SourceReference source(int year) {
    return year(year).source;
  }

  /**
   * Whether a year's figures were checked against gov.uk.
   *
   * @param year the year
   * @return true if checked
   */
  public static boolean verified(int year) {
    return year(year).verified;
  }

  /**
   * What a year's figures are ("real", "derived" or "illustrative") and how they were obtained.
   *
   * @param year the year
   * @return e.g. "real: As published by DfE, copied from ..."
   */
  public static String provenance(int year) {
    return year(year).label + ": " + year(year).note;
  }

  private static Year year(int year) {
    Year y = YEARS.get(year);
    if (y == null) {
      throw new NoSuchElementException("NationalEstimates: no embedded Attainment 8 estimates for " + year
          + "; embedded years are " + YEARS.keySet()
          + " (there is no Progress 8 for 2025 and 2026: no KS2 tests in 2020 and 2021)");
    }
    return y;
  }

  /**
   * Reads one yearly table, checking it whole: the header, KS2 scores rising in steps of 0.5, every
   * figure in range, and each row's published A8 column (the estimate divided by 10, 2 decimals)
   * agreeing with the sum of its elements to within rounding.
   *
   * @param name the table's name, for messages
   * @param reader the CSV text
   * @param maximum the highest KS2 score
   * @return the rows' KS2 scores and element estimates, in order
   * @throws IllegalArgumentException listing every bad row
   */
  static ImmutableSortedMap<Double, ElementEstimates> readTable(String name, Reader reader, double maximum) {
    Map<Double, ElementEstimates> rows = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(reader)) {
      int line = 0;
      Double previous = null;
      while (it.hasNextValue()) {
        String[] f = it.nextValue();
        line++;
        if (line == 1) {
          if (!Arrays.asList(f).equals(TABLE_COLUMNS)) {
            throw new IllegalArgumentException(name + " line 1: header " + Arrays.asList(f) + " differs from " + TABLE_COLUMNS);
          }
          continue;
        }
        try {
          if (f.length != TABLE_COLUMNS.size()) {
            throw new IllegalArgumentException(f.length + " fields, expected " + TABLE_COLUMNS.size());
          }
          double[] v = new double[f.length];
          for (int i = 0; i < f.length; i++) {
            try {
              v[i] = Double.parseDouble(f[i].trim());
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("column " + TABLE_COLUMNS.get(i) + ": '" + f[i] + "' is not a number", e);
            }
          }
          if (previous != null && v[0] != previous + 0.5) {
            throw new IllegalArgumentException("KS2 " + v[0] + " does not follow " + previous + " by 0.5");
          }
          if (v[0] > maximum) {
            throw new IllegalArgumentException("KS2 " + v[0] + " is above the maximum " + maximum);
          }
          previous = v[0];
          ElementEstimates e = ElementEstimates.of(v[2], v[3], v[4], v[5], v[6], v[7]);
          if (Math.abs(e.attainment8() / 10 - v[1]) > 0.005 + 1e-9) {
            throw new IllegalArgumentException("the elements sum to " + e.attainment8() + " but the A8 column (/10) is " + f[1]);
          }
          rows.put(v[0], e);
        } catch (IllegalArgumentException e) {
          errors.add(name + " line " + line + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read", e);
    }
    if (!errors.isEmpty() || rows.isEmpty()) {
      throw new IllegalArgumentException(name + ": " + (rows.isEmpty() && errors.isEmpty() ? "no rows" : String.join("\n  ", errors)));
    }
    return ImmutableSortedMap.copyOf(rows);
  }

  /** Groups a table: consecutive rows with equal estimates are one group. */
  static Year build(int year, ImmutableSortedMap<Double, ElementEstimates> rows, double maximum, SourceReference source,
      boolean verified, String label, String note) {
    List<Double> lowerBounds = new ArrayList<>();
    List<GroupEstimate> estimates = new ArrayList<>();
    ElementEstimates last = null;
    for (Map.Entry<Double, ElementEstimates> r : rows.entrySet()) {
      if (!r.getValue().equals(last)) {
        lowerBounds.add(r.getKey());
        estimates.add(GroupEstimate.published(lowerBounds.size(), r.getValue()));
        last = r.getValue();
      }
    }
    String name = "DfE " + year + " national Attainment 8 estimates";
    return new Year(source, verified, label, note,
        Attainment8Estimates.of(name + (verified ? "" : " (not checked against gov.uk)"), estimates),
        PriorAttainmentGroups.of(name + ", " + lowerBounds.size() + " prior-attainment groups", lowerBounds, maximum));
  }

  private static ImmutableSortedMap<Integer, Year> load() {
    double maximum = AccountabilityParameters.DEFAULT.get(AccountabilityParameters.KS2_MAXIMUM).value();
    Map<Integer, Year> out = new TreeMap<>();
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (Reader index = resource(INDEX);
        MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(index)) {
      boolean header = true;
      while (it.hasNextValue()) {
        String[] f = it.nextValue();
        if (header) {
          if (!Arrays.asList(f).equals(INDEX_COLUMNS)) {
            throw new IllegalStateException(INDEX + ": header " + Arrays.asList(f) + " differs from " + INDEX_COLUMNS);
          }
          header = false;
          continue;
        }
        int year = Integer.parseInt(f[0]);
        ImmutableSortedMap<Double, ElementEstimates> rows;
        try (Reader table = resource(f[1])) {
          rows = readTable(f[1], table, maximum);
        }
        SourceReference source = SourceReference.of(f[2], f[3], f[4]);
        out.put(year, build(year, rows, maximum, source, Boolean.parseBoolean(f[5]), f[6], f[7]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ImmutableSortedMap.copyOf(out);
  }

  private static Reader resource(String name) {
    InputStream in = NationalEstimates.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("NationalEstimates: resource " + name + " is missing");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** One embedded year. */
  static final class Year {
    final SourceReference source;
    final boolean verified;
    final String label;
    final String note;
    final Attainment8Estimates estimates;
    final PriorAttainmentGroups groups;

    Year(SourceReference source, boolean verified, String label, String note, Attainment8Estimates estimates,
        PriorAttainmentGroups groups) {
      this.source = source;
      this.verified = verified;
      this.label = label;
      this.note = note;
      this.estimates = estimates;
      this.groups = groups;
    }
  }
}
