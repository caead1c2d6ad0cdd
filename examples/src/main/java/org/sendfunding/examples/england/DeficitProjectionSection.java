package org.sendfunding.examples.england;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendfunding.examples.report.ChartFile;
import org.sendfunding.examples.report.TextTable;
import org.sendfunding.funding.scenario.BuiltInPolicy;
import org.sendfunding.funding.scenario.Measure;
import org.sendfunding.funding.scenario.ScenarioResult;
import org.sendfunding.model.time.FinancialYear;

/**
 * Section 2: the national dedicated schools grant (DSG) balance projected year by year under today's
 * rules and each policy switched on (by default the 90% government cover, full cancellation and the
 * rest), and, under today's rules, how much of the deficit is ring-fenced by the statutory override
 * and how much falls on councils' general funds once the override ends (31 March 2028).
 *
 * <p>Writes {@code deficit-projection.csv} (every policy and year) and {@code deficit-projection.png}.
 */
final class DeficitProjectionSection implements ReportSection {

  @Override
  public String title() {
    return "Deficit projection";
  }

  @Override
  public void run(ReportContext context) {
    List<BuiltInPolicy> policies = context.enabledPolicies();
    context.runAll(policies);
    ScenarioResult today = context.result(BuiltInPolicy.TODAYS_RULES);
    List<FinancialYear> years = today.years();

    List<String> header = new ArrayList<>();
    header.add("year");
    policies.forEach(p -> header.add(p.title()));
    TextTable balances = TextTable.withHeader(header.toArray(new String[0]));
    for (FinancialYear y : years) {
      List<Object> row = new ArrayList<>();
      row.add(y);
      policies.forEach(p -> row.add(Figures.millions(context.result(p).national(y, Measure.CLOSING_BALANCE))));
      balances.addRow(row.toArray());
    }
    context.print("National closing DSG balance at 31 March, by policy (sum over the 153 LAs; " + context.panelNote() + ")", balances);

    TextTable override = TextTable.withHeader("year", "closing balance", "ring-fenced (statutory override)",
        "general fund (override ended)", "LAs in deficit");
    for (FinancialYear y : years) {
      long inDeficit = today.authorities().stream()
          .filter(la -> today.money(la.code(), y, Measure.CLOSING_BALANCE).isNegative()).count();
      override.addRow(y, Figures.millions(today.national(y, Measure.CLOSING_BALANCE)),
          Figures.millions(today.national(y, Measure.RING_FENCED_DEFICIT)),
          Figures.millions(today.national(y, Measure.GENERAL_FUND_DEFICIT)), inDeficit);
    }
    context.print("Today's rules: where the deficit sits once the statutory override ends (31 March 2028)", override);

    TextTable writeOffs = TextTable.withHeader("policy", "write-off paid " + years.get(0), "closing balance " + years.get(years.size() - 1));
    for (BuiltInPolicy p : policies) {
      ScenarioResult r = context.result(p);
      writeOffs.addRow(p.title(), Figures.millions(r.national(years.get(0), Measure.WRITE_OFF)),
          Figures.millions(r.national(years.get(years.size() - 1), Measure.CLOSING_BALANCE)));
    }
    context.print("Government write-offs and the final balance (" + context.panelNote() + ")", writeOffs);

    TextTable csv = TextTable.withHeader("policy", "year", "closing_balance", "ring_fenced_deficit",
        "general_fund_deficit", "write_off", "total_income", "total_spend", "illustrative");
    for (BuiltInPolicy p : policies) {
      ScenarioResult r = context.result(p);
      for (FinancialYear y : years) {
        csv.addRow(p.name(), y, r.national(y, Measure.CLOSING_BALANCE).toPounds(),
            r.national(y, Measure.RING_FENCED_DEFICIT).toPounds(), r.national(y, Measure.GENERAL_FUND_DEFICIT).toPounds(),
            r.national(y, Measure.WRITE_OFF).toPounds(), r.national(y, Measure.TOTAL_INCOME).toPounds(),
            r.national(y, Measure.TOTAL_SPEND).toPounds(), r.illustrative());
      }
    }
    context.csv("deficit-projection.csv", csv);

    List<Integer> x = new ArrayList<>();
    years.forEach(y -> x.add(y.end().getYear()));
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    for (BuiltInPolicy p : policies) {
      List<BigDecimal> ys = new ArrayList<>();
      years.forEach(y -> ys.add(Figures.billions(context.result(p).national(y, Measure.CLOSING_BALANCE))));
      series.put(p.title(), ys);
    }
    context.record(ChartFile.lines(context.outputDir().resolve("deficit-projection.png"),
        "National DSG balance at 31 March (" + context.panelNote() + ")", "31 March of", "£bn", x, series));
  }
}
