package org.sendfunding.data.sheet;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;

/**
 * The sheets of one ODS or XLSX file, by name, in workbook order.
 *
 * <pre>{@code
 * Workbook book = Workbooks.read(Path.of("dsg_deficit_derived.xlsx"));
 * book.sheetNames();            // [Sheet 1]
 * book.sheet("Sheet 1").cell(0, 0).text();   // "time_period"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Workbook {

  private final String source;
  private final ImmutableMap<String, Sheet> sheets;

  Workbook(String source, ImmutableMap<String, Sheet> sheets) {
    this.source = source;
    this.sheets = sheets;
  }

  /** The file's name, as used in error messages. */
  public String source() {
    return source;
  }

  /** The sheet names in workbook order. */
  public ImmutableSet<String> sheetNames() {
    return sheets.keySet();
  }

  /** Whether the workbook has a sheet of this name. */
  public boolean hasSheet(String name) {
    return sheets.containsKey(name);
  }

  /**
   * The sheet of this name.
   *
   * @throws InputException naming the file and the sheets it has, if there is none
   */
  public Sheet sheet(String name) {
    Sheet s = sheets.get(name);
    if (s == null) {
      throw InputException.of(Problem.file(source, "no sheet '" + name + "' (the workbook has "
          + sheets.keySet() + ")"));
    }
    return s;
  }

  /** How a sheet is named in error messages: {@code file.ods!High_needs_block}. */
  public String source(String sheet) {
    return source + "!" + sheet;
  }

  @Override
  public String toString() {
    return "Workbook{" + source + ", " + sheets.keySet() + "}";
  }
}
