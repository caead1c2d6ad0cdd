package org.sendfunding.model.input;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Thrown when input (a CSV, YAML, JSON or properties file, or a command-line value) is wrong: it lists
 * every {@link Problem} found, each located by file, line, column and value, so that one run shows the
 * user every mistake and nothing is loaded in part.
 *
 * <p>This is the one exception family for bad input in every module: a caller catches it once,
 * whether it loaded a dataset, a parameter overlay, a cohort or a school file. The message lists at
 * most {@value #MAX_LISTED} problems and says how many more there are:
 *
 * <pre>{@code
 * try {
 *   load("panel.csv");
 * } catch (InputException e) {
 *   e.problems();     // [panel.csv line 12, column 'la_code' ('99x'): unknown LA code, ...]
 *   e.getMessage();   // 3 problems in panel.csv:
 *                     //   line 12, column 'la_code' ('99x'): unknown LA code
 *                     //   ...
 * }
 * }</pre>
 *
 * <p>It extends {@link IllegalArgumentException} because bad input is a bad argument to the loader.
 *
 * <p>This class is immutable and thread-safe.
 */
public class InputException extends IllegalArgumentException {

  /** The most problems the message lists; {@link #problems()} holds them all. */
  public static final int MAX_LISTED = 50;

  private static final long serialVersionUID = 1L;

  private final ImmutableList<Problem> problems;

  /**
   * An exception listing problems, with the standard message.
   *
   * @param problems every problem found, at least one
   * @throws IllegalArgumentException if there are none
   */
  public InputException(Iterable<? extends Problem> problems) {
    this(null, problems);
  }

  /**
   * An exception listing problems under a message of the caller's own, for a subclass that must keep
   * an older message (the standard one follows it when {@code summary} is null).
   *
   * @param summary the message, or null for the standard one
   * @param problems every problem found, at least one
   */
  protected InputException(String summary, Iterable<? extends Problem> problems) {
    this(summary, ImmutableList.copyOf(problems), true);
  }

  private InputException(String summary, ImmutableList<Problem> problems, boolean unused) {
    super(summary != null ? summary : message(nonEmpty(problems)));
    this.problems = nonEmpty(problems);
  }

  /**
   * One problem.
   *
   * @param problem the problem
   * @return the exception
   */
  public static InputException of(Problem problem) {
    return new InputException(ImmutableList.of(problem));
  }

  private static ImmutableList<Problem> nonEmpty(ImmutableList<Problem> problems) {
    Preconditions.checkArgument(!problems.isEmpty(), "InputException.problems: must not be empty");
    return problems;
  }

  /**
   * Every problem found, in the order found (file order for one file).
   *
   * @return the problems, never empty
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /**
   * The standard message: {@code "3 problems in panel.csv:"} then one indented line a problem, at most
   * {@value #MAX_LISTED}, then {@code "  ... and 12 more"}. When the problems come from several
   * sources each line names its own.
   *
   * @param problems the problems, at least one
   * @return the message
   */
  public static String message(ImmutableList<Problem> problems) {
    Set<String> sources = new LinkedHashSet<>();
    for (Problem p : problems) {
      sources.add(p.source());
    }
    boolean oneSource = sources.size() == 1;
    StringBuilder b = new StringBuilder();
    b.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    if (oneSource) {
      b.append(" in ").append(sources.iterator().next());
    }
    b.append(':');
    int listed = Math.min(problems.size(), MAX_LISTED);
    for (int i = 0; i < listed; i++) {
      Problem p = problems.get(i);
      b.append("\n  ").append(oneSource ? p.describeWithinSource() : p.toString());
    }
    if (problems.size() > listed) {
      b.append("\n  ... and ").append(problems.size() - listed).append(" more");
    }
    return b.toString();
  }
}
