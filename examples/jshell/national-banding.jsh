// National banding: national tariffs (area-cost adjusted) instead of each LA's own unit costs.
// The tariffs are illustrative (no national prices are published); the per-LA caseloads are SEN2's, their unit costs illustrative.
ParameterSet rules = ParameterSet.defaults().withOverlay(BuiltInPolicy.NATIONAL_BANDING.overlay());
FinancialYear year = fy("2026-27");
List<List<?>> tariffs = new ArrayList<>();
for (SettingType t : List.of(SettingType.MAINSTREAM_MAINTAINED, SettingType.MAINTAINED_SPECIAL, SettingType.INDEPENDENT_SPECIAL)) {
  tariffs.add(List.of(t.displayName(), NationalBanding.DEFAULT.tariff(rules, year, t, Rate.ONE),
      NationalBanding.DEFAULT.tariff(rules, year, t, england().inputs(202).areaCostAdjustment())));
}
table(List.of("setting", "national tariff", "in Camden (ACA)"), tariffs);
ScenarioComparison c = ScenarioComparison.of(run(BuiltInPolicy.TODAYS_RULES), run(BuiltInPolicy.NATIONAL_BANDING));
Map<LocalAuthority, Money> changes = c.changes(year, Measure.PLACEMENT_SPEND);
System.out.println("placement spend " + year + ": " + changes.values().stream().filter(Money::isNegative).count() + " LAs pay less, "
    + changes.values().stream().filter(Money::isPositive).count() + " pay more; national change "
    + c.national(year, Measure.PLACEMENT_SPEND));
