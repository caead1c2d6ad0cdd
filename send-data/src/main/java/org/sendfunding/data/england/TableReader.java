package org.sendfunding.data.england;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.input.CsvFile;
import org.sendfunding.model.input.CsvRow;
import org.sendfunding.model.input.Problems;
import org.sendfunding.model.time.FinancialYear;

/**
 * Reads one tidy table into figures, recording every problem with its line and column. Package-private:
 * the public face is {@link EnglandStatistics}.
 */
final class TableReader {

  /** Names to DfE codes for the one table without codes: the register, the abolished and the new authorities. */
  private static final ImmutableMap<String, Integer> CODES_BY_NAME = namesToCodes();

  private TableReader() {}

  static void read(Table table, CsvFile file, Problems problems, Map<EnglandStatistics.Key, Figure> out) {
    if (!checkHeader(table, file, problems)) {
      return;
    }
    Set<EnglandStatistics.Key> seenHere = new HashSet<>();
    Map<EnglandStatistics.Key, Integer> firstLine = new HashMap<>();
    for (CsvRow row : file.rows()) {
      int before = problems.size();
      Optional<Period> period = period(table, row, problems);
      Optional<Area> area = area(table, row, problems);
      String breakdown = table.breakdownColumn().map(row::get).orElse("");
      Publication publication = publication(table, row, problems);
      if (problems.size() > before || period.isEmpty() || area.isEmpty()) {
        continue;
      }
      for (Measure m : table.measures()) {
        String raw = row.get(m.column()).trim();
        EnglandStatistics.Key key = new EnglandStatistics.Key(m, area.get(), period.get(), breakdown);
        Figure earlier = out.get(key);
        boolean blank = raw.isEmpty();
        if (earlier != null && seenHere.contains(key)) {
          // DfE's files can split one LA-year over two rows by ONS code (Buckinghamshire 2022 appears
          // under E06000060 and the superseded E10000002): rows joined on the DfE code are merged where
          // one of them is blank; two numbers for one cell are a problem.
          if (blank) {
            continue;
          }
          if (earlier.reason().orElse(null) != NotAvailable.NOT_PUBLISHED) {
            problems.add(row.line(), m.column(), raw, "a second figure for " + area.get() + " " + period.get()
                + (breakdown.isEmpty() ? "" : " " + breakdown) + " (first on line " + firstLine.get(key) + ")");
            break; // one problem per duplicated row

          }
        }
        seenHere.add(key);
        firstLine.putIfAbsent(key, row.line());
        Optional<NotAvailable> symbol = NotAvailable.fromSymbol(raw);
        Figure.Builder f = Figure.builder().measure(m).area(area.get()).period(period.get()).breakdown(breakdown)
            .publication(publication);
        if (symbol.isPresent()) {
          out.put(key, f.reason(symbol.get()).build());
        } else if (looksNumeric(raw)) {
          BigDecimal v = row.decimal(m.column(), problems);
          out.put(key, f.value(v).build());
        } else {
          problems.add(row.line(), m.column(), raw,
              "is neither a number nor an EES symbol (z, x, c, low, u, :, or blank)");
        }
      }
    }
  }

  /** Plain decimal syntax only; anything else (e.g. {@code 1e5}, {@code n/a}) is reported as unknown. */
  private static boolean looksNumeric(String raw) {
    return raw.matches("-?[0-9][0-9,]*(\\.[0-9]+)?");
  }

  private static boolean checkHeader(Table table, CsvFile file, Problems problems) {
    List<String> expected = table.columns();
    Set<String> seen = new HashSet<>();
    boolean ok = true;
    for (String h : file.header()) {
      if (!expected.contains(h)) {
        problems.add(1, h, h, "unknown column in " + table.resource() + " (expected " + String.join(",", expected) + ")");
        ok = false;
      } else if (!seen.add(h)) {
        problems.add(1, h, h, "column appears twice");
        ok = false;
      }
    }
    for (String c : expected) {
      if (!seen.contains(c)) {
        problems.add(1, c, "", "missing column (the importers write " + String.join(",", expected) + ")");
        ok = false;
      }
    }
    return ok;
  }

  private static Optional<Period> period(Table table, CsvRow row, Problems problems) {
    if (table.periodColumn().isEmpty()) {
      return table.fixedPeriod();
    }
    String col = table.periodColumn().get();
    String raw = row.get(col).trim();
    try {
      switch (col) {
        case "january_of_year":
          return Optional.of(Period.january(Integer.parseInt(raw)));
        case "calendar_year":
          return Optional.of(Period.calendarYear(Integer.parseInt(raw)));
        default:
          return Optional.of(Period.financialYear(FinancialYear.parse(raw)));
      }
    } catch (IllegalArgumentException e) {
      problems.add(row.line(), col, raw, "is not a " + (col.equals("financial_year") ? "financial year such as 2023-24" : "year such as 2025"));
      return Optional.empty();
    }
  }

  private static Optional<Area> area(Table table, CsvRow row, Problems problems) {
    switch (table.layout) {
      case SEN2:
        return level(row, problems, () -> code(row, "old_la_code", problems));
      case NAMED:
        return level(row, problems, () -> byName(row, problems));
      case DSG:
        if (row.get("la_code").trim().equals("ENGLAND")) {
          return Optional.of(Area.ENGLAND);
        }
        return code(row, "la_code", problems);
      default:
        return code(row, "la_code", problems);
    }
  }

  private static Optional<Area> level(CsvRow row, Problems problems, java.util.function.Supplier<Optional<Area>> la) {
    String level = row.get("geographic_level").trim();
    switch (level) {
      case "National":
        return Optional.of(Area.ENGLAND);
      case "Regional":
        if (row.get("region_name").isBlank()) {
          problems.add(row.line(), "region_name", "", "a Regional row needs its region's name");
          return Optional.empty();
        }
        return Optional.of(Area.region(row.get("region_name")));
      case "Local authority":
        return la.get();
      default:
        problems.add(row.line(), "geographic_level", level, "is not National, Regional or Local authority");
        return Optional.empty();
    }
  }

  private static Optional<Area> code(CsvRow row, String column, Problems problems) {
    String raw = row.get(column).trim();
    if (!raw.matches("[0-9]{3}")) {
      problems.add(row.line(), column, raw, "is not a three-digit DfE LA code");
      return Optional.empty();
    }
    int code = Integer.parseInt(raw);
    if (LocalAuthorities.england().findByCode(code).isEmpty() && Reorganisation.abolishing(code).isEmpty()) {
      problems.add(row.line(), column, raw, "unknown LA code: neither a current LA nor one abolished by a named reorganisation");
      return Optional.empty();
    }
    return Optional.of(Area.la(code));
  }

  private static Optional<Area> byName(CsvRow row, Problems problems) {
    String raw = row.get("la_name").trim();
    Integer code = CODES_BY_NAME.get(normalise(raw));
    if (code == null) {
      problems.add(row.line(), "la_name", raw, "is not the name of a current LA or of one abolished by a named reorganisation");
      return Optional.empty();
    }
    return Optional.of(Area.la(code));
  }

  private static Publication publication(Table table, CsvRow row, Problems problems) {
    if (table != Table.CASELOAD) {
      return table.publication();
    }
    String source = row.get("source").trim();
    // A year both releases cover is taken from the later one (the 2025 release revises earlier years).
    if (source.contains("2025 release")) {
      return Publication.EHCP_2025;
    }
    if (source.equals("2022 release")) {
      return Publication.EHCP_2022;
    }
    problems.add(row.line(), "source", source, "is not '2022 release', '2025 release' or '2022 release; 2025 release'");
    return table.publication();
  }

  /** Case, '&' and punctuation do not distinguish LA names ("Bournemouth, Christchurch & Poole"). */
  static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]+", " ").trim();
  }

  private static ImmutableMap<String, Integer> namesToCodes() {
    Map<String, Integer> m = new HashMap<>();
    for (LocalAuthority la : LocalAuthorities.england().all()) {
      m.put(normalise(la.name()), la.code());
    }
    for (Reorganisation r : Reorganisation.values()) {
      // A former authority's name (Dorset 835) can equal its successor's (Dorset 838): the current one wins.
      r.predecessors().forEach((code, name) -> m.putIfAbsent(normalise(name), code));
    }
    return ImmutableMap.copyOf(m);
  }
}
