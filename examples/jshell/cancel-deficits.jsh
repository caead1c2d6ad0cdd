// Cancelling deficits: the national DSG balance at 31 March under today's rules, the 90% government
// cover and full cancellation (embedded dataset, default assumptions; per-LA figures are DfE's where published, the 2026 DSG balances illustrative: docs/data.md).
ScenarioResult today = run(BuiltInPolicy.TODAYS_RULES);
ScenarioResult cover = run(BuiltInPolicy.NINETY_PERCENT_COVER);
ScenarioResult cancel = run(BuiltInPolicy.DEFICIT_CANCELLATION);
List<List<?>> rows = new ArrayList<>();
for (FinancialYear y : today.years()) {
  rows.add(List.of(y, millions(today.national(y, Measure.CLOSING_BALANCE)), millions(cover.national(y, Measure.CLOSING_BALANCE)),
      millions(cancel.national(y, Measure.CLOSING_BALANCE)), millions(today.national(y, Measure.GENERAL_FUND_DEFICIT))));
}
table(List.of("year", "today's rules", "90% cover", "cancellation", "outside the override"), rows);
System.out.println("written off in 2026-27: 90% cover " + cover.national(fy("2026-27"), Measure.WRITE_OFF)
    + ", cancellation " + cancel.national(fy("2026-27"), Measure.WRITE_OFF));
