package org.sendfunding.funding.highneeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendfunding.funding.highneeds.NffFixtures.CAMDEN;
import static org.sendfunding.funding.highneeds.NffFixtures.Y2025;
import static org.sendfunding.funding.highneeds.NffFixtures.halfPercentLa;
import static org.sendfunding.funding.highneeds.NffFixtures.national;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.dsg.HighNeedsBlock;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.time.FinancialYear;

/**
 * The national context's refusals and totals, and the result and allocation read-outs, on the worked
 * example of {@link HighNeedsNffTest} (an LA with 0.5% of every indicator; shipped 2025-26 parameters,
 * floor 7% and cap 10% from the written statement "School Funding: Provisional 2025-26 Allocations",
 * HCWS264, 28 Nov 2024,
 * https://parallelparliament.co.uk/debate/2024-11-28/commons/written-statements/school-funding-provisional-2025-26-allocations/ministerial-extracts).
 */
class HighNeedsNationalAndResultTest {

  private static Map<ProxyFactor, BigDecimal> totalsWith(ProxyFactor f, String value) {
    Map<ProxyFactor, BigDecimal> t = new EnumMap<>(national().acaWeightedIndicatorTotals());
    t.put(f, new BigDecimal(value));
    return t;
  }

  @Test
  void national_refuses_a_negative_pot_a_missing_factor_and_totals_that_are_not_positive_exact_micros() {
    assertThat(HighNeedsNffNational.builder().from(national()).proxyFactorPot(Money.ZERO).build().proxyFactorPot()).isEqualTo(Money.ZERO);
    assertThatThrownBy(() -> HighNeedsNffNational.builder().from(national()).proxyFactorPot(Money.ofPence(-1)).build())
        .hasMessage("HighNeedsNffNational.proxyFactorPot: -£0.01 must not be negative");
    Map<ProxyFactor, BigDecimal> missing = new EnumMap<>(national().acaWeightedIndicatorTotals());
    missing.remove(ProxyFactor.IDACI);
    assertThatThrownBy(() -> HighNeedsNffNational.builder().proxyFactorPot(Money.ZERO).acaWeightedIndicatorTotals(missing).build())
        .hasMessage("HighNeedsNffNational.acaWeightedIndicatorTotals: missing [IDACI]");
    assertThatThrownBy(() -> HighNeedsNffNational.builder().proxyFactorPot(Money.ZERO)
        .acaWeightedIndicatorTotals(totalsWith(ProxyFactor.BAD_HEALTH, "0")).build())
        .hasMessage("HighNeedsNffNational.acaWeightedIndicatorTotals: BAD_HEALTH is 0, must be above zero");
    assertThatThrownBy(() -> HighNeedsNffNational.builder().proxyFactorPot(Money.ZERO)
        .acaWeightedIndicatorTotals(totalsWith(ProxyFactor.BAD_HEALTH, "1.0000001")).build())
        .hasMessage("HighNeedsNffNational.acaWeightedIndicatorTotals: BAD_HEALTH is 1.0000001, must have at most 6 decimal places "
            + "and be below 4.5 billion");
    // 2^52 millionths = 4,503,599,627.370496 is refused; one millionth less is the largest total accepted
    assertThatThrownBy(() -> HighNeedsNffNational.builder().proxyFactorPot(Money.ZERO)
        .acaWeightedIndicatorTotals(totalsWith(ProxyFactor.BAD_HEALTH, "4503599627.370496")).build())
        .hasMessageContaining("BAD_HEALTH is 4503599627.370496, must have at most 6 decimal places");
    HighNeedsNffNational largest = HighNeedsNffNational.builder().proxyFactorPot(Money.ZERO)
        .acaWeightedIndicatorTotals(totalsWith(ProxyFactor.BAD_HEALTH, "4503599627.370495")).build();
    assertThat(largest.totalMicros(ProxyFactor.BAD_HEALTH)).isEqualTo((1L << 52) - 1);
    assertThat(HighNeedsNffNational.builder().proxyFactorPot(Money.ZERO)
        .acaWeightedIndicatorTotals(totalsWith(ProxyFactor.BAD_HEALTH, "0.000001")).build().totalMicros(ProxyFactor.BAD_HEALTH))
        .isEqualTo(1);
    // trailing zeros are not decimal places
    assertThat(HighNeedsNffNational.builder().proxyFactorPot(Money.ZERO)
        .acaWeightedIndicatorTotals(totalsWith(ProxyFactor.BAD_HEALTH, "200000.00000000")).build().totalMicros(ProxyFactor.BAD_HEALTH))
        .isEqualTo(200_000_000_000L);
  }

  @Test
  void national_totals_from_inputs_weight_each_indicator_by_its_las_area_cost_adjustment() {
    HighNeedsNffInput a = halfPercentLa().areaCostAdjustment(Rate.of("1.05")).build();
    HighNeedsNffInput b = halfPercentLa().localAuthority(LocalAuthorities.england().byCode(876)).population2To18(10_000)
        .proxyIndicators(HighNeedsInputBoundariesTest.with(ProxyFactor.IDACI, 3L)).areaCostAdjustment(Rate.of("0.9")).build();
    HighNeedsNffNational n = HighNeedsNffNational.fromInputs(List.of(a, b), Money.ofPounds(7));
    // population: 50,000 x 1.05 + 10,000 x 0.9 = 61,500; IDACI: 8,000 x 1.05 + 3 x 0.9 = 8,402.7
    assertThat(n.acaWeightedIndicatorTotals().get(ProxyFactor.POPULATION)).isEqualByComparingTo("61500");
    assertThat(n.acaWeightedIndicatorTotals().get(ProxyFactor.IDACI)).isEqualByComparingTo("8402.7");
    assertThat(n.totalMicros(ProxyFactor.IDACI)).isEqualTo(8_402_700_000L);
    assertThat(n.proxyFactorPot()).isEqualTo(Money.ofPounds(7));
    assertThat(n.acaWeightedIndicatorTotals()).hasSize(ProxyFactor.values().length);
  }

  @Test
  void result_finds_an_allocation_by_la_and_refuses_one_not_computed() {
    HighNeedsNffInput halton = halfPercentLa().localAuthority(LocalAuthorities.england().byCode(876)).build();
    HighNeedsNffResult r = HighNeedsNff.DEFAULT.allocate(national(), List.of(halfPercentLa().build(), halton), ParameterSet.defaults(), Y2025);
    assertThat(r.allocation(CAMDEN).localAuthority()).isEqualTo(CAMDEN);
    assertThat(r.allocation(LocalAuthorities.england().byCode(876)).localAuthority().code()).isEqualTo(876);
    // each: £12,754,000 (HighNeedsNffTest's floor example)
    assertThat(r.allocation(CAMDEN).finalAllocation()).isEqualTo(Money.ofPounds(12_754_000));
    assertThat(r.total()).isEqualTo(Money.ofPounds(25_508_000));
    assertThat(r.financialYear()).isEqualTo(Y2025);
    assertThat(r.method()).isEqualTo(AllocationMethod.NFF);
    assertThat(r.gainsCapSearched()).isFalse();
    assertThatThrownBy(() -> r.allocation(LocalAuthorities.england().byCode(886)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HighNeedsNffResult: Kent (886) was not among the LAs computed for 2025-26");
  }

  @Test
  void allocation_reads_out_its_components_and_as_a_high_needs_block() {
    HighNeedsAllocation a = HighNeedsNff.DEFAULT.allocate(national(), halfPercentLa().build(), ParameterSet.defaults(), Y2025);
    assertThat(a.toString()).isEqualTo("HighNeedsAllocation{Camden 2025-26 nff = £12,754,000.00}");
    assertThat(a.additions()).containsEntry("hospital education", Money.ofPounds(250_000)).hasSize(1);
    assertThat(a.rolledOver()).isEqualTo(Money.ZERO);
    assertThat(a.rolledInGrants()).isEqualTo(Money.ZERO);
    HighNeedsBlock block = a.toHighNeedsBlock();
    assertThat(block.total()).isEqualTo(a.finalAllocation());
    assertThat(block.components()).containsEntry("(A) basic entitlement", Money.ofPounds(1_864_000))
        .containsEntry("(B) historic spend", Money.ofPounds(5_100_000))
        .containsEntry("(C) population aged 2-18", Money.ofPounds(2_500_000))
        .containsEntry("(I) disability living allowance", Money.ofPounds(375_000))
        .containsEntry("(J) funding floor / gains cap", Money.ofPounds(600_000))
        .containsEntry("(L) import/export", Money.ofPounds(-60_000))
        .containsEntry("(K) hospital education", Money.ofPounds(250_000))
        .hasSize(12);
  }

  @Test
  void rollover_allocation_has_no_formula_components() {
    // 2026-27 rolls over the previous allocation plus rolled-in grants (highneeds.allocation.method)
    HighNeedsNffInput in = halfPercentLa().floorBaselineYear(FinancialYear.of(2025)).previousAllocation(Money.ofPounds(12_000_000))
        .rolledInGrants(Money.ofPounds(300_000)).build();
    HighNeedsAllocation a = HighNeedsNff.DEFAULT.allocate(national(), in, ParameterSet.defaults(), FinancialYear.of(2026));
    assertThat(a.method()).isEqualTo(AllocationMethod.ROLLOVER);
    assertThat(a.finalAllocation()).isEqualTo(Money.ofPounds(12_300_000));
    assertThat(a.proxyFactors()).isEmpty();
    assertThat(a.additions()).isEmpty();
    assertThat(a.perHeadChange()).isEmpty();
    assertThat(a.rolledOver()).isEqualTo(Money.ofPounds(12_000_000));
    assertThat(a.rolledInGrants()).isEqualTo(Money.ofPounds(300_000));
    assertThat(a.toString()).isEqualTo("HighNeedsAllocation{Camden 2026-27 rollover = £12,300,000.00}");
    assertThat(a.toHighNeedsBlock().components()).containsExactly(
        Map.entry("previous allocation", Money.ofPounds(12_000_000)), Map.entry("rolled-in grants", Money.ofPounds(300_000)));
  }
}
