package org.sendfunding.funding.highneeds;

import java.math.BigDecimal;
import java.util.Map;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.Money;

/** Builds the explanation tree of one LA's allocation from the figures that produced it. */
final class HighNeedsNffExplainer {

  static final SourceReference TECHNICAL_NOTE =
      SourceReference.of(
          "DfE, High needs national funding formula: technical note (July 2020)",
          "factors (A)-(L)",
          "https://www.readkong.com/page/high-needs-national-funding-formula-technical-note-july-4265875");

  private HighNeedsNffExplainer() {}

  static Explanation explain(HighNeedsNffFigures f, int i, HighNeedsAllocation a) {
    HighNeedsNffInput in = f.inputs.get(i);
    HighNeedsNffRules rules = f.rules;
    Explanation.Builder root = Explanation.builder()
        .amount(a.finalAllocation())
        .putInputs("local authority", in.localAuthority().toString())
        .addParameters(rules.methodValue().toUse());
    in.inputSources().forEach((input, source) -> root.putInputs("source of " + input, source));
    if (rules.method() == AllocationMethod.ROLLOVER) {
      root.rule("High-needs allocation " + rules.financialYear() + ": rollover of the previous allocation plus rolled-in grants")
          .addChildren(Explanation.builder().rule("Previous year's allocation").amount(a.rolledOver())
              .putInputs("previous allocation", a.rolledOver().toString()).build());
      Explanation.Builder grants = Explanation.builder().rule("Rolled-in grants").amount(a.rolledInGrants())
          .putInputs("rolled-in grants", a.rolledInGrants().toString());
      rules.rolledInGrants().ifPresent(v -> grants.addParameters(v.toUse()));
      return root.addChildren(grants.build()).build();
    }
    String aca = in.areaCostAdjustment().value().toPlainString();
    root.rule("High-needs allocation " + rules.financialYear() + ": high-needs national funding formula")
        .source(TECHNICAL_NOTE)
        .putInputs("population aged 2-18", String.format("%,d", in.population2To18()));
    root.addChildren(Explanation.builder()
        .rule("(A) basic entitlement: rate × special-school pupils × area cost adjustment, half up to the penny")
        .amount(a.basicEntitlement())
        .putInputs("special-school pupils", String.format("%,d", in.specialSchoolPupils()))
        .putInputs("area cost adjustment", aca)
        .addParameters(rules.basicEntitlement().toUse())
        .build());
    root.addChildren(Explanation.builder()
        .rule("(B) historic spend: share of 2017-18 planned high-needs spend, half up to the penny")
        .amount(a.historicSpend())
        .putInputs("2017-18 planned spend", in.historicSpendBaseline().toString())
        .addParameters(rules.historicShare().toUse())
        .build());
    Explanation.Builder proxies = Explanation.builder()
        .rule("(C)-(I) proxy factors: each factor's pot shared by area-cost-adjusted indicator (largest remainder)")
        .amount(a.proxyFactorsTotal())
        .putInputs("national proxy pot", f.national.proxyFactorPot().toString());
    for (ProxyFactor pf : ProxyFactor.values()) {
      BigDecimal weighted = BigDecimal.valueOf(in.indicator(pf)).multiply(in.areaCostAdjustment().value());
      proxies.addChildren(Explanation.builder()
          .rule("(" + pf.letter() + ") " + pf.displayName() + ": factor pot × LA indicator × ACA / national total")
          .amount(a.proxyFactors().get(pf))
          .putInputs("indicator", String.format("%,d", in.indicator(pf)))
          .putInputs("area cost adjustment", aca)
          .putInputs("ACA-weighted indicator", weighted.stripTrailingZeros().toPlainString())
          .putInputs("national ACA-weighted total", f.national.acaWeightedIndicatorTotals().get(pf).toPlainString())
          .putInputs("factor pot", Money.ofPence(f.factorPots[pf.ordinal()]).toString())
          .addParameters(rules.share(pf).toUse())
          .build());
    }
    root.addChildren(proxies.build());
    root.addChildren(Explanation.builder()
        .rule("(L) import/export adjustment: rate × net imported pupils")
        .amount(a.importExport())
        .putInputs("net imported pupils", String.format("%,d", in.netImportedPupils()))
        .addParameters(rules.importExport().toUse())
        .build());
    root.addChildren(floorExplanation(f, i, a, in));
    for (Map.Entry<String, Money> add : in.additions().entrySet()) {
      root.addChildren(Explanation.builder()
          .rule("(K) " + add.getKey() + ": added after the floor and cap")
          .amount(add.getValue())
          .putInputs(add.getKey(), add.getValue().toString())
          .build());
    }
    return root.build();
  }

  private static Explanation floorExplanation(HighNeedsNffFigures f, int i, HighNeedsAllocation a, HighNeedsNffInput in) {
    HighNeedsNffRules rules = f.rules;
    long adj = f.adjustment[i];
    String cap = f.gainsCapApplied().map(Object::toString).orElse("none");
    String rule = adj > 0
        ? "(J) funding floor: raised to +" + rules.floor().value() + " per head of 2-18 population (rounded up to the penny)"
        : adj < 0
            ? "(J) gains cap: reduced to +" + cap + " per head of 2-18 population (rounded down to the penny)"
            : "(J) funding floor and gains cap: within the floor (+" + rules.floor().value() + ") and cap (" + cap + ")";
    Money comparable = Money.ofPence(f.comparable[i]);
    Explanation.Builder b = Explanation.builder()
        .rule(rule)
        .amount(a.floorAdjustment())
        .putInputs("formula funding excluding basic entitlement and import/export", comparable.toString())
        .putInputs("population aged 2-18", String.format("%,d", in.population2To18()))
        .putInputs("baseline year", in.floorBaselineYear().toString())
        .putInputs("baseline funding (excluding basic entitlement and import/export)", in.floorBaseline().toString())
        .putInputs("baseline population aged 2-18", String.format("%,d", in.floorBaselinePopulation2To18()))
        .putInputs("change per head before floor and cap", HighNeedsNff.perHeadChange(f.comparable[i], in).toString())
        .putInputs("floor minimum", Money.ofPence(f.floorMinimum[i]).toString())
        .putInputs("cap maximum", HighNeedsNff.capMaximum(f, i).map(Money::toString).orElse("no cap"))
        .putInputs("change per head after floor and cap", a.perHeadChange().map(Object::toString).orElse(""))
        .addAllParameters(rules.floorUses());
    if (f.capSearched) {
      b.putInputs("gains cap", f.gainsCapApplied().map(c -> c + ", searched so the allocations fit the fixed total")
          .orElse("none needed: the allocations fit the fixed total uncapped"));
    }
    return b.build();
  }
}
