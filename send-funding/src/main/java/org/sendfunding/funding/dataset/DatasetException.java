package org.sendfunding.funding.dataset;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when a dataset file has errors: lists every problem found, each naming the file, line and
 * column, so that one run reports them all.
 *
 * <pre>{@code
 * try {
 *   DatasetCsv.readPanel(reader, "my-la.csv");
 * } catch (DatasetException e) {
 *   e.problems(); // ["my-la.csv line 3 column population_2_18: 'abc' is not a whole number", ...]
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DatasetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> problems;

  /**
   * Creates the exception.
   *
   * @param source what was being read
   * @param problems every problem found, not empty
   */
  public DatasetException(String source, Iterable<String> problems) {
    super(message(source, ImmutableList.copyOf(problems)));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(String source, ImmutableList<String> problems) {
    StringBuilder buf = new StringBuilder();
    buf.append(source).append(": ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    for (String p : problems) {
      buf.append("\n  - ").append(p);
    }
    return buf.toString();
  }

  /** Every problem found, in file order. */
  public ImmutableList<String> problems() {
    return problems;
  }
}
