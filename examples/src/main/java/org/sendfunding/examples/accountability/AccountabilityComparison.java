package org.sendfunding.examples.accountability;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.accountability.cohort.CohortCsv;
import org.sendfunding.accountability.cohort.CsvLoadException;
import org.sendfunding.accountability.comparison.ComparisonCalculator;
import org.sendfunding.accountability.comparison.ComparisonResult;
import org.sendfunding.accountability.comparison.PairwiseComparison;
import org.sendfunding.accountability.comparison.SchoolMovement;
import org.sendfunding.examples.cli.CommandRunner;
import org.sendfunding.examples.cli.InputFiles;
import org.sendfunding.examples.cli.OutputFolder;
import org.sendfunding.examples.report.CsvFile;
import org.sendfunding.examples.report.TextTable;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.InputText;
import org.sendfunding.model.input.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The ranking comparison for a cohort of the user's: how schools rank on Progress 8, on contextual
 * value added (CVA) and on time-on-roll Progress 8, the rank correlations, how far the quarter of
 * schools with most pupils with SEN move, and the biggest movers.
 *
 * <pre>
 * bin/send-accountability examples/data/cohort/pupils.csv
 * bin/send-accountability my-pupils.csv --schools my-schools.csv --out ranking
 * </pre>
 *
 * <p>The cohort is two CSV files in {@link CohortCsv}'s layout: the pupils (the argument) and the
 * schools ({@code --schools}, by default {@code schools.csv} in the pupils file's folder). With
 * {@code --out} it writes {@code accountability-movements.csv}, every school under every alternative.
 */
@Command(name = "send-accountability", mixinStandardHelpOptions = true, versionProvider = org.sendfunding.examples.report.ProjectVersion.class,
    description = "Progress 8 against contextual value added and time-on-roll Progress 8 for a cohort: rank correlations, "
        + "how far SEN-heavy schools move, the biggest movers.")
public final class AccountabilityComparison implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "COHORT.csv", description = "The cohort's pupils (send-accountability's pupils CSV: "
      + "pupil_id,school_urn,ks2_reading,ks2_maths,...).")
  Path pupilsFile;

  @Option(names = "--schools", paramLabel = "FILE",
      description = "The cohort's schools: urn,name,la_code,setting_type (default: schools.csv beside COHORT.csv).")
  Path schoolsFile;

  @Option(names = "--out", description = "Also write accountability-movements.csv to this folder, made if missing.")
  Path out;

  @Option(names = "--debug", description = "On a failure, print the stack trace too.")
  boolean debug;

  private final PrintStream terminal;

  AccountabilityComparison(PrintStream terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    InputFiles.readable("COHORT.csv", pupilsFile);
    Path schools = schoolsFile != null ? schoolsFile
        : (pupilsFile.getParent() == null ? Path.of("schools.csv") : pupilsFile.getParent().resolve("schools.csv"));
    InputFiles.readable(schoolsFile != null ? "--schools" : "--schools (default: schools.csv beside COHORT.csv)", schools);
    // Encoding first, under the input layer's rules: a Windows-1252 or UTF-16 file is one located line.
    InputText.read(schools, 64L * 1024 * 1024);
    InputText.read(pupilsFile, 64L * 1024 * 1024);
    Cohort cohort;
    try {
      cohort = CohortCsv.DEFAULT.read(schools, pupilsFile);
    } catch (CsvLoadException e) {
      if (((Object) e) instanceof InputException) {
        throw e;
      }
      throw new InputException(e.problems().stream()
          .map(p -> Problem.of(p.source(), p.line(), p.column(), "", p.message())).toList());
    }
    ComparisonResult result = ComparisonCalculator.DEFAULT.compare(cohort);
    TextTable correlations = TextTable.withHeader("Progress 8 against", "schools", "Spearman", "Kendall",
        "SEN-heavy schools move", "other schools move");
    TextTable movers = TextTable.withHeader("measure", "URN", "school", "P8 rank", "new rank", "move", "SEN share", "special");
    TextTable csv = TextTable.withHeader("alternative", "urn", "school", "progress8_rank", "alternative_rank", "change",
        "sen_share", "special", "provenance");
    for (PairwiseComparison c : result.comparisons()) {
      correlations.addRow(c.alternative(), c.schools(), String.format(Locale.UK, "%.3f", c.spearman()),
          String.format(Locale.UK, "%.3f", c.kendall()), String.format(Locale.UK, "%+.1f places", c.meanChangeOfSenHeavySchools()),
          String.format(Locale.UK, "%+.1f places", c.meanChangeOfOtherSchools()));
      for (int i = 0; i < Math.min(3, c.movements().size()); i++) {
        SchoolMovement m = c.movements().get(i);
        movers.addRow(c.alternative(), m.urn(), m.name(), rank(m.baselineRank()), rank(m.alternativeRank()),
            (m.change() > 0 ? "+" : "") + rank(m.change()), String.format(Locale.UK, "%.1f%%", 100 * m.senShare()),
            m.special() ? "yes" : "");
      }
      for (SchoolMovement m : c.movements()) {
        csv.addRow(c.alternative(), m.urn(), m.name(), rank(m.baselineRank()), rank(m.alternativeRank()), rank(m.change()),
            m.senShare(), m.special(), "input: " + pupilsFile.getFileName() + ", " + schools.getFileName());
      }
    }
    if (out != null) {
      try (OutputFolder folder = OutputFolder.prepare("--out", out)) {
        CsvFile.write(folder.staging().resolve("accountability-movements.csv"), csv);
        folder.commit();
      }
    }
    terminal.println("Accountability comparison for " + cohort + " (" + pupilsFile + ", " + schools + ")");
    terminal.println();
    terminal.println("Rank correlations with Progress 8 (a positive move is up the table)");
    terminal.print(correlations.render());
    terminal.println();
    terminal.println("Biggest movers");
    terminal.print(movers.render());
    if (out != null) {
      terminal.println();
      terminal.println("Written: " + out.toAbsolutePath().normalize().resolve("accountability-movements.csv"));
    }
    return 0;
  }

  /** A rank: 14, or 14.5 for a tie (tied schools share the mean of their places). */
  static String rank(double r) {
    return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.UK, "%.1f", r);
  }

  /** Runs the command; exits with 0 on success, 2 on a failure the user can put right, 1 on a defect. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs the command with the given streams and returns the exit code (for tests). */
  public static int run(PrintStream out, PrintStream err, String... args) {
    return CommandRunner.run("send-accountability", new AccountabilityComparison(out), out, err, args);
  }
}
