// Places and services: advice waits and specialist places for two LAs (ILLUSTRATIVE services and places, generated from the real caseloads).
// jshell runs a line as soon as it is a complete statement, so a chain continued on the next line ends its
// line with "." (a line starting with "." would be a new, broken snippet).
import org.sendfunding.funding.dataset.*;
import org.sendfunding.funding.scenario.*;
import org.sendfunding.funding.sufficiency.*;

FundingDataset data = FundingDataset.england().restrictedTo(List.of(202, 876));
SufficiencyData suff = SufficiencyData.england();
List<FinancialYear> years = FinancialYear.range(fy("2026-27"), fy("2030-31"));
Map<Integer, CaseloadProjection> demand = CaseloadProjections.grown(data, fy("2026-27"), 5, Percentage.of("8"));
SupportService ep = SupportService.EDUCATIONAL_PSYCHOLOGY;

ServicesScenario services = ServicesScenario.builder().name("today").
    capacities(suff.services().stream().filter(c -> c.service() == ep && data.caseloads().containsKey(c.localAuthority().code())).toList()).
    demand(demand).years(years).seed(1L).build();
ServicesResult today = services.run();
ServicesResult more = services.withInvestments("+3 EPs", ServiceInvestment.builder().service(ep).from(fy("2027-28")).extraFte(3).build()).run();
List<List<?>> rows = new ArrayList<>();
for (FinancialYear y : years) {
  for (int code : List.of(202, 876)) {
    ServiceYear a = today.row(code, ep, y);
    ServiceYear b = more.row(code, ep, y);
    rows.add(List.of(y, la(code).name(), a.advisers(), a.requests(), String.format("%.1f%%", 100 * a.shareAdviceWithinLimit()),
        String.format("%.1f%%", 100 * a.sharePlansWithinTwentyWeeks()), b.advisers(), String.format("%.1f%%", 100 * b.sharePlansWithinTwentyWeeks())));
  }
}
table(List.of("year", "LA", "EPs", "requests", "advice 6 wks", "plans 20 wks", "EPs +3", "plans 20 wks +3"), rows);
System.out.println("cost per pupil-week of waiting removed: " + ServicesResult.costPerPupilWeekRemoved(today, more, ep).map(Money::toString).orElse("n/a"));

PlacesScenario places = PlacesScenario.builder().name("today's programme").dataset(data).
    supply(suff.places().stream().filter(p -> data.caseloads().containsKey(p.localAuthority().code())).toList()).
    capital(suff.capital().stream().filter(p -> data.caseloads().containsKey(p.localAuthority().code())).toList()).
    demand(demand).years(years).build();
PlacesResult now = places.run();
PlacesResult needsLed = places.withCapital("needs-led by 2028-29", now.needsLedProgramme(fy("2028-29"))).run();
List<List<?>> gaps = new ArrayList<>();
for (FinancialYear y : years) {
  gaps.add(List.of(y, now.nationalShortfall(y), now.nationalAdmittedOverCapacity(y), now.nationalOverflowToIndependent(y),
      now.nationalRevenueCost(y), needsLed.nationalShortfall(y), needsLed.nationalRevenueCost(y)));
}
table(List.of("year", "places short", "s43 over capacity", "to independent", "placement cost", "short (needs-led)", "cost (needs-led)"), gaps);
System.out.println("needs-led capital " + needsLed.totalCapitalCost() + " for " + needsLed.totalNewPlaces() + " places; payback "
    + PlacesResult.paybackYear(now, needsLed).map(FinancialYear::toString).orElse("not by 2030-31"));
