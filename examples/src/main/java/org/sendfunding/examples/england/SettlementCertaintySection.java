package org.sendfunding.examples.england;

import java.util.ArrayList;
import java.util.List;
import org.sendfunding.examples.report.TextTable;
import org.sendfunding.funding.certainty.CertaintyMeasures;
import org.sendfunding.funding.scenario.BuiltInPolicy;
import org.sendfunding.funding.scenario.Measure;
import org.sendfunding.funding.scenario.NationalStatistic;
import org.sendfunding.funding.scenario.ScenarioResult;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.time.FinancialYear;

/**
 * Section 3: a three-year settlement against annual settlements, measured by how much each LA knew
 * in advance: the mean absolute surprise (|final − known in advance| / final), and each LA's mean
 * yearly change and volatility of its allocation, averaged over LAs.
 *
 * <p>Writes {@code settlement-certainty.csv}. Needs {@link BuiltInPolicy#THREE_YEAR_SETTLEMENT}
 * switched on (it is by default).
 */
final class SettlementCertaintySection implements ReportSection {

  @Override
  public String title() {
    return "Three-year settlement versus annual";
  }

  @Override
  public void run(ReportContext context) {
    List<BuiltInPolicy> compared = new ArrayList<>(List.of(BuiltInPolicy.TODAYS_RULES));
    if (context.policyEnabled(BuiltInPolicy.THREE_YEAR_SETTLEMENT)) {
      compared.add(BuiltInPolicy.THREE_YEAR_SETTLEMENT);
    } else {
      context.out().println("THREE_YEAR_SETTLEMENT is not among the --policy names: today's rules only.");
      context.out().println();
    }
    ScenarioResult today = context.result(BuiltInPolicy.TODAYS_RULES);
    TextTable byYear = TextTable.withHeader("year", "policy", "national allocation", "known in advance", "mean |surprise|");
    TextTable csv = TextTable.withHeader("policy", "year", "national_allocation", "national_known_in_advance",
        "mean_absolute_surprise", "illustrative");
    for (FinancialYear y : today.years()) {
      for (BuiltInPolicy p : compared) {
        ScenarioResult r = context.result(p);
        double surprise = r.statistic(y, NationalStatistic.MEAN_ABSOLUTE_SURPRISE);
        byYear.addRow(y, p.title(), Figures.millions(r.national(y, Measure.HIGH_NEEDS_ALLOCATION)),
            Figures.millions(r.national(y, Measure.INDICATIVE_ALLOCATION)), Figures.decimal(surprise, 4));
        csv.addRow(p.name(), y, r.national(y, Measure.HIGH_NEEDS_ALLOCATION).toPounds(),
            r.national(y, Measure.INDICATIVE_ALLOCATION).toPounds(), Figures.decimal(surprise, 6), r.illustrative());
      }
    }
    context.print("Allocations against what LAs knew in advance (" + context.panelNote() + ")", byYear);

    TextTable summary = TextTable.withHeader("policy", "mean yearly change", "volatility", "mean |surprise|");
    for (BuiltInPolicy p : compared) {
      ScenarioResult r = context.result(p);
      double change = 0;
      double volatility = 0;
      double surprise = 0;
      for (LocalAuthority la : r.authorities()) {
        CertaintyMeasures m = r.certainty(la.code());
        change += m.meanChange();
        volatility += m.volatility();
        surprise += m.meanAbsoluteSurprise();
      }
      int n = r.authorities().size();
      summary.addRow(p.title(), Figures.percent(100 * change / n), Figures.percent(100 * volatility / n),
          Figures.decimal(surprise / n, 4));
    }
    context.print("Certainty measures, mean over LAs, " + today.years().get(0) + " to "
        + today.years().get(today.years().size() - 1) + " (" + context.panelNote() + ")", summary);
    context.csv("settlement-certainty.csv", csv);
  }
}
