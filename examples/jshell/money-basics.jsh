// Exact money: pence in a long, rounding by named rules, shares that add back to the total.
Money place = pounds("10,000");
Money withAca = place.times(Rate.of("1.0712"), RoundingRule.HALF_UP_TO_PENNY);
List<Money> parts = Allocation.largestRemainder(pounds("100"), 1, 1, 1);
table(List.of("figure", "amount"), List.of(
    List.of("special-school place", place),
    List.of("with area cost adjustment 1.0712", withAca),
    List.of("£100 shared three ways", parts),
    List.of("shares added back", Money.sum(parts))));
System.out.println(la(202) + " is in " + la(202).region() + "; 2025-26 is followed by " + fy("2025-26").next());
