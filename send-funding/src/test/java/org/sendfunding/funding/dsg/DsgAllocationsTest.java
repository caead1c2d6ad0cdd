package org.sendfunding.funding.dsg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sendfunding.funding.highneeds.HighNeedsAllocation;
import org.sendfunding.funding.highneeds.HighNeedsNff;
import org.sendfunding.funding.highneeds.HighNeedsNffInput;
import org.sendfunding.funding.highneeds.HighNeedsNffNational;
import org.sendfunding.funding.highneeds.ProxyFactor;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.dsg.DsgAllocation;
import org.sendfunding.model.dsg.DsgBlock;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.time.FinancialYear;

class DsgAllocationsTest {

  @Test
  void dsg_allocation_takes_its_high_needs_block_from_the_nff() {
    HighNeedsNffInput in = HighNeedsNffInput.builder()
        .localAuthority(LocalAuthorities.england().byCode(202))
        .population2To18(50_000)
        .putProxyIndicators(ProxyFactor.FREE_SCHOOL_MEALS, 10_000L)
        .putProxyIndicators(ProxyFactor.IDACI, 8_000L)
        .putProxyIndicators(ProxyFactor.KS2_LOW_ATTAINMENT, 2_000L)
        .putProxyIndicators(ProxyFactor.KS4_LOW_ATTAINMENT, 1_500L)
        .putProxyIndicators(ProxyFactor.BAD_HEALTH, 1_000L)
        .putProxyIndicators(ProxyFactor.DISABILITY_LIVING_ALLOWANCE, 2_500L)
        .specialSchoolPupils(400)
        .historicSpendBaseline(Money.ofPounds(10_200_000))
        .areaCostAdjustment(Rate.of("1"))
        .netImportedPupils(-10)
        .floorBaselineYear(FinancialYear.of(2024))
        .floorBaseline(Money.ofPounds(10_000_000))
        .floorBaselinePopulation2To18(50_000)
        .build();
    HighNeedsAllocation hn = HighNeedsNff.DEFAULT.allocate(
        HighNeedsNffNational.fromInputs(java.util.List.of(in), Money.ofPounds(100_000_000)), in,
        ParameterSet.defaults(), FinancialYear.of(2025));
    DsgAllocation dsg = DsgAllocations.of(hn, Money.ofPounds(200_000_000), Money.ofPounds(2_000_000), Money.ofPounds(20_000_000));
    assertThat(dsg.block(DsgBlock.HIGH_NEEDS)).isEqualTo(hn.finalAllocation());
    assertThat(dsg.total()).isEqualTo(Money.ofPounds(222_000_000).plus(hn.finalAllocation()));
    assertThat(dsg.highNeedsBlock().components()).containsKey("(J) funding floor / gains cap");
  }
}
