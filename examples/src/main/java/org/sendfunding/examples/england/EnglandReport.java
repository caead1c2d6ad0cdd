package org.sendfunding.examples.england;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sendfunding.model.time.FinancialYear;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The main job: the England report on the embedded default data.
 *
 * <pre>
 * bin/send-report --year 2025-26 --out send-report
 * </pre>
 *
 * <p>Prints each section's tables to the terminal and writes CSV files and PNG charts to the output
 * folder. Run with {@code --help} for the options.
 */
@Command(
    name = "send-report",
    mixinStandardHelpOptions = true,
    version = "SEND Funding Model 0.1.0",
    description = "The England SEND funding report on the embedded default data: high-needs allocations, "
        + "deficit projections under today's rules and reforms, settlements, national banding, sufficiency, "
        + "EHCP timeliness and accountability. The per-LA panel is ILLUSTRATIVE where marked.")
public final class EnglandReport implements Callable<Integer> {

  @Option(names = "--year", description = "Financial year of the allocation, e.g. 2025-26 (default: ${DEFAULT-VALUE}).",
      defaultValue = "2025-26", converter = FinancialYearConverter.class)
  FinancialYear year;

  @Option(names = "--to", description = "Last year of projections (default: ${DEFAULT-VALUE}).",
      defaultValue = "2030-31", converter = FinancialYearConverter.class)
  FinancialYear projectTo;

  @Option(names = "--policy", split = ",",
      description = "Policies to compare with today's rules (default: all built-in). Names: ${COMPLETION-CANDIDATES}.")
  List<String> policies;

  @Option(names = "--out", description = "Output folder for CSV files and charts (default: ${DEFAULT-VALUE}).",
      defaultValue = "send-report")
  Path out;

  @Option(names = "--section", split = ",", description = "Run only these sections (by number, 1-based).")
  List<Integer> sections;

  @Option(names = "--no-progress", description = "Do not show progress bars.")
  boolean noProgress;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final PrintStream terminal;
  private final ImmutableList<ReportSection> allSections;

  EnglandReport(PrintStream terminal, ImmutableList<ReportSection> sections) {
    this.terminal = terminal;
    this.allSections = sections;
  }

  /** The report's sections, in order. */
  static ImmutableList<ReportSection> defaultSections() {
    return ImmutableList.of();
  }

  @Override
  public Integer call() throws Exception {
    if (projectTo.compareTo(year) <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--to " + projectTo + " must be after --year " + year);
    }
    Files.createDirectories(out);
    ReportContext context = new ReportContext(year, projectTo,
        policies == null ? ImmutableSet.of() : ImmutableSet.copyOf(policies), out, terminal,
        !noProgress && System.console() != null);
    terminal.println("SEND Funding Model — England report, " + year + " (projections to " + projectTo + ")");
    terminal.println("Per-LA figures come from an ILLUSTRATIVE panel whose national sums match published figures;"
        + " national figures are real and cited.");
    terminal.println();
    for (int i = 0; i < allSections.size(); i++) {
      if (sections != null && !sections.contains(i + 1)) {
        continue;
      }
      ReportSection section = allSections.get(i);
      String heading = (i + 1) + ". " + section.title();
      terminal.println(heading);
      terminal.println("=".repeat(heading.length()));
      section.run(context);
    }
    terminal.println("Files written to " + out.toAbsolutePath() + ":");
    for (Path p : context.written()) {
      terminal.println("  " + out.relativize(p));
    }
    return 0;
  }

  /** Runs the report; exits with 0 on success, 2 on bad arguments, 1 on failure. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs the report with the given streams and returns the exit code (for tests). */
  static int run(PrintStream out, PrintStream err, String... args) {
    CommandLine cli = new CommandLine(new EnglandReport(out, defaultSections()));
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    return cli.execute(args);
  }

  /** Parses "2025-26". */
  static final class FinancialYearConverter implements CommandLine.ITypeConverter<FinancialYear> {
    @Override
    public FinancialYear convert(String value) {
      return FinancialYear.parse(value);
    }
  }
}
