package org.sendfunding.data.england;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The three reorganisations, named, and how a current LA's series carries its predecessors' years. */
class ReorganisationTest {

  private static final EnglandStatistics E = EnglandStatistics.england();

  @Test
  void the_three_reorganisations_name_their_authorities() {
    assertThat(Reorganisation.DORSET_2019.predecessors()).containsOnlyKeys(835, 836, 837);
    assertThat(Reorganisation.DORSET_2019.successors()).containsExactly(838, 839);
    assertThat(Reorganisation.NORTHAMPTONSHIRE_2021.predecessors()).containsOnlyKeys(928);
    assertThat(Reorganisation.NORTHAMPTONSHIRE_2021.successors()).containsExactly(940, 941);
    assertThat(Reorganisation.CUMBRIA_2023.predecessors()).containsOnlyKeys(909);
    assertThat(Reorganisation.CUMBRIA_2023.successors()).containsExactly(942, 943);
    assertThat(Reorganisation.creating(943)).contains(Reorganisation.CUMBRIA_2023);
    assertThat(Reorganisation.abolishing(836)).contains(Reorganisation.DORSET_2019);
    // Kept their DfE codes: no reorganisation to carry.
    assertThat(Reorganisation.creating(815)).isEmpty();
    assertThat(Reorganisation.creating(825)).isEmpty();
  }

  @Test
  void cumbria_split_between_its_successors_by_their_january_2024_shares_adds_back_to_cumbria() {
    BigDecimal cumbria2023 = E.figure(Measure.EHC_PLANS, Area.la(909), Period.january(2023)).number();
    Figure cumberland = E.series(942, Measure.EHC_PLANS).figure(Period.january(2023));
    Figure westmorland = E.series(943, Measure.EHC_PLANS).figure(Period.january(2023));
    assertThat(cumberland.isReal()).isFalse();
    assertThat(cumberland.derivation().get()).contains("Cumbria (909)").contains("January 2024").contains("CUMBRIA_2023");
    assertThat(cumberland.number().add(westmorland.number())).isEqualByComparingTo(cumbria2023);
    // The share is the successors' own split of January 2024.
    BigDecimal c24 = E.figure(Measure.EHC_PLANS, Area.la(942), Period.january(2024)).number();
    BigDecimal w24 = E.figure(Measure.EHC_PLANS, Area.la(943), Period.january(2024)).number();
    BigDecimal expected = cumbria2023.multiply(c24).divide(c24.add(w24), 0, java.math.RoundingMode.DOWN);
    assertThat(cumberland.number().subtract(expected).abs()).isLessThanOrEqualTo(BigDecimal.ONE);
    // From January 2024 the figures are their own, as published.
    assertThat(E.series(942, Measure.EHC_PLANS).figure(Period.january(2024)).isReal()).isTrue();
  }

  @Test
  void every_year_since_2010_is_present_for_every_successor_never_dropped() {
    for (Reorganisation r : Reorganisation.values()) {
      for (int code : r.successors()) {
        Series s = E.series(code, Measure.STATEMENTS_AND_EHC_PLANS);
        assertThat(s.figures().keySet()).as("LA %s", code).isEqualTo(E.periods(Measure.STATEMENTS_AND_EHC_PLANS));
        Series n = E.series(code, Measure.STATEMENTS_AND_EHC_PLANS, Carry.NOT_COMPARABLE);
        assertThat(n.figures().keySet()).isEqualTo(E.periods(Measure.STATEMENTS_AND_EHC_PLANS));
      }
    }
  }

  @Test
  void not_comparable_marks_the_predecessor_years_and_names_the_reorganisation() {
    Figure f = E.series(940, Measure.EHC_PLANS, Carry.NOT_COMPARABLE).figure(Period.january(2021));
    assertThat(f.reason()).contains(NotAvailable.NOT_COMPARABLE);
    assertThat(f.derivation().get()).contains("North Northamptonshire").contains("2021-04-01").contains("Northamptonshire (928)");
  }

  @Test
  void dorset_bournemouth_and_poole_summed_for_the_successors_together() {
    Series both = E.combinedSeries(Reorganisation.DORSET_2019, Measure.STATEMENTS_AND_EHC_PLANS);
    BigDecimal pred2019 = E.figure(Measure.STATEMENTS_AND_EHC_PLANS, Area.la(835), Period.january(2019)).number()
        .add(E.figure(Measure.STATEMENTS_AND_EHC_PLANS, Area.la(836), Period.january(2019)).number())
        .add(E.figure(Measure.STATEMENTS_AND_EHC_PLANS, Area.la(837), Period.january(2019)).number());
    assertThat(both.value(Period.january(2019))).contains(pred2019);
    assertThat(both.figure(Period.january(2019)).derivation().get()).contains("Dorset (835) + Poole (836) + Bournemouth (837)");
    BigDecimal succ2020 = E.figure(Measure.STATEMENTS_AND_EHC_PLANS, Area.la(838), Period.january(2020)).number()
        .add(E.figure(Measure.STATEMENTS_AND_EHC_PLANS, Area.la(839), Period.january(2020)).number());
    assertThat(both.value(Period.january(2020))).contains(succ2020);
    assertThat(both.carry()).isEqualTo(Carry.SUMMED);
    // One successor alone is only part of the predecessors' area: summing is refused.
    assertThatThrownBy(() -> E.series(839, Measure.EHC_PLANS, Carry.SUMMED)).hasMessageContaining("combinedSeries");
  }

  @Test
  void a_rate_is_carried_unchanged_from_one_predecessor_and_not_split_among_three() {
    // 20-week timeliness is a percentage: Cumberland's 2022 is Cumbria's own rate.
    Figure rate = E.series(942, Measure.FLOWS_PCT_WITHIN_20WKS_INCL_EXCEPTIONS).figure(Period.calendarYear(2022));
    Figure cumbria = E.figure(Measure.FLOWS_PCT_WITHIN_20WKS_INCL_EXCEPTIONS, Area.la(909), Period.calendarYear(2022));
    assertThat(rate.value()).isEqualTo(cumbria.value());
    assertThat(rate.derivation().get()).contains("carried unchanged");
  }

  @Test
  void a_single_year_table_is_split_by_a_share_stated_from_another_measure() {
    // The 2021-22 benchmarking population has Cumbria only; the share is the successors' January 2024 plans.
    Series pop = E.series(942, Measure.BENCH_POP_2_18_ONS_MID2021_PROJECTION, Measure.EHC_PLANS, Period.january(2024));
    Series pop2 = E.series(943, Measure.BENCH_POP_2_18_ONS_MID2021_PROJECTION, Measure.EHC_PLANS, Period.january(2024));
    BigDecimal cumbria = E.figure(Measure.BENCH_POP_2_18_ONS_MID2021_PROJECTION, Area.la(909), Period.financialYear("2021-22")).number();
    Period p = Period.financialYear("2021-22");
    assertThat(pop.value(p).get().add(pop2.value(p).get())).isEqualByComparingTo(cumbria);
    assertThat(pop.figure(p).derivation().get()).contains("EHC_PLANS in January 2024");
    // Without a stated share the single-year table has no period to take one from: not comparable, said so.
    assertThat(E.series(942, Measure.BENCH_POP_2_18_ONS_MID2021_PROJECTION).figure(p).reason()).contains(NotAvailable.NOT_COMPARABLE);
  }
}
