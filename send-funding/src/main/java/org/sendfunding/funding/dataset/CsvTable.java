package org.sendfunding.funding.dataset;

import com.google.common.collect.ImmutableList;
import com.google.common.io.CharStreams;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sendfunding.model.input.CsvFile;
import org.sendfunding.model.input.CsvRow;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.LimitedReader;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.time.FinancialYear;

/**
 * Reads a CSV file with a fixed set of named columns, collecting every problem with its line and
 * column instead of stopping at the first. Parsing is the common input layer's ({@link CsvFile});
 * package-private: the public face is {@link DatasetCsv}.
 */
final class CsvTable {

  /** One data row; typed getters record a problem and return a placeholder when a cell is bad. */
  final class Row {
    final int line;
    private final String[] cells;

    Row(int line, String[] cells) {
      this.line = line;
      this.cells = cells;
    }

    String text(String column) {
      Integer i = index.get(column);
      String value = i != null && i < cells.length ? cells[i].trim() : "";
      return value;
    }

    String required(String column) {
      String value = text(column);
      if (value.isEmpty()) {
        problem(line, column, "is empty");
      }
      return value;
    }

    <T> T parse(String column, String what, Function<String, T> parser, T placeholder) {
      String value = text(column);
      if (value.isEmpty()) {
        problem(line, column, "is empty");
        return placeholder;
      }
      try {
        return parser.apply(value);
      } catch (RuntimeException e) {
        problem(line, column, "'" + value + "' is not " + what);
        return placeholder;
      }
    }

    long wholeNumber(String column) {
      return parse(column, "a whole number", Long::parseLong, 0L);
    }

    int code(String column) {
      return parse(column, "a whole number", Integer::parseInt, 0);
    }

    Money money(String column) {
      return parse(column, "an amount of pounds with at most two decimal places", Money::ofPounds, Money.ZERO);
    }

    Rate rate(String column) {
      return parse(column, "a decimal number", Rate::of, Rate.ONE);
    }

    Percentage percentage(String column) {
      return parse(column, "a percentage (e.g. 0.5)", Percentage::of, Percentage.of("0"));
    }

    BigDecimal decimal(String column) {
      return parse(column, "a decimal number", BigDecimal::new, BigDecimal.ZERO);
    }

    FinancialYear financialYear(String column) {
      return parse(column, "a financial year (e.g. 2025-26)", FinancialYear::parse, FinancialYear.of(2000));
    }

    LocalDate date(String column) {
      return parse(column, "a date (yyyy-mm-dd)", s -> {
        try {
          return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(e);
        }
      }, LocalDate.of(2000, 1, 1));
    }

    Provenance provenance(String column) {
      return parse(column, "one of real, illustrative", Provenance::parse, Provenance.ILLUSTRATIVE);
    }
  }

  private final String source;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<Row> rows = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private CsvTable(String source) {
    this.source = source;
  }

  /**
   * Reads the whole file. A header that lacks a column or has an unknown one is itself a problem;
   * the caller throws once every row has also been checked.
   */
  static CsvTable read(Reader reader, String source, List<String> columns) {
    return read(reader, source, columns, DatasetLimits.DEFAULT);
  }

  /** As {@link #read(Reader, String, List)}, failing on a file over the limits with no rows kept. */
  static CsvTable read(Reader reader, String source, List<String> columns, DatasetLimits limits) {
    return read(reader, source, columns, List.of(), limits);
  }

  /**
   * As {@link #read(Reader, String, List, DatasetLimits)}, with columns a file may leave out (read as blank).
   * The text is parsed by the common input layer ({@link CsvFile}: strict UTF-8 already decoded by the
   * reader, a byte-order mark dropped, LF or CRLF, RFC 4180 quotes, ragged rows refused with their line);
   * this class adds the fixed column set and the dataset's limits and messages.
   */
  static CsvTable read(Reader reader, String source, List<String> columns, List<String> optional, DatasetLimits limits) {
    CsvTable table = new CsvTable(source);
    String overSize = source + ": more than the limit of " + limits.maxCharacters() + " characters";
    String text;
    try {
      text = CharStreams.toString(LimitedReader.of(reader, limits.maxCharacters()));
    } catch (LimitedReader.LimitExceeded e) {
      table.problems.add(overSize);
      return table;
    } catch (IOException | RuntimeException e) {
      if (e.getCause() instanceof LimitedReader.LimitExceeded) {
        table.problems.add(overSize);
      } else {
        table.problems.add(source + ": unreadable CSV (" + e.getMessage() + ")");
      }
      return table;
    }
    CsvFile file;
    try {
      // The dataset's own limits (characters, rows, field length) are checked here with their messages;
      // the input layer's are set wide so that they do not pre-empt them.
      file = CsvFile.parse(text, source, org.sendfunding.model.input.CsvLimits.of(Long.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, 10_000));
    } catch (InputException e) {
      e.problems().forEach(p -> table.problems.add(p.toString()));
      return table;
    }
    if (file.header().isEmpty()) {
      table.problems.add(source + ": the file is empty (expected header " + String.join(",", columns) + ")");
      return table;
    }
    ImmutableList<String> header = file.header();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).trim();
      if (!columns.contains(name) && !optional.contains(name)) {
        table.problems.add(source + " line 1: unknown column '" + name + "' (expected " + String.join(",", columns) + ")");
      } else if (table.index.put(name, i) != null) {
        table.problems.add(source + " line 1: column '" + name + "' appears twice");
      }
    }
    for (String c : columns) {
      if (!table.index.containsKey(c)) {
        table.problems.add(source + " line 1: missing column '" + c + "'");
      }
    }
    if (!table.problems.isEmpty()) {
      return table;
    }
    for (CsvRow row : file.rows()) {
      int line = row.line();
      String[] cells = row.cells().toArray(new String[0]);
      if (table.rows.size() >= limits.maxRows()) {
        table.rows.clear();
        table.problems.add(source + " line " + line + ": more than the limit of " + limits.maxRows() + " rows");
        return table;
      }
      boolean tooLong = false;
      for (int i = 0; i < cells.length; i++) {
        if (cells[i].length() > limits.maxFieldLength()) {
          String column = i < header.size() ? " column " + header.get(i).trim() : "";
          table.problems.add(source + " line " + line + column + ": " + cells[i].length()
              + " characters, more than the limit of " + limits.maxFieldLength());
          tooLong = true;
        }
      }
      if (!tooLong) {
        table.rows.add(table.new Row(line, cells));
      }
    }
    return table;
  }

  ImmutableList<Row> rows() {
    return ImmutableList.copyOf(rows);
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  int problemCount() {
    return problems.size();
  }

  void problem(int line, String column, String what) {
    problems.add(source + " line " + line + " column " + column + ": " + what);
  }

  void problem(int line, String what) {
    problems.add(source + " line " + line + ": " + what);
  }

  void throwIfProblems() {
    if (!problems.isEmpty()) {
      throw new DatasetException(source, problems);
    }
  }
}
