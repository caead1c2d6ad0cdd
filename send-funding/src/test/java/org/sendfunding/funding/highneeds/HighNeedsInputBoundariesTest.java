package org.sendfunding.funding.highneeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendfunding.funding.highneeds.NffFixtures.CAMDEN;
import static org.sendfunding.funding.highneeds.NffFixtures.halfPercentLa;

import org.junit.jupiter.api.Test;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Rate;

/**
 * Each refusal of {@link HighNeedsNffInput} with its exact message, and the boundary value beside it
 * that is accepted: zero where zero is meaningful (no special-school pupils, no historic spend, an
 * indicator nobody has), one where only positive values make sense (a population, a baseline).
 */
class HighNeedsInputBoundariesTest {

  private static final String LA = " (" + CAMDEN + ")";

  /** The worked example's indicators with one replaced. */
  static java.util.Map<ProxyFactor, Long> with(ProxyFactor f, long value) {
    java.util.Map<ProxyFactor, Long> m = new java.util.EnumMap<>(halfPercentLa().build().proxyIndicators());
    m.put(f, value);
    return m;
  }

  @Test
  void counts_must_be_positive_or_not_negative_as_their_meaning_requires() {
    assertThat(halfPercentLa().population2To18(1).build().population2To18()).isEqualTo(1);
    assertThatThrownBy(() -> halfPercentLa().population2To18(-1).build())
        .hasMessage("HighNeedsNffInput.population2To18: -1 must be above zero" + LA);
    assertThat(halfPercentLa().specialSchoolPupils(0).build().specialSchoolPupils()).isZero();
    assertThatThrownBy(() -> halfPercentLa().specialSchoolPupils(-1).build())
        .hasMessage("HighNeedsNffInput.specialSchoolPupils: -1 must not be negative" + LA);
    assertThat(halfPercentLa().proxyIndicators(with(ProxyFactor.BAD_HEALTH, 0L)).build().indicator(ProxyFactor.BAD_HEALTH)).isZero();
    assertThatThrownBy(() -> halfPercentLa().proxyIndicators(with(ProxyFactor.BAD_HEALTH, -1L)).build())
        .hasMessage("HighNeedsNffInput.proxyIndicators: BAD_HEALTH is -1, must not be negative" + LA);
    assertThat(halfPercentLa().floorBaselinePopulation2To18(1).build().floorBaselinePopulation2To18()).isEqualTo(1);
    assertThatThrownBy(() -> halfPercentLa().floorBaselinePopulation2To18(0).build())
        .hasMessage("HighNeedsNffInput.floorBaselinePopulation2To18: 0 must be above zero" + LA);
  }

  @Test
  void money_inputs_refuse_negatives_and_a_zero_floor_baseline() {
    assertThat(halfPercentLa().historicSpendBaseline(Money.ZERO).build().historicSpendBaseline()).isEqualTo(Money.ZERO);
    assertThatThrownBy(() -> halfPercentLa().historicSpendBaseline(Money.ofPence(-1)).build())
        .hasMessage("HighNeedsNffInput.historicSpendBaseline: -£0.01 must not be negative" + LA);
    assertThat(halfPercentLa().floorBaseline(Money.ofPence(1)).build().floorBaseline()).isEqualTo(Money.ofPence(1));
    assertThatThrownBy(() -> halfPercentLa().floorBaseline(Money.ZERO).build())
        .hasMessage("HighNeedsNffInput.floorBaseline: £0.00 must be above zero" + LA);
    assertThat(halfPercentLa().previousAllocation(Money.ZERO).build().previousAllocation()).contains(Money.ZERO);
    assertThatThrownBy(() -> halfPercentLa().previousAllocation(Money.ofPence(-1)).build())
        .hasMessage("HighNeedsNffInput.previousAllocation: -£0.01 must not be negative" + LA);
  }

  @Test
  void area_cost_adjustment_lies_strictly_between_0_and_10_with_at_most_6_decimals() {
    assertThat(halfPercentLa().areaCostAdjustment(Rate.of("0.000001")).build().acaMicros()).isEqualTo(1);
    assertThat(halfPercentLa().areaCostAdjustment(Rate.of("9.999999")).build().acaMicros()).isEqualTo(9_999_999);
    // trailing zeros are not decimal places
    assertThat(halfPercentLa().areaCostAdjustment(Rate.of("1.0500000")).build().acaMicros()).isEqualTo(1_050_000);
    assertThatThrownBy(() -> halfPercentLa().areaCostAdjustment(Rate.of("0")).build())
        .hasMessage("HighNeedsNffInput.areaCostAdjustment: 0 must be above 0 and below 10" + LA);
    assertThatThrownBy(() -> halfPercentLa().areaCostAdjustment(Rate.of("10")).build())
        .hasMessage("HighNeedsNffInput.areaCostAdjustment: 10 must be above 0 and below 10" + LA);
    assertThatThrownBy(() -> halfPercentLa().areaCostAdjustment(Rate.of("-1")).build())
        .hasMessage("HighNeedsNffInput.areaCostAdjustment: -1 must be above 0 and below 10" + LA);
  }

  @Test
  void a_missing_indicator_is_named_and_population_is_the_population_indicator() {
    HighNeedsNffInput in = halfPercentLa().build();
    assertThat(in.indicator(ProxyFactor.POPULATION)).isEqualTo(50_000);
    assertThat(in.indicator(ProxyFactor.IDACI)).isEqualTo(8_000);
    assertThat(in.toString()).isEqualTo("HighNeedsNffInput{" + CAMDEN + ", population 2-18 50000}");
    // weighted indicators: indicator x ACA in millionths; 1.05 ACA on 8,000 IDACI pupils = 8,400,000,000 micros
    HighNeedsNffInput aca = halfPercentLa().areaCostAdjustment(Rate.of("1.05")).build();
    assertThat(aca.weightedIndicators().byFactor[ProxyFactor.IDACI.ordinal()]).isEqualTo(8_400_000_000L);
    assertThat(aca.weightedIndicators().byFactor[ProxyFactor.POPULATION.ordinal()]).isEqualTo(52_500_000_000L);
    assertThat(aca.weightedIndicators()).isEqualTo(halfPercentLa().areaCostAdjustment(Rate.of("1.05")).build().weightedIndicators());
    assertThat(aca.weightedIndicators()).isNotEqualTo(in.weightedIndicators()).isNotEqualTo("x");
    assertThat(aca.weightedIndicators().hashCode())
        .isEqualTo(halfPercentLa().areaCostAdjustment(Rate.of("1.05")).build().weightedIndicators().hashCode());
    java.util.Map<ProxyFactor, Long> some = new java.util.EnumMap<>(in.proxyIndicators());
    some.remove(ProxyFactor.KS4_LOW_ATTAINMENT);
    some.remove(ProxyFactor.BAD_HEALTH);
    assertThatThrownBy(() -> halfPercentLa().proxyIndicators(some).build())
        .hasMessage("HighNeedsNffInput.proxyIndicators: missing [KS4_LOW_ATTAINMENT, BAD_HEALTH]" + LA);
  }
}
