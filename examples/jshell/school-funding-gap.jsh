// A school's SEN funding gap: cost of provision - notional SEN budget - top-ups (Shropshire's bands).
PlacePlusRates rates = PlacePlusRates.resolve(ParameterSet.defaults(), fy("2025-26"));
LocalBanding shropshire = LocalBanding.example("shropshire");
PupilPlacement pupil(String id, String cost, String band) {
  PupilPlacement.Builder b = PupilPlacement.builder().pupilId(id).settingType(SettingType.MAINSTREAM_MAINTAINED)
      .basicPerPupilFunding(pounds("5,000")).provisionCost(pounds(cost));
  return (band == null ? b.topUpBasis(TopUpBasis.NONE) : b.topUpBasis(TopUpBasis.BAND).band(band)).build();
}
SchoolFundingGap gap = SchoolFundingGap.compute("Example Primary", pounds("20,000"),
    List.of(pupil("A", "15,000", "EHCP-3"), pupil("B", "9,000", "EHCP-1"), pupil("C", "4,000", null), pupil("D", "2,500", null)),
    rates, shropshire);
List<List<?>> rows = new ArrayList<>();
for (PupilGap g : gap.pupils()) rows.add(List.of(g.pupilId(), g.provisionCost(), g.fromNotionalSenBudget(), g.topUp(), g.unfunded()));
table(List.of("pupil", "cost", "notional budget", "top-up", "unfunded"), rows);
System.out.println("gap " + gap.gap() + " = cost " + gap.totalCost() + " - notional SEN budget " + gap.notionalSenBudget()
    + " - top-ups " + gap.topUpsReceived() + "; notional headroom " + gap.notionalHeadroom());
