package org.sendfunding.data.published;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendfunding.data.archive.ArchiveLimits;
import org.sendfunding.data.archive.SafeZip;
import org.sendfunding.data.archive.ZipContents;
import org.sendfunding.data.ees.EesReader;
import org.sendfunding.data.ees.EesTable;
import org.sendfunding.data.sheet.Workbook;
import org.sendfunding.data.sheet.Workbooks;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;

/**
 * Reads DfE's published files, recognised by their contents (not their names), and makes every
 * table whose files are all given, or throws one {@link InputException} listing every problem of
 * every file: nothing is made from a set of files that has one bad file.
 *
 * <p>What it recognises, and the tables each makes (see {@link Sen2Tables}, {@link DsgTables}):
 * <ul>
 *   <li>the 2025 EHC plans release zip ({@code data/caseload.csv} and friends): the age, need and
 *       flows tables, and with the 2022 release zip ({@code data/sen2_estab_caseload.csv}) the
 *       2010–2025 caseload;
 *   <li>the DSG summary workbook (sheets {@code Allocations_1920} ... {@code Allocations_2324}):
 *       the block allocations;
 *   <li>the four final DSG workbooks of 2020-21 to 2023-24 (sheet {@code Information_2020_to_2021}
 *       etc. with {@code High_needs_block}): the high-needs block elements;
 *   <li>the DSG balance workbook (sheet {@code Sheet 1} headed {@code time_period, ..., deficit}):
 *       the balances; the high-needs benchmarking workbook (sheet {@code Sheet1}, "Section 251
 *       budget"): the benchmarking table.
 * </ul>
 * A file it does not recognise, a binary {@code .xls}, or two files in the same role are errors.
 *
 * <pre>{@code
 * ImmutableList<TidyTable> tables = PublishedImporter.DEFAULT.read(paths);
 * PublishedImporter.DEFAULT.missing(paths);   // tables not made, with the files they lack
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublishedImporter {

  /** Under {@link ArchiveLimits#DEFAULT}, {@link Workbooks#DEFAULT_MAX_CELLS}, {@link EesReader#DEFAULT}. */
  public static final PublishedImporter DEFAULT = new PublishedImporter(ArchiveLimits.DEFAULT,
      Workbooks.DEFAULT_MAX_CELLS, EesReader.DEFAULT);

  /** The DSG years whose final workbooks make the high-needs table. */
  static final ImmutableSet<String> HIGH_NEEDS_YEARS = ImmutableSet.of("2020-21", "2021-22",
      "2022-23", "2023-24");

  private static final Pattern INFORMATION = Pattern.compile("Information_(\\d{4})_to_(\\d{4})");

  private final ArchiveLimits archiveLimits;
  private final long maxCells;
  private final EesReader ees;

  private PublishedImporter(ArchiveLimits archiveLimits, long maxCells, EesReader ees) {
    this.archiveLimits = archiveLimits;
    this.maxCells = maxCells;
    this.ees = ees;
  }

  /** This importer under other archive limits (for ODS/XLSX as well as zips). */
  public PublishedImporter withArchiveLimits(ArchiveLimits limits) {
    return new PublishedImporter(limits, maxCells, ees);
  }

  /** The roles files can play. */
  enum Role {
    EHCP_2025, EHCP_2022, DSG_SUMMARY, DSG_YEAR, DSG_BALANCE, HN_BENCHMARKING
  }

  /** The files read, by role (DSG years by financial year). */
  private static final class Inputs {
    ZipContents ehcp2025;
    ZipContents ehcp2022;
    Workbook summary;
    final Map<String, Workbook> years = new TreeMap<>();
    Workbook balance;
    Workbook benchmarking;
  }

  /**
   * Makes every table whose files are all among {@code files}.
   *
   * @param files published files, in any order
   * @return the tables, in a fixed order
   * @throws InputException listing every problem of every file
   */
  public ImmutableList<TidyTable> read(List<Path> files) {
    Inputs in = recognise(files);
    List<Problem> problems = new ArrayList<>();
    List<TidyTable> tables = new ArrayList<>();
    if (in.ehcp2025 != null) {
      EesTable caseload = read(in.ehcp2025, Sen2Layouts.CASELOAD_2025, problems);
      EesTable needs = read(in.ehcp2025, Sen2Layouts.NEEDS_ALL_PLANS_2025, problems);
      EesTable requests = read(in.ehcp2025, Sen2Layouts.REQUESTS_2025, problems);
      EesTable assessments = read(in.ehcp2025, Sen2Layouts.ASSESSMENTS_2025, problems);
      EesTable newPlans = read(in.ehcp2025, Sen2Layouts.NEW_PLANS_2025, problems);
      EesTable timeliness = read(in.ehcp2025, Sen2Layouts.TIMELINESS_20_WEEK_2025, problems);
      EesTable ceased = read(in.ehcp2025, Sen2Layouts.CEASED_PLANS_2025, problems);
      EesTable estab = in.ehcp2022 == null ? null
          : read(in.ehcp2022, Sen2Layouts.ESTABLISHMENT_CASELOAD_2022, problems);
      if (problems.isEmpty()) {
        if (estab != null) {
          tables.add(Sen2Tables.caseload(caseload, estab));
        }
        tables.add(Sen2Tables.byAge(caseload));
        tables.add(Sen2Tables.byNeed(needs));
        tables.add(Sen2Tables.flows(requests, assessments, newPlans, timeliness, ceased));
      }
    }
    make(in.summary != null, () -> DsgTables.allocations(in.summary), tables, problems);
    make(in.years.keySet().containsAll(HIGH_NEEDS_YEARS), () -> DsgTables.highNeeds(in.years),
        tables, problems);
    make(in.balance != null, () -> DsgTables.balance(in.balance), tables, problems);
    make(in.benchmarking != null, () -> DsgTables.benchmarking(in.benchmarking), tables, problems);
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return ImmutableList.copyOf(tables);
  }

  /**
   * The tables {@link #read} would not make from these files, each with the files it lacks (for
   * the command to say so; a table needs all its files).
   */
  public Map<String, String> missing(List<Path> files) {
    Inputs in = recognise(files);
    Map<String, String> out = new LinkedHashMap<>();
    String r2025 = "the 2025 \"Education, health and care plans\" release zip";
    if (in.ehcp2025 == null || in.ehcp2022 == null) {
      out.put(Sen2Tables.CASELOAD, (in.ehcp2025 == null ? r2025 : "")
          + (in.ehcp2025 == null && in.ehcp2022 == null ? " and " : "")
          + (in.ehcp2022 == null ? "the 2022 release zip" : ""));
    }
    if (in.ehcp2025 == null) {
      out.put(Sen2Tables.BY_AGE, r2025);
      out.put(Sen2Tables.BY_NEED, r2025);
      out.put(Sen2Tables.FLOWS, r2025);
    }
    if (in.summary == null) {
      out.put(DsgTables.ALLOCATIONS, "the DSG summary workbook 2019-20 to 2023-24");
    }
    if (!in.years.keySet().containsAll(HIGH_NEEDS_YEARS)) {
      List<String> lack = new ArrayList<>(HIGH_NEEDS_YEARS);
      lack.removeAll(in.years.keySet());
      out.put(DsgTables.HIGH_NEEDS, "the final DSG workbooks of " + String.join(", ", lack));
    }
    if (in.balance == null) {
      out.put(DsgTables.BALANCE, "the DSG balance workbook (dsg_deficit_derived.xlsx)");
    }
    if (in.benchmarking == null) {
      out.put(DsgTables.BENCHMARKING, "the high-needs benchmarking workbook 2021-22");
    }
    return out;
  }

  private interface Maker {
    TidyTable make();
  }

  private static void make(boolean have, Maker maker, List<TidyTable> tables, List<Problem> problems) {
    if (!have) {
      return;
    }
    try {
      tables.add(maker.make());
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
  }

  private EesTable read(ZipContents zip, org.sendfunding.data.ees.EesLayout layout,
      List<Problem> problems) {
    try {
      return ees.read(zip, layout.name(), layout);
    } catch (InputException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private Inputs recognise(List<Path> files) {
    Inputs in = new Inputs();
    List<Problem> problems = new ArrayList<>();
    Map<String, String> roles = new LinkedHashMap<>();
    for (Path f : files) {
      String name = String.valueOf(f.getFileName());
      try {
        recognise(f, name, in, roles);
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    if (files.isEmpty()) {
      problems.add(Problem.file("(no files)", "give at least one published file"));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return in;
  }

  private void recognise(Path f, String name, Inputs in, Map<String, String> roles) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xls")) {
      throw InputException.of(Problem.file(name, "a binary .xls (BIFF) workbook, which this "
          + "importer does not read (the 2019-20 March tables: their table is kept as extracted, "
          + "see docs/data-import.md)"));
    }
    ZipContents zip = SafeZip.read(f, archiveLimits);
    if (zip.contains("data/caseload.csv")) {
      in.ehcp2025 = once(roles, "the 2025 EHC plans release", name, in.ehcp2025, zip);
    } else if (zip.contains("data/sen2_estab_caseload.csv")) {
      in.ehcp2022 = once(roles, "the 2022 EHC plans release", name, in.ehcp2022, zip);
    } else if (zip.contains("content.xml") || zip.contains("xl/workbook.xml")) {
      Workbook book = Workbooks.read(zip, maxCells);
      if (book.hasSheet("Allocations_1920")) {
        in.summary = once(roles, "the DSG summary workbook", name, in.summary, book);
      } else if (book.hasSheet("High_needs_block")) {
        String year = year(book);
        in.years.put(year, once(roles, "the DSG workbook of " + year, name, in.years.get(year), book));
      } else if (book.hasSheet("Sheet 1") && book.sheet("Sheet 1").cell(0, 4).text().equals("deficit")) {
        in.balance = once(roles, "the DSG balance workbook", name, in.balance, book);
      } else if (book.hasSheet("Sheet1")
          && book.sheet("Sheet1").cell(2, 15).text().startsWith("Section 251 budget")) {
        in.benchmarking = once(roles, "the high-needs benchmarking workbook", name, in.benchmarking,
            book);
      } else {
        throw InputException.of(Problem.file(name, "a workbook this importer does not know (sheets "
            + book.sheetNames() + ")"));
      }
    } else {
      throw InputException.of(Problem.file(name, "a zip this importer does not know: neither an "
          + "EHC plans release (data/caseload.csv, data/sen2_estab_caseload.csv) nor a workbook"));
    }
  }

  private static String year(Workbook book) {
    for (String s : book.sheetNames()) {
      Matcher m = INFORMATION.matcher(s);
      if (m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1) {
        String y = m.group(1) + "-" + m.group(2).substring(2);
        if (!HIGH_NEEDS_YEARS.contains(y)) {
          throw InputException.of(Problem.file(book.source(), "a DSG workbook of " + y
              + "; the high-needs table is made from " + HIGH_NEEDS_YEARS));
        }
        return y;
      }
    }
    throw InputException.of(Problem.file(book.source(), "a DSG workbook without an "
        + "Information_yyyy_to_yyyy sheet naming its year"));
  }

  private static <T> T once(Map<String, String> roles, String role, String name, T before, T now) {
    if (before != null) {
      throw InputException.of(Problem.file(name, "is " + role + " again (already given as "
          + roles.get(role) + ")"));
    }
    roles.put(role, name);
    return now;
  }

  @Override
  public String toString() {
    return "PublishedImporter{" + archiveLimits + ", maxCells=" + maxCells + "}";
  }
}
