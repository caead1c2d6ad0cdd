package org.sendfunding.funding.parameter;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when parameters cannot be loaded, looked up or overridden; lists every problem found.
 *
 * <pre>{@code
 * try {
 *   ParameterSet.defaults().withOverlay(badOverlay);
 * } catch (ParameterException e) {
 *   e.problems(); // ["override of 'highneeds.nff.flor': unknown parameter path", ...]
 * }
 * }</pre>
 */
public final class ParameterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> problems;

  /**
   * Creates an exception listing problems.
   *
   * @param summary what was being done, e.g. "Cannot load parameters"
   * @param problems every problem found, at least one
   */
  public ParameterException(String summary, Iterable<String> problems) {
    super(format(summary, ImmutableList.copyOf(problems)));
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * Creates an exception with a single problem.
   *
   * @param problem the problem
   */
  public ParameterException(String problem) {
    super(problem);
    this.problems = ImmutableList.of(problem);
  }

  private static String format(String summary, ImmutableList<String> problems) {
    StringBuilder text =
        new StringBuilder(summary).append(" (").append(problems.size()).append(" problem")
            .append(problems.size() == 1 ? "" : "s").append("):");
    for (String p : problems) {
      text.append("\n  - ").append(p);
    }
    return text.toString();
  }

  /** Every problem found, in the order found. @return the problems */
  public ImmutableList<String> problems() {
    return problems;
  }
}
