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
 * <p>Writes {@code ehcp-timeliness.csv} and {@code ehcp-timeliness.png}.
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
    realByLa(context);
  }

  /**
   * DfE's REAL per-LA share of new plans issued within 20 weeks in the latest calendar year published,
   * beside England's: the five lowest and highest, how many LAs are below England, and every LA in
   * {@code ehcp-timeliness-by-la.csv}.
   */
  static void realByLa(ReportContext context) {
    org.sendfunding.data.england.EnglandStatistics e = org.sendfunding.data.england.EnglandStatistics.england();
    org.sendfunding.data.england.Measure incl = org.sendfunding.data.england.Measure.FLOWS_PCT_WITHIN_20WKS_INCL_EXCEPTIONS;
    org.sendfunding.data.england.Measure excl = org.sendfunding.data.england.Measure.FLOWS_PCT_WITHIN_20WKS_EXCL_EXCEPTIONS;
    org.sendfunding.data.england.Measure issued = org.sendfunding.data.england.Measure.FLOWS_PLANS_ISSUED_INCL_EXCEPTIONS;
    org.sendfunding.data.england.Period latest = e.periods(incl).last();
    var byLa = e.localAuthorities(incl, latest);
    var exclByLa = e.localAuthorities(excl, latest);
    var issuedByLa = e.localAuthorities(issued, latest);
    java.util.Optional<java.math.BigDecimal> england = e.find(incl, org.sendfunding.data.england.Area.ENGLAND, latest)
        .flatMap(org.sendfunding.data.england.Figure::value);
    List<Map.Entry<Integer, java.math.BigDecimal>> known = new ArrayList<>();
    byLa.forEach((code, f) -> f.value().ifPresent(v -> known.add(Map.entry(code, v))));
    known.sort(Map.Entry.<Integer, java.math.BigDecimal>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
    org.sendfunding.model.authority.LocalAuthorities register = org.sendfunding.model.authority.LocalAuthorities.england();
    TextTable t = TextTable.withHeader("LA", "plans issued " + latest, "within 20 weeks", "excl. exceptions", "");
    for (int i = 0; i < known.size(); i++) {
      if (i >= 5 && i < known.size() - 5) {
        continue;
      }
      int code = known.get(i).getKey();
      t.addRow(register.findByCode(code).map(org.sendfunding.model.authority.LocalAuthority::name).orElse(Integer.toString(code)),
          issuedByLa.get(code) == null ? "n/a" : issuedByLa.get(code).value().map(v -> v.toBigInteger().toString()).orElse("n/a"),
          known.get(i).getValue().setScale(1, java.math.RoundingMode.HALF_UP) + "%",
          exclByLa.get(code) == null ? "n/a" : exclByLa.get(code).value().map(v -> v.setScale(1, java.math.RoundingMode.HALF_UP) + "%").orElse("n/a"),
          i < 5 ? "lowest" : "highest");
    }
    long below = england.map(en -> known.stream().filter(k -> k.getValue().compareTo(en) < 0).count()).orElse(0L);
    context.print("New EHC plans issued within 20 weeks in " + latest + ", by LA (REAL: DfE, " + byLa.values().stream()
        .findFirst().map(f -> f.publication().title()).orElse("") + "); England " + england.map(v -> v.setScale(1,
            java.math.RoundingMode.HALF_UP) + "%").orElse("n/a") + ", " + below + " of " + known.size() + " LAs below it", t);
    TextTable csv = TextTable.withHeader("la_code", "la_name", "year", "plans_issued_incl_exceptions",
        "within_20_weeks_incl_exceptions_percent", "within_20_weeks_excl_exceptions_percent", "provenance");
    byLa.forEach((code, f) -> csv.addRow(code,
        register.findByCode(code).map(org.sendfunding.model.authority.LocalAuthority::name).orElse(""), latest,
        issuedByLa.get(code) == null ? "" : issuedByLa.get(code).value().map(java.math.BigDecimal::toPlainString).orElse(""),
        f.value().map(java.math.BigDecimal::toPlainString).orElse(""),
        exclByLa.get(code) == null ? "" : exclByLa.get(code).value().map(java.math.BigDecimal::toPlainString).orElse(""),
        f.value().isPresent() ? "real: " + f.publication().title() : "not available: " + f.reason().map(Enum::name).orElse("")));
    context.csv("ehcp-timeliness-by-la.csv", csv);
  }

  private static String pct(OptionalDouble d) {
    return d.isPresent() ? Figures.percent(d.getAsDouble()) : "n/a";
  }

  private static String raw(OptionalDouble d) {
    return d.isPresent() ? Figures.decimal(d.getAsDouble(), 2) : "";
  }
}
