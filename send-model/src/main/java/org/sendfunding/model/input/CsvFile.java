package org.sendfunding.model.input;

import com.google.common.base.Preconditions;
import com.google.common.base.Utf8;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.ByteStreams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A CSV file read whole under one fixed set of rules, the same for every loader in the library: a
 * header row naming the columns, then data rows as {@link CsvRow}s.
 *
 * <pre>{@code
 * CsvFile file = CsvFile.read(Path.of("school.csv"));        // or read(path, CsvLimits.DEFAULT.withMaxRows(5000))
 * file.requireColumns(List.of("pupil_id", "cost"), List.of("note"));
 * Problems problems = Problems.in(file.source());
 * for (CsvRow row : file.rows()) {
 *   Money cost = row.money("cost", problems);                // "18500", "\"18,500\"", "£18,500.00"
 * }
 * problems.throwIfAny();
 * }</pre>
 *
 * <p>The rules:
 * <ul>
 *   <li><b>Encoding.</b> The bytes must be UTF-8. A UTF-8 byte-order mark (which Excel's "CSV UTF-8"
 *       writes) is dropped. A UTF-16 or UTF-32 byte-order mark, or bytes that are not UTF-8 (such as
 *       the Windows-1252 '£' of Excel's plain "CSV"), is refused with a problem naming the file and line
 *       and saying to save it as "CSV UTF-8".
 *   <li><b>Lines.</b> LF, CRLF or CR ends a line. Blank lines are skipped, and so is a line of commas
 *       alone (what Excel writes for a cleared row). Lines starting with {@code #} before the header
 *       are a comment block and skipped; after the header, {@code #} is ordinary text.
 *   <li><b>Quotes</b> (RFC 4180). A cell in double quotes may hold commas, line breaks and doubled
 *       quotes ({@code ""} for one {@code "}), and is kept exactly as written. A cell not in quotes is
 *       trimmed. Spaces around a quoted cell are ignored; other text after the closing quote, or a
 *       quote never closed, is a problem.
 *   <li><b>Shape.</b> Every row has as many cells as the header; a row with more or fewer is a
 *       problem naming its line. Header names are trimmed and may come in any order
 *       ({@link #requireColumns}).
 *   <li><b>Empty.</b> An empty file and a file with only a header are the same: zero rows. A loader
 *       that needs rows says so itself.
 *   <li><b>Limits.</b> A file over {@link CsvLimits} (bytes, rows, characters a cell, columns) is
 *       refused, naming the limit and where it was passed.
 *   <li><b>All or nothing.</b> Every problem found is collected; if there is any, reading throws one
 *       {@link InputException} listing them, and no rows are returned.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvFile {

  private final String source;
  private final ImmutableList<String> header;
  private final int headerLine;
  private final ImmutableList<CsvRow> rows;

  private CsvFile(String source, ImmutableList<String> header, int headerLine, ImmutableList<CsvRow> rows) {
    this.source = source;
    this.header = header;
    this.headerLine = headerLine;
    this.rows = rows;
  }

  /**
   * Reads a file within the {@link CsvLimits#DEFAULT} limits.
   *
   * @param path the file; its name as given is the source in problems
   * @return the file
   * @throws InputException if the file is missing, unreadable, not UTF-8, over a limit or malformed
   */
  public static CsvFile read(Path path) {
    return read(path, CsvLimits.DEFAULT);
  }

  /**
   * Reads a file within limits.
   *
   * @param path the file; its name as given is the source in problems
   * @param limits the limits
   * @return the file
   * @throws InputException if the file is missing, unreadable, not UTF-8, over a limit or malformed
   */
  public static CsvFile read(Path path, CsvLimits limits) {
    String source = path.toString();
    return parseBytes(readBytes(path, source, limits.maxBytes()), source, limits);
  }

  /**
   * Reads a stream within limits; the caller closes it.
   *
   * @param in the bytes
   * @param source the name problems give
   * @param limits the limits
   * @return the file
   * @throws InputException if the bytes are unreadable, not UTF-8, over a limit or malformed
   */
  public static CsvFile read(InputStream in, String source, CsvLimits limits) {
    return parseBytes(readBytes(in, source, limits.maxBytes()), source, limits);
  }

  /**
   * Reads a resource on the class path of {@code anchor} (embedded reference data).
   *
   * @param anchor the class whose loader and package resolve the name
   * @param resource the resource name, as for {@link Class#getResourceAsStream}; also the source
   * @param limits the limits
   * @return the file
   * @throws InputException if the resource is missing or bad
   */
  public static CsvFile readResource(Class<?> anchor, String resource, CsvLimits limits) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw InputException.of(Problem.file(resource, "resource not found on the class path"));
      }
      return read(in, resource, limits);
    } catch (IOException e) {
      throw InputException.of(Problem.file(resource, "cannot be read: " + e.getMessage()));
    }
  }

  /**
   * Parses text already decoded, within the {@link CsvLimits#DEFAULT} limits.
   *
   * @param text the CSV text; a leading byte-order mark is dropped
   * @param source the name problems give
   * @return the file
   * @throws InputException if the text is over a limit or malformed
   */
  public static CsvFile parse(String text, String source) {
    return parse(text, source, CsvLimits.DEFAULT);
  }

  /**
   * Parses text already decoded, within limits (the byte limit applies to its UTF-8 length).
   *
   * @param text the CSV text; a leading byte-order mark is dropped
   * @param source the name problems give
   * @param limits the limits
   * @return the file
   * @throws InputException if the text is over a limit or malformed
   */
  public static CsvFile parse(String text, String source, CsvLimits limits) {
    Preconditions.checkNotNull(text, "CsvFile.text: must not be null");
    Preconditions.checkNotNull(source, "CsvFile.source: must not be null");
    checkSize(text, source, limits);
    return new Parser(source, limits, text.startsWith("\uFEFF") ? text.substring(1) : text, null).parse();
  }

  /**
   * Reads a file, adding the problems of single rows (a row of the wrong length, an over-long cell) to
   * {@code problems} and leaving those rows out, so that the loader reports them with its own problems
   * in one exception. A problem with the whole file (missing, not UTF-8, over the byte, row or column
   * limit, a quote never closed) still throws at once, listing what {@code problems} held before it.
   *
   * @param path the file
   * @param limits the limits
   * @param problems the loader's collector
   * @return the file, without the bad rows
   * @throws InputException on a problem with the whole file
   */
  public static CsvFile read(Path path, CsvLimits limits, Problems problems) {
    String source = path.toString();
    return collecting(problems, () -> new Parser(source, limits,
        decode(readBytes(path, source, limits.maxBytes()), source), problems).parse());
  }

  /**
   * Reads a stream as {@link #read(Path, CsvLimits, Problems)} does; the caller closes it.
   *
   * @param in the bytes
   * @param source the name problems give
   * @param limits the limits
   * @param problems the loader's collector
   * @return the file, without the bad rows
   * @throws InputException on a problem with the whole file
   */
  public static CsvFile read(InputStream in, String source, CsvLimits limits, Problems problems) {
    return collecting(problems, () -> new Parser(source, limits,
        decode(readBytes(in, source, limits.maxBytes()), source), problems).parse());
  }

  /**
   * Parses text as {@link #read(Path, CsvLimits, Problems)} does.
   *
   * @param text the CSV text
   * @param source the name problems give
   * @param limits the limits
   * @param problems the loader's collector
   * @return the file, without the bad rows
   * @throws InputException on a problem with the whole text
   */
  public static CsvFile parse(String text, String source, CsvLimits limits, Problems problems) {
    return collecting(problems, () -> {
      checkSize(text, source, limits);
      return new Parser(source, limits, text.startsWith("\uFEFF") ? text.substring(1) : text, problems).parse();
    });
  }

  private static CsvFile collecting(Problems problems, Supplier<CsvFile> read) {
    Preconditions.checkNotNull(problems, "CsvFile.problems: must not be null");
    int before = problems.size();
    try {
      return read.get();
    } catch (InputException e) {
      if (problems.size() == before) {
        problems.addAll(e.problems());
      }
      throw problems.toException();
    }
  }

  private static void checkSize(String text, String source, CsvLimits limits) {
    long size;
    try {
      size = Utf8.encodedLength(text);
    } catch (IllegalArgumentException unpairedSurrogate) {
      size = text.length();
    }
    if (size > limits.maxBytes()) {
      throw InputException.of(overSize(source, limits.maxBytes()));
    }
  }

  static byte[] readBytes(Path path, String source, long maxBytes) {
    if (Files.isDirectory(path)) {
      throw InputException.of(Problem.file(source, "is a folder, not a file"));
    }
    try (InputStream in = Files.newInputStream(path)) {
      return readBytes(in, source, maxBytes);
    } catch (NoSuchFileException e) {
      throw InputException.of(Problem.file(source,
          "file not found (looked for " + path.toAbsolutePath().normalize() + ")"));
    } catch (AccessDeniedException e) {
      throw InputException.of(Problem.file(source, "cannot be read: permission denied"));
    } catch (IOException e) {
      throw InputException.of(Problem.file(source, "cannot be read: " + e.getMessage()));
    }
  }

  static byte[] readBytes(InputStream in, String source, long maxBytes) {
    try {
      byte[] bytes = ByteStreams.toByteArray(ByteStreams.limit(in, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw InputException.of(overSize(source, maxBytes));
      }
      return bytes;
    } catch (IOException e) {
      throw InputException.of(Problem.file(source, "cannot be read: " + e.getMessage()));
    } catch (OutOfMemoryError e) {
      throw InputException.of(Problem.file(source, "too large to read into memory; lower the byte limit"));
    }
  }

  private static Problem overSize(String source, long maxBytes) {
    return Problem.file(source, "larger than the limit of " + maxBytes + " bytes");
  }

  private static CsvFile parseBytes(byte[] bytes, String source, CsvLimits limits) {
    return new Parser(source, limits, decode(bytes, source), null).parse();
  }

  /** Decodes strict UTF-8, dropping a UTF-8 byte-order mark and refusing any other encoding. */
  static String decode(byte[] bytes, String source) {
    return decode(bytes, source, "save it as \"CSV UTF-8\" (in Excel: File > Save As > CSV UTF-8) and try again");
  }

  /** As {@link #decode(byte[], String)}, with what to do said by the caller. */
  static String decode(byte[] bytes, String source, String saveAs) {
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      throw InputException.of(Problem.file(source, "is UTF-32 text, not UTF-8; " + saveAs));
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      throw InputException.of(Problem.file(source,
          "is UTF-16 text (Excel's \"Unicode Text\"), not UTF-8; " + saveAs));
    }
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = start; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      String value = String.format("byte 0x%02X", bytes[at] & 0xFF);
      throw InputException.of(Problem.of(source, line, "", value,
          "the file is not UTF-8 text (perhaps Windows-1252, as Excel's plain \"CSV\" writes, where '£' is 0xA3); "
              + saveAs));
    }
    out.flip();
    return out.toString();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The file or resource name problems give. @return the source */
  public String source() {
    return source;
  }

  /** The header names, trimmed, in file order; empty for an empty file. @return the header */
  public ImmutableList<String> header() {
    return header;
  }

  /** The data rows, in file order; empty for an empty or header-only file. @return the rows */
  public ImmutableList<CsvRow> rows() {
    return rows;
  }

  /** The number of data rows. @return the count */
  public int size() {
    return rows.size();
  }

  /** Whether the file has no data rows (empty, or a header alone). @return true if none */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * Checks the header: every required column present, no column outside required and optional, no
   * name twice, in any order. An empty file has no header to check and passes (it has no rows).
   *
   * @param required columns that must be present
   * @param optional columns that may be present
   * @return this file, for chaining
   * @throws InputException listing every header problem
   */
  public CsvFile requireColumns(Collection<String> required, Collection<String> optional) {
    ImmutableList<Problem> problems = columnProblems(required, optional);
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return this;
  }

  /**
   * Checks the header as {@link #requireColumns(Collection, Collection)} does, throwing its problems
   * together with those already in {@code problems} (rows of the wrong length, say).
   *
   * @param required columns that must be present
   * @param optional columns that may be present
   * @param problems the loader's collector
   * @return this file, for chaining
   * @throws InputException if the header has a problem, listing every problem collected
   */
  public CsvFile requireColumns(Collection<String> required, Collection<String> optional, Problems problems) {
    ImmutableList<Problem> header = columnProblems(required, optional);
    if (!header.isEmpty()) {
      problems.addAll(header);
      problems.throwIfAny();
    }
    return this;
  }

  /**
   * The header problems {@link #requireColumns} would throw, for a loader that collects them with
   * others.
   *
   * @param required columns that must be present
   * @param optional columns that may be present
   * @return the problems, each at line 1 (or the line the header is on), empty if none
   */
  public ImmutableList<Problem> columnProblems(Collection<String> required, Collection<String> optional) {
    if (header.isEmpty()) {
      return ImmutableList.of();
    }
    int line = headerLine;
    List<String> expected = new ArrayList<>(required);
    for (String o : optional) {
      if (!expected.contains(o)) {
        expected.add(o);
      }
    }
    String expectedText = "expected " + String.join(",", expected);
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    Set<String> seen = new HashSet<>();
    for (String name : header) {
      if (!seen.add(name)) {
        problems.add(Problem.of(source, line, name, "", "the column appears twice in the header"));
      } else if (name.isEmpty()) {
        problems.add(Problem.of(source, line, "", "", "a header cell is blank (" + expectedText + ")"));
      } else if (!required.contains(name) && !optional.contains(name)) {
        problems.add(Problem.of(source, line, name, "", "unknown column (" + expectedText + ")"));
      }
    }
    for (String r : required) {
      if (!seen.contains(r)) {
        problems.add(Problem.of(source, line, r, "", "missing column (" + expectedText + ")"));
      }
    }
    return problems.build();
  }

  @Override
  public String toString() {
    return "CsvFile[" + source + ", " + header.size() + " columns, " + rows.size() + " rows]";
  }

  /** The one parser: a single pass over the text, RFC 4180 quoting, every problem collected. */
  private static final class Parser {
    private final String source;
    private final CsvLimits limits;
    private final String text;
    private final int n;
    private final Problems problems;
    private int pos;
    private int line = 1;
    private boolean stop;

    private final boolean collectOnly;

    Parser(String source, CsvLimits limits, String text, Problems into) {
      this.source = source;
      this.limits = limits;
      this.text = text;
      this.n = text.length();
      this.collectOnly = into != null;
      this.problems = into != null ? into : Problems.in(source);
    }

    private void add(int line, String column, String value, String message) {
      problems.add(Problem.of(source, line, column, value, message));
    }

    /** A problem after which nothing more can be read: thrown at once with those found before it. */
    private void fatal(int line, String message) {
      add(line, "", "", message);
      stop = true;
    }

    CsvFile parse() {
      ImmutableList<String> header = null;
      int headerLine = 0;
      ImmutableMap<String, Integer> index = ImmutableMap.of();
      List<CsvRow> rows = new ArrayList<>();
      while (pos < n && !stop) {
        if (header == null && text.charAt(pos) == '#') {
          skipLine();
          continue;
        }
        int startLine = line;
        Record record = record(header, startLine);
        if (stop) {
          break;
        }
        if (record.blank()) {
          continue;
        }
        if (header == null) {
          List<String> names = new ArrayList<>();
          for (String cell : record.cells) {
            names.add(cell.strip());
          }
          header = ImmutableList.copyOf(names);
          headerLine = startLine;
          Map<String, Integer> map = new LinkedHashMap<>();
          for (int i = 0; i < header.size(); i++) {
            map.putIfAbsent(header.get(i), i);
          }
          index = ImmutableMap.copyOf(map);
          continue;
        }
        if (rows.size() >= limits.maxRows()) {
          fatal(startLine, "more than the limit of " + limits.maxRows() + " rows");
          break;
        }
        if (record.cells.size() != header.size()) {
          add(startLine, "", "", record.cells.size() + (record.cells.size() == 1 ? " cell" : " cells")
              + " but the header has " + header.size() + " columns");
          continue;
        }
        if (record.tooLong || record.bad) {
          continue;
        }
        rows.add(new CsvRow(source, startLine, index, ImmutableList.copyOf(record.cells)));
      }
      if (stop || !collectOnly) {
        problems.throwIfAny();
      }
      return new CsvFile(source, header == null ? ImmutableList.of() : header, Math.max(1, headerLine),
          ImmutableList.copyOf(rows));
    }

    private void skipLine() {
      while (pos < n) {
        char c = text.charAt(pos++);
        if (c == '\n') {
          line++;
          return;
        }
        if (c == '\r') {
          if (pos < n && text.charAt(pos) == '\n') {
            pos++;
          }
          line++;
          return;
        }
      }
    }

    /** One record from {@code pos}, leaving {@code pos} after its line end. */
    private Record record(List<String> header, int startLine) {
      Record record = new Record();
      StringBuilder cell = new StringBuilder();
      while (true) {
        cell.setLength(0);
        boolean quoted = readCell(cell, startLine, record);
        if (stop) {
          return record;
        }
        String value = quoted ? cell.toString() : cell.toString().strip();
        record.anyQuoted |= quoted;
        if (value.length() > limits.maxCellChars()) {
          int column = record.cells.size();
          String name = header != null && column < header.size() ? header.get(column) : "";
          add(startLine, name, "", value.length() + " characters in one cell, more than the limit of "
              + limits.maxCellChars());
          record.tooLong = true;
          value = "";
        }
        record.cells.add(value);
        if (record.cells.size() > limits.maxColumns()) {
          fatal(startLine, "more than the limit of " + limits.maxColumns() + " columns");
          return record;
        }
        if (pos >= n) {
          return record;
        }
        char c = text.charAt(pos);
        if (c == ',') {
          pos++;
          continue;
        }
        // Line end.
        pos++;
        if (c == '\r' && pos < n && text.charAt(pos) == '\n') {
          pos++;
        }
        line++;
        return record;
      }
    }

    /**
     * Reads one cell into {@code cell}, leaving {@code pos} at the comma, line end or end of text
     * after it. Returns whether the cell was quoted.
     */
    private boolean readCell(StringBuilder cell, int startLine, Record record) {
      int p = pos;
      while (p < n && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
        p++;
      }
      if (p < n && text.charAt(p) == '"') {
        int openedOn = line;
        pos = p + 1;
        while (true) {
          if (pos >= n) {
            fatal(openedOn, "a quoted cell is never closed (a '\"' is missing); rows from here on cannot be read");
            return true;
          }
          char c = text.charAt(pos);
          if (c == '"') {
            if (pos + 1 < n && text.charAt(pos + 1) == '"') {
              cell.append('"');
              pos += 2;
              continue;
            }
            pos++;
            break;
          }
          if (c == '\n' || (c == '\r' && !(pos + 1 < n && text.charAt(pos + 1) == '\n'))) {
            line++;
          }
          cell.append(c);
          pos++;
        }
        int afterQuote = pos;
        while (pos < n && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
          pos++;
        }
        if (pos < n && !isCellEnd(text.charAt(pos))) {
          while (pos < n && !isCellEnd(text.charAt(pos))) {
            pos++;
          }
          record.bad = true;
          add(startLine, "", text.substring(afterQuote - 1, pos),
              "text after a closing quote; put the whole cell in quotes and double any quote inside it");
        }
        return true;
      }
      while (pos < n && !isCellEnd(text.charAt(pos))) {
        cell.append(text.charAt(pos));
        pos++;
      }
      return false;
    }

    private static boolean isCellEnd(char c) {
      return c == ',' || c == '\n' || c == '\r';
    }
  }

  /** The cells of one record as parsed. */
  private static final class Record {
    final List<String> cells = new ArrayList<>();
    boolean anyQuoted;
    boolean tooLong;
    boolean bad;

    /** An empty line, a line of spaces, or a line of commas alone. */
    boolean blank() {
      if (anyQuoted) {
        return false;
      }
      for (String c : cells) {
        if (!c.isEmpty()) {
          return false;
        }
      }
      return true;
    }
  }
}
