package org.sendfunding.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;
import org.sendfunding.funding.parameter.ParameterException;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;
import picocli.CommandLine;

/**
 * Runs a picocli command so that every failure a user can cause ends with one clear line on the
 * error stream and exit code 2, and nothing else does:
 *
 * <ul>
 *   <li>a bad option (picocli's own checks, or a {@link CommandLine.ParameterException} from the
 *       command): {@code send-report: --year 2024-25: ...; run send-report --help for the options};
 *   <li>a {@link UserError}: its details, then its message;
 *   <li>an {@link InputException} (every loader's located problems): each problem on its own line,
 *       then one line counting them and saying to correct the file;
 *   <li>a {@link ParameterException} (a scenario overlay of the user's): its problems, then one line;
 *   <li>an {@link ArithmeticException} (an amount so large a sum of pence overflows): one line naming it;
 *   <li>a file that cannot be read or written: one line naming the file and the reason.
 * </ul>
 *
 * <p>Anything else is a defect of the program: one line saying so and exit code 1. With {@code
 * --debug} anywhere on the command line the stack trace is printed first. {@code --help} and {@code
 * --version} exit with 0.
 *
 * <pre>{@code
 * int code = CommandRunner.run("send-report", new EnglandReport(System.out, sections), System.out, System.err, args);
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CommandRunner {

  /** Exit code of a failure the user can put right. */
  public static final int USER_ERROR = 2;
  /** Exit code of a defect. */
  public static final int INTERNAL_ERROR = 1;

  private CommandRunner() {}

  /**
   * Parses the arguments, runs the command and maps every failure to its one line and exit code.
   *
   * @param name the command's name, which starts every error line
   * @param command the picocli command object
   * @param out the terminal
   * @param err the error stream
   * @param args the arguments
   * @return the exit code: 0, 1 or 2
   */
  public static int run(String name, Object command, PrintStream out, PrintStream err, String... args) {
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setParameterExceptionHandler((e, a) -> {
      if (debug) {
        e.printStackTrace(err);
      }
      String message = UserError.oneLine(e.getMessage());
      err.println(name + ": " + message + (message.endsWith(".") ? "" : ".") + " Run '" + name
          + " --help' for the options.");
      return USER_ERROR;
    });
    cli.setExecutionExceptionHandler((e, c, parsed) -> {
      if (debug) {
        e.printStackTrace(err);
      }
      return report(name, e, err);
    });
    return cli.execute(args);
  }

  /**
   * Prints the lines for a failure and returns its exit code.
   *
   * @param name the command's name
   * @param failure what was thrown
   * @param err where to print
   * @return 2 for a failure the user can put right, 1 for a defect
   */
  static int report(String name, Throwable failure, PrintStream err) {
    Throwable e = failure;
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof CommandLine.ParameterException) {
      err.println(name + ": " + UserError.oneLine(e.getMessage()) + ". Run '" + name + " --help' for the options.");
      return USER_ERROR;
    }
    if (e instanceof UserError) {
      UserError u = (UserError) e;
      u.details().forEach(d -> err.println("  " + d));
      err.println(name + ": " + u.getMessage());
      return USER_ERROR;
    }
    if (e instanceof InputException) {
      List<Problem> problems = ((InputException) e).problems();
      if (problems.size() == 1) {
        String line = UserError.oneLine(problems.get(0).toString());
        err.println(name + ": " + line + (line.endsWith("again") ? "" : "; correct it and run again"));
      } else {
        int shown = Math.min(problems.size(), InputException.MAX_LISTED);
        problems.subList(0, shown).forEach(p -> err.println("  " + UserError.oneLine(p.toString())));
        if (problems.size() > shown) {
          err.println("  ... and " + (problems.size() - shown) + " more");
        }
        err.println(name + ": " + problems.size() + " problems in " + sources(problems) + " (listed above); correct them and run again");
      }
      return USER_ERROR;
    }
    if (e instanceof ParameterException) {
      // A scenario overlay or parameter file of the user's: every problem, then one line.
      List<String> lines = e.getMessage().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      if (lines.size() > 1) {
        lines.forEach(l -> err.println("  " + l));
      }
      err.println(name + ": " + (lines.size() == 1 ? lines.get(0) : lines.size() + " problems with the parameters (listed above)")
          + "; correct the file and run again");
      return USER_ERROR;
    }
    if (e instanceof ArithmeticException) {
      err.println(name + ": a figure is too large to compute exactly (" + UserError.oneLine(e.getMessage())
          + "); check the amounts in your input for a mistyped value");
      return USER_ERROR;
    }
    if (e instanceof NoSuchFileException) {
      err.println(name + ": " + ((NoSuchFileException) e).getFile() + ": no such file or folder; check the name"
          + " (relative paths are from the folder you run the command in)");
      return USER_ERROR;
    }
    if (e instanceof AccessDeniedException) {
      err.println(name + ": " + ((AccessDeniedException) e).getFile() + ": permission denied; choose a file or folder you can use");
      return USER_ERROR;
    }
    if (e instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e;
      err.println(name + ": " + f.getFile() + ": " + UserError.oneLine(f.getReason() == null ? f.getMessage() : f.getReason())
          + "; check the path and that the disk is not full");
      return USER_ERROR;
    }
    if (e instanceof IOException) {
      err.println(name + ": " + UserError.oneLine(e.getMessage()) + "; check the path and that the disk is not full");
      return USER_ERROR;
    }
    err.println(name + ": internal error: " + UserError.oneLine(String.valueOf(e)) + " (a defect: run again with --debug"
        + " for the stack trace and report it)");
    return INTERNAL_ERROR;
  }

  private static String sources(List<Problem> problems) {
    return String.join(", ", problems.stream().map(Problem::source).distinct().toList());
  }
}
