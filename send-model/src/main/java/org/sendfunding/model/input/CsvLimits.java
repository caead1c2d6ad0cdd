package org.sendfunding.model.input;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * Limits on a CSV file read by {@link CsvFile}, so that a hostile or mistaken file (a 2 GB "CSV", an
 * endless cell) is refused early with a located {@link Problem} instead of exhausting memory.
 *
 * <p>The {@link #DEFAULT} limits are far above real files (the DfE explore-education-statistics
 * downloads this library reads are 2 to 6 MB; the shipped England caseload file has 1,530 rows) yet
 * bound any file:
 *
 * <pre>{@code
 * CsvLimits.DEFAULT;                                   // 64 MiB, 1,000,000 rows, 100,000 characters, 1,000 columns
 * CsvLimits.DEFAULT.withMaxRows(5_000_000).withMaxBytes(256L << 20);   // a pupil-level file
 * CsvFile.read(path, CsvLimits.DEFAULT.withMaxBytes(1 << 20));         // a small reference file
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class CsvLimits {

  /** 64 MiB, 1,000,000 data rows, 100,000 characters a cell, 1,000 columns. */
  public static final CsvLimits DEFAULT = of(64L * 1024 * 1024, 1_000_000, 100_000, 1_000);

  CsvLimits() {}

  /**
   * Limits of a file's size, data rows, cell length and columns.
   *
   * @param maxBytes the most bytes a file may have (for text already decoded, its UTF-8 length)
   * @param maxRows the most data rows, not counting the header
   * @param maxCellChars the most characters one cell may have
   * @param maxColumns the most cells a header or row may have
   * @return the limits
   */
  public static CsvLimits of(long maxBytes, int maxRows, int maxCellChars, int maxColumns) {
    return ImmutableCsvLimits.of(maxBytes, maxRows, maxCellChars, maxColumns);
  }

  /** The most bytes a file may have. @return the limit */
  @Value.Parameter
  public abstract long maxBytes();

  /** The most data rows a file may have, not counting the header. @return the limit */
  @Value.Parameter
  public abstract int maxRows();

  /** The most characters one cell may have. @return the limit */
  @Value.Parameter
  public abstract int maxCellChars();

  /** The most cells a header or row may have. @return the limit */
  @Value.Parameter
  public abstract int maxColumns();

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        maxBytes() > 0 && maxRows() > 0 && maxCellChars() > 0 && maxColumns() > 0,
        "CsvLimits: limits must be positive, got %s bytes, %s rows, %s characters a cell, %s columns",
        maxBytes(), maxRows(), maxCellChars(), maxColumns());
  }

  /** These limits with another byte limit. @param maxBytes the limit @return the limits */
  public CsvLimits withMaxBytes(long maxBytes) {
    return of(maxBytes, maxRows(), maxCellChars(), maxColumns());
  }

  /** These limits with another row limit. @param maxRows the limit @return the limits */
  public CsvLimits withMaxRows(int maxRows) {
    return of(maxBytes(), maxRows, maxCellChars(), maxColumns());
  }

  /** These limits with another cell-length limit. @param maxCellChars the limit @return the limits */
  public CsvLimits withMaxCellChars(int maxCellChars) {
    return of(maxBytes(), maxRows(), maxCellChars, maxColumns());
  }

  /** These limits with another column limit. @param maxColumns the limit @return the limits */
  public CsvLimits withMaxColumns(int maxColumns) {
    return of(maxBytes(), maxRows(), maxCellChars(), maxColumns);
  }

  @Override
  public String toString() {
    return "CsvLimits[" + maxBytes() + " bytes, " + maxRows() + " rows, " + maxCellChars()
        + " characters a cell, " + maxColumns() + " columns]";
  }
}
