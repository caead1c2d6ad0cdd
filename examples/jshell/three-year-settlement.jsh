// A three-year settlement against annual settlements: what LAs knew in advance and how far the final
// allocation differed from it (mean |surprise|); embedded dataset, default assumptions; allocations from the real 2023-24 blocks (docs/data.md).
ScenarioResult annual = run(BuiltInPolicy.TODAYS_RULES);
ScenarioResult threeYear = run(BuiltInPolicy.THREE_YEAR_SETTLEMENT);
List<List<?>> rows = new ArrayList<>();
for (FinancialYear y : annual.years()) {
  rows.add(List.of(y, millions(annual.national(y, Measure.HIGH_NEEDS_ALLOCATION)),
      String.format("%.4f", annual.statistic(y, NationalStatistic.MEAN_ABSOLUTE_SURPRISE)),
      millions(threeYear.national(y, Measure.HIGH_NEEDS_ALLOCATION)),
      String.format("%.4f", threeYear.statistic(y, NationalStatistic.MEAN_ABSOLUTE_SURPRISE))));
}
table(List.of("year", "annual", "surprise", "three-year", "surprise"), rows);
CertaintyMeasures kent = threeYear.certainty(886);
System.out.println(String.format("Kent under the three-year settlement: mean change %.4f, volatility %.4f, mean |surprise| %.4f",
    kent.meanChange(), kent.volatility(), kent.meanAbsoluteSurprise()));
