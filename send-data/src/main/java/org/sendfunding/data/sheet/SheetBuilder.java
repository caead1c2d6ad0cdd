package org.sendfunding.data.sheet;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;

/**
 * Collects the cells of one sheet while a reader streams its XML, expanding repeats only as far as
 * they hold data and refusing a sheet beyond the cell bound (a few KiB of XML can declare a
 * billion repeated cells).
 */
final class SheetBuilder {

  /** A spreadsheet's own row limit; a sheet claiming more rows is not a DfE table. */
  static final int MAX_ROWS = 1_048_576;
  /** A spreadsheet's own column limit. */
  static final int MAX_COLUMNS = 16_384;

  private final String source;
  private final long maxCells;
  private final List<ImmutableList<Cell>> rows = new ArrayList<>();
  private List<Cell> current;
  private int pendingEmptyRows;
  private long cells;

  SheetBuilder(String source, long maxCells) {
    this.source = source;
    this.maxCells = maxCells;
  }

  /** Starts the row at a 0-based index at or after the next one (XLSX rows may skip). */
  void startRow(int index) {
    int next = rows.size() + pendingEmptyRows;
    if (index < next) {
      throw fail("row " + (index + 1) + " comes after row " + next + "; rows out of order");
    }
    if (index >= MAX_ROWS) {
      throw fail("more than " + MAX_ROWS + " rows");
    }
    pendingEmptyRows += index - next;
    current = new ArrayList<>();
  }

  /** Places a cell at a 0-based column at or after the next one, repeated {@code times}. */
  void cell(int column, Cell cell, int times) {
    if (column < nextColumn) {
      throw fail("column " + Sheet.columnLetters(column) + " given twice in row "
          + (rows.size() + pendingEmptyRows + 1));
    }
    if (cell.kind() == Cell.Kind.EMPTY) {
      // Empty cells are materialised only when data follows them in the row: ODS pads rows to
      // the sheet's edge with one repeated empty cell.
      nextColumn = (int) Math.min((long) column + times, Integer.MAX_VALUE);
      return;
    }
    if ((long) column + times > MAX_COLUMNS) {
      throw fail("more than " + MAX_COLUMNS + " columns in row " + (rows.size() + pendingEmptyRows + 1));
    }
    while (current.size() < column) {
      add(Cell.EMPTY);
    }
    for (int i = 0; i < times; i++) {
      add(cell);
    }
    nextColumn = column + times;
  }

  private int nextColumn;

  /** The next free 0-based column of the current row. */
  int nextColumn() {
    return nextColumn;
  }

  /** Ends the current row, repeated {@code times} (ODS). */
  void endRow(int times) {
    nextColumn = 0;
    if (current.isEmpty()) {
      pendingEmptyRows += times;
      if ((long) rows.size() + pendingEmptyRows > MAX_ROWS) {
        pendingEmptyRows = MAX_ROWS - rows.size(); // trailing padding to the sheet's edge
      }
      current = null;
      return;
    }
    flushEmptyRows();
    ImmutableList<Cell> row = ImmutableList.copyOf(current);
    if ((long) rows.size() + times > MAX_ROWS) {
      throw fail("more than " + MAX_ROWS + " rows");
    }
    for (int i = 0; i < times; i++) {
      count(row.size());
      rows.add(row);
    }
    current = null;
  }

  private void flushEmptyRows() {
    for (; pendingEmptyRows > 0; pendingEmptyRows--) {
      rows.add(ImmutableList.of());
    }
  }

  private void add(Cell cell) {
    count(1);
    current.add(cell);
  }

  private void count(long n) {
    cells += n;
    if (cells > maxCells) {
      throw fail("more than " + maxCells + " cells; refused");
    }
  }

  Sheet build(String name) {
    return new Sheet(name, ImmutableList.copyOf(rows));
  }

  private InputException fail(String message) {
    return InputException.of(Problem.file(source, message));
  }
}
