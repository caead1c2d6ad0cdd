package org.sendfunding.accountability.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.accountability.cohort.IllustrativeCohort;
import org.sendfunding.accountability.cohort.KeyStage4Pupil;

class ComparisonCalculatorTest {

  @Test
  void ranking_shares_averaged_ranks_between_ties() {
    SchoolRanking r = SchoolRanking.of("m", Map.of(140001, 0.3, 140002, -0.1, 140003, 0.3));
    assertThat(r.schools()).extracting(RankedSchool::urn).containsExactly(140001, 140003, 140002);
    assertThat(r.schools()).extracting(RankedSchool::rank).containsExactly(1.5, 1.5, 3.0);
  }

  @Test
  void rankings_do_not_depend_on_the_order_of_input_rows() {
    Cohort cohort = IllustrativeCohort.generate(5, 12, 1000);
    ComparisonResult expected = ComparisonCalculator.DEFAULT.compare(cohort);
    qt().withExamples(5).forAll(longs().all()).checkAssert(seed -> {
      List<KeyStage4Pupil> shuffled = new ArrayList<>(cohort.pupils());
      Collections.shuffle(shuffled, new Random(seed));
      List<org.sendfunding.accountability.cohort.School> schools = new ArrayList<>(cohort.schools().values());
      Collections.shuffle(schools, new Random(seed + 1));
      ComparisonResult actual = ComparisonCalculator.DEFAULT.compare(Cohort.of(schools, shuffled));
      for (String measure : expected.rankings().keySet()) {
        assertThat(actual.rankings().get(measure).schools()).isEqualTo(expected.rankings().get(measure).schools());
      }
      assertThat(actual.comparisons()).isEqualTo(expected.comparisons());
    });
  }

  @Test
  void compares_every_alternative_with_progress_8_on_the_illustrative_cohort() {
    ComparisonResult r = ComparisonCalculator.DEFAULT.compare(IllustrativeCohort.generate(2026));
    assertThat(r.rankings().keySet()).containsExactly(ComparisonCalculator.PROGRESS_8,
        ComparisonCalculator.PROGRESS_8_UNCAPPED, ComparisonCalculator.CVA, ComparisonCalculator.TIME_ON_ROLL);
    assertThat(r.comparisons()).hasSize(3);
    for (PairwiseComparison c : r.comparisons()) {
      assertThat(c.spearman()).isBetween(-1.0, 1.0);
      assertThat(c.movements()).hasSize(c.schools());
      assertThat(c.movements().stream().mapToDouble(SchoolMovement::change).sum()).isCloseTo(0.0, org.assertj.core.api.Assertions.within(1e-9));
      for (int i = 1; i < c.movements().size(); i++) {
        assertThat(Math.abs(c.movements().get(i).change())).isLessThanOrEqualTo(Math.abs(c.movements().get(i - 1).change()));
      }
    }
    // CVA adjusts for SEN, so the schools with most pupils with SEN climb against Progress 8.
    PairwiseComparison cva = r.comparisons().get(1);
    assertThat(cva.alternative()).isEqualTo(ComparisonCalculator.CVA);
    assertThat(cva.meanChangeOfSenHeavySchools()).isPositive();
    // About 1% of pupils capped (DfE's design aim); a modest band allows for the illustrative data.
    double cappedShare = (double) r.progress8().pupilsCapped() / r.progress8().pupils().size();
    assertThat(cappedShare).isBetween(0.002, 0.03);
  }
}
