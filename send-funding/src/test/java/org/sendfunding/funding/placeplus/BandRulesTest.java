package org.sendfunding.funding.placeplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.sendfunding.model.money.Money;

/**
 * A band's top-up: a fixed amount, or the cost above the base held within a range (as in Southend's
 * and Shropshire's banding: Livewell Southend, "Funding SEN pupils: top up funding ... Element 3",
 * https://www.livewellsouthend.com/funding-send-education/funding-sen-pupils/4; Shropshire SEND local
 * offer, "How is SEN funded in schools",
 * https://next.shropshire.gov.uk/the-send-local-offer/education/how-is-sen-funded-in-schools/), with each
 * refusal and its boundary.
 */
class BandRulesTest {

  @Test
  void a_fixed_amount_is_paid_whatever_the_cost_even_zero() {
    Band zero = Band.builder().id("GSP-0").amount(Money.ZERO).build();
    assertThat(zero.hasAmount()).isTrue();
    assertThat(zero.topUpPence(1_000_000)).isZero();
    Band fixed = Band.builder().id("EHCP-1").amount(Money.ofPounds(3_000)).build();
    assertThat(fixed.topUpPence(0)).isEqualTo(300_000);
    assertThat(fixed.topUpPence(9_999_999)).isEqualTo(300_000);
  }

  @Test
  void a_range_holds_the_cost_above_the_base_between_its_ends() {
    // £2,000 to £5,000: a cost above the base of £1,000 is raised to £2,000, £7,000 held to £5,000
    Band range = Band.builder().id("R").minimum(Money.ofPounds(2_000)).maximum(Money.ofPounds(5_000)).build();
    assertThat(range.hasAmount()).isTrue();
    assertThat(range.topUpPence(100_000)).isEqualTo(200_000);
    assertThat(range.topUpPence(350_000)).isEqualTo(350_000);
    assertThat(range.topUpPence(700_000)).isEqualTo(500_000);
    assertThat(range.topUpPence(200_000)).isEqualTo(200_000);
    assertThat(range.topUpPence(500_000)).isEqualTo(500_000);
    Band point = Band.builder().id("P").minimum(Money.ZERO).maximum(Money.ZERO).build();
    assertThat(point.topUpPence(123)).isZero();
    qt().withExamples(200).forAll(longs().between(0, 100_000_000L)).checkAssert(cost ->
        assertThat(range.topUpPence(cost)).isBetween(200_000L, 500_000L).isEqualTo(Math.max(200_000, Math.min(500_000, cost))));
  }

  @Test
  void descriptors_alone_cannot_fund_a_pupil() {
    Band words = Band.builder().id("level-3").addDescriptors("needs adult support for most of the day").build();
    assertThat(words.hasAmount()).isFalse();
    assertThatThrownBy(() -> words.topUpPence(100)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Band level-3: has descriptors only, no amount or range, so it cannot fund a pupil");
  }

  @Test
  void bad_bands_are_refused_by_name() {
    assertThatThrownBy(() -> Band.builder().id(" ").build()).hasMessage("Band.id: must not be blank");
    assertThatThrownBy(() -> Band.builder().id("A").minimum(Money.ZERO).build())
        .hasMessage("Band.minimum/maximum: give both or neither (band A)");
    assertThatThrownBy(() -> Band.builder().id("A").maximum(Money.ZERO).build())
        .hasMessage("Band.minimum/maximum: give both or neither (band A)");
    assertThatThrownBy(() -> Band.builder().id("A").amount(Money.ZERO).minimum(Money.ZERO).maximum(Money.ZERO).build())
        .hasMessage("Band.amount: give an amount or a range, not both (band A)");
    assertThatThrownBy(() -> Band.builder().id("A").amount(Money.ofPence(-1)).build())
        .hasMessage("Band.amount: -£0.01 must not be negative (band A)");
    assertThatThrownBy(() -> Band.builder().id("A").minimum(Money.ofPence(-1)).maximum(Money.ZERO).build())
        .hasMessage("Band.minimum: -£0.01 must be between zero and the maximum £0.00 (band A)");
    assertThatThrownBy(() -> Band.builder().id("A").minimum(Money.ofPence(2)).maximum(Money.ofPence(1)).build())
        .hasMessage("Band.minimum: £0.02 must be between zero and the maximum £0.01 (band A)");
  }
}
