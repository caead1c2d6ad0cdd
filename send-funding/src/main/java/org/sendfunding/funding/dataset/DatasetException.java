package org.sendfunding.funding.dataset;

import com.google.common.collect.ImmutableList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;

/**
 * Thrown when a dataset file has errors: lists every problem found, each naming the file, line and
 * column, so that one run reports them all.
 *
 * <pre>{@code
 * try {
 *   DatasetCsv.readPanel(reader, "my-la.csv");
 * } catch (InputException e) {          // or, for one more release, DatasetException
 *   e.problems();   // [my-la.csv line 3, column 'population_2_18' ('abc'): not a whole number ..., ...]
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
public final class DatasetException extends InputException {

  private static final long serialVersionUID = 1L;

  /** "panel.csv line 3 column la_code: ..." as the dataset readers have written problems. */
  private static final Pattern LEGACY =
      Pattern.compile("(\\S+?)(?: line (\\d+))?(?:,? column '?([^\\s':]+)'?)?: (.*)", Pattern.DOTALL);

  private final ImmutableList<String> messages;

  /**
   * Creates the exception from problems written as text, as the dataset readers write them
   * ({@code "my-la.csv line 3 column population_2_18: 'abc' is not a whole number"}); each becomes a
   * {@link Problem} with the file, line and column the text names.
   *
   * @param source what was being read
   * @param problems every problem found, not empty
   */
  public DatasetException(String source, Iterable<String> problems) {
    super(message(source, ImmutableList.copyOf(problems)), located(source, ImmutableList.copyOf(problems)));
    this.messages = ImmutableList.copyOf(problems);
  }

  /**
   * Creates the exception from located problems, with the standard {@link InputException} message.
   *
   * @param problems every problem found, not empty
   */
  public DatasetException(Iterable<Problem> problems) {
    super(problems);
    this.messages = problems().stream().map(Problem::toString).collect(ImmutableList.toImmutableList());
  }

  private static String message(String source, ImmutableList<String> problems) {
    StringBuilder buf = new StringBuilder();
    buf.append(source).append(": ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    for (String p : problems) {
      buf.append("\n  - ").append(p);
    }
    return buf.toString();
  }

  private static ImmutableList<Problem> located(String source, ImmutableList<String> problems) {
    ImmutableList.Builder<Problem> out = ImmutableList.builder();
    for (String text : problems) {
      Matcher m = LEGACY.matcher(text);
      if (m.matches() && (m.group(2) != null || m.group(1).startsWith(source) || source.startsWith(m.group(1)))) {
        out.add(Problem.of(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
            m.group(3) == null ? "" : m.group(3), "", m.group(4)));
      } else {
        out.add(Problem.file(source, text));
      }
    }
    return out.build();
  }

  /**
   * Every problem as one line of text, in the order found: the text given to the constructor, or each
   * located problem's {@link Problem#toString()}.
   *
   * @return the problems as text
   */
  public ImmutableList<String> messages() {
    return messages;
  }
}
