package org.sendfunding.funding.parameter;

import com.google.common.collect.ImmutableList;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;

/**
 * Thrown when parameters cannot be loaded, looked up or overridden; lists every problem found, each a
 * {@link Problem} naming the file, line and key ({@code values.2025-04-01}) and the offending value.
 *
 * <pre>{@code
 * try {
 *   ParameterOverlay.loadYaml(Path.of("my-scenario.yaml"), ParameterSet.defaults());
 * } catch (InputException e) {             // or, for one more release, ParameterException
 *   e.problems();   // [my-scenario.yaml line 5, column 'overrides[1].path' ('highneeds.nff.flor'): unknown parameter path]
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @deprecated catch {@link InputException}, the one exception family for bad input in every module;
 *     this subclass stays for one release so that existing catch clauses keep working. {@link
 *     #problems()} now returns located {@link Problem}s; the problems as text are {@link #messages()}.
 */
@Deprecated
public final class ParameterException extends InputException {

  private static final long serialVersionUID = 1L;

  /** The source named by problems that are not about a file (a lookup, an overlay built in code). */
  static final String SOURCE = "parameters";

  private final ImmutableList<String> messages;

  /**
   * Creates an exception listing problems given as text, each a whole-"file" problem of
   * {@value #SOURCE}.
   *
   * @param summary what was being done, e.g. "Cannot load parameters"
   * @param problems every problem found, at least one
   */
  public ParameterException(String summary, Iterable<String> problems) {
    this(summary, ImmutableList.copyOf(problems).stream().map(p -> Problem.file(SOURCE, p))
        .collect(ImmutableList.toImmutableList()), ImmutableList.copyOf(problems));
  }

  /**
   * Creates an exception with a single problem, whose text is the message.
   *
   * @param problem the problem
   */
  public ParameterException(String problem) {
    super(problem, ImmutableList.of(Problem.file(SOURCE, problem)));
    this.messages = ImmutableList.of(problem);
  }

  private ParameterException(String summary, ImmutableList<Problem> problems, ImmutableList<String> messages) {
    super(format(summary, messages), problems);
    this.messages = messages;
  }

  /**
   * An exception listing located problems.
   *
   * @param summary what was being done, e.g. "Cannot load parameters"
   * @param problems every problem found, at least one
   * @return the exception
   */
  public static ParameterException located(String summary, Iterable<Problem> problems) {
    ImmutableList<Problem> list = ImmutableList.copyOf(problems);
    return new ParameterException(summary, list,
        list.stream().map(Problem::toString).collect(ImmutableList.toImmutableList()));
  }

  private static String format(String summary, ImmutableList<String> problems) {
    StringBuilder text =
        new StringBuilder(summary).append(" (").append(problems.size()).append(" problem")
            .append(problems.size() == 1 ? "" : "s").append("):");
    int listed = Math.min(problems.size(), MAX_LISTED);
    for (int i = 0; i < listed; i++) {
      text.append("\n  - ").append(problems.get(i));
    }
    if (problems.size() > listed) {
      text.append("\n  ... and ").append(problems.size() - listed).append(" more");
    }
    return text.toString();
  }

  /**
   * Every problem as one line of text, in order: the text given, or each located problem's {@link
   * Problem#toString()} ({@code f.yaml line 6, column 'values.2025-04-01' ('abc'): not a percent value}).
   *
   * @return the problems as text
   */
  public ImmutableList<String> messages() {
    return messages;
  }
}
