package org.sendfunding.data.ees;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendfunding.data.archive.ZipContents;
import org.sendfunding.model.input.CsvFile;
import org.sendfunding.model.input.CsvLimits;
import org.sendfunding.model.input.CsvRow;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;
import org.sendfunding.model.input.Problems;

/**
 * Reads an EES tidy CSV, checked against its {@link EesLayout}, into an {@link EesTable}, or throws
 * one {@link InputException} listing every problem, each naming the file (or
 * {@code release.zip!data/file.csv}), line and column.
 *
 * <p>Decoding (strict UTF-8, with or without the byte-order mark EES writes; CRLF or LF; RFC 4180
 * quotes) is {@link CsvFile}'s. On top of it, every row is checked: {@code time_period} is a year
 * from 1900 to 2099 ({@code 2024}) or a pair of consecutive years ({@code 202425}); {@code geographic_level} is
 * National, Regional or Local authority; a region row has a {@code region_code}; an LA row's
 * {@code old_la_code} is a known DfE code ({@link LaCodes}); every indicator cell is blank, a number
 * or an EES symbol (an unknown symbol such as {@code n/a} or {@code -} is an error, never read as
 * 0); and no two rows share period, level, area and filter values. Areas are keyed by the DfE
 * code, not the ONS code: DfE's files carry superseded ONS codes for Buckinghamshire, North
 * Yorkshire and Somerset in some years.
 *
 * <pre>{@code
 * EesTable t = EesReader.DEFAULT.read(zip, "data/caseload.csv", layout);
 * EesReader.DEFAULT.read(Path.of("caseload.csv"), layout);
 * // InputException: 1 problem in caseload.csv:
 * //   line 7, column 'ehcplans' ('n/a'): not a number or an EES symbol (z, x, c, low, u, :)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EesReader {

  /** Reads under {@link CsvLimits#DEFAULT} against {@link LaCodes#ENGLAND}. */
  public static final EesReader DEFAULT = new EesReader(CsvLimits.DEFAULT, LaCodes.ENGLAND);

  /** A year of the 20th or 21st century: EES has no other, and a 0918 is a typing slip. */
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
  private static final Pattern YEAR_PAIR = Pattern.compile("((?:19|20)\\d{2})(\\d{2})");

  private final CsvLimits limits;
  private final LaCodes codes;

  private EesReader(CsvLimits limits, LaCodes codes) {
    this.limits = limits;
    this.codes = codes;
  }

  /** This reader with other CSV limits. */
  public EesReader withLimits(CsvLimits value) {
    return new EesReader(value, codes);
  }

  /** This reader checking LA codes against another register. */
  public EesReader withLaCodes(LaCodes value) {
    return new EesReader(limits, value);
  }

  /** Reads a CSV file. */
  public EesTable read(Path csv, EesLayout layout) {
    return read(CsvFile.read(csv, limits), layout);
  }

  /** Reads one entry of a release zip already read under its archive limits. */
  public EesTable read(ZipContents zip, String entry, EesLayout layout) {
    byte[] bytes = zip.bytes(entry);
    return read(CsvFile.read(new ByteArrayInputStream(bytes), zip.source(entry), limits), layout);
  }

  /**
   * Checks a CSV file already parsed.
   *
   * @throws InputException listing every header and row problem
   */
  public EesTable read(CsvFile csv, EesLayout layout) {
    String source = csv.source();
    List<String> required = layout.columns();
    ImmutableList<Problem> header = csv.columnProblems(required, List.of());
    if (!header.isEmpty()) {
      throw new InputException(header);
    }
    if (csv.header().isEmpty()) {
      throw InputException.of(Problem.file(source, "empty file: expected the " + layout.name()
          + " header"));
    }
    Problems problems = Problems.in(source);
    ImmutableList.Builder<EesRow> rows = ImmutableList.builder();
    Map<List<String>, Integer> seen = new HashMap<>();
    for (CsvRow r : csv.rows()) {
      EesRow row = row(r, layout, problems);
      if (row == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(row.key(), r.line());
      if (first != null) {
        problems.add(r.line(), "", "", "duplicated row: same time_period, geographic_level, area "
            + "(" + (row.areaCode().isEmpty() ? "England" : row.areaCode()) + ") and filters "
            + row.filters().values() + " as line " + first);
      }
      rows.add(row);
    }
    problems.throwIfAny();
    return new EesTable(source, layout, rows.build());
  }

  /** The row, or null if a standard column is unusable (its problems recorded). */
  private EesRow row(CsvRow r, EesLayout layout, Problems problems) {
    int before = problems.size();
    String period = r.get("time_period");
    if (!validPeriod(period)) {
      problems.add(r.problem("time_period", "not a year 1900-2099 (2024) or a pair of consecutive "
          + "years (202425)"));
    }
    String identifier = r.get("time_identifier");
    if (identifier.isEmpty()) {
      problems.add(r.problem("time_identifier", "blank"));
    }
    Optional<GeographicLevel> level = GeographicLevel.of(r.get("geographic_level"));
    if (level.isEmpty()) {
      problems.add(r.problem("geographic_level", "not National, Regional or Local authority"));
    } else if (level.get() == GeographicLevel.REGIONAL && r.get("region_code").isEmpty()) {
      problems.add(r.problem("region_code", "blank on a Regional row"));
    } else if (level.get() == GeographicLevel.LOCAL_AUTHORITY && !codes.isKnown(r.get("old_la_code"))) {
      problems.add(r.problem("old_la_code", "unknown LA code (not one of England's "
          + codes.size() + " current and predecessor DfE codes)"));
    }
    ImmutableMap.Builder<String, String> filters = ImmutableMap.builder();
    for (String f : layout.filters()) {
      filters.put(f, r.get(f));
    }
    ImmutableMap.Builder<String, EesValue> indicators = ImmutableMap.builder();
    for (String i : layout.indicators()) {
      Optional<EesValue> v = EesValue.parse(r.get(i));
      if (v.isEmpty()) {
        problems.add(r.problem(i, "not a number or an EES symbol (" + EesSymbol.codes() + ")"));
      } else {
        indicators.put(i, v.get());
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new EesRow(r.source(), r.line(), period, identifier, level.get(), r.get("region_code"),
        r.get("region_name"), r.get("old_la_code"), r.get("new_la_code"), r.get("la_name"),
        filters.buildOrThrow(), indicators.buildOrThrow());
  }

  private static boolean validPeriod(String period) {
    if (YEAR.matcher(period).matches()) {
      return true;
    }
    var m = YEAR_PAIR.matcher(period);
    if (!m.matches()) {
      return false;
    }
    int first = Integer.parseInt(m.group(1));
    return Integer.parseInt(m.group(2)) == (first + 1) % 100;
  }

  @Override
  public String toString() {
    return "EesReader{" + limits + ", " + codes + "}";
  }
}
