package org.sendfunding.examples.england;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.accountability.cohort.IllustrativeCohort;
import org.sendfunding.accountability.comparison.ComparisonCalculator;
import org.sendfunding.accountability.comparison.ComparisonResult;
import org.sendfunding.accountability.comparison.PairwiseComparison;
import org.sendfunding.accountability.comparison.SchoolMovement;
import org.sendfunding.accountability.progress8.NationalEstimates;
import org.sendfunding.accountability.progress8.Progress8Calculator;
import org.sendfunding.accountability.progress8.Progress8Result;
import org.sendfunding.accountability.senprogress.ProvisionProgress8;
import org.sendfunding.accountability.senprogress.SchoolSenProgress8;
import org.sendfunding.accountability.senprogress.SenProgress8Calculator;
import org.sendfunding.accountability.senprogress.SenProgress8Report;
import org.sendfunding.accountability.timeonroll.TimeOnRollCalculator;
import org.sendfunding.model.pupil.SenProvision;
import org.sendfunding.examples.report.ChartFile;
import org.sendfunding.examples.report.TextTable;

/**
 * Section 7: school accountability measures compared on the same pupils: Progress 8 against
 * contextual value added (CVA) and time-on-roll Progress 8, on the ILLUSTRATIVE cohort of
 * {@code send-accountability} (60 schools, about 10,000 pupils, seed 2026). Prints the rank
 * correlations, how far the quarter of schools with most pupils with SEN move, and the biggest
 * movers; then Progress 8 for pupils with an EHC plan, with SEN support and without SEN side by side,
 * capped and uncapped, against estimates from the cohort's mainstream pupils and against DfE's REAL 2023
 * national estimates, and for the special schools and the mainstream schools with most SEN, how much
 * of each school's score its pupils with SEN make. Writes {@code accountability-movements.csv},
 * {@code accountability-sen-progress8.csv} and {@code accountability-sen-heavy.png}.
 */
final class AccountabilitySection implements ReportSection {

  static final long SEED = 2026;

  @Override
  public String title() {
    return "Accountability: Progress 8 against the alternatives";
  }

  @Override
  public void run(ReportContext context) {
    Cohort cohort = IllustrativeCohort.generate(SEED);
    ComparisonResult result = ComparisonCalculator.DEFAULT.compare(cohort);
    context.out().println("The cohort is ILLUSTRATIVE: " + cohort + ", generated with seed " + SEED + ".");
    TextTable correlations = TextTable.withHeader("Progress 8 against", "schools", "Spearman", "Kendall",
        "SEN-heavy schools move", "other schools move");
    for (PairwiseComparison c : result.comparisons()) {
      correlations.addRow(c.alternative(), c.schools(), Figures.decimal(c.spearman(), 3), Figures.decimal(c.kendall(), 3),
          String.format(java.util.Locale.UK, "%+.1f places", c.meanChangeOfSenHeavySchools()),
          String.format(java.util.Locale.UK, "%+.1f places", c.meanChangeOfOtherSchools()));
    }
    context.print("Rank correlations with Progress 8 (ILLUSTRATIVE cohort; a positive move is up the table)", correlations);

    TextTable movers = TextTable.withHeader("measure", "URN", "school", "P8 rank", "new rank", "move", "SEN share", "special");
    TextTable csv = TextTable.withHeader("alternative", "urn", "school", "progress8_rank", "alternative_rank", "change",
        "sen_share", "special", "illustrative");
    List<String> measures = new ArrayList<>();
    List<Double> senHeavy = new ArrayList<>();
    List<Double> others = new ArrayList<>();
    for (PairwiseComparison c : result.comparisons()) {
      for (int i = 0; i < Math.min(3, c.movements().size()); i++) {
        SchoolMovement m = c.movements().get(i);
        movers.addRow(c.alternative(), m.urn(), m.name(), rank(m.baselineRank()),
            rank(m.alternativeRank()), signedRank(m.change()),
            Figures.percent(100 * m.senShare()), m.special() ? "yes" : "");
      }
      for (SchoolMovement m : c.movements()) {
        csv.addRow(c.alternative(), m.urn(), m.name(), rank(m.baselineRank()), rank(m.alternativeRank()), rank(m.change()), m.senShare(),
            m.special(), true);
      }
      measures.add(c.alternative());
      senHeavy.add(c.meanChangeOfSenHeavySchools());
      others.add(c.meanChangeOfOtherSchools());
    }
    context.print("Biggest movers (ILLUSTRATIVE cohort)", movers);
    context.csv("accountability-movements.csv", csv);
    senSideBySide(context, cohort, result);
    context.record(ChartFile.bars(context.outputDir().resolve("accountability-sen-heavy.png"),
        "Mean move in rank against Progress 8 (ILLUSTRATIVE cohort)", "alternative measure", "places",
        measures, Map.of("quarter of schools with most SEN", senHeavy, "other schools", others)));
  }

  private static void senSideBySide(ReportContext context, Cohort cohort, ComparisonResult result) {
    int year = NationalEstimates.latestYear();
    Progress8Result national = Progress8Calculator.DEFAULT.calculateNational(cohort, year);
    SenProgress8Report own = SenProgress8Calculator.DEFAULT.calculate(cohort, result);
    SenProgress8Report dfe = SenProgress8Calculator.DEFAULT.calculate(cohort, national,
        TimeOnRollCalculator.DEFAULT.calculate(cohort, national));
    TextTable byProvision = TextTable.withHeader("provision", "pupils", "cohort est. P8", "uncapped",
        "DfE " + year + " est. P8", "uncapped", "mainstream only, DfE est.");
    for (SenProvision sp : SenProvision.values()) {
      ProvisionProgress8 a = own.cohort().get(sp);
      ProvisionProgress8 d = dfe.cohort().get(sp);
      byProvision.addRow(ProvisionProgress8.label(sp), a.pupils(), signed(a.score()), signed(a.uncappedScore()),
          signed(d.score()), signed(d.uncappedScore()), signed(dfe.mainstream().get(sp).score()));
    }
    context.print("Progress 8 by SEN provision, capped and uncapped (ILLUSTRATIVE pupils; estimates from the cohort's"
        + " mainstream pupils, and DfE's REAL " + year + " national estimates"
        + (NationalEstimates.verified(year) ? ")" : ", not yet checked against gov.uk)"), byProvision);

    List<SchoolSenProgress8> shown = new ArrayList<>();
    own.schools().values().stream().filter(s -> !cohort.school(s.urn()).type().isMainstream()).forEach(shown::add);
    own.schools().values().stream().filter(s -> cohort.school(s.urn()).type().isMainstream())
        .sorted(java.util.Comparator.comparing((SchoolSenProgress8 s) -> -(s.byProvision().get(SenProvision.EHC_PLAN).share()
            + s.byProvision().get(SenProvision.SEN_SUPPORT).share())).thenComparing(SchoolSenProgress8::urn))
        .limit(3).forEach(shown::add);
    TextTable schools = TextTable.withHeader("URN", "school", "P8", "uncapped", "EHC plan", "SEN support", "no SEN",
        "SEN part of P8", "time-on-roll P8", "left, no destination", "SEN leaving gap", "nominal KS2");
    for (SchoolSenProgress8 s : shown) {
      schools.addRow(s.urn(), s.name(), signed(s.score()), signed(s.uncappedScore()),
          cell(s, SenProvision.EHC_PLAN), cell(s, SenProvision.SEN_SUPPORT), cell(s, SenProvision.NO_SEN),
          signed(s.senContribution()), s.timeOnRollScore().map(AccountabilitySection::signed).orElse("-"),
          s.leftWithoutKnownDestination(),
          s.senLeavingGap().map(g -> String.format(java.util.Locale.UK, "%+.1f pts", 100 * g)).orElse("-"),
          s.pupilsWithNominalKs2());
    }
    context.print("How much of each school's Progress 8 its pupils with SEN make (ILLUSTRATIVE; special and AP schools and the"
        + " three mainstream schools with most SEN; estimates from the cohort's mainstream pupils)", schools);

    TextTable csv = TextTable.withHeader("urn", "school", "special", "estimates", "provision", "pupils", "share",
        "progress8", "progress8_uncapped", "contribution", "school_progress8", "school_progress8_uncapped",
        "time_on_roll_progress8", "left_without_known_destination", "without_prior_attainment", "nominal_ks2", "illustrative");
    for (SenProgress8Report r : List.of(own, dfe)) {
      for (SchoolSenProgress8 s : r.schools().values()) {
        for (SenProvision sp : SenProvision.values()) {
          ProvisionProgress8 p = s.byProvision().get(sp);
          csv.addRow(s.urn(), s.name(), s.special(), r.estimates(), ProvisionProgress8.label(sp), p.pupils(), p.share(),
              p.score(), p.uncappedScore(), p.contribution(), s.score(), s.uncappedScore(),
              s.timeOnRollScore().map(String::valueOf).orElse(""), s.leftWithoutKnownDestination(),
              s.pupilsWithoutPriorAttainment(), p.pupilsWithNominalKs2(), true);
        }
      }
    }
    context.csv("accountability-sen-progress8.csv", csv);
  }

  /** A rank: 14, or 14.5 for a tie shared between two places (ranks of tied schools are averaged). */
  static String rank(double r) {
    return r == Math.rint(r) ? Long.toString((long) r) : String.format(java.util.Locale.UK, "%.1f", r);
  }

  private static String signedRank(double r) {
    return (r > 0 ? "+" : "") + rank(r);
  }

  private static String cell(SchoolSenProgress8 s, SenProvision sp) {
    ProvisionProgress8 p = s.byProvision().get(sp);
    return p.pupils() == 0 ? "-" : signed(p.score()) + " (" + p.pupils() + ")";
  }

  private static String signed(double v) {
    return String.format(java.util.Locale.UK, "%+.2f", v);
  }
}
