package org.sendfunding.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateAndPercentageTest {

  @Test
  void a_percentage_is_the_number_written_in_funding_documents() {
    // HCWS264: "at least a 7% increase per head" in 2025-26
    Percentage floor = Percentage.of("7");
    assertThat(floor.toRate()).isEqualTo(Rate.of("0.07"));
    assertThat(floor.toGrowthFactor()).isEqualTo(Rate.of("1.07"));
    assertThat(floor).hasToString("7%");
    assertThat(Percentage.of("0.5%")).isEqualTo(Percentage.of(new BigDecimal("0.50")));
    assertThat(Rate.of("0.075").toPercentage()).isEqualTo(Percentage.of("7.5"));
  }

  @Test
  void equality_is_numerical() {
    assertThat(Rate.of("0.50")).isEqualTo(Rate.of("0.5"));
    assertThat(Rate.of("100")).isEqualTo(Rate.of("1E+2"));
    assertThat(Rate.of("100")).hasToString("100");
    assertThat(Percentage.of("7.0").hashCode()).isEqualTo(Percentage.of("7").hashCode());
  }

  @Test
  void rate_arithmetic_is_exact() {
    assertThat(Rate.of("0.1").plus(Rate.of("0.2"))).isEqualTo(Rate.of("0.3"));
    assertThat(Rate.of("1.07").minus(Rate.ONE)).isEqualTo(Rate.of("0.07"));
    assertThat(Rate.of("1.1").times(Rate.of("1.1"))).isEqualTo(Rate.of("1.21"));
    assertThat(Rate.ratio(1, 3).value().precision()).isEqualTo(20);
    assertThat(Rate.of("-0.01").isNegative()).isTrue();
    assertThat(Rate.of("0.2").compareTo(Rate.of("0.10"))).isPositive();
  }

  @Test
  void rejects_text_that_is_not_a_number() {
    assertThatThrownBy(() -> Rate.of("seven"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rate.value: 'seven' is not a decimal number");
    assertThatThrownBy(() -> Percentage.of("7 percent"))
        .hasMessage("Percentage.percent: '7 percent' is not a decimal number");
    assertThatThrownBy(() -> Rate.ratio(1, 0)).hasMessage("Rate.ratio: denominator must not be zero");
  }
}
