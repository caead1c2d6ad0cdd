package org.sendfunding.examples.data;

import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sendfunding.data.published.PublishedImporter;
import org.sendfunding.data.published.TidyTable;
import org.sendfunding.data.published.TableWriter;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/send-data import FILE... --out DIR}: reads DfE's published files (EHC plans release
 * zips, DSG workbooks in ODS/XLSX) and writes the tidy per-LA tables they make into DIR, all or
 * nothing: the tables go into a temporary folder beside DIR and are moved into place only when
 * every file was read without a problem. The exact command that regenerates the library's embedded
 * tables is in docs/data-import.md:
 *
 * <pre>
 * bin/send-data import send-data/published/*.zip send-data/published/*.ods send-data/published/*.xlsx \
 *     --out send-data/src/main/resources/org/sendfunding/data/england
 * </pre>
 *
 * <p>Bad input (a changed or missing column, an unknown symbol, an unknown LA code, a duplicated
 * row, a zip bomb) prints one line saying so and where, then every problem found, one a line, and
 * exits with 2; nothing is written. {@code --debug} adds the stack trace.
 */
@Command(
    name = "send-data",
    mixinStandardHelpOptions = true,
    versionProvider = org.sendfunding.examples.report.ProjectVersion.class,
    description = "Imports DfE's published statistics (EES release zips, DSG allocation workbooks) "
        + "into tidy per-LA CSV tables.",
    subcommands = {SendData.Import.class, CommandLine.HelpCommand.class})
public final class SendData implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "say what to do: send-data import FILE... --out DIR (send-data --help)");
  }

  /** {@code send-data import}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
          "Reads the published files and writes every table they make into DIR, all or nothing.",
          "Files are recognised by their contents: the 2025 and 2022 \"Education, health and care "
              + "plans\" release zips, the DSG summary workbook 2019-20 to 2023-24, the final DSG "
              + "workbooks of 2020-21 to 2023-24, the DSG balance workbook and the 2021-22 high-needs "
              + "benchmarking workbook. A table is made when all its files are given.",
          "Files already in DIR that are not among the tables are kept."})
  static final class Import implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Published files (.zip, .ods, .xlsx).")
    List<Path> files;

    @Option(names = "--out", required = true, paramLabel = "DIR",
        description = "Folder to write the tables into (created if absent).")
    Path out;

    @Option(names = "--debug", description = "Print the stack trace of a failure.")
    boolean debug;

    @CommandLine.ParentCommand
    SendData parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter stdout = spec.commandLine().getOut();
      PrintWriter stderr = spec.commandLine().getErr();
      try {
        ImmutableList<TidyTable> tables = PublishedImporter.DEFAULT.read(files);
        Map<String, String> missing = PublishedImporter.DEFAULT.missing(files);
        if (tables.isEmpty()) {
          stderr.println("send-data: no table can be made from these files; nothing written");
          missing.forEach((t, lack) -> stderr.println("  " + t + " needs " + lack));
          return 2;
        }
        TableWriter.writeAll(tables, out);
        for (TidyTable t : tables) {
          stdout.println("wrote " + out.resolve(t.name()) + " (" + t.rows().size() + " rows)");
        }
        missing.forEach((t, lack) -> stdout.println("not made: " + t + " (needs " + lack + ")"));
        return 0;
      } catch (InputException e) {
        ImmutableList<Problem> problems = e.problems();
        stderr.println("send-data: refused, nothing written: " + problems.get(0)
            + (problems.size() > 1 ? " (1 of " + problems.size() + " problems, all listed below)" : ""));
        if (problems.size() > 1) {
          problems.stream().limit(InputException.MAX_LISTED).forEach(p -> stderr.println("  " + p));
          if (problems.size() > InputException.MAX_LISTED) {
            stderr.println("  ... and " + (problems.size() - InputException.MAX_LISTED) + " more");
          }
        }
        if (debug) {
          e.printStackTrace(stderr);
        }
        return 2;
      } catch (IllegalArgumentException e) {
        stderr.println("send-data: refused, nothing written: " + e.getMessage());
        if (debug) {
          e.printStackTrace(stderr);
        }
        return 2;
      } catch (UncheckedIOException e) {
        stderr.println("send-data: cannot write, nothing changed: " + e.getMessage());
        if (debug) {
          e.printStackTrace(stderr);
        }
        return 1;
      }
    }
  }

  /** Runs the command; exits with 0 on success, 2 on bad arguments or bad input, 1 on failure. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs the command with the given streams and returns the exit code (for tests). */
  static int run(PrintStream out, PrintStream err, String... args) {
    CommandLine cli = new CommandLine(new SendData());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }
}
