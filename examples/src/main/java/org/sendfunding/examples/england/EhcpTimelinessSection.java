package org.sendfunding.examples.england;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sendfunding.ehcp.caseload.CaseloadMeasures;
import org.sendfunding.ehcp.caseload.CaseloadReport;
import org.sendfunding.ehcp.caseload.NationalMeasure;
import org.sendfunding.ehcp.caseload.YearMeasures;
import org.sendfunding.ehcp.timeline.EhcpCase;
import org.sendfunding.examples.report.ChartFile;
import org.sendfunding.examples.report.TextTable;

/**
 * Section 6: EHC plan timeliness: the share of new plans issued within 20 weeks (reg 13(2)) and of
 * annual reviews held on time, measured by {@code send-ehcp}'s {@link CaseloadMeasures} on an
 * ILLUSTRATIVE caseload ({@link IllustrativeCaseload}, 4,000 requests, seed 7) and set beside the
 * national series DfE publishes.
 *
 * <p>Then each LA's published 20-week timeliness, REAL ({@link PublishedTimeliness}).
 *
 * <p>Writes {@code ehcp-timeliness.csv}, {@code ehcp-timeliness.png} and {@code ehcp-timeliness-by-la.csv}.
 */
final class EhcpTimelinessSection implements ReportSection {

  static final long SEED = 7;
  static final int CASES = 4_000;

  @Override
  public String title() {
    return "EHCP timeliness";
  }

  @Override
  public void run(ReportContext context) {
    ImmutableList<EhcpCase> cases = IllustrativeCaseload.generate(SEED, CASES);
    CaseloadReport report = CaseloadMeasures.DEFAULT.report(cases, IllustrativeCaseload.AS_OF);
    context.out().println("The caseload is ILLUSTRATIVE: " + CASES + " generated requests (seed " + SEED
        + ") in five LAs, judged at " + IllustrativeCaseload.AS_OF + ". The national column is DfE's published rate.");
    TextTable table = TextTable.withHeader("year", "requests", "plans issued", "within 20 weeks", "excl. exceptions",
        "national", "difference", "reviews on time");
    TextTable csv = TextTable.withHeader("year", "requests", "assessments", "new_plans", "within_20_weeks_percent",
        "within_20_weeks_excluding_exceptions_percent", "national_percent", "reviews_on_time_percent", "illustrative");
    List<Integer> x = new ArrayList<>();
    List<Double> mine = new ArrayList<>();
    List<Double> nationalSeries = new ArrayList<>();
    for (YearMeasures m : report.byYear()) {
      if (m.requests() == 0) {
        // Requests stop in August 2024: later years hold only the tail of late plans.
        continue;
      }
      Optional<Double> national = report.national().value(NationalMeasure.PCT_WITHIN_20_WEEKS_EXCL_EXCEPTIONS, m.year());
      OptionalDouble difference = report.differenceFromNational(m.year());
      table.addRow(m.year(), m.requests(), m.newPlans(), pct(m.percentWithin20WeeksIncludingExceptions()),
          pct(m.percentWithin20WeeksExcludingExceptions()), national.map(Figures::percent).orElse("n/a"),
          difference.isPresent() ? String.format(java.util.Locale.UK, "%+.1f", difference.getAsDouble()) : "n/a",
          pct(m.percentReviewsOnTime()));
      csv.addRow(m.year(), m.requests(), m.assessments(), m.newPlans(), raw(m.percentWithin20WeeksIncludingExceptions()),
          raw(m.percentWithin20WeeksExcludingExceptions()), national.map(String::valueOf).orElse(""),
          raw(m.percentReviewsOnTime()), true);
      if (national.isPresent() && m.percentWithin20WeeksExcludingExceptions().isPresent()) {
        x.add(m.year());
        mine.add(m.percentWithin20WeeksExcludingExceptions().getAsDouble());
        nationalSeries.add(national.get());
      }
    }
    context.print("New EHC plans issued within 20 weeks, by calendar year of issue (ILLUSTRATIVE caseload vs national)", table);
    context.csv("ehcp-timeliness.csv", csv);
    if (!x.isEmpty()) {
      Map<String, List<Double>> series = new LinkedHashMap<>();
      series.put("illustrative caseload", mine);
      series.put("England (DfE)", nationalSeries);
      context.record(ChartFile.lines(context.outputDir().resolve("ehcp-timeliness.png"),
          "New EHC plans issued within 20 weeks, excluding exceptions (ILLUSTRATIVE caseload vs England)", "calendar year", "%", x, series));
    }
    // issue 24: each LA's real published 20-week timeliness beside the illustrative caseload.
    PublishedTimeliness.run(context);
  }

  private static String pct(OptionalDouble d) {
    return d.isPresent() ? Figures.percent(d.getAsDouble()) : "n/a";
  }

  private static String raw(OptionalDouble d) {
    return d.isPresent() ? Figures.decimal(d.getAsDouble(), 2) : "";
  }
}
