package org.sendfunding.accountability.progress8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

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

  /** The javadoc example: language 5, literature 6, maths 4, EBacc {7,5,4,3}, other {6} -> 50. */
  @Test
  void fills_english_maths_ebacc_and_open_slots() {
    Attainment8Slots s = Attainment8Slots.fill(Optional.of(5.0), Optional.of(6.0), Optional.of(4.0),
        List.of(4.0, 7.0, 3.0, 5.0), List.of(6.0));
    assertThat(s.english()).isEqualTo(6.0);
    assertThat(s.englishDoubleWeighted()).isTrue();
    assertThat(s.ebacc()).containsExactly(7.0, 5.0, 4.0);
    assertThat(s.open()).containsExactly(6.0, 5.0, 3.0);
    assertThat(s.total()).isEqualTo(50.0);
    // One English qualification only: single weighted, and it cannot also fill an open slot.
    Attainment8Slots one = Attainment8Slots.fill(Optional.of(5.0), Optional.empty(), Optional.of(4.0), List.of(), List.of());
    assertThat(one.total()).isEqualTo(5 + 2 * 4.0);
    // No results at all: every slot empty, Attainment 8 of 0 (the pupil still counts in Progress 8).
    assertThat(Attainment8Slots.fill(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of()).total()).isZero();
  }

  private static final Gen<List<Integer>> QUALIFICATIONS = lists().of(integers().between(0, 9)).ofSizeBetween(0, 5);

  /**
   * Slot filling is optimal: no other assignment of the pupil's qualifications to the EBacc and open
   * slots (EBacc qualifications may go in either, others only in open; the lower English qualification
   * only in open, when both were taken) gives a higher total. Checked against every assignment.
   */
  @Test
  void slot_filling_gives_the_highest_total_any_assignment_allows() {
    qt().withExamples(300).forAll(integers().between(-1, 9), integers().between(-1, 9), QUALIFICATIONS, QUALIFICATIONS)
        .checkAssert((lang, lit, ebacc, other) -> {
          Optional<Double> l = lang < 0 ? Optional.empty() : Optional.of((double) lang);
          Optional<Double> t = lit < 0 ? Optional.empty() : Optional.of((double) lit);
          Attainment8Slots s = Attainment8Slots.fill(l, t, Optional.of(4.0), doubles(ebacc), doubles(other));
          assertThat(s.ebacc().size()).isLessThanOrEqualTo(3);
          assertThat(s.open().size()).isLessThanOrEqualTo(3);
          assertThat(s.englishDoubleWeighted()).isEqualTo(l.isPresent() && t.isPresent());
          double english = l.isPresent() && t.isPresent() ? 2 * Math.max(lang, lit) : l.or(() -> t).orElse(0.0);
          List<Double> openOnly = new ArrayList<>(doubles(other));
          if (l.isPresent() && t.isPresent()) {
            openOnly.add((double) Math.min(lang, lit));
          }
          double best = english + 8 + bestAssignment(doubles(ebacc), openOnly, 0, 0, 0);
          assertThat(s.total()).isEqualTo(best);
          assertThat(s.total()).isBetween(0.0, 90.0);
        });
  }

  /** Taking one more qualification never lowers Attainment 8. */
  @Test
  void another_qualification_never_lowers_attainment_8() {
    qt().withExamples(300).forAll(QUALIFICATIONS, QUALIFICATIONS, integers().between(0, 9), integers().between(0, 1))
        .checkAssert((ebacc, other, extra, where) -> {
          double before = Attainment8Slots.fill(Optional.of(5.0), Optional.empty(), Optional.of(4.0), doubles(ebacc), doubles(other)).total();
          List<Double> e = new ArrayList<>(doubles(ebacc));
          List<Double> o = new ArrayList<>(doubles(other));
          (where == 0 ? e : o).add((double) extra);
          assertThat(Attainment8Slots.fill(Optional.of(5.0), Optional.empty(), Optional.of(4.0), e, o).total())
              .isGreaterThanOrEqualTo(before);
        });
  }

  private static List<Double> doubles(List<Integer> values) {
    return values.stream().map(Integer::doubleValue).toList();
  }

  /** Exhaustive search: each EBacc qualification to EBacc, open or nothing; each open-only one to open or nothing. */
  private static double bestAssignment(List<Double> ebacc, List<Double> openOnly, int index, int ebaccUsed, int openUsed) {
    if (index == ebacc.size() + openOnly.size()) {
      return 0;
    }
    double best = bestAssignment(ebacc, openOnly, index + 1, ebaccUsed, openUsed);
    boolean isEbacc = index < ebacc.size();
    double p = isEbacc ? ebacc.get(index) : openOnly.get(index - ebacc.size());
    if (isEbacc && ebaccUsed < 3) {
      best = Math.max(best, p + bestAssignment(ebacc, openOnly, index + 1, ebaccUsed + 1, openUsed));
    }
    if (openUsed < 3) {
      best = Math.max(best, p + bestAssignment(ebacc, openOnly, index + 1, ebaccUsed, openUsed + 1));
    }
    return best;
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
