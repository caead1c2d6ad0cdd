package org.sendfunding.funding.dataset;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * Limits on a CSV file read by {@link DatasetCsv}, so that a hostile or mistaken file fails with a
 * clear error instead of exhausting memory.
 *
 * <p>The {@link #DEFAULT} limits are far above the shipped England files (the caseload file, the
 * largest, has 1,530 rows and under 200 KB) yet bound any file:
 *
 * <pre>{@code
 * DatasetLimits.DEFAULT;                          // 64 MiB, 1,000,000 rows, 10,000 characters a field
 * DatasetLimits.of(256L * 1024 * 1024, 5_000_000, 10_000);   // a bigger pupil-level panel
 * DatasetCsv.readPanel(reader, "panel.csv", LocalAuthorities.england(), limits);
 * }</pre>
 *
 * <p>A file over a limit fails with a {@link DatasetException} such as
 * {@code panel.csv line 1002: more than the limit of 1000 rows}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class DatasetLimits {

  /** 64 MiB of characters, 1,000,000 data rows, 10,000 characters a field. */
  public static final DatasetLimits DEFAULT = of(64L * 1024 * 1024, 1_000_000, 10_000);

  DatasetLimits() {}

  /**
   * Limits of a file's size, data rows and field length.
   *
   * @param maxCharacters the most characters a file may have
   * @param maxRows the most data rows (not counting the header) a file may have
   * @param maxFieldLength the most characters a single field may have
   * @return the limits
   */
  public static DatasetLimits of(long maxCharacters, int maxRows, int maxFieldLength) {
    return ImmutableDatasetLimits.of(maxCharacters, maxRows, maxFieldLength);
  }

  /** The most characters a file may have. @return the limit */
  @Value.Parameter
  public abstract long maxCharacters();

  /** The most data rows a file may have, not counting the header. @return the limit */
  @Value.Parameter
  public abstract int maxRows();

  /** The most characters one field may have. @return the limit */
  @Value.Parameter
  public abstract int maxFieldLength();

  @Value.Check
  void check() {
    Preconditions.checkArgument(maxCharacters() > 0 && maxRows() > 0 && maxFieldLength() > 0,
        "DatasetLimits: limits must be positive, got %s characters, %s rows, %s field length",
        maxCharacters(), maxRows(), maxFieldLength());
  }

  @Override
  public String toString() {
    return "DatasetLimits[" + maxCharacters() + " characters, " + maxRows() + " rows, " + maxFieldLength()
        + " characters a field]";
  }
}
