package org.sendfunding.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Checked sums and products of pence at the edges of {@code long}: every result is the exact
 * (BigInteger) one, and every result outside the range is refused naming the figure, the place and
 * the operands, never wrapped.
 */
class CheckedPenceTest {

  private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** Values crowded at the edges of long (and at zero), where overflow lives, plus any long. */
  static Gen<Long> edgy() {
    Gen<Long> nearMax = longs().between(Long.MAX_VALUE - 1_000, Long.MAX_VALUE);
    Gen<Long> nearMin = longs().between(Long.MIN_VALUE, Long.MIN_VALUE + 1_000);
    Gen<Long> nearHalf = longs().between(Long.MAX_VALUE / 2 - 1_000, Long.MAX_VALUE / 2 + 1_000);
    Gen<Long> small = longs().between(-1_000, 1_000);
    Gen<Long> sqrt = longs().between(3_037_000_000L, 3_037_000_999L); // about the square root of 2^63
    return integers().between(0, 5).flatMap(k -> switch (k) {
      case 0 -> nearMax;
      case 1 -> nearMin;
      case 2 -> nearHalf.map(x -> -x);
      case 3 -> small;
      case 4 -> sqrt.map(x -> x % 2 == 0 ? x : -x);
      default -> longs().all();
    });
  }

  private static boolean inRange(BigInteger v) {
    return v.compareTo(MIN) >= 0 && v.compareTo(MAX) <= 0;
  }

  @Test
  void add_is_exact_or_refused_at_the_edges_of_long() {
    qt().withExamples(3_000).forAll(edgy(), edgy()).checkAssert((a, b) -> {
      BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
      if (inRange(exact)) {
        assertThat(CheckedPence.add(a, b, "f", "Halton (876)", Year.of(2028))).isEqualTo(exact.longValueExact());
      } else {
        assertThatThrownBy(() -> CheckedPence.add(a, b, "f", "Halton (876)", Year.of(2028)))
            .isInstanceOf(MoneyOverflowException.class)
            .hasMessageStartingWith("Halton (876), 2028: f overflows: " + Money.ofPence(a) + " + " + Money.ofPence(b));
      }
    });
  }

  @Test
  void subtract_is_exact_or_refused_at_the_edges_of_long() {
    qt().withExamples(3_000).forAll(edgy(), edgy()).checkAssert((a, b) -> {
      BigInteger exact = BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
      if (inRange(exact)) {
        assertThat(CheckedPence.subtract(a, b, "f", null, null)).isEqualTo(exact.longValueExact());
      } else {
        assertThatThrownBy(() -> CheckedPence.subtract(a, b, "f", null, null))
            .isInstanceOf(MoneyOverflowException.class)
            .hasMessageStartingWith("f overflows: " + Money.ofPence(a) + " - " + Money.ofPence(b));
      }
    });
  }

  @Test
  void times_is_exact_or_refused_at_the_edges_of_long() {
    qt().withExamples(3_000).forAll(edgy(), edgy()).checkAssert((a, b) -> {
      BigInteger exact = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
      if (inRange(exact)) {
        assertThat(CheckedPence.times(a, b, "f")).isEqualTo(exact.longValueExact());
      } else {
        assertThatThrownBy(() -> CheckedPence.times(a, b, "f"))
            .isInstanceOf(MoneyOverflowException.class)
            .hasMessageContaining(Money.ofPence(a) + " × " + b);
      }
    });
  }

  @Test
  void money_arithmetic_is_exact_or_refused_naming_its_operands() {
    qt().withExamples(2_000).forAll(edgy(), edgy()).checkAssert((a, b) -> {
      Money x = Money.ofPence(a);
      Money y = Money.ofPence(b);
      BigInteger sum = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
      if (inRange(sum)) {
        assertThat(x.plus(y).pence()).isEqualTo(sum.longValueExact());
        assertThat(Money.sum(java.util.List.of(x, y)).pence()).isEqualTo(sum.longValueExact());
      } else {
        assertThatThrownBy(() -> x.plus(y)).isInstanceOf(MoneyOverflowException.class).hasMessageContaining(x + " + " + y);
        assertThatThrownBy(() -> Money.sum(java.util.List.of(x, y))).isInstanceOf(MoneyOverflowException.class);
      }
    });
  }

  @Test
  void the_first_penny_past_the_range_is_refused_and_the_last_inside_it_is_not() {
    assertThat(CheckedPence.add(Long.MAX_VALUE - 1, 1, "f")).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> CheckedPence.add(Long.MAX_VALUE, 1, "f")).isInstanceOf(ArithmeticException.class);
    assertThat(CheckedPence.subtract(Long.MIN_VALUE + 1, 1, "f", null, null)).isEqualTo(Long.MIN_VALUE);
    assertThatThrownBy(() -> CheckedPence.subtract(Long.MIN_VALUE, 1, "f", null, null))
        .isInstanceOf(MoneyOverflowException.class);
    assertThat(CheckedPence.times(Long.MIN_VALUE, 1, "f")).isEqualTo(Long.MIN_VALUE);
    assertThatThrownBy(() -> CheckedPence.times(Long.MIN_VALUE, -1, "f")).isInstanceOf(MoneyOverflowException.class);
    assertThatThrownBy(() -> Money.ofPence(Long.MIN_VALUE).negated()).isInstanceOf(MoneyOverflowException.class)
        .hasMessageContaining("negated money");
    assertThatThrownBy(() -> Money.ofPence(Long.MAX_VALUE).times(Rate.of("1.0000001"), RoundingRule.HALF_UP_TO_PENNY))
        .isInstanceOf(MoneyOverflowException.class).hasMessageContaining("× 1.0000001");
  }

  @Test
  void the_message_names_place_figure_operands_range_and_what_to_check() {
    // £92,233,720,368,547,758 (the pupil cost) plus £100 passes the range by £99.93.
    long pupilCost = Money.ofPounds("92233720368547758").pence();
    assertThatThrownBy(() -> CheckedPence.add(pupilCost, 10_000, "total cost of SEN provision",
            "Riverside Primary School, pupil P2", null))
        .isInstanceOf(MoneyOverflowException.class)
        .hasMessage("Riverside Primary School, pupil P2: total cost of SEN provision overflows: "
            + "£92,233,720,368,547,758.00 + £100.00 is beyond ±£92,233,720,368,547,758.07, the range of money in"
            + " pence (check the input for a figure with extra digits, or in pence where pounds are expected)");
    MoneyOverflowException inner = new MoneyOverflowException("", "gains cap", "£1.00 × 2");
    MoneyOverflowException located = inner.at("Halton (876), 2026-27");
    assertThat(located).hasMessageStartingWith("Halton (876), 2026-27: gains cap overflows: £1.00 × 2 is beyond")
        .hasCause(inner);
    assertThat(located.where()).isEqualTo("Halton (876), 2026-27");
    assertThat(located.figure()).isEqualTo("gains cap");
    assertThat(located.operation()).isEqualTo("£1.00 × 2");
    assertThat(located.at("ScenarioSweep variant 3").where()).isEqualTo("ScenarioSweep variant 3, Halton (876), 2026-27");
    // A labelled figure prints its label, not its toString.
    CheckedPence.Labelled closing = () -> "Closing DSG balance";
    assertThatThrownBy(() -> CheckedPence.add(Long.MAX_VALUE, Long.MAX_VALUE, closing, null, "2028-29"))
        .hasMessageStartingWith("2028-29: Closing DSG balance overflows");
  }
}
