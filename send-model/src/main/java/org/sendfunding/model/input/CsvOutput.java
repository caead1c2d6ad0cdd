package org.sendfunding.model.input;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes CSV that {@link CsvFile} (and Excel, and any RFC 4180 reader) reads back cell for cell: a
 * cell is quoted when it holds a comma, quote, CR or LF, starts or ends with a space, or starts with
 * {@code #}; a quote inside is doubled; lines end in LF; the text is UTF-8.
 *
 * <pre>{@code
 * String csv = CsvOutput.DEFAULT.toCsv(List.of("la_code", "note"),
 *     List.of(List.of("202", "Camden, London"), List.of("909", "said \"no\"")));
 * // la_code,note
 * // 202,"Camden, London"
 * // 909,"said ""no"""
 * CsvOutput.DEFAULT.withBom(true).write(Path.of("out.csv"), header, rows);   // for Excel: '£' shows as '£'
 * }</pre>
 *
 * <p>With {@link #withBom(boolean) a byte-order mark}, Excel opens a UTF-8 file as UTF-8; without one
 * it guesses Windows-1252 and shows '£' as 'Â£'. {@link CsvFile} reads both. Writing to a path writes
 * a temporary file beside it and then moves it into place, so a failed write leaves no partial file.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvOutput {

  /** Without a byte-order mark. */
  public static final CsvOutput DEFAULT = new CsvOutput(false);

  private final boolean bom;

  private CsvOutput(boolean bom) {
    this.bom = bom;
  }

  /**
   * This writer with or without a UTF-8 byte-order mark at the start.
   *
   * @param bom whether to write one
   * @return the writer
   */
  public CsvOutput withBom(boolean bom) {
    return bom == this.bom ? this : new CsvOutput(bom);
  }

  /** Whether a byte-order mark is written. @return true if so */
  public boolean bom() {
    return bom;
  }

  /**
   * The CSV text, starting with the byte-order mark if one is written.
   *
   * @param header the header names
   * @param rows the rows, each as long as the header
   * @return the text
   */
  public String toCsv(List<String> header, List<? extends List<String>> rows) {
    StringWriter out = new StringWriter();
    try {
      write(out, header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the CSV text.
   *
   * @param out where to write; not closed
   * @param header the header names
   * @param rows the rows, each as long as the header
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a row's length differs from the header's
   */
  public void write(Writer out, List<String> header, List<? extends List<String>> rows) throws IOException {
    Preconditions.checkArgument(!header.isEmpty(), "CsvOutput.header: must not be empty");
    ImmutableList<List<String>> checked = checkRows(header, rows);
    if (bom) {
      out.write('\uFEFF');
    }
    writeLine(out, header);
    for (List<String> row : checked) {
      writeLine(out, row);
    }
    out.flush();
  }

  /**
   * Writes the CSV file whole, replacing any file there: a temporary file beside it is written and then
   * moved into place.
   *
   * @param path the file
   * @param header the header names
   * @param rows the rows, each as long as the header
   * @throws IOException if writing fails; the path is then unchanged
   */
  public void write(Path path, List<String> header, List<? extends List<String>> rows) throws IOException {
    checkRows(header, rows);
    Path absolute = path.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
    try {
      try (OutputStream os = Files.newOutputStream(temp);
          Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
        write(w, header, rows);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static ImmutableList<List<String>> checkRows(List<String> header, List<? extends List<String>> rows) {
    ImmutableList.Builder<List<String>> b = ImmutableList.builder();
    int i = 0;
    for (List<String> row : rows) {
      i++;
      Preconditions.checkArgument(row.size() == header.size(),
          "CsvOutput.rows: row %s has %s cells but the header has %s", i, row.size(), header.size());
      b.add(row);
    }
    return b.build();
  }

  private static void writeLine(Writer out, List<String> cells) throws IOException {
    boolean allEmpty = true;
    for (String c : cells) {
      allEmpty &= c.isEmpty();
    }
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      String cell = Preconditions.checkNotNull(cells.get(i), "CsvOutput: cell %s is null", i);
      // A row of empty cells would read back as a blank line and be skipped: quote its first cell.
      out.write(allEmpty && i == 0 ? "\"\"" : quote(cell));
    }
    out.write('\n');
  }

  /**
   * One cell as written: quoted if it must be.
   *
   * @param cell the cell's text
   * @return the text to write
   */
  public static String quote(String cell) {
    boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0 || cell.startsWith("#")
        || (!cell.isEmpty() && (!cell.strip().equals(cell)));
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
