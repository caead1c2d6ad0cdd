package org.sendfunding.examples.cli;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A failure the user caused and can put right: a missing file, a folder where a file was expected,
 * a value no command accepts. Its message is one line saying what is wrong, where, and what to do;
 * {@link CommandRunner} prints it (after any {@link #details()}) and exits with code 2.
 *
 * <pre>{@code
 * throw new UserError("school.csv: no such file in /home/head (paths are relative to the folder you run"
 *     + " the command in); check the name");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UserError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> details;

  /**
   * A one-line failure.
   *
   * @param message what, where and what to do, on one line
   */
  public UserError(String message) {
    this(message, List.of());
  }

  /**
   * A failure with lines of detail printed before it (such as every problem in a banding file).
   *
   * @param message the last line: what, where and what to do
   * @param details lines printed first
   */
  public UserError(String message, List<String> details) {
    super(oneLine(message));
    this.details = ImmutableList.copyOf(details);
  }

  /** The lines printed before the message. @return the details, often empty */
  public ImmutableList<String> details() {
    return details;
  }

  /**
   * A message on one line whatever a library put in it: line breaks and the spaces around them become one space.
   *
   * @param message any text, or null
   * @return the text on one line
   */
  public static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
