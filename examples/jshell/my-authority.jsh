// My authority: one LA's figures as DfE published them (REAL, send-data: SEN2 "Education, health and
// care plans" 2022 and 2025 releases, DSG allocation tables, DSG balances) beside the model's years for
// it (send-funding). Change the LA here, by name or DfE code: la("Rutland"), la(857), la("Cumberland").
// A figure marked * is carried from an abolished predecessor (its derivation says how); x, z, c are
// DfE's symbols, never 0. Contains public sector information licensed under the Open Government Licence v3.0.
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.data.england.Series;
import org.sendfunding.data.england.Figure;
import org.sendfunding.data.england.Period;
import org.sendfunding.data.england.Reorganisation;
LocalAuthority mine = la("Rutland");
EnglandStatistics stats = EnglandStatistics.england();
// The data module's Measure is named in full: the startup script's Measure is the scenario one.
Series series(String measure) { return stats.series(mine.code(), org.sendfunding.data.england.Measure.valueOf(measure)); }
String cell(Series s, Period p) { Figure f = s.figure(p); return f.value().map(v -> v.stripTrailingZeros().toPlainString()).orElseGet(() -> f.reason().get().symbol().isEmpty() ? "-" : f.reason().get().symbol()) + (f.derivation().isPresent() ? "*" : ""); }
System.out.println(mine.name() + " (" + mine.code() + "): " + Reorganisation.creating(mine.code()).map(r -> "created " + r.effective() + " by " + r + "; predecessors' years carried by share, marked *").orElse("no reorganisation since 2010"));
Series both = series("STATEMENTS_AND_EHC_PLANS");
Series plans = series("EHC_PLANS");
Series special = series("SPECIAL_TOTAL");
Series independent = series("SPECIAL_INDEPENDENT");
List<List<?>> caseload = new ArrayList<>();
for (int y = 2010; y <= 2025; y++) { Period p = Period.january(y); caseload.add(List.of(p, cell(both, p), cell(plans, p), cell(special, p), cell(independent, p))); }
table(List.of("January", "statements + plans", "EHC plans", "special", "independent special"), caseload);
Series requests = series("FLOWS_REQUESTS_RECEIVED");
Series newPlans = series("FLOWS_NEW_EHC_PLANS");
Series within = series("FLOWS_PCT_WITHIN_20WKS_INCL_EXCEPTIONS");
Series withinExcl = series("FLOWS_PCT_WITHIN_20WKS_EXCL_EXCEPTIONS");
List<List<?>> flows = new ArrayList<>();
for (int y = 2019; y <= 2024; y++) { Period p = Period.calendarYear(y); flows.add(List.of(p, cell(requests, p), cell(newPlans, p), cell(within, p) + "%", cell(withinExcl, p) + "%")); }
table(List.of("year", "requests", "new plans", "within 20 weeks", "excl. exceptions"), flows);
Series block = series("DSG_HIGH_NEEDS_BLOCK_GROSS");
Series balance = series("BALANCE_PCT_OF_INCOME");
List<List<?>> funding = new ArrayList<>();
for (int y = 2019; y <= 2023; y++) { Period p = Period.financialYear(FinancialYear.of(y)); funding.add(List.of(p, block.value(p).map(v -> millions(Money.ofPounds(v, RoundingRule.HALF_UP_TO_PENNY))).orElse("-"), cell(balance, p))); }
table(List.of("year", "high-needs block", "DSG balance % of income"), funding);
System.out.println("source: " + plans.figure(Period.january(2025)).publication().title() + "; " + block.figure(Period.financialYear("2023-24")).publication().title());
var in = england().inputs(mine.code());
System.out.println("model 2025-26 high-needs allocation " + millions(in.highNeedsAllocation()) + " (" + england().provenance(mine.code(), "high_needs_allocation").provenance().code() + "); real 2023-24 block " + millions(Money.ofPounds(block.value(Period.financialYear("2023-24")).get(), RoundingRule.HALF_UP_TO_PENNY)));
ScenarioResult today = run(BuiltInPolicy.TODAYS_RULES);
System.out.println("model DSG balance at 31 March 2031 under today's rules " + millions(today.money(mine.code(), fy("2030-31"), Measure.CLOSING_BALANCE)) + " (from an illustrative 2026 balance)");
