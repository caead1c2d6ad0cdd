package org.sendfunding.examples.cli;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The runnable jar's entry point: {@code java -jar examples/target/send-examples.jar COMMAND [options]},
 * which is what every launcher in {@code bin/} (bash and {@code .cmd}) runs, in the user's own folder.
 *
 * <pre>
 * java -jar examples/target/send-examples.jar report --section 2 --out send-report
 * java -jar examples/target/send-examples.jar school-report school.csv --school "Our School" --la 893 --notional-sen-budget 60000
 * java -jar examples/target/send-examples.jar ehcp-deadlines cases.csv --as-of 2025-06-30
 * java -jar examples/target/send-examples.jar accountability pupils.csv --schools schools.csv
 * </pre>
 *
 * <p>Each command is a class with a {@code main}; a command whose class is not in this build (such
 * as {@code data}, the importer, before that branch is merged) is reported as unknown. This class is
 * stateless and thread-safe.
 */
public final class SendCommand {

  /** Command name to main class, in the order {@code --help} lists them. */
  static final Map<String, String> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("report", "org.sendfunding.examples.england.EnglandReport");
    COMMANDS.put("school-report", "org.sendfunding.examples.school.SchoolFundingGapReport");
    COMMANDS.put("ehcp-deadlines", "org.sendfunding.examples.ehcp.EhcpDeadlines");
    COMMANDS.put("accountability", "org.sendfunding.examples.accountability.AccountabilityComparison");
    COMMANDS.put("data", "org.sendfunding.examples.data.SendData");
  }

  private SendCommand() {}

  /** A command run in-process: the streams and arguments in, the exit code out. */
  @FunctionalInterface
  public interface Runner {
    /**
     * Runs the command.
     *
     * @param out the terminal
     * @param err the error stream
     * @param args the arguments
     * @return the exit code
     */
    int run(PrintStream out, PrintStream err, String... args);
  }

  /** The commands that run in-process (the tests run them as the launchers do). */
  static final Map<String, Runner> RUNNERS = new LinkedHashMap<>();

  static {
    RUNNERS.put("report", org.sendfunding.examples.england.EnglandReport::run);
    RUNNERS.put("school-report", org.sendfunding.examples.school.SchoolFundingGapReport::run);
    RUNNERS.put("ehcp-deadlines", org.sendfunding.examples.ehcp.EhcpDeadlines::run);
    RUNNERS.put("accountability", org.sendfunding.examples.accountability.AccountabilityComparison::run);
  }

  /**
   * Runs a command in-process and returns its exit code, as {@code bin/send-COMMAND} would exit.
   *
   * @param command the command's name, e.g. {@code school-report}
   * @param out the terminal
   * @param err the error stream
   * @param args the command's arguments
   * @return the exit code
   * @throws IllegalArgumentException if there is no such in-process command
   */
  public static int run(String command, PrintStream out, PrintStream err, String... args) {
    Runner r = RUNNERS.get(command);
    if (r == null) {
      throw new IllegalArgumentException("SendCommand: no in-process command '" + command + "'; commands are " + RUNNERS.keySet());
    }
    return r.run(out, err, args);
  }

  /**
   * Runs the command named first with the remaining arguments.
   *
   * @param args the command's name, then its arguments
   */
  public static void main(String[] args) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      usage(System.out);
      System.exit(args.length == 0 ? CommandRunner.USER_ERROR : 0);
    }
    if (RUNNERS.containsKey(args[0])) {
      System.exit(run(args[0], System.out, System.err, Arrays.copyOfRange(args, 1, args.length)));
    }
    Method main = find(args[0]);
    if (main == null) {
      System.err.println("send-examples: '" + args[0] + "' is not a command; the commands are "
          + String.join(", ", available()) + " (run with --help for the list)");
      System.exit(CommandRunner.USER_ERROR);
    }
    try {
      main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    } catch (InvocationTargetException e) {
      System.exit(CommandRunner.report("send-" + args[0], e.getCause(), System.err));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The main method of a command, or null if there is no such command in this build. */
  static Method find(String command) {
    String className = COMMANDS.get(command);
    if (className == null) {
      return null;
    }
    try {
      return Class.forName(className).getMethod("main", String[].class);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      return null;
    }
  }

  /** The commands this build has. */
  static java.util.List<String> available() {
    return COMMANDS.keySet().stream().filter(c -> find(c) != null).toList();
  }

  static void usage(PrintStream out) {
    out.println("Usage: java -jar send-examples.jar COMMAND [OPTIONS]   (COMMAND --help for its options)");
    out.println("Commands (bin/send-COMMAND runs the same):");
    for (String c : available()) {
      out.println("  " + c);
    }
  }
}
