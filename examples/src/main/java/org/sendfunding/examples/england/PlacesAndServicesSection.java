package org.sendfunding.examples.england;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sendfunding.examples.report.ChartFile;
import org.sendfunding.examples.report.TextTable;
import org.sendfunding.funding.dataset.CaseloadProjection;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.scenario.Assumptions;
import org.sendfunding.funding.scenario.Measure;
import org.sendfunding.funding.scenario.ScenarioResult;
import org.sendfunding.funding.sufficiency.CaseloadProjections;
import org.sendfunding.funding.sufficiency.PlacementYear;
import org.sendfunding.funding.sufficiency.PlacesResult;
import org.sendfunding.funding.sufficiency.PlacesScenario;
import org.sendfunding.funding.sufficiency.ServiceInvestment;
import org.sendfunding.funding.sufficiency.ServicesResult;
import org.sendfunding.funding.sufficiency.ServicesScenario;
import org.sendfunding.funding.sufficiency.SufficiencyData;
import org.sendfunding.funding.sufficiency.SupportService;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * The "places and services" section: waits for educational psychology advice and the 20-week rate,
 * today against an investment, and the specialist-places gap under today's capital programme against
 * a needs-led one, with capital cost, payback and the effect on DSG balances.
 *
 * <p>Years run from the year after the report year to {@value #LAST_YEAR}. Demand is the embedded
 * caseload grown at the scenario default rate. The investment is 2 more EP FTE in every LA and one
 * more training place a year from the second year; the needs-led programme meets projected demand by
 * the fourth year. Writes {@code places-and-services-waits.csv}, {@code places-and-services-places.csv},
 * {@code places-and-services-by-la.csv}, {@code places-gap.png} and {@code advice-waits.png}.
 */
public final class PlacesAndServicesSection implements ReportSection {

  /** The last projected year. */
  public static final String LAST_YEAR = "2035-36";

  @Override
  public String title() {
    return "Places and services: specialist support waits and specialist places (ILLUSTRATIVE per-LA data)";
  }

  @Override
  public void run(ReportContext context) throws Exception {
    FundingDataset england = FundingDataset.england();
    SufficiencyData data = SufficiencyData.england();
    FinancialYear first = context.year().next();
    List<FinancialYear> years = FinancialYear.range(first, FinancialYear.parse(LAST_YEAR));
    Map<Integer, CaseloadProjection> demand = CaseloadProjections.grown(england, first, years.size(),
        Assumptions.defaults().caseloadGrowth());
    SupportService ep = SupportService.EDUCATIONAL_PSYCHOLOGY;

    ServicesScenario services = ServicesScenario.builder().name("today")
        .capacities(data.services().stream().filter(c -> c.service() == ep).collect(ImmutableList.toImmutableList()))
        .demand(demand).years(years).build();
    ServiceInvestment investment = ServiceInvestment.builder().service(ep).from(years.get(1)).extraFte(2).extraTrainingPlaces(1).build();
    ServicesResult today = services.run();
    ServicesResult invested = services.withInvestments("+2 EP FTE and +1 trainee a year per LA", investment).run();

    TextTable waits = TextTable.withHeader("year", "requests", "advice in 6 wks", "plans in 20 wks", "LAs unbounded",
        "advice in 6 wks (invest)", "plans in 20 wks (invest)", "LAs unbounded (invest)", "investment cost");
    Map<String, List<Double>> waitSeries = new LinkedHashMap<>();
    waitSeries.put("today: % advice within 6 weeks", new ArrayList<>());
    waitSeries.put("investment: % advice within 6 weeks", new ArrayList<>());
    waitSeries.put("today: % plans within 20 weeks", new ArrayList<>());
    waitSeries.put("investment: % plans within 20 weeks", new ArrayList<>());
    for (FinancialYear y : years) {
      waits.addRow(y, today.nationalRequests(ep, y), pct(today.nationalShareAdviceWithinLimit(ep, y)),
          pct(today.nationalSharePlansWithinTwentyWeeks(ep, y)), today.unboundedLas(ep, y),
          pct(invested.nationalShareAdviceWithinLimit(ep, y)), pct(invested.nationalSharePlansWithinTwentyWeeks(ep, y)),
          invested.unboundedLas(ep, y), invested.nationalInvestmentCost(ep, y));
      waitSeries.get("today: % advice within 6 weeks").add(100 * today.nationalShareAdviceWithinLimit(ep, y));
      waitSeries.get("investment: % advice within 6 weeks").add(100 * invested.nationalShareAdviceWithinLimit(ep, y));
      waitSeries.get("today: % plans within 20 weeks").add(100 * today.nationalSharePlansWithinTwentyWeeks(ep, y));
      waitSeries.get("investment: % plans within 20 weeks").add(100 * invested.nationalSharePlansWithinTwentyWeeks(ep, y));
    }
    context.print("Educational psychology advice for EHC needs assessments (reg 8: 6 weeks; reg 13(2): 20 weeks), England", waits);
    context.out().println("Investment: " + investment + "; cost per pupil-week of waiting removed: "
        + ServicesResult.costPerPupilWeekRemoved(today, invested, ep).map(Money::toString)
            .orElse("not finite (some LA's waits are unbounded in the baseline)"));
    context.out().println("A plan can still be issued within 20 weeks if the advice comes back within "
        + today.timeliness().latestAdviceDays() + " days of being requested (6 weeks to decide, 3 to draft, 15 days' comment).");
    context.out().println();
    context.csv("places-and-services-waits.csv", waits);
    context.record(ChartFile.lines(context.outputDir().resolve("advice-waits.png"), "Educational psychology advice, England",
        "financial year starting", "%", years.stream().map(FinancialYear::startYear).toList(), waitSeries));

    PlacesScenario places = PlacesScenario.builder().name("today's capital programme").dataset(england)
        .supply(data.places()).capital(data.capital()).demand(demand).years(years).build();
    PlacesResult todayPlaces = places.run();
    FinancialYear target = years.get(Math.min(3, years.size() - 1));
    PlacesResult needsLed = places.withCapital("needs-led programme by " + target, todayPlaces.needsLedProgramme(target)).run();
    ScenarioResult dsgToday = todayPlaces.deficitScenario(Assumptions.defaults()).run();
    ScenarioResult dsgNeedsLed = needsLed.deficitScenario(Assumptions.defaults()).run();

    TextTable gap = TextTable.withHeader("year", "state places short", "admitted over capacity (s43)", "out of area", "to independent",
        "unplaced", "placement cost", "short (needs-led)", "placement cost (needs-led)", "capital (needs-led)",
        "DSG balance", "DSG balance (needs-led)");
    Map<String, List<Double>> gapSeries = new LinkedHashMap<>();
    gapSeries.put("today's capital programme", new ArrayList<>());
    gapSeries.put("needs-led by " + target, new ArrayList<>());
    for (FinancialYear y : years) {
      gap.addRow(y, todayPlaces.nationalShortfall(y), todayPlaces.nationalAdmittedOverCapacity(y), todayPlaces.nationalOutOfArea(y),
          todayPlaces.nationalOverflowToIndependent(y), todayPlaces.nationalUnplaced(y), todayPlaces.nationalRevenueCost(y),
          needsLed.nationalShortfall(y), needsLed.nationalRevenueCost(y), needsLed.capitalCost(y),
          dsgToday.national(y, Measure.CLOSING_BALANCE), dsgNeedsLed.national(y, Measure.CLOSING_BALANCE));
      gapSeries.get("today's capital programme").add((double) todayPlaces.nationalShortfall(y));
      gapSeries.get("needs-led by " + target).add((double) needsLed.nationalShortfall(y));
    }
    context.print("Specialist places, England (placement cost at 2025-26 unit costs; DSG balance from the deficit projection)", gap);
    context.out().println("Capital: today's programme " + todayPlaces.totalNewPlaces() + " places, " + todayPlaces.totalCapitalCost()
        + "; needs-led " + needsLed.totalNewPlaces() + " places, " + needsLed.totalCapitalCost() + "; payback of the extra capital: "
        + PlacesResult.paybackYear(todayPlaces, needsLed).map(FinancialYear::toString).orElse("not within " + years.get(years.size() - 1)));
    context.out().println();
    context.csv("places-and-services-places.csv", gap);
    context.record(ChartFile.lines(context.outputDir().resolve("places-gap.png"), "State specialist places short, England",
        "financial year starting", "places", years.stream().map(FinancialYear::startYear).toList(), gapSeries));

    FinancialYear last = years.get(years.size() - 1);
    TextTable byLa = TextTable.withHeader("la_code", "la_name", "year", "state places short", "admitted over capacity", "out of area",
        "to independent", "unplaced", "import/export effect", "EP advice in 6 wks", "plans in 20 wks", "EP waits unbounded", "illustrative");
    for (PlacementYear p : todayPlaces.rows()) {
      if (!p.year().equals(last)) {
        continue;
      }
      int code = p.localAuthority().code();
      var s = today.row(code, ep, last);
      byLa.addRow(code, p.localAuthority().name(), last, p.stateShortfall(), p.admittedOverCapacity(), p.outOfArea(),
          p.overflowToIndependent(), p.unplaced(), p.importExportEffect(), pct(s.shareAdviceWithinLimit()),
          pct(s.sharePlansWithinTwentyWeeks()), s.unbounded(), data.illustrative());
    }
    context.csv("places-and-services-by-la.csv", byLa);
  }

  private static String pct(double share) {
    return String.format(Locale.UK, "%.1f%%", 100 * share);
  }
}
