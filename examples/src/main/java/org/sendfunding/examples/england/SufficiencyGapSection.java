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
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.time.FinancialYear;

/**
 * Section 5: the sufficiency gap, the needs-led cost (every assessed need met at today's unit costs)
 * minus what the LA is given (high-needs allocation plus block transfer), nationally by year under
 * today's rules and in the last year under each policy switched on.
 *
 * <p>Writes {@code sufficiency-gap.csv} (every LA and year under today's rules) and
 * {@code sufficiency-gap.png}.
 */
final class SufficiencyGapSection implements ReportSection {

  @Override
  public String title() {
    return "Sufficiency gap";
  }

  @Override
  public void run(ReportContext context) {
    ScenarioResult today = context.result(BuiltInPolicy.TODAYS_RULES);
    List<FinancialYear> years = today.years();
    TextTable byYear = TextTable.withHeader("year", "needs-led cost", "allocation + transfer", "sufficiency gap",
        "LAs with a gap");
    for (FinancialYear y : years) {
      long withGap = today.authorities().stream()
          .filter(la -> today.money(la.code(), y, Measure.SUFFICIENCY_GAP).isPositive()).count();
      byYear.addRow(y, Figures.millions(today.national(y, Measure.NEEDS_LED_COST)),
          Figures.millions(today.national(y, Measure.HIGH_NEEDS_ALLOCATION).plus(today.national(y, Measure.BLOCK_TRANSFER))),
          Figures.millions(today.national(y, Measure.SUFFICIENCY_GAP)), withGap);
    }
    context.print("Needs-led cost against the allocation, today's rules (" + context.panelNote() + ")", byYear);

    FinancialYear last = years.get(years.size() - 1);
    TextTable byPolicy = TextTable.withHeader("policy", "sufficiency gap " + last);
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    for (BuiltInPolicy p : context.enabledPolicies()) {
      ScenarioResult r = context.result(p);
      byPolicy.addRow(p.title(), Figures.millions(r.national(last, Measure.SUFFICIENCY_GAP)));
      List<BigDecimal> ys = new ArrayList<>();
      years.forEach(y -> ys.add(Figures.billions(r.national(y, Measure.SUFFICIENCY_GAP))));
      series.put(p.title(), ys);
    }
    context.print("The gap in " + last + " under each policy (" + context.panelNote() + ")", byPolicy);

    TextTable csv = TextTable.withHeader("la_code", "la_name", "year", "needs_led_cost", "high_needs_allocation",
        "block_transfer", "sufficiency_gap", "illustrative", "caseload_provenance", "high_needs_allocation_provenance",
        "requested_block_transfer_provenance");
    for (LocalAuthority la : today.authorities()) {
      for (FinancialYear y : years) {
        csv.addRow(la.code(), la.name(), y, today.money(la.code(), y, Measure.NEEDS_LED_COST).toPounds(),
            today.money(la.code(), y, Measure.HIGH_NEEDS_ALLOCATION).toPounds(),
            today.money(la.code(), y, Measure.BLOCK_TRANSFER).toPounds(),
            today.money(la.code(), y, Measure.SUFFICIENCY_GAP).toPounds(), today.illustrative(),
            context.caseloadProvenanceCell(la.code()), context.provenanceCell(la.code(), "high_needs_allocation"),
            context.provenanceCell(la.code(), "requested_block_transfer_percent"));
      }
    }
    context.csv("sufficiency-gap.csv", csv);
    List<Integer> x = new ArrayList<>();
    years.forEach(y -> x.add(y.startYear()));
    context.record(ChartFile.lines(context.outputDir().resolve("sufficiency-gap.png"),
        "National sufficiency gap (" + context.panelNote() + ")", "financial year starting", "£bn", x, series));
  }
}
