// My authority: DfE's published figures for one LA (REAL) beside the model's years (MODELLED, today's rules).
// Put your LA's three-digit DfE code on the next line (LocalAuthorities.england() lists them).
int code = 876;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.data.england.Area;
import org.sendfunding.data.england.Period;
EnglandStatistics stats = EnglandStatistics.england();
// Fully qualified: startup.jsh imports send-funding's scenario Measure, a different type.
String n(Optional<BigDecimal> v) { return v.map(x -> String.format("%,d", x.longValue())).orElse("n/a"); }
String pc(Optional<BigDecimal> v) { return v.map(x -> x.setScale(1, java.math.RoundingMode.HALF_UP) + "%").orElse("n/a"); }
List<List<?>> plans = new ArrayList<>();
for (int y : List.of(2010, 2015, 2019, 2022, 2025)) {
  plans.add(List.of("January " + y, n(stats.series(code, org.sendfunding.data.england.Measure.STATEMENTS_AND_EHC_PLANS).value(Period.january(y)).or(() -> stats.series(code, org.sendfunding.data.england.Measure.EHC_PLANS).value(Period.january(y))))));
}
System.out.println(LocalAuthorities.england().byCode(code).name() + ": statements and EHC plans (REAL, DfE)");
table(List.of("when", "plans"), plans);
List<List<?>> flows = new ArrayList<>();
for (int y = 2019; y <= 2024; y++) {
  Period p = Period.calendarYear(y);
  flows.add(List.of(y, n(stats.series(code, org.sendfunding.data.england.Measure.FLOWS_NEW_EHC_PLANS).value(p)),
      pc(stats.series(code, org.sendfunding.data.england.Measure.FLOWS_PCT_WITHIN_20WKS_INCL_EXCEPTIONS).value(p)),
      pc(stats.find(org.sendfunding.data.england.Measure.FLOWS_PCT_WITHIN_20WKS_INCL_EXCEPTIONS, Area.ENGLAND, p).flatMap(f -> f.value()))));
}
table(List.of("year", "new plans", "within 20 weeks", "England"), flows);
ScenarioResult today = run(BuiltInPolicy.TODAYS_RULES);
List<List<?>> model = new ArrayList<>();
for (FinancialYear y : today.years()) {
  model.add(List.of(y, today.value(code, y, Measure.EHCP_PUPILS), millions(today.money(code, y, Measure.HIGH_NEEDS_ALLOCATION)),
      millions(today.money(code, y, Measure.CLOSING_BALANCE))));
}
System.out.println("The model's years (MODELLED)");
table(List.of("year", "EHC plans", "high-needs allocation", "DSG balance"), model);
