package org.sendfunding.model.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RoundingRuleTest {

  @Test
  void each_rule_rounds_a_half_and_a_fraction_as_named() {
    BigDecimal half = new BigDecimal("1234.5");
    assertThat(RoundingRule.HALF_UP_TO_PENNY.roundPence(half)).isEqualTo(1235);
    assertThat(RoundingRule.HALF_EVEN_TO_PENNY.roundPence(half)).isEqualTo(1234);
    assertThat(RoundingRule.DOWN_TO_PENNY.roundPence(half)).isEqualTo(1234);
    assertThat(RoundingRule.UP_TO_PENNY.roundPence(new BigDecimal("1234.01"))).isEqualTo(1235);
    assertThat(RoundingRule.HALF_UP_TO_POUND.roundPence(new BigDecimal("1250"))).isEqualTo(1300);
    assertThat(RoundingRule.HALF_UP_TO_POUND.roundPence(new BigDecimal("1249.99"))).isEqualTo(1200);
    assertThat(RoundingRule.DOWN_TO_POUND.roundPence(new BigDecimal("1299"))).isEqualTo(1200);
    assertThat(RoundingRule.UP_TO_POUND.roundPence(new BigDecimal("1201"))).isEqualTo(1300);
    // Down and up are towards and away from zero, for deficits too.
    assertThat(RoundingRule.DOWN_TO_POUND.roundPence(new BigDecimal("-1299"))).isEqualTo(-1200);
    assertThat(RoundingRule.UP_TO_POUND.roundPence(new BigDecimal("-1201"))).isEqualTo(-1300);
  }

  @Test
  void round_money_to_pounds() {
    assertThat(RoundingRule.DOWN_TO_POUND.round(Money.ofPence(1299))).isEqualTo(Money.ofPounds("12"));
    assertThat(RoundingRule.HALF_UP_TO_PENNY.round(Money.ofPence(1299))).isEqualTo(Money.ofPence(1299));
    assertThat(RoundingRule.HALF_UP_TO_POUND.unitPence()).isEqualTo(100);
  }
}
