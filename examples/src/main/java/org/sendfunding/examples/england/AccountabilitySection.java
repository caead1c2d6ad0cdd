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
import org.sendfunding.examples.report.ChartFile;
import org.sendfunding.examples.report.TextTable;

/**
 * Section 7: school accountability measures compared on the same pupils: Progress 8 against
 * contextual value added (CVA) and time-on-roll Progress 8, on the ILLUSTRATIVE cohort of
 * {@code send-accountability} (60 schools, about 10,000 pupils, seed 2026). Prints the rank
 * correlations, how far the quarter of schools with most pupils with SEN move, and the biggest
 * movers; writes {@code accountability-movements.csv} and {@code accountability-sen-heavy.png}.
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
        movers.addRow(c.alternative(), m.urn(), m.name(), Figures.decimal(m.baselineRank(), 1),
            Figures.decimal(m.alternativeRank(), 1), String.format(java.util.Locale.UK, "%+.1f", m.change()),
            Figures.percent(100 * m.senShare()), m.special() ? "yes" : "");
      }
      for (SchoolMovement m : c.movements()) {
        csv.addRow(c.alternative(), m.urn(), m.name(), m.baselineRank(), m.alternativeRank(), m.change(), m.senShare(),
            m.special(), true);
      }
      measures.add(c.alternative());
      senHeavy.add(c.meanChangeOfSenHeavySchools());
      others.add(c.meanChangeOfOtherSchools());
    }
    context.print("Biggest movers (ILLUSTRATIVE cohort)", movers);
    context.csv("accountability-movements.csv", csv);
    context.record(ChartFile.bars(context.outputDir().resolve("accountability-sen-heavy.png"),
        "Mean move in rank against Progress 8 (ILLUSTRATIVE cohort)", "alternative measure", "places",
        measures, Map.of("quarter of schools with most SEN", senHeavy, "other schools", others)));
  }
}
