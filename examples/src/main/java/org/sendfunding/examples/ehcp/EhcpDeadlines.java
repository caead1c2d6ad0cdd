package org.sendfunding.examples.ehcp;

import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.sendfunding.ehcp.caseload.CaseloadMeasures;
import org.sendfunding.ehcp.caseload.CaseloadReport;
import org.sendfunding.ehcp.caseload.NationalMeasure;
import org.sendfunding.ehcp.caseload.YearMeasures;
import org.sendfunding.ehcp.timeline.Deadline;
import org.sendfunding.ehcp.timeline.EhcpCase;
import org.sendfunding.ehcp.timeline.Timeline;
import org.sendfunding.ehcp.timeline.TimelineEngine;
import org.sendfunding.examples.cli.CommandRunner;
import org.sendfunding.examples.cli.InputFiles;
import org.sendfunding.examples.cli.OutputFolder;
import org.sendfunding.examples.cli.Values;
import org.sendfunding.examples.report.CsvFile;
import org.sendfunding.examples.report.TextTable;
import org.sendfunding.model.authority.LocalAuthorities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * An EHCP deadline check over a caseload file: every statutory deadline of every case (SEND
 * Regulations 2014: the decision to assess in 6 weeks, reg 4(1); the final plan in 20 weeks, reg 13(2);
 * the annual review, s44 of the Children and Families Act 2014; ...) judged at a date, the deadlines
 * missed, and the share of new plans issued within 20 weeks by calendar year beside DfE's national
 * rate.
 *
 * <pre>
 * bin/send-ehcp-deadlines examples/data/sample-cases.csv --as-of 2025-06-30
 * bin/send-ehcp-deadlines cases.csv --out deadlines
 * </pre>
 *
 * <p>The file's layout is {@link CasesCsv}'s. The deadlines are send-ehcp's {@link TimelineEngine}
 * and the yearly measures its {@link CaseloadMeasures}. With {@code --out} it writes {@code
 * ehcp-deadlines.csv} (one row per deadline) and {@code ehcp-timeliness.csv} (one row per year).
 */
@Command(name = "send-ehcp-deadlines", mixinStandardHelpOptions = true, versionProvider = org.sendfunding.examples.report.ProjectVersion.class,
    description = "Every statutory deadline of each EHC needs assessment case in a caseload CSV, the deadlines missed, "
        + "and the share of new plans issued within 20 weeks by year beside DfE's national rate.")
public final class EhcpDeadlines implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "CASES.csv", description = "The caseload: "
      + "case_id,la_code,request_received,decision_to_assess,decision_not_to_assess,draft_served,final_issued,review_meeting,exception")
  Path casesFile;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Values.Date.class,
      description = "Judge the deadlines at this date, e.g. 2025-06-30 (default: today).")
  LocalDate asOf;

  @Option(names = "--out", description = "Also write ehcp-deadlines.csv and ehcp-timeliness.csv to this folder, made if missing.")
  Path out;

  @Option(names = "--debug", description = "On a failure, print the stack trace too.")
  boolean debug;

  private final PrintStream terminal;

  EhcpDeadlines(PrintStream terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    LocalDate at = asOf == null ? LocalDate.now() : asOf;
    InputFiles.readable("CASES.csv", casesFile);
    ImmutableList<EhcpCase> cases = CasesCsv.read(casesFile, LocalAuthorities.england());
    OutputFolder folder = out == null ? null : OutputFolder.prepare("--out", out);
    try {
      TextTable missed = TextTable.withHeader("case", "LA", "deadline", "due", "done", "days late");
      TextTable deadlinesCsv = TextTable.withHeader("case_id", "la_code", "la_name", "deadline", "trigger_date", "due", "status",
          "done", "days_late", "exception_applies", "provenance");
      int deadlines = 0;
      int missedCount = 0;
      int casesLate = 0;
      for (EhcpCase c : cases) {
        Timeline t = TimelineEngine.DEFAULT.timeline(c, at);
        for (Deadline d : t.deadlines()) {
          deadlines++;
          deadlinesCsv.addRow(c.id(), c.localAuthority().code(), c.localAuthority().name(), d.periodId(), d.triggerDate(), d.due(),
              d.status(), d.done().map(Object::toString).orElse(""), d.daysMissedBy(), d.exceptionApplies(), "input: " + casesFile.getFileName());
        }
        for (Deadline d : t.missed()) {
          missedCount++;
          missed.addRow(c.id(), c.localAuthority().name(), d.periodId(), d.due(), d.done().map(Object::toString).orElse("not yet"),
              d.daysMissedBy());
        }
        if (!t.missed().isEmpty()) {
          casesLate++;
        }
      }
      CaseloadReport report = CaseloadMeasures.DEFAULT.report(cases, at);
      TextTable byYear = TextTable.withHeader("year", "requests", "assessments", "plans issued", "within 20 weeks",
          "excl. exceptions", "England (DfE)", "reviews on time");
      TextTable byYearCsv = TextTable.withHeader("year", "requests", "assessments", "new_plans", "within_20_weeks_percent",
          "within_20_weeks_excluding_exceptions_percent", "england_percent", "reviews_on_time_percent", "provenance");
      for (YearMeasures m : report.byYear()) {
        Optional<Double> national = report.national().value(NationalMeasure.PCT_WITHIN_20_WEEKS_EXCL_EXCEPTIONS, m.year());
        byYear.addRow(m.year(), m.requests(), m.assessments(), m.newPlans(), pct(m.percentWithin20WeeksIncludingExceptions()),
            pct(m.percentWithin20WeeksExcludingExceptions()), national.map(v -> String.format(Locale.UK, "%.1f%%", v)).orElse("n/a"),
            pct(m.percentReviewsOnTime()));
        byYearCsv.addRow(m.year(), m.requests(), m.assessments(), m.newPlans(), raw(m.percentWithin20WeeksIncludingExceptions()),
            raw(m.percentWithin20WeeksExcludingExceptions()), national.map(v -> String.format(Locale.UK, "%.1f", v)).orElse(""),
            raw(m.percentReviewsOnTime()), "input: " + casesFile.getFileName() + "; england_percent real (DfE SEN2)");
      }
      if (folder != null) {
        CsvFile.write(folder.staging().resolve("ehcp-deadlines.csv"), deadlinesCsv);
        CsvFile.write(folder.staging().resolve("ehcp-timeliness.csv"), byYearCsv);
        folder.commit();
      }
      terminal.println("EHCP deadlines for " + cases.size() + " case(s) in " + casesFile + ", as at " + at);
      terminal.println();
      terminal.println(missedCount + " of " + deadlines + " deadlines missed, in " + casesLate + " of " + cases.size() + " cases");
      if (missedCount > 0) {
        terminal.print(missed.render());
      }
      terminal.println();
      terminal.println("New EHC plans issued within 20 weeks (reg 13(2)), by calendar year of issue; England is DfE's published rate");
      terminal.print(byYear.render());
      if (folder != null) {
        terminal.println();
        terminal.println("Written: " + folder.target().resolve("ehcp-deadlines.csv") + ", " + folder.target().resolve("ehcp-timeliness.csv"));
      }
    } finally {
      if (folder != null) {
        folder.close();
      }
    }
    return 0;
  }

  private static String pct(OptionalDouble d) {
    return d.isPresent() ? String.format(Locale.UK, "%.1f%%", d.getAsDouble()) : "n/a";
  }

  private static String raw(OptionalDouble d) {
    return d.isPresent() ? String.format(Locale.UK, "%.2f", d.getAsDouble()) : "";
  }

  /** Runs the command; exits with 0 on success, 2 on a failure the user can put right, 1 on a defect. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs the command with the given streams and returns the exit code (for tests). */
  public static int run(PrintStream out, PrintStream err, String... args) {
    return CommandRunner.run("send-ehcp-deadlines", new EhcpDeadlines(out), out, err, args);
  }
}
