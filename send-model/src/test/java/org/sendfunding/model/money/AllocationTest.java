package org.sendfunding.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTest {

  @Test
  void three_equal_weights_give_the_spare_penny_to_the_first() {
    assertThat(Allocation.largestRemainder(Money.ofPounds("100"), 1, 1, 1))
        .containsExactly(Money.ofPence(3_334), Money.ofPence(3_333), Money.ofPence(3_333));
  }

  @Test
  void largest_remainders_get_the_spare_pence() {
    // 10p by 1:2:4 → exact 1.43, 2.86, 5.71 → floors 1,2,5 (8p), 2p left → remainders .86 and .71
    assertThat(Allocation.largestRemainder(Money.ofPence(10), 1, 2, 4))
        .containsExactly(Money.ofPence(1), Money.ofPence(3), Money.ofPence(6));
  }

  @Test
  void shares_a_national_pot_by_decimal_factor_shares() {
    // A £1bn proxy pot split 50 : 10 : 10 : 7.5 : 7.5 : 7.5 : 7.5
    List<BigDecimal> shares =
        List.of("0.5", "0.1", "0.1", "0.075", "0.075", "0.075", "0.075").stream().map(BigDecimal::new).toList();
    List<Money> parts = Allocation.largestRemainder(Money.ofPounds("1000000000"), shares);
    assertThat(parts.get(0)).isEqualTo(Money.ofPounds("500000000"));
    assertThat(parts.get(3)).isEqualTo(Money.ofPounds("75000000"));
    assertThat(Money.sum(parts)).isEqualTo(Money.ofPounds("1000000000"));
  }

  @Test
  void a_deficit_is_shared_like_a_surplus() {
    assertThat(Allocation.largestRemainder(Money.ofPence(-100), 1, 1, 1))
        .containsExactly(Money.ofPence(-34), Money.ofPence(-33), Money.ofPence(-33));
  }

  @Test
  void zero_weights_get_nothing() {
    assertThat(Allocation.largestRemainder(Money.ofPence(7), 0, 1, 0))
        .containsExactly(Money.ZERO, Money.ofPence(7), Money.ZERO);
  }

  @Test
  void rejects_bad_weights_naming_the_index() {
    assertThatThrownBy(() -> Allocation.largestRemainder(Money.ofPence(7), 1, -2))
        .hasMessage("Allocation.weights[1]: -2 is negative");
    assertThatThrownBy(() -> Allocation.largestRemainder(Money.ofPence(7), 0, 0))
        .hasMessage("Allocation.weights: all weights are zero");
    assertThatThrownBy(() -> Allocation.largestRemainder(Money.ofPence(7), new long[0]))
        .hasMessage("Allocation.weights: must not be empty");
  }

  @Test
  void parts_always_sum_to_the_total_and_stay_within_a_penny_of_the_exact_share() {
    qt().withExamples(500)
        .forAll(
            longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
            lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 40))
        .assuming((total, weights) -> weights.stream().anyMatch(w -> w > 0))
        .check((total, weights) -> {
          long[] w = weights.stream().mapToLong(Integer::longValue).toArray();
          List<Money> parts = Allocation.largestRemainder(Money.ofPence(total), w);
          long sumW = weights.stream().mapToLong(Integer::longValue).sum();
          if (Money.sum(parts).pence() != total) {
            return false;
          }
          for (int i = 0; i < w.length; i++) {
            BigDecimal exact = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(w[i]))
                .divide(BigDecimal.valueOf(sumW), 10, java.math.RoundingMode.HALF_EVEN);
            if (exact.subtract(BigDecimal.valueOf(parts.get(i).pence())).abs().compareTo(BigDecimal.ONE) >= 0) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void result_depends_only_on_the_order_of_weights_not_on_the_call() {
    qt().withExamples(200)
        .forAll(longs().between(0, 1_000_000L), lists().of(integers().between(1, 50)).ofSizeBetween(1, 20))
        .check((total, weights) -> {
          long[] w = weights.stream().mapToLong(Integer::longValue).toArray();
          List<BigDecimal> asDecimals = new ArrayList<>();
          weights.forEach(x -> asDecimals.add(BigDecimal.valueOf(x)));
          return Allocation.largestRemainder(Money.ofPence(total), w)
              .equals(Allocation.largestRemainder(Money.ofPence(total), asDecimals));
        });
  }
}
