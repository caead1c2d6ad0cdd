package org.sendfunding.accountability.parameters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.sendfunding.model.explain.SourceReference;

/**
 * The dated parameters of the accountability measures, looked up by path as in force on a date.
 *
 * <p>{@link #DEFAULT} is loaded from {@code accountability-parameters.csv} in this package: each row is
 * a path, a value, a unit, the date it came into force, whether it is verified, a description and a
 * source (title, paragraph, address). A scenario overrides a value with {@link #withValue}:
 *
 * <pre>{@code
 * AccountabilityParameters.DEFAULT.get("progress8.cap.sdMultiple").value();   // 2.3
 * AccountabilityParameters stricter = AccountabilityParameters.DEFAULT
 *     .withValue("progress8.cap.sdMultiple", 2.0, "what-if: cap at 2 SD");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AccountabilityParameters {

  /** Negative-score cap: standard deviations below each prior-attainment group's mean. */
  public static final String CAP_SD_MULTIPLE = "progress8.cap.sdMultiple";
  /** z-value of the 95% confidence interval. */
  public static final String CONFIDENCE_Z = "progress8.confidenceInterval.z";
  /** Divisor turning an Attainment 8 difference into a Progress 8 score. */
  public static final String SCORE_DIVISOR = "progress8.scoreDivisor";
  /** Highest Attainment 8 score. */
  public static final String ATTAINMENT8_MAXIMUM = "progress8.attainment8.maximum";
  /** Lowest KS2 scaled score. */
  public static final String KS2_MINIMUM = "priorattainment.ks2.scaledScore.minimum";
  /** Highest KS2 scaled score. */
  public static final String KS2_MAXIMUM = "priorattainment.ks2.scaledScore.maximum";
  /** Lowest KS2 nominal score (pupils working below the standard of the tests). */
  public static final String KS2_NOMINAL_MINIMUM = "priorattainment.ks2.nominalScore.minimum";
  /** Nominal score of a pupil who sat a KS2 test but scored too few marks for a scaled score. */
  public static final String KS2_NOMINAL_BELOW_TEST_THRESHOLD = "priorattainment.ks2.nominalScore.belowTestThreshold";
  /** Whether a pupil with one KS2 score is grouped by it (1) or excluded (0). */
  public static final String SINGLE_SCORE_ALLOWED = "priorattainment.ks2.singleScoreAllowed";
  /** Whether cohort-derived estimates use mainstream pupils only (1) or every pupil (0). */
  public static final String ESTIMATES_MAINSTREAM_ONLY = "progress8.estimates.mainstreamOnly";
  /** Whether the confidence interval's standard deviation is of capped (1) or uncapped (0) scores. */
  public static final String CONFIDENCE_CAPPED_SCORES = "progress8.confidenceInterval.cappedScores";
  /** Terms in key stage 4. */
  public static final String TERMS_IN_KEY_STAGE_4 = "timeonroll.termsInKeyStage4";

  private static final String RESOURCE = "accountability-parameters.csv";
  private static final List<String> HEADER = List.of(
      "path", "value", "unit", "in_force_from", "verified", "description", "title", "paragraph", "href");

  /** The parameters shipped with the library, latest values in force. */
  public static final AccountabilityParameters DEFAULT = loadDefault();

  private final ImmutableListMultimap<String, AccountabilityParameter> byPath;
  private final Optional<LocalDate> asOf;

  private AccountabilityParameters(
      ImmutableListMultimap<String, AccountabilityParameter> byPath, Optional<LocalDate> asOf) {
    this.byPath = byPath;
    this.asOf = asOf;
  }

  /**
   * Parameters made of the given values; several values of one path must have distinct dates.
   *
   * @param parameters the values
   * @return the parameters
   * @throws IllegalArgumentException if a path has two values in force from the same date
   */
  public static AccountabilityParameters of(Iterable<AccountabilityParameter> parameters) {
    ListMultimap<String, AccountabilityParameter> map =
        MultimapBuilder.treeKeys().arrayListValues().build();
    parameters.forEach(p -> map.put(p.path(), p));
    ImmutableListMultimap.Builder<String, AccountabilityParameter> sorted = ImmutableListMultimap.builder();
    for (String path : map.keySet()) {
      List<AccountabilityParameter> values = new ArrayList<>(map.get(path));
      values.sort(Comparator.comparing(AccountabilityParameter::inForceFrom));
      for (int i = 1; i < values.size(); i++) {
        Preconditions.checkArgument(
            !values.get(i).inForceFrom().equals(values.get(i - 1).inForceFrom()),
            "AccountabilityParameters: %s has two values in force from %s", path, values.get(i).inForceFrom());
      }
      sorted.putAll(path, values);
    }
    return new AccountabilityParameters(sorted.build(), Optional.empty());
  }

  /** Every parameter path, sorted. */
  public ImmutableSortedSet<String> paths() {
    return ImmutableSortedSet.copyOf(byPath.keySet());
  }

  /** Every dated value of a path, oldest first (empty if the path is unknown). */
  public ImmutableList<AccountabilityParameter> history(String path) {
    return byPath.get(path);
  }

  /**
   * These parameters as in force on a date: {@link #get} then returns the value in force that day.
   *
   * @param date the date
   * @return the parameters as of that date
   */
  public AccountabilityParameters asOf(LocalDate date) {
    return new AccountabilityParameters(byPath, Optional.of(date));
  }

  /**
   * The value of a path in force on the {@link #asOf} date, or the latest value if no date was set.
   *
   * @param path the path, e.g. {@link #CAP_SD_MULTIPLE}
   * @return the value
   * @throws NoSuchElementException naming the path (and date) if there is no such value
   */
  public AccountabilityParameter get(String path) {
    ImmutableList<AccountabilityParameter> values = byPath.get(path);
    if (values.isEmpty()) {
      throw new NoSuchElementException(
          "AccountabilityParameters: no parameter '" + path + "'; known paths are " + paths());
    }
    if (asOf.isEmpty()) {
      return values.get(values.size() - 1);
    }
    AccountabilityParameter found = null;
    for (AccountabilityParameter p : values) {
      if (!p.inForceFrom().isAfter(asOf.get())) {
        found = p;
      }
    }
    if (found == null) {
      throw new NoSuchElementException(
          "AccountabilityParameters: '" + path + "' has no value in force on " + asOf.get()
              + "; the first is from " + values.get(0).inForceFrom());
    }
    return found;
  }

  /**
   * These parameters with one path's value replaced by a what-if value (in force from the earliest
   * date, unverified, its reference naming the reason).
   *
   * @param path an existing path
   * @param value the new value
   * @param reason why the value is overridden, e.g. "scenario: cap at 2 SD"
   * @return the new parameters
   * @throws NoSuchElementException if the path is unknown
   */
  public AccountabilityParameters withValue(String path, double value, String reason) {
    AccountabilityParameter current = get(path);
    AccountabilityParameter override = AccountabilityParameter.builder()
        .from(current)
        .value(value)
        .inForceFrom(byPath.get(path).get(0).inForceFrom())
        .verified(false)
        .reference(SourceReference.builder().title("Override: " + reason).build())
        .build();
    ImmutableListMultimap.Builder<String, AccountabilityParameter> b = ImmutableListMultimap.builder();
    for (String p : byPath.keySet()) {
      b.putAll(p, p.equals(path) ? List.of(override) : byPath.get(p));
    }
    return new AccountabilityParameters(b.build(), asOf);
  }

  /**
   * Reads parameters from CSV with the header {@code path,value,unit,in_force_from,verified,description,
   * title,paragraph,href}, collecting every row error.
   *
   * @param source a name for the source in error messages
   * @param reader the CSV text
   * @return the parameters
   * @throws IllegalArgumentException listing every bad row (line and column)
   */
  public static AccountabilityParameters read(String source, Reader reader) {
    List<AccountabilityParameter> out = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    String text = readAtMost(source, reader);
    try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(text)) {
      int line = 0;
      while (rows.hasNextValue()) {
        String[] row = rows.nextValue();
        line++;
        if (line == 1) {
          if (!List.of(row).equals(HEADER)) {
            errors.add("line 1: header " + List.of(row) + " differs from " + HEADER);
            break;
          }
          continue;
        }
        if (row.length != HEADER.size()) {
          errors.add("line " + line + ": " + row.length + " fields, expected " + HEADER.size());
          continue;
        }
        try {
          SourceReference.Builder ref = SourceReference.builder().title(row[6]);
          if (!row[7].isBlank()) {
            ref.paragraph(row[7]);
          }
          if (!row[8].isBlank()) {
            ref.href(row[8]);
          }
          Preconditions.checkArgument(row[4].equals("true") || row[4].equals("false"),
              "column verified: '%s' is not true or false", row[4]);
          out.add(AccountabilityParameter.builder()
              .path(row[0])
              .value(parseValue(row[1]))
              .unit(row[2])
              .inForceFrom(parseDate(row[3]))
              .verified(Boolean.parseBoolean(row[4]))
              .description(row[5])
              .reference(ref.build())
              .build());
        } catch (IllegalArgumentException | IllegalStateException e) {
          errors.add("line " + line + ": " + e.getMessage());
        }
      }
    } catch (JsonProcessingException e) {
      // found by fuzzing: malformed CSV (an unclosed quote) escaped as an UncheckedIOException
      errors.add("line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ": not valid CSV: "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read parameters", e);
    } catch (RuntimeException e) {
      if (!(e.getCause() instanceof JsonProcessingException)) {
        throw e;
      }
      JsonProcessingException j = (JsonProcessingException) e.getCause();
      errors.add("line " + (j.getLocation() == null ? "?" : j.getLocation().getLineNr()) + ": not valid CSV: "
          + j.getOriginalMessage());
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          source + ": " + errors.size() + " bad parameter row(s):\n  " + String.join("\n  ", errors));
    }
    try {
      return of(out);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  /** The most characters a parameter file may have: 1 MiB (the shipped file is under 10 KB). */
  static final int MAX_CHARACTERS = 1024 * 1024;

  private static String readAtMost(String source, Reader reader) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
        if (text.length() > MAX_CHARACTERS) {
          throw new IllegalArgumentException(source + ": more than the limit of " + MAX_CHARACTERS + " characters");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read parameters", e);
    }
    return text.toString();
  }

  private static double parseValue(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("column value: '" + text + "' is not a number", e);
    }
  }

  private static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("column in_force_from: '" + text + "' is not a date yyyy-mm-dd", e);
    }
  }

  private static AccountabilityParameters loadDefault() {
    InputStream in = AccountabilityParameters.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("AccountabilityParameters: resource " + RESOURCE + " is missing");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(RESOURCE, reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "AccountabilityParameters" + paths() + asOf.map(d -> " as of " + d).orElse("");
  }
}
