package org.sendfunding.model.input;

import com.google.common.base.Preconditions;
import java.io.Serializable;
import org.immutables.value.Value;

/**
 * One problem found in an input file: where it is (file, line, column), the offending text, and what
 * is wrong with it.
 *
 * <p>Every loader in every module reports bad input as these, collected by {@link Problems} and thrown
 * together as one {@link InputException}, so a caller shows a user one list whatever they loaded:
 *
 * <pre>{@code
 * Problem p = Problem.of("panel.csv", 12, "la_code", "99x", "unknown LA code");
 * p.toString();   // panel.csv line 12, column 'la_code' ('99x'): unknown LA code
 * Problem.file("panel.csv", "the file is empty").toString();   // panel.csv: the file is empty
 * }</pre>
 *
 * <p>A line of 0 means the whole file, a column of "" the whole row (or, for a YAML or properties
 * file, a field or key path may stand in the column), and a value of "" that there is no single
 * offending text.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Problem implements Serializable {

  private static final long serialVersionUID = 1L;

  Problem() {}

  /**
   * A located problem.
   *
   * @param source the file or resource name, as the user knows it
   * @param line the 1-based line the row starts on (1 is a CSV header), 0 for the whole file
   * @param column the column name (or field or key), "" for the whole row
   * @param value the offending text, "" if there is none
   * @param message what is wrong and, where it helps, what to do; it need not repeat the value
   * @return the problem
   */
  public static Problem of(String source, int line, String column, String value, String message) {
    return ImmutableProblem.of(source, line, column, value, message);
  }

  /**
   * A problem with a whole file, such as "the file is empty" or "not UTF-8".
   *
   * @param source the file or resource name
   * @param message what is wrong
   * @return the problem, at line 0 with no column and no value
   */
  public static Problem file(String source, String message) {
    return of(source, 0, "", "", message);
  }

  /** The file or resource name. @return the source */
  @Value.Parameter
  public abstract String source();

  /** The 1-based line the row starts on; 0 means the whole file. @return the line */
  @Value.Parameter
  public abstract int line();

  /** The column, field or key, or "" for the whole row. @return the column */
  @Value.Parameter
  public abstract String column();

  /** The offending text, or "" if there is none. @return the value */
  @Value.Parameter
  public abstract String value();

  /** What is wrong. @return the message */
  @Value.Parameter
  public abstract String message();

  @Value.Check
  void check() {
    Preconditions.checkArgument(line() >= 0, "Problem.line: %s is negative", line());
  }

  /**
   * Where the problem is, without the source: {@code line 12, column 'la_code' ('99x')}, or "" for a
   * whole-file problem with no value.
   *
   * @return the location within the file
   */
  public String where() {
    StringBuilder b = new StringBuilder();
    if (line() > 0) {
      b.append("line ").append(line());
    }
    if (!column().isEmpty()) {
      b.append(b.length() > 0 ? ", " : "").append("column '").append(column()).append('\'');
    }
    if (!value().isEmpty()) {
      b.append(b.length() > 0 ? " " : "").append("('").append(abbreviate(value())).append("')");
    }
    return b.toString();
  }

  /**
   * The problem without its source, as {@link InputException} lists problems of one file:
   * {@code line 12, column 'la_code' ('99x'): unknown LA code}.
   *
   * @return the located message
   */
  public String describeWithinSource() {
    String where = where();
    return where.isEmpty() ? message() : where + ": " + message();
  }

  /**
   * {@code panel.csv line 12, column 'la_code' ('99x'): unknown LA code}.
   *
   * @return the problem as one line for a user
   */
  @Override
  public String toString() {
    String where = where();
    if (where.isEmpty()) {
      return source() + ": " + message();
    }
    return source() + (line() > 0 ? " " : ", ") + where + ": " + message();
  }

  /** A long cell (a pasted paragraph, a hostile 100,000 characters) is shown by its start. */
  private static String abbreviate(String value) {
    String oneLine = value.replace("\r", "\\r").replace("\n", "\\n");
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }
}
