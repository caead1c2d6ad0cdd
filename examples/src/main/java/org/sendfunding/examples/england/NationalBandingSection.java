package org.sendfunding.examples.england;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sendfunding.examples.report.TextTable;
import org.sendfunding.funding.consistency.DistributionMeasures;
import org.sendfunding.funding.scenario.BuiltInPolicy;
import org.sendfunding.funding.scenario.Measure;
import org.sendfunding.funding.scenario.NationalStatistic;
import org.sendfunding.funding.scenario.ScenarioComparison;
import org.sendfunding.funding.scenario.ScenarioResult;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * Section 4: national banding (national tariffs, area-cost adjusted) against each LA's own costs:
 * how consistent placement spend per EHC plan is across LAs (coefficient of variation, Gini, P90/P10,
 * max/min), the same measures for funding per head and per plan, and which LAs pay less (winners) or
 * more (losers) in the first projected year.
 *
 * <p>Writes {@code national-banding.csv} (every LA's change). Needs
 * {@link BuiltInPolicy#NATIONAL_BANDING} switched on (it is by default).
 */
final class NationalBandingSection implements ReportSection {

  @Override
  public String title() {
    return "National banding versus local banding";
  }

  @Override
  public void run(ReportContext context) {
    if (!context.policyEnabled(BuiltInPolicy.NATIONAL_BANDING)) {
      context.out().println("NATIONAL_BANDING is not among the --policy names: section skipped.");
      context.out().println();
      return;
    }
    ScenarioResult local = context.result(BuiltInPolicy.TODAYS_RULES);
    ScenarioResult national = context.result(BuiltInPolicy.NATIONAL_BANDING);
    FinancialYear year = local.years().get(0);

    TextTable consistency = TextTable.withHeader("measure, " + year, "local banding", "national banding");
    DistributionMeasures a = spendPerPlan(local, year);
    DistributionMeasures b = spendPerPlan(national, year);
    consistency.addRow("placement spend per EHC plan: CV", Figures.decimal(a.coefficientOfVariation(), 4), Figures.decimal(b.coefficientOfVariation(), 4));
    consistency.addRow("placement spend per EHC plan: Gini", Figures.decimal(a.gini(), 4), Figures.decimal(b.gini(), 4));
    consistency.addRow("placement spend per EHC plan: P90/P10", Figures.decimal(a.p90OverP10(), 4), Figures.decimal(b.p90OverP10(), 4));
    consistency.addRow("placement spend per EHC plan: max/min", Figures.decimal(a.maxOverMin(), 4), Figures.decimal(b.maxOverMin(), 4));
    for (NationalStatistic s : List.of(NationalStatistic.GINI_FUNDING_PER_HEAD, NationalStatistic.CV_FUNDING_PER_EHCP,
        NationalStatistic.P90_P10_FUNDING_PER_EHCP)) {
      consistency.addRow(readable(s),
          Figures.decimal(local.statistic(year, s), 4), Figures.decimal(national.statistic(year, s), 4));
    }
    consistency.addRow("national placement spend", Figures.millions(local.national(year, Measure.PLACEMENT_SPEND)),
        Figures.millions(national.national(year, Measure.PLACEMENT_SPEND)));
    context.print("Consistency across the 153 LAs (" + context.panelNote() + "; national tariffs are illustrative)", consistency);

    ScenarioComparison comparison = ScenarioComparison.of(local, national);
    Map<LocalAuthority, Money> changes = comparison.changes(year, Measure.PLACEMENT_SPEND);
    List<Map.Entry<LocalAuthority, Money>> sorted = new ArrayList<>(changes.entrySet());
    sorted.sort(Comparator.comparing((Map.Entry<LocalAuthority, Money> e) -> e.getValue()).thenComparing(e -> e.getKey().code()));
    long winners = sorted.stream().filter(e -> e.getValue().isNegative()).count();
    long losers = sorted.stream().filter(e -> e.getValue().isPositive()).count();
    TextTable moves = TextTable.withHeader("LA", "change in placement spend " + year, "effect");
    for (int i = 0; i < Math.min(5, sorted.size()); i++) {
      moves.addRow(sorted.get(i).getKey().name(), Figures.millions(sorted.get(i).getValue()), effect(sorted.get(i).getValue()));
    }
    for (int i = Math.max(Math.min(5, sorted.size()), sorted.size() - 5); i < sorted.size(); i++) {
      moves.addRow(sorted.get(i).getKey().name(), Figures.millions(sorted.get(i).getValue()), effect(sorted.get(i).getValue()));
    }
    context.print("Under national banding " + winners + " LAs pay less and " + losers
        + " pay more; the five largest each way (" + context.panelNote() + ")", moves);

    TextTable csv = TextTable.withHeader("la_code", "la_name", "year", "placement_spend_local", "placement_spend_national",
        "change", "illustrative", "caseload_provenance");
    for (LocalAuthority la : local.authorities()) {
      csv.addRow(la.code(), la.name(), year, local.money(la.code(), year, Measure.PLACEMENT_SPEND).toPounds(),
          national.money(la.code(), year, Measure.PLACEMENT_SPEND).toPounds(), changes.get(la).toPounds(), local.illustrative(),
          context.caseloadProvenanceCell(la.code()));
    }
    context.csv("national-banding.csv", csv);
  }

  /** A statistic's name as a reader says it: GINI_FUNDING_PER_HEAD is "allocation per head aged 2-18: Gini". */
  static String readable(NationalStatistic s) {
    String name = s.name();
    String measure = name.startsWith("CV_") ? "CV" : name.startsWith("GINI_") ? "Gini" : name.startsWith("P90_P10_") ? "P90/P10"
        : name.startsWith("MAX_MIN_") ? "max/min" : null;
    if (measure == null) {
      return name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
    return (name.endsWith("_PER_HEAD") ? "allocation per head aged 2-18: " : "allocation per EHC plan: ") + measure;
  }

  /** Each LA's placement spend per pupil with an EHC plan (a statistic, so double). */
  static DistributionMeasures spendPerPlan(ScenarioResult r, FinancialYear year) {
    double[] values = r.authorities().stream()
        .mapToDouble(la -> r.value(la.code(), year, Measure.PLACEMENT_SPEND) / (double) r.value(la.code(), year, Measure.EHCP_PUPILS))
        .toArray();
    return DistributionMeasures.of(values);
  }

  /** The effect as its sign says (the five at each end need not pay more and less). */
  private static String effect(org.sendfunding.model.money.Money change) {
    return change.isNegative() ? "pays less" : change.isPositive() ? "pays more" : "no change";
  }
}
