package org.sendfunding.accountability.cohort;

import org.immutables.value.Value;

/**
 * One problem found while loading a CSV file: where it is (file, line, column) and what is wrong.
 *
 * <p>Prints as {@code pupils.csv line 4, column attainment8: '9O' is not a number}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class CsvProblem {

  CsvProblem() {}

  /**
   * A problem.
   *
   * @param source the file name
   * @param line the 1-based line the row starts on (1 is the header), 0 for the whole file
   * @param column the column name, or "" for the whole row
   * @param message what is wrong, naming the value
   * @return the problem
   */
  public static CsvProblem of(String source, int line, String column, String message) {
    return ImmutableCsvProblem.of(source, line, column, message);
  }

  /** The file name. */
  @Value.Parameter
  public abstract String source();

  /** The line the row starts on; 1 is the header, 0 means the whole file. */
  @Value.Parameter
  public abstract int line();

  /** The column name, or "" when the problem is the whole row. */
  @Value.Parameter
  public abstract String column();

  /** What is wrong. */
  @Value.Parameter
  public abstract String message();

  @Override
  public String toString() {
    return source() + (line() > 0 ? " line " + line() : "") + (column().isEmpty() ? "" : ", column " + column())
        + ": " + message();
  }
}
