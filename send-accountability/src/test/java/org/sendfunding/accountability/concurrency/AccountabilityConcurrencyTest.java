package org.sendfunding.accountability.concurrency;

import org.sendfunding.model.testing.Concurrently;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.accountability.cohort.IllustrativeCohort;
import org.sendfunding.accountability.comparison.ComparisonCalculator;
import org.sendfunding.accountability.comparison.ComparisonResult;
import org.sendfunding.accountability.cva.ContextualValueAddedCalculator;
import org.sendfunding.accountability.progress8.Progress8Calculator;
import org.sendfunding.accountability.progress8.Progress8Result;

/**
 * Progress 8, contextual value added and the school comparison, used from many threads on the same
 * cohort, give results equal bit for bit (doubles compared exactly by the generated equals) to a
 * single-threaded run.
 */
class AccountabilityConcurrencyTest {

  private static final Cohort COHORT = IllustrativeCohort.generate(5, 12, 1_000);

  /**
   * Every value of a Progress 8 result. {@code Attainment8Estimates} and {@code SchoolRanking} are not
   * value types (they compare by identity), so they are compared through their contents.
   */
  static List<Object> view(Progress8Result r) {
    return List.of(r.estimates().source(), r.estimates().groups(), r.floors(), r.pupilStandardDeviation(),
        r.pupils(), r.pupilsWithoutPriorAttainment(), r.schools(), r.byProvision(), r.byNeedType(), r.explanation());
  }

  static List<Object> view(ComparisonResult r) {
    Map<String, Object> rankings = new TreeMap<>();
    r.rankings().forEach((k, v) -> rankings.put(k, v.schools()));
    return List.of(view(r.progress8()), r.contextualValueAdded(), r.timeOnRoll(), r.inclusion(), rankings,
        r.comparisons());
  }

  @Test
  void progress_8_is_identical_on_every_thread() {
    Concurrently.assertSameAsSingleThreaded(() -> Progress8Calculator.DEFAULT.calculate(COHORT),
        AccountabilityConcurrencyTest::view);
  }

  @Test
  void contextual_value_added_is_identical_on_every_thread() {
    Concurrently.assertSameAsSingleThreaded(() -> ContextualValueAddedCalculator.DEFAULT.calculate(COHORT), r -> r);
    Concurrently.assertSameAsSingleThreaded(
        () -> ContextualValueAddedCalculator.DEFAULT.calculateBySector(COHORT), r -> r, Concurrently.TASKS);
  }

  @Test
  void comparison_is_identical_on_every_thread() {
    Concurrently.assertSameAsSingleThreaded(() -> ComparisonCalculator.DEFAULT.compare(COHORT),
        AccountabilityConcurrencyTest::view);
  }
}
