package org.sendfunding.data.sheet;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;

/**
 * One worksheet: rows of {@link Cell}s, 0-based here, named as a spreadsheet names them in
 * {@link #where(int, int)} (row 5, column C).
 *
 * <pre>{@code
 * Sheet s = book.sheet("Allocations_2324");
 * s.cell(5, 1).text();     // "Camden"
 * s.where(5, 1);           // "row 6, column B"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Sheet {

  private final String name;
  private final ImmutableList<ImmutableList<Cell>> rows;

  Sheet(String name, ImmutableList<ImmutableList<Cell>> rows) {
    this.name = name;
    this.rows = rows;
  }

  /** The sheet's name as the workbook gives it. */
  public String name() {
    return name;
  }

  /** How many rows, up to the last with a non-empty cell. */
  public int rowCount() {
    return rows.size();
  }

  /** The cells of a row (0-based), up to its last non-empty one. */
  public ImmutableList<Cell> row(int row) {
    Preconditions.checkArgument(row >= 0, "row index must not be negative: %s", row);
    return row < rows.size() ? rows.get(row) : ImmutableList.of();
  }

  /** The cell at a row and column (both 0-based); {@link Cell#EMPTY} beyond the data. */
  public Cell cell(int row, int column) {
    Preconditions.checkArgument(column >= 0, "column index must not be negative: %s", column);
    ImmutableList<Cell> r = row(row);
    return column < r.size() ? r.get(column) : Cell.EMPTY;
  }

  /** A spreadsheet's letters for a 0-based column: 0 → A, 25 → Z, 26 → AA. */
  public static String columnLetters(int column) {
    StringBuilder b = new StringBuilder();
    int c = column + 1;
    while (c > 0) {
      int r = (c - 1) % 26;
      b.insert(0, (char) ('A' + r));
      c = (c - 1) / 26;
    }
    return b.toString();
  }

  /** "row 6, column B" for 0-based (5, 1). */
  public static String where(int row, int column) {
    return "row " + (row + 1) + ", column " + columnLetters(column);
  }

  @Override
  public String toString() {
    return "Sheet{" + name + ", " + rows.size() + " rows}";
  }
}
