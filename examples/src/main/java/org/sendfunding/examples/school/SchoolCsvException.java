package org.sendfunding.examples.school;

import com.google.common.collect.ImmutableList;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;

/**
 * Every problem found in a school's SEN pupils CSV, each with its file, line, column and value; thrown
 * instead of returning any rows.
 *
 * <pre>{@code
 * try {
 *   SchoolPupilsCsv.read(Path.of("school.csv"), setting, element1, banding);
 * } catch (InputException e) {      // or, for one more release, SchoolCsvException
 *   e.getMessage();   // 1 problem in school.csv:
 *                     //   line 4, column 'provision_cost' ('12,34'): not an amount of money ...
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @deprecated catch {@link InputException}, the one exception family for bad input; this subclass
 *     stays for one release so that existing catch clauses keep working. {@link #problems()} now returns
 *     located {@link Problem}s; the problems as text are {@link #messages()}.
 */
@Deprecated
public final class SchoolCsvException extends InputException {

  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> messages;

  SchoolCsvException(ImmutableList<Problem> problems) {
    super(problems);
    this.messages = problems.stream().map(Problem::toString).collect(ImmutableList.toImmutableList());
  }

  /** The problems as text, one per bad value, in line order. @return the problems */
  public ImmutableList<String> messages() {
    return messages;
  }
}
