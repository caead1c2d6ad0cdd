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
import org.sendfunding.funding.scenario.BuiltInPolicy;
import org.sendfunding.funding.scenario.Measure;
import org.sendfunding.funding.scenario.Scenario;
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
 * <p>Years run from the year after the dataset's base year to {@code --to}, the years of section 2. Demand is the embedded
 * caseload grown at the scenario default rate. The investment is 2 more EP FTE in every LA and one
 * more training place a year from the second year; the needs-led programme meets projected demand by
 * the fourth year. Writes {@code places-and-services-waits.csv}, {@code places-and-services-places.csv},
 * {@code places-and-services-by-la.csv}, {@code places-gap.png} and {@code advice-waits.png}.
 */
public final class PlacesAndServicesSection implements ReportSection {

  @Override
  public String title() {
    return "Places and services: specialist support waits and specialist places (ILLUSTRATIVE per-LA data)";
  }

  @Override
  public void run(ReportContext context) throws Exception {
    FundingDataset england = context.dataset();
    SufficiencyData data = SufficiencyData.england();
    // The same years as the deficit projection (section 2): from the year after the dataset's base
    // year to --to, whatever the report year, so the two sections can be read side by side.
    FinancialYear first = england.baseYear().next();
    List<FinancialYear> years = FinancialYear.range(first, context.projectTo());
    Map<Integer, CaseloadProjection> demand = CaseloadProjections.grown(england, first, years.size(),
        Assumptions.defaults().caseloadGrowth());
    SupportService ep = SupportService.EDUCATIONAL_PSYCHOLOGY;
    String illustrative = Boolean.toString(data.illustrative() || england.illustrative());

    ServicesScenario services = ServicesScenario.builder().name("today")
        .capacities(data.services().stream().filter(c -> c.service() == ep && england.caseloads().containsKey(c.localAuthority().code()))
            .collect(ImmutableList.toImmutableList()))
        .demand(demand).years(years).build();
    ServiceInvestment investment = ServiceInvestment.builder().service(ep).from(years.get(Math.min(1, years.size() - 1)))
        .extraFte(2).extraTrainingPlaces(1).build();
    ServicesResult today = services.run();
    ServicesResult invested = services.withInvestments("+2 EP FTE and +1 trainee a year per LA", investment).run();

    TextTable waits = TextTable.withHeader("year", "requests", "advice in 6 wks", "plans in 20 wks", "LAs unbounded",
        "advice in 6 wks (invest)", "plans in 20 wks (invest)", "LAs unbounded (invest)", "investment cost");
    TextTable waitsCsv = TextTable.withHeader("year", "requests", "advice_within_6_weeks_percent", "plans_within_20_weeks_percent",
        "las_unbounded", "advice_within_6_weeks_percent_invest", "plans_within_20_weeks_percent_invest", "las_unbounded_invest",
        "investment_cost", "illustrative");
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
      waitsCsv.addRow(y, today.nationalRequests(ep, y), raw(today.nationalShareAdviceWithinLimit(ep, y)),
          raw(today.nationalSharePlansWithinTwentyWeeks(ep, y)), today.unboundedLas(ep, y),
          raw(invested.nationalShareAdviceWithinLimit(ep, y)), raw(invested.nationalSharePlansWithinTwentyWeeks(ep, y)),
          invested.unboundedLas(ep, y), invested.nationalInvestmentCost(ep, y).toPounds(), illustrative);
      waitSeries.get("today: % advice within 6 weeks").add(100 * today.nationalShareAdviceWithinLimit(ep, y));
      waitSeries.get("investment: % advice within 6 weeks").add(100 * invested.nationalShareAdviceWithinLimit(ep, y));
      waitSeries.get("today: % plans within 20 weeks").add(100 * today.nationalSharePlansWithinTwentyWeeks(ep, y));
      waitSeries.get("investment: % plans within 20 weeks").add(100 * invested.nationalSharePlansWithinTwentyWeeks(ep, y));
    }
    context.print("Educational psychology advice for EHC needs assessments (reg 8: 6 weeks; reg 13(2): 20 weeks), England"
        + " (ILLUSTRATIVE per-LA services)", waits);
    context.out().println("Investment: " + investment + "; cost per pupil-week of waiting removed: "
        + ServicesResult.costPerPupilWeekRemoved(today, invested, ep).map(Money::toString)
            .orElse("not finite (some LA's waits are unbounded in the baseline)"));
    context.out().println("A plan can still be issued within 20 weeks if the advice comes back within "
        + today.timeliness().latestAdviceDays() + " days of being requested (6 weeks to decide, 3 to draft, 15 days' comment).");
    context.out().println();
    context.csv("places-and-services-waits.csv", waitsCsv);
    context.record(ChartFile.lines(context.outputDir().resolve("advice-waits.png"),
        "Educational psychology advice, England (ILLUSTRATIVE per-LA services)",
        "financial year starting", "%", years.stream().map(FinancialYear::startYear).toList(), waitSeries));

    PlacesScenario places = PlacesScenario.builder().name("today's capital programme").dataset(england)
        .supply(data.places().stream().filter(p -> england.caseloads().containsKey(p.localAuthority().code())).toList())
        .capital(data.capital().stream().filter(p -> england.caseloads().containsKey(p.localAuthority().code())).toList())
        .demand(demand).years(years).build();
    PlacesResult todayPlaces = places.run();
    FinancialYear target = years.get(Math.min(3, years.size() - 1));
    PlacesResult needsLed = places.withCapital("needs-led programme by " + target, todayPlaces.needsLedProgramme(target)).run();
    ScenarioResult dsgToday = withOverlay(todayPlaces.deficitScenario(Assumptions.defaults()), context).run();
    ScenarioResult dsgNeedsLed = withOverlay(needsLed.deficitScenario(Assumptions.defaults()), context).run();
    ScenarioResult section2 = context.result(BuiltInPolicy.TODAYS_RULES);

    TextTable gap = TextTable.withHeader("year", "state places short", "admitted over capacity (s43)", "out of area", "to independent",
        "unplaced", "placement cost", "short (needs-led)", "placement cost (needs-led)", "capital (needs-led)",
        "DSG balance", "DSG balance (needs-led)", "section 2 DSG balance");
    TextTable gapCsv = TextTable.withHeader("year", "state_places_short", "admitted_over_capacity", "out_of_area", "to_independent",
        "unplaced", "placement_cost", "state_places_short_needs_led", "placement_cost_needs_led", "capital_cost_needs_led",
        "dsg_balance", "dsg_balance_needs_led", "dsg_balance_section_2", "illustrative");
    Map<String, List<Double>> gapSeries = new LinkedHashMap<>();
    gapSeries.put("today's capital programme", new ArrayList<>());
    gapSeries.put("needs-led by " + target, new ArrayList<>());
    for (FinancialYear y : years) {
      Money balance2 = section2.national(y, Measure.CLOSING_BALANCE);
      gap.addRow(y, todayPlaces.nationalShortfall(y), todayPlaces.nationalAdmittedOverCapacity(y), todayPlaces.nationalOutOfArea(y),
          todayPlaces.nationalOverflowToIndependent(y), todayPlaces.nationalUnplaced(y), Figures.millions(todayPlaces.nationalRevenueCost(y)),
          needsLed.nationalShortfall(y), Figures.millions(needsLed.nationalRevenueCost(y)), Figures.millions(needsLed.capitalCost(y)),
          Figures.millions(dsgToday.national(y, Measure.CLOSING_BALANCE)), Figures.millions(dsgNeedsLed.national(y, Measure.CLOSING_BALANCE)),
          Figures.millions(balance2));
      gapCsv.addRow(y, todayPlaces.nationalShortfall(y), todayPlaces.nationalAdmittedOverCapacity(y), todayPlaces.nationalOutOfArea(y),
          todayPlaces.nationalOverflowToIndependent(y), todayPlaces.nationalUnplaced(y), todayPlaces.nationalRevenueCost(y).toPounds(),
          needsLed.nationalShortfall(y), needsLed.nationalRevenueCost(y).toPounds(), needsLed.capitalCost(y).toPounds(),
          dsgToday.national(y, Measure.CLOSING_BALANCE).toPounds(), dsgNeedsLed.national(y, Measure.CLOSING_BALANCE).toPounds(),
          balance2.toPounds(), illustrative);
      gapSeries.get("today's capital programme").add((double) todayPlaces.nationalShortfall(y));
      gapSeries.get("needs-led by " + target).add((double) needsLed.nationalShortfall(y));
    }
    context.print("Specialist places, England (placement cost at 2025-26 unit costs; ILLUSTRATIVE per-LA places)", gap);
    FinancialYear last = years.get(years.size() - 1);
    context.out().println("The DSG balance here prices each year's placements as the places model finds them (pupils who find no"
        + " state place go out of area or to independent schools at their unit costs), so it differs from section 2, which grows"
        + " every LA's base-year placement mix at 8% a year: in " + last + " by "
        + dsgToday.national(last, Measure.CLOSING_BALANCE).minus(section2.national(last, Measure.CLOSING_BALANCE)) + ".");
    context.out().println("Capital: today's programme " + todayPlaces.totalNewPlaces() + " places, " + todayPlaces.totalCapitalCost()
        + "; needs-led " + needsLed.totalNewPlaces() + " places, " + needsLed.totalCapitalCost() + "; payback of the extra capital: "
        + PlacesResult.paybackYear(todayPlaces, needsLed).map(FinancialYear::toString).orElse("not within " + last));
    context.out().println();
    context.csv("places-and-services-places.csv", gapCsv);
    context.record(ChartFile.lines(context.outputDir().resolve("places-gap.png"),
        "State specialist places short, England (ILLUSTRATIVE per-LA places)",
        "financial year starting", "places", years.stream().map(FinancialYear::startYear).toList(), gapSeries));

    TextTable byLa = TextTable.withHeader("la_code", "la_name", "year", "state_places_short", "admitted_over_capacity", "out_of_area",
        "to_independent", "unplaced", "import_export_effect", "ep_advice_within_6_weeks_percent", "plans_within_20_weeks_percent",
        "ep_waits_unbounded", "illustrative");
    for (PlacementYear p : todayPlaces.rows()) {
      if (!p.year().equals(last)) {
        continue;
      }
      int code = p.localAuthority().code();
      var s = today.row(code, ep, last);
      byLa.addRow(code, p.localAuthority().name(), last, p.stateShortfall(), p.admittedOverCapacity(), p.outOfArea(),
          p.overflowToIndependent(), p.unplaced(), plain(p.importExportEffect()), raw(s.shareAdviceWithinLimit()),
          raw(s.sharePlansWithinTwentyWeeks()), s.unbounded(), illustrative);
    }
    context.csv("places-and-services-by-la.csv", byLa);
  }

  /** The user's --overlay, if any, on a scenario the places model built. */
  private static Scenario withOverlay(Scenario s, ReportContext context) {
    return context.overlay().map(o -> Scenario.builder().from(s).addOverlays(o).build()).orElse(s);
  }

  /** Money as plain pounds for CSV; anything else as it prints. */
  private static Object plain(Object v) {
    return v instanceof Money ? ((Money) v).toPounds() : v;
  }

  private static String pct(double share) {
    return String.format(Locale.UK, "%.1f%%", 100 * share);
  }

  /** A share as a plain percentage to 2 decimals, for CSV. */
  private static String raw(double share) {
    return String.format(Locale.UK, "%.2f", 100 * share);
  }
}
