package org.sendfunding.examples.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link TextTable} as an RFC 4180 CSV file (quoted where needed, UTF-8 without a byte-order
 * mark, LF line ends) that a spreadsheet or a program reads as it is.
 *
 * <p>{@code CsvFile.write(dir.resolve("deficits.csv"), table)} writes the header and every row.
 *
 * <p>The report's CSV conventions are enforced here, so a section cannot break them: headers are
 * snake_case ({@code closing_balance}), and no cell holds a {@code £} sign: an amount written with one
 * ({@code £1,234.00}) is a defect, and in a text cell (a provenance note) it is written {@code GBP}. Amounts are therefore
 * plain pounds with two decimals ({@code -30367703218.92}), percentages plain numbers in columns whose
 * name ends {@code _percent}; with no {@code £} anywhere the files are pure ASCII apart from names, and
 * open the same in Excel whichever encoding it guesses. A table that breaks a convention is a defect
 * ({@link IllegalArgumentException}).
 */
public final class CsvFile {

  private CsvFile() {}

  /**
   * Writes the table.
   *
   * @param file where to write, replacing any file there
   * @param table the table
   * @return the file written
   */
  public static Path write(Path file, TextTable table) {
    check(file, table);
    StringBuilder out = new StringBuilder();
    appendLine(out, table.header());
    for (List<String> row : table.rows()) {
      appendLine(out, row.stream().map(c -> c.replace("£", "GBP ")).toList());
    }
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("CsvFile: cannot write " + file, e);
    }
    return file;
  }

  /** Headers must match this: lower case, digits and underscores. */
  static final java.util.regex.Pattern SNAKE_CASE = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  /** An amount as the terminal shows it, which a CSV must not hold: £1,234.00, -£12.5m. */
  static final java.util.regex.Pattern DISPLAY_MONEY = java.util.regex.Pattern.compile("-?£[0-9,]+(\\.[0-9]+)?[mbn]*");

  static void check(Path file, TextTable table) {
    for (String h : table.header()) {
      if (!SNAKE_CASE.matcher(h).matches()) {
        throw new IllegalArgumentException("CsvFile: " + file.getFileName() + ": header '" + h + "' is not snake_case");
      }
    }
    for (List<String> row : table.rows()) {
      for (String cell : row) {
        if (DISPLAY_MONEY.matcher(cell).matches()) {
          throw new IllegalArgumentException("CsvFile: " + file.getFileName() + ": cell '" + cell
              + "' holds a £ sign; write plain pounds (Money.toPounds())");
        }
      }
    }
  }

  private static void appendLine(StringBuilder out, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (i > 0) {
        out.append(',');
      }
      if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
        out.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        out.append(v);
      }
    }
    out.append('\n');
  }
}
