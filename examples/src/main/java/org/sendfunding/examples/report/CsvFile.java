package org.sendfunding.examples.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link TextTable} as an RFC 4180 CSV file (quoted where needed, UTF-8, LF line ends).
 *
 * <p>{@code CsvFile.write(dir.resolve("deficits.csv"), table)} writes the header and every row.
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
    StringBuilder out = new StringBuilder();
    appendLine(out, table.header());
    for (List<String> row : table.rows()) {
      appendLine(out, row);
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

  private static void appendLine(StringBuilder out, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (i > 0) {
        out.append(',');
      }
      if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
        out.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        out.append(v);
      }
    }
    out.append('\n');
  }
}
