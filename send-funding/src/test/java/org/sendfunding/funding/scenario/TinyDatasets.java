package org.sendfunding.funding.scenario;

import com.google.common.collect.ImmutableMap;
import org.sendfunding.funding.dataset.SettingCaseload;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.dataset.LocalAuthorityInputs;
import org.sendfunding.funding.dataset.NationalSeries;
import org.sendfunding.funding.dataset.Provenance;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/** Hand-made two-LA datasets with round numbers, so worked examples can show their arithmetic. */
final class TinyDatasets {

  static final FinancialYear BASE = FinancialYear.parse("2025-26");
  static final LocalAuthority A = LocalAuthorities.england().byCode(876); // Halton
  static final LocalAuthority B = LocalAuthorities.england().byCode(877); // Warrington

  private TinyDatasets() {}

  /**
   * A: allocation £10m, 10,000 aged 2-18, 220 pupils in maintained special schools at £50,000 (£11m),
   * no other spend, schools block £100m with a 1% transfer request, a £2m deficit, ACA 1.0.
   * B: allocation £20m, 20,000 aged 2-18, 300 pupils in independent special schools at £60,000
   * (£18m), other spend £1m, schools block £200m, no request, a £1m surplus, ACA 1.1.
   */
  static FundingDataset twoLas() {
    return FundingDataset.builder().name("two LAs").nationalSeries(NationalSeries.of(java.util.List.of()))
        .addPanel(inputs(A, 10_000_000, 10_000, 100_000_000, "1.0", 0, -2_000_000, "1.0"))
        .addPanel(inputs(B, 20_000_000, 20_000, 200_000_000, "0", 1_000_000, 1_000_000, "1.1"))
        .caseloads(ImmutableMap.of(
            A.code(), caseload(A, SettingType.MAINTAINED_SPECIAL, 220, 50_000),
            B.code(), caseload(B, SettingType.INDEPENDENT_SPECIAL, 300, 60_000)))
        .build();
  }

  /** Two LAs identical in every input but their codes. */
  static FundingDataset identical() {
    return FundingDataset.builder().name("identical").nationalSeries(NationalSeries.of(java.util.List.of()))
        .addPanel(inputs(A, 10_000_000, 10_000, 100_000_000, "0.5", 0, -2_000_000, "1.0"))
        .addPanel(inputs(B, 10_000_000, 10_000, 100_000_000, "0.5", 0, -2_000_000, "1.0"))
        .caseloads(ImmutableMap.of(
            A.code(), caseload(A, SettingType.MAINTAINED_SPECIAL, 220, 50_000),
            B.code(), caseload(B, SettingType.MAINTAINED_SPECIAL, 220, 50_000)))
        .build();
  }

  static LocalAuthorityInputs inputs(LocalAuthority la, long alloc, long pop, long schools, String transfer, long other, long balance, String aca) {
    return LocalAuthorityInputs.builder().localAuthority(la).baseYear(BASE).provenance(Provenance.ILLUSTRATIVE)
        .population2To18(pop).freeSchoolMeals(0).idaci(0).ks2LowAttainment(0).ks4LowAttainment(0).childrenInBadHealth(0)
        .disabilityLivingAllowance(0).specialSchoolPupils(0).historicSpend(Money.ZERO).areaCostAdjustment(Rate.of(aca))
        .netImportedPupils(0).hospitalEducation(Money.ZERO).previousAllocation(Money.ofPounds(alloc))
        .highNeedsAllocation(Money.ofPounds(alloc)).schoolsBlock(Money.ofPounds(schools))
        .requestedBlockTransfer(Percentage.of(transfer)).otherHighNeedsSpend(Money.ofPounds(other)).dsgBalance(Money.ofPounds(balance))
        .build();
  }

  static SettingCaseload caseload(LocalAuthority la, SettingType type, long pupils, long unitCost) {
    return SettingCaseload.builder().localAuthority(la).baseYear(BASE).provenance(Provenance.ILLUSTRATIVE)
        .putPupils(type, pupils).putUnitCosts(type, Money.ofPounds(unitCost)).build();
  }

  /** No growth, no inflation, no random data change: every change comes from the rules. */
  static Assumptions flat(int years) {
    return Assumptions.builder().years(years).caseloadGrowth(Percentage.of("0")).inflation(Percentage.of("0"))
        .allocationVolatility(Percentage.of("0")).build();
  }

  static Scenario scenario(FundingDataset data, BuiltInPolicy policy, Assumptions assumptions) {
    Scenario.Builder b = Scenario.builder().name(policy.title()).dataset(data).assumptions(assumptions);
    if (policy != BuiltInPolicy.TODAYS_RULES) {
      b.addOverlays(policy.overlay());
    }
    return b.build();
  }
}
