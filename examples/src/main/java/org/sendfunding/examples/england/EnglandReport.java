package org.sendfunding.examples.england;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sendfunding.examples.report.ProjectVersion;
import java.util.stream.Collectors;
import org.sendfunding.examples.cli.CommandRunner;
import org.sendfunding.examples.cli.InputFiles;
import org.sendfunding.examples.cli.OutputFolder;
import org.sendfunding.examples.cli.UserError;
import org.sendfunding.examples.cli.Values;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.scenario.BuiltInPolicy;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.input.InputText;
import org.sendfunding.model.time.FinancialYear;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The main job: the England report, on the embedded default data or a dataset folder of the user's.
 *
 * <pre>
 * bin/send-report --year 2025-26 --out send-report
 * bin/send-report --data my-dataset --overlay higher-floor.yaml --section 2 --out my-report
 * </pre>
 *
 * <p>Prints each section's tables to the terminal and writes CSV files and PNG charts to the output
 * folder: into a temporary folder beside it first, moved into place only when every section has
 * run, so a failed run leaves {@code --out} as it was. Every option is checked before anything runs;
 * a failure the user can put right is one line and exit code 2 ({@link CommandRunner}). Run with
 * {@code --help} for the options.
 */
@Command(
    name = "send-report",
    mixinStandardHelpOptions = true,
    versionProvider = ProjectVersion.class,
    description = "The England SEND funding report on the embedded default data (or --data DIR): high-needs allocations, "
        + "deficit projections under today's rules and reforms, settlements, national banding, sufficiency, "
        + "EHCP timeliness, accountability, places and services. The per-LA panel is DfE's published statistics, "
        + "ILLUSTRATIVE where marked.")
public final class EnglandReport implements Callable<Integer> {

  /** The most years a projection runs (send-funding's Assumptions.years). */
  static final int MAX_PROJECTION_YEARS = 30;

  /** The four files of a dataset folder (send-funding's DatasetCsv layout). */
  static final List<String> DATASET_FILES = List.of("national-series.csv", "panel.csv", "caseload.csv", "safety-valve.csv");

  @Option(names = "--year", description = "Financial year of the allocation: the dataset's base year (2025-26, formula year) "
      + "or the year after (2026-27, rollover) (default: ${DEFAULT-VALUE}).",
      defaultValue = "2025-26", converter = Values.Year.class)
  FinancialYear year;

  @Option(names = "--to", description = "Last year of projections, at most 30 years after the dataset's base year "
      + "(default: ${DEFAULT-VALUE}).", defaultValue = "2030-31", converter = Values.Year.class)
  FinancialYear projectTo;

  @Option(names = "--policy", split = ",",
      description = "Built-in policies to compare with today's rules, comma-separated (default: all). Names: "
          + "TODAYS_RULES, DEFICIT_CANCELLATION, NINETY_PERCENT_COVER, THREE_YEAR_SETTLEMENT, NATIONAL_BANDING, "
          + "HIGHER_FUNDING_FLOOR, BLOCK_TRANSFER_LIMIT_RAISED, NO_BLOCK_TRANSFERS.")
  List<String> policies;

  @Option(names = "--out", description = "Output folder for CSV files and charts, made if missing; relative to the "
      + "folder you run the command in (default: ${DEFAULT-VALUE}).", defaultValue = "send-report")
  Path out;

  @Option(names = "--section", split = ",", description = "Run only these sections, by number: 1 allocation, 2 deficits, 3 settlements, "
      + "4 national banding, 5 sufficiency gap, 6 EHCP timeliness, 7 accountability, 8 places and services (default: all).")
  List<Integer> sections;

  @Option(names = "--data", paramLabel = "DIR", description = "Run on this dataset folder instead of the embedded one: "
      + "national-series.csv, panel.csv, caseload.csv and safety-valve.csv in send-funding's dataset layout.")
  Path dataDir;

  @Option(names = "--overlay", paramLabel = "FILE", description = "A scenario YAML (send-funding's parameter overlay: name, "
      + "description, overrides) applied to today's rules and every policy.")
  Path overlayFile;

  @Option(names = "--la", paramLabel = "NAME|CODE", description = "One authority instead of the sections: its real series "
      + "from DfE's published statistics (EHC plans since 2010, placements, flows and 20-week timeliness, high-needs block and "
      + "DSG since 2019-20) beside its modelled years, with a chart. A name (Halton) or a three-digit DfE code (876).")
  String laName;

  @Option(names = "--no-progress", description = "Do not show progress bars.")
  boolean noProgress;

  @Option(names = "--debug", description = "On a failure, print the stack trace too.")
  boolean debug;

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
        new PlacesAndServicesSection());
  }

  /** What the options resolve to, once checked. */
  record Checked(FundingDataset dataset, Optional<ParameterOverlay> overlay, ParameterSet parameters,
      Optional<org.sendfunding.model.authority.LocalAuthority> authority) {}

  /**
   * Checks every option and loads the user's dataset and overlay, before anything is printed or written.
   *
   * @return the dataset, overlay and parameters the run uses
   * @throws CommandLine.ParameterException for a bad option value
   * @throws UserError for a file that is missing or not what was expected
   * @throws org.sendfunding.model.input.InputException for a bad dataset or overlay file
   */
  Checked check() {
    if (policies != null) {
      List<String> valid = Arrays.stream(BuiltInPolicy.values()).map(Enum::name).collect(Collectors.toList());
      for (String p : policies) {
        if (!valid.contains(p)) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "--policy: unknown policy '" + p + "'; valid policies are " + String.join(", ", valid));
        }
      }
    }
    if (sections != null) {
      for (int n : sections) {
        if (n < 1 || n > allSections.size()) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "--section " + n + " is not a section; sections are 1 to " + allSections.size());
        }
      }
    }
    if (projectTo.compareTo(year) <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--to " + projectTo + " must be after --year " + year);
    }
    FundingDataset dataset = dataDir == null ? null : readDataset(dataDir);
    FinancialYear base = dataset == null ? FIRST_PROJECTED_YEAR.previous() : dataset.baseYear();
    String which = dataset == null ? "the embedded dataset" : "dataset " + dataDir;
    if (!year.equals(base) && !year.equals(base.next())) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--year " + year + ": " + which + " has allocations for " + base + " (formula year) and " + base.next()
              + " (rollover year) only");
    }
    if (projectTo.compareTo(base.next()) < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--to " + projectTo + " must be " + base.next() + " or later: projections start the year after the dataset's base year");
    }
    FinancialYear latest = FinancialYear.of(base.startYear() + MAX_PROJECTION_YEARS);
    if (projectTo.compareTo(latest) > 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--to " + projectTo + ": projections run at most " + MAX_PROJECTION_YEARS + " years, to " + latest);
    }
    Optional<ParameterOverlay> overlay = Optional.empty();
    ParameterSet parameters = ParameterSet.defaults();
    if (overlayFile != null) {
      InputFiles.readable("--overlay", overlayFile);
      // The input layer's encoding rules first: a Windows-1252 or UTF-16 file is one located line.
      String yaml = InputText.read(overlayFile, 1024 * 1024);
      ParameterOverlay o = ParameterOverlay.loadYaml(overlayFile.toString(), yaml, parameters);
      parameters = parameters.withOverlay(o);
      overlay = Optional.of(o);
    }
    Optional<org.sendfunding.model.authority.LocalAuthority> authority = Optional.empty();
    if (laName != null) {
      org.sendfunding.model.authority.LocalAuthority la = org.sendfunding.examples.cli.AuthorityNames.find("--la", laName,
          LocalAuthorities.england());
      if (dataset != null && dataset.panel().stream().noneMatch(r -> r.localAuthority().code() == la.code())) {
        throw new UserError("--la " + laName + ": " + la.name() + " is not in dataset " + dataDir
            + "; give one of its LAs or leave out --data");
      }
      authority = Optional.of(la);
    }
    return new Checked(dataset, overlay, parameters, authority);
  }

  /** Reads a dataset folder in send-funding's layout, every file checked first. */
  static FundingDataset readDataset(Path dir) {
    InputFiles.folder("--data", dir);
    for (String f : DATASET_FILES) {
      if (!Files.exists(dir.resolve(f))) {
        throw new UserError("--data " + dir + ": no " + f + " in the folder; a dataset folder holds "
            + String.join(", ", DATASET_FILES));
      }
      InputFiles.readable("--data", dir.resolve(f));
      InputText.read(dir.resolve(f), 64L * 1024 * 1024);
    }
    try (Reader n = Files.newBufferedReader(dir.resolve(DATASET_FILES.get(0)));
        Reader p = Files.newBufferedReader(dir.resolve(DATASET_FILES.get(1)));
        Reader c = Files.newBufferedReader(dir.resolve(DATASET_FILES.get(2)));
        Reader s = Files.newBufferedReader(dir.resolve(DATASET_FILES.get(3)))) {
      String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
      return FundingDataset.readCsv(name, n, p, c, s, LocalAuthorities.england());
    } catch (IOException e) {
      throw new UserError("--data " + dir + ": cannot read the files (" + UserError.oneLine(e.toString()) + ")");
    }
  }

  /**
   * Checks every option as {@link #call()} does first, without running anything or writing a file
   * (the argument-parsing fuzz test calls it after picocli has parsed the arguments).
   *
   * @throws CommandLine.ParameterException for a bad option value
   * @throws UserError for a file that is missing or not what was expected
   */
  public void validate() {
    check();
  }

  @Override
  public Integer call() {
    Checked checked = check();
    try (OutputFolder folder = OutputFolder.prepare("--out", out)) {
      ReportContext context = new ReportContext(year, projectTo,
          policies == null ? ImmutableSet.of() : ImmutableSet.copyOf(policies), folder.staging(), terminal,
          !noProgress && System.console() != null, checked.dataset(), checked.overlay(), checked.parameters());
      terminal.println("SEND Funding Model — England report, " + year + " (projections to " + projectTo + ")");
      if (checked.dataset() == null) {
        terminal.println("Per-LA figures are DfE's published statistics wherever DfE publishes them (real, or derived by a"
            + " named rule: docs/data.md); national figures are real and cited.");
        StringBuilder still = new StringBuilder();
        context.dataset().illustrativeFields().forEach((field, count) ->
            still.append(still.length() == 0 ? "" : ", ").append(field).append(count == context.dataset().panel().size() ? "" : " (" + count + " LAs)"));
        terminal.println("ILLUSTRATIVE (no public per-LA figure): " + still + "; caseload unit costs.");
      } else {
        terminal.println("Dataset: " + dataDir + " (" + checked.dataset().panel().size() + " LAs, base year "
            + checked.dataset().baseYear() + (checked.dataset().illustrative() ? ", ILLUSTRATIVE" : "") + ").");
      }
      checked.overlay().ifPresent(o -> terminal.println("Scenario overlay: " + o.name() + " (" + overlayFile + "), "
          + o.overrides().size() + " override(s), applied to today's rules and every policy."));
      terminal.println();
      if (checked.authority().isPresent()) {
        new AuthorityView(checked.authority().get()).run(context);
      }
      for (int i = 0; i < allSections.size(); i++) {
        if (checked.authority().isPresent() || sections != null && !sections.contains(i + 1)) {
          continue;
        }
        ReportSection section = allSections.get(i);
        String heading = (i + 1) + ". " + section.title();
        terminal.println(heading);
        terminal.println("=".repeat(heading.length()));
        try {
          section.run(context);
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException("section " + (i + 1) + ": " + e, e);
        }
      }
      folder.commit();
      terminal.println("Files written to " + folder.target() + ":");
      for (Path p : context.written()) {
        terminal.println("  " + folder.staging().relativize(p));
      }
    }
    return 0;
  }

  /** Runs the report; exits with 0 on success, 2 on a failure the user can put right, 1 on a defect. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs the report with the given streams and returns the exit code (for tests). */
  public static int run(PrintStream out, PrintStream err, String... args) {
    return CommandRunner.run("send-report", new EnglandReport(out, defaultSections()), out, err, args);
  }
}
