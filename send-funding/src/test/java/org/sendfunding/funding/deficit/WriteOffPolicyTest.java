package org.sendfunding.funding.deficit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

class WriteOffPolicyTest {

  private static final FinancialYear Y = FinancialYear.parse("2026-27");

  private static WriteOffPolicy policy(String rule) {
    return WriteOffPolicy.from(ParameterSet.defaults().withOverlay(ParameterOverlay.builder().name(rule)
        .override("deficit.write_off.policy", LocalDate.of(2026, 4, 1), ParameterValue.ofRule(rule)).build()), Y);
  }

  @Test
  void todays_rule_writes_nothing_off() {
    WriteOffPolicy p = WriteOffPolicy.from(ParameterSet.defaults(), Y);
    assertThat(p.kind()).isEqualTo(WriteOffKind.NONE);
    assertThat(p.amount(Money.ofPounds(-10_000_000), true)).isEqualTo(Money.ZERO);
  }

  @Test
  void ninety_percent_cover_of_a_ten_million_deficit_is_nine_million_with_a_reform_plan() {
    // Final local government settlement 2026: 90% of deficits accrued to end 2025-26, reform plan required.
    WriteOffPolicy p = policy("cover_accrued");
    assertThat(p.accruedTo()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(p.paidIn()).isEqualTo(Y);
    assertThat(p.amount(Money.ofPounds(-10_000_000), true)).isEqualTo(Money.ofPounds(9_000_000));
    assertThat(p.amount(Money.ofPounds(-10_000_000), false)).isEqualTo(Money.ZERO);
    assertThat(p.amount(Money.ofPounds(2_000_000), true)).isEqualTo(Money.ZERO);
  }

  @Test
  void cancellation_writes_off_everything_without_conditions() {
    WriteOffPolicy p = policy("cancel_accrued");
    assertThat(p.amount(Money.ofPounds("-10000000.01"), false)).isEqualTo(Money.ofPounds("10000000.01"));
  }

  @Test
  void a_write_off_is_never_negative_nor_more_than_the_deficit() {
    WriteOffPolicy cover = policy("cover_accrued");
    WriteOffPolicy cancel = policy("cancel_accrued");
    qt().withExamples(300).forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L)).checkAssert(balance -> {
      for (WriteOffPolicy p : new WriteOffPolicy[] {cover, cancel}) {
        long w = p.amountPence(balance, true);
        assertThat(w).isBetween(0L, Math.max(0, -balance));
      }
    });
  }

  @Test
  void an_unknown_policy_is_named() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> policy("forgive"))
        .hasMessage("deficit.write_off.policy: 'forgive' is not one of none, cover_accrued, cancel_accrued");
  }
}
