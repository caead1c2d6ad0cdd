package org.sendfunding.accountability.progress8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class Attainment8SlotsTest {

  /** 2*5 + 2*4 + (5+4+3) + (6+4) = 40; single-weighted English: 35. */
  @Test
  void weighted_sum_of_slots() {
    Attainment8Slots s = Attainment8Slots.builder().english(5).englishDoubleWeighted(true).maths(4)
        .addEbacc(5, 4, 3).addOpen(6, 4).build();
    assertThat(s.total()).isEqualTo(40.0);
    assertThat(Attainment8Slots.builder().from(s).englishDoubleWeighted(false).build().total()).isEqualTo(35.0);
  }

  @Test
  void all_nines_make_ninety_and_nothing_makes_zero() {
    Attainment8Slots top = Attainment8Slots.builder().english(9).englishDoubleWeighted(true).maths(9)
        .addEbacc(9, 9, 9).addOpen(9, 9, 9).build();
    assertThat(top.total()).isEqualTo(90.0);
    assertThat(Attainment8Slots.builder().english(0).englishDoubleWeighted(false).maths(0).build().total()).isZero();
  }

  @Test
  void total_stays_within_zero_to_ninety() {
    qt().withExamples(200).forAll(integers().between(0, 9), integers().between(0, 9), integers().between(0, 9))
        .checkAssert((e, m, o) -> {
          double t = Attainment8Slots.builder().english(e).englishDoubleWeighted(e % 2 == 0).maths(m)
              .addEbacc(o, o).addOpen(o, o, o).build().total();
          assertThat(t).isBetween(0.0, 90.0);
        });
  }

  @Test
  void rejects_too_many_slots_or_points() {
    assertThatThrownBy(() -> Attainment8Slots.builder().english(5).englishDoubleWeighted(true).maths(4)
        .addEbacc(5, 4, 3, 2).build())
        .hasMessage("Attainment8Slots.ebacc: 4 qualifications; the EBacc element has 3 slots");
    assertThatThrownBy(() -> Attainment8Slots.builder().english(10).englishDoubleWeighted(true).maths(4).build())
        .hasMessage("Attainment8Slots.english: 10.0 points is outside 0 to 9");
  }
}
