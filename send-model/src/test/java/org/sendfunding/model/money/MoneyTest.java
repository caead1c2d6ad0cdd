package org.sendfunding.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final long BOUND = 1_000_000_000_000_00L; // £1tn in pence: far above any DSG figure

  @Test
  void parses_pounds_as_funding_documents_write_them() {
    assertThat(Money.ofPounds("10000").pence()).isEqualTo(1_000_000);
    assertThat(Money.ofPounds("10,000.00").pence()).isEqualTo(1_000_000);
    assertThat(Money.ofPounds("£6,000").pence()).isEqualTo(600_000);
    assertThat(Money.ofPounds("-250.5").pence()).isEqualTo(-25_050);
    assertThat(Money.ofPounds("0.07").pence()).isEqualTo(7);
    assertThat(Money.ofPounds(29_267_000L)).isEqualTo(Money.ofPounds("29,267,000.00"));
  }

  @Test
  void rejects_text_that_is_not_pounds_and_pence_naming_it() {
    assertThatThrownBy(() -> Money.ofPounds("12.345"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Money.pounds: '12.345' is not an amount of pounds with at most two decimal places (e.g. 10000.00)");
    assertThatThrownBy(() -> Money.ofPounds("ten pounds"))
        .hasMessageContaining("'ten pounds' is not an amount of pounds");
    assertThatThrownBy(() -> Money.ofPounds("1,00.00")).hasMessageContaining("'1,00.00'");
    assertThatThrownBy(() -> Money.ofPounds("99999999999999999999"))
        .hasMessage("Money.pounds: '99999999999999999999' is too large");
  }

  @Test
  void formats_as_funding_tables_print_it() {
    assertThat(Money.ofPounds("10000")).hasToString("£10,000.00");
    assertThat(Money.ofPence(-123_456)).hasToString("-£1,234.56");
    assertThat(Money.ofPence(5)).hasToString("£0.05");
    assertThat(Money.ofPounds("11900000000")).hasToString("£11,900,000,000.00");
    assertThat(Money.ofPence(Long.MIN_VALUE)).hasToString("-£92,233,720,368,547,758.08");
  }

  @Test
  void overflow_is_an_error_not_a_wrap() {
    Money max = Money.ofPence(Long.MAX_VALUE);
    assertThatThrownBy(() -> max.plus(Money.ofPence(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofPence(Long.MIN_VALUE).minus(Money.ofPence(1)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofPence(Long.MIN_VALUE).negated()).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(Rate.of("1.5"), RoundingRule.HALF_UP_TO_PENNY))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofPounds(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void times_a_rate_rounds_by_the_named_rule() {
    // 7.5% of £6,000.10 = 45,000.75 pence
    Money amount = Money.ofPounds("6000.10");
    Rate share = Rate.of("0.075");
    assertThat(amount.times(share, RoundingRule.HALF_UP_TO_PENNY)).isEqualTo(Money.ofPence(45_001));
    assertThat(amount.times(share, RoundingRule.DOWN_TO_PENNY)).isEqualTo(Money.ofPence(45_000));
    assertThat(amount.times(share, RoundingRule.HALF_UP_TO_POUND)).isEqualTo(Money.ofPounds("450"));
    // A special-school place at £10,000 with a 1.0712 area cost adjustment is £10,712.00 exactly.
    assertThat(Money.ofPounds("10000").times(Rate.of("1.0712"), RoundingRule.HALF_UP_TO_PENNY))
        .isEqualTo(Money.ofPounds("10712"));
  }

  @Test
  void divided_by_rounds_the_exact_quotient_once() {
    assertThat(Money.ofPounds("100").dividedBy(3, RoundingRule.HALF_UP_TO_PENNY)).isEqualTo(Money.ofPence(3_333));
    assertThat(Money.ofPounds("100").dividedBy(3, RoundingRule.UP_TO_PENNY)).isEqualTo(Money.ofPence(3_334));
    assertThat(Money.ofPence(5).dividedBy(2, RoundingRule.HALF_UP_TO_PENNY)).isEqualTo(Money.ofPence(3));
    assertThat(Money.ofPence(5).dividedBy(2, RoundingRule.HALF_EVEN_TO_PENNY)).isEqualTo(Money.ofPence(2));
    assertThat(Money.ofPence(-5).dividedBy(2, RoundingRule.HALF_UP_TO_PENNY)).isEqualTo(Money.ofPence(-3));
    assertThat(Money.ofPounds("1000").dividedBy(3, RoundingRule.DOWN_TO_POUND)).isEqualTo(Money.ofPounds("333"));
    assertThatThrownBy(() -> Money.ofPounds("1").dividedBy(0, RoundingRule.HALF_UP_TO_PENNY))
        .hasMessage("Money.dividedBy: divisor must not be zero");
  }

  @Test
  void ratio_to_gives_the_per_head_change() {
    // +7%: £107 per head against £100 last year
    assertThat(Money.ofPounds("107").ratioTo(Money.ofPounds("100"))).isEqualTo(Rate.of("1.07"));
    assertThatThrownBy(() -> Money.ofPounds("1").ratioTo(Money.ZERO))
        .hasMessage("Money.ratioTo: denominator must not be zero");
  }

  @Test
  void comparisons_and_sign() {
    Money a = Money.ofPounds("5");
    Money b = Money.ofPounds("-5");
    assertThat(a.isGreaterThan(b)).isTrue();
    assertThat(b.isLessThan(a)).isTrue();
    assertThat(a.max(b)).isEqualTo(a);
    assertThat(a.min(b)).isEqualTo(b);
    assertThat(b.abs()).isEqualTo(a);
    assertThat(b.isNegative()).isTrue();
    assertThat(Money.ZERO.isZero()).isTrue();
    assertThat(a.compareTo(b)).isPositive();
    assertThat(Money.sum(List.of(a, b, Money.ofPence(1)))).isEqualTo(Money.ofPence(1));
    assertThat(a.toPounds()).isEqualTo(new BigDecimal("5.00"));
  }

  @Test
  void arithmetic_never_loses_a_penny() {
    qt().withExamples(1000)
        .forAll(longs().between(-BOUND, BOUND), longs().between(-BOUND, BOUND))
        .check((x, y) -> {
          Money a = Money.ofPence(x);
          Money b = Money.ofPence(y);
          return a.plus(b).minus(b).equals(a)
              && a.plus(b).pence() == x + y
              && a.minus(b).plus(b).equals(a)
              && a.negated().negated().equals(a);
        });
  }

  @Test
  void printed_pounds_parse_back_to_the_same_amount() {
    qt().withExamples(1000)
        .forAll(longs().between(-BOUND, BOUND))
        .check(p -> Money.ofPounds(Money.ofPence(p).toString()).pence() == p);
  }

  @Test
  void division_then_remainder_reconstructs_the_amount() {
    qt().withExamples(500)
        .forAll(longs().between(0, BOUND), integers().between(1, 10_000))
        .check((p, n) -> {
          Money share = Money.ofPence(p).dividedBy(n, RoundingRule.DOWN_TO_PENNY);
          long rest = p - share.pence() * n;
          return rest >= 0 && rest < n;
        });
  }
}
