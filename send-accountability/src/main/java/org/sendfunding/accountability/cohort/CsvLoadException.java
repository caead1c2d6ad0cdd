package org.sendfunding.accountability.cohort;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a CSV file cannot be loaded: lists every problem found, so that one run reports them all.
 *
 * <p>Nothing is returned when this is thrown: loading is all or nothing. The message lists up to 50
 * problems; {@link #problems()} has them all.
 *
 * <pre>
 * 2 problems loading the cohort:
 *   pupils.csv line 3, column attainment8: '9O' is not a number
 *   pupils.csv line 5, column sen_provision: 'X' is not a census code (E, K or N)
 * </pre>
 *
 * <p>Its list of problems is immutable, so the exception is safe to share between threads.
 */
public final class CsvLoadException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 50;

  private final ImmutableList<CsvProblem> problems;

  /**
   * An exception listing problems.
   *
   * @param problems at least one problem
   */
  public CsvLoadException(List<CsvProblem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found. */
  public ImmutableList<CsvProblem> problems() {
    return problems;
  }

  private static String message(List<CsvProblem> problems) {
    StringBuilder b = new StringBuilder()
        .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" loading the cohort:");
    for (int i = 0; i < Math.min(SHOWN, problems.size()); i++) {
      b.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > SHOWN) {
      b.append("\n  ... and ").append(problems.size() - SHOWN).append(" more");
    }
    return b.toString();
  }
}
