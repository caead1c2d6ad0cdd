package org.sendfunding.examples.england;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sendfunding.examples.report.ProjectVersion;
import org.sendfunding.funding.scenario.BuiltInPolicy;
import org.sendfunding.model.time.FinancialYear;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

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
    versionProvider = ProjectVersion.class,
    description = "The England SEND funding report on the embedded default data: high-needs allocations, "
        + "deficit projections under today's rules and reforms, settlements, national banding, sufficiency, "
        + "EHCP timeliness and accountability. The per-LA panel is DfE's published statistics, ILLUSTRATIVE where marked.")
public final class EnglandReport implements Callable<Integer> {

  @Option(names = "--year", description = "Financial year of the allocation, e.g. 2025-26 (default: ${DEFAULT-VALUE}).",
      defaultValue = "2025-26", converter = FinancialYearConverter.class)
  FinancialYear year;

  @Option(names = "--to", description = "Last year of projections (default: ${DEFAULT-VALUE}).",
      defaultValue = "2030-31", converter = FinancialYearConverter.class)
  FinancialYear projectTo;

  @Option(names = "--policy", split = ",",
      description = "Built-in policies to compare with today's rules, comma-separated (default: all). Names: "
          + "TODAYS_RULES, DEFICIT_CANCELLATION, NINETY_PERCENT_COVER, THREE_YEAR_SETTLEMENT, NATIONAL_BANDING, "
          + "HIGHER_FUNDING_FLOOR, BLOCK_TRANSFER_LIMIT_RAISED, NO_BLOCK_TRANSFERS.")
  List<String> policies;

  @Option(names = "--out", description = "Output folder for CSV files and charts (default: ${DEFAULT-VALUE}).",
      defaultValue = "send-report")
  Path out;

  @Option(names = "--section", split = ",", description = "Run only these sections, by number: 1 allocation, 2 deficits, 3 settlements, "
      + "4 national banding, 5 sufficiency gap, 6 EHCP timeliness, 7 accountability, 8 places and services (default: all).")
  List<Integer> sections;

  @Option(names = "--no-progress", description = "Do not show progress bars.")
  boolean noProgress;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The first year the embedded dataset (base year 2025-26) is projected to. */
  static final FinancialYear FIRST_PROJECTED_YEAR = FinancialYear.of(2026);

  private final PrintStream terminal;
  private final ImmutableList<ReportSection> allSections;

  EnglandReport(PrintStream terminal, ImmutableList<ReportSection> sections) {
    this.terminal = terminal;
    this.allSections = sections;
  }

  /** The report's sections, in order. */
  static ImmutableList<ReportSection> defaultSections() {
    return ImmutableList.of(
        new NationalAllocationSection(),
        new DeficitProjectionSection(),
        new SettlementCertaintySection(),
        new NationalBandingSection(),
        new SufficiencyGapSection(),
        new EhcpTimelinessSection(),
        new AccountabilitySection(),
        new PlacesAndServicesSection(),
        new SpendOutlookSection());
  }

  @Override
  public Integer call() throws Exception {
    if (projectTo.compareTo(year) <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--to " + projectTo + " must be after --year " + year);
    }
    if (policies != null) {
      List<String> valid = java.util.Arrays.stream(BuiltInPolicy.values()).map(Enum::name).collect(java.util.stream.Collectors.toList());
      for (String p : policies) {
        if (!valid.contains(p)) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "--policy: unknown policy '" + p + "'; valid policies are " + String.join(", ", valid));
        }
      }
    }
    if (!year.equals(FIRST_PROJECTED_YEAR.previous()) && !year.equals(FIRST_PROJECTED_YEAR)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--year " + year + ": the embedded dataset has allocations for " + FIRST_PROJECTED_YEAR.previous()
              + " (formula year) and " + FIRST_PROJECTED_YEAR + " (rollover year) only");
    }
    if (projectTo.compareTo(FIRST_PROJECTED_YEAR) < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--to " + projectTo + " must be " + FIRST_PROJECTED_YEAR + " or later: projections start the year after the dataset's base year");
    }
    if (sections != null) {
      for (int n : sections) {
        if (n < 1 || n > allSections.size()) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "--section " + n + " is not a section; sections are 1 to " + allSections.size());
        }
      }
    }
    Files.createDirectories(out);
    ReportContext context = new ReportContext(year, projectTo,
        policies == null ? ImmutableSet.of() : ImmutableSet.copyOf(policies), out, terminal,
        !noProgress && System.console() != null);
    terminal.println("SEND Funding Model — England report, " + year + " (projections to " + projectTo + ")");
    terminal.println("Per-LA figures are DfE's published statistics wherever DfE publishes them (real, or derived by a"
        + " named rule: docs/data.md); national figures are real and cited.");
    StringBuilder still = new StringBuilder();
    context.dataset().illustrativeFields().forEach((field, count) ->
        still.append(still.length() == 0 ? "" : ", ").append(field).append(count == context.dataset().panel().size() ? "" : " (" + count + " LAs)"));
    terminal.println("ILLUSTRATIVE (no public per-LA figure): " + still + "; caseload unit costs.");
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
