package org.sendfunding.funding.highneeds;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.testing.Concurrently;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/** The high-needs NFF used from many threads on the same inputs gives the single-threaded result. */
class HighNeedsNffConcurrencyTest {

  private static final ParameterSet DEFAULTS = ParameterSet.defaults();
  private static final FinancialYear Y = FinancialYear.of(2025);
  private static final ImmutableList<HighNeedsNffInput> PANEL = NffFixtures.randomPanel(7L, 153, FinancialYear.of(2024));
  private static final HighNeedsNffNational NATIONAL =
      HighNeedsNffNational.fromInputs(PANEL, Money.ofPounds(7_000_000_000L));

  @Test
  void explained_allocation_of_153_las_is_identical_on_every_thread() {
    Concurrently.assertSameAsSingleThreaded(() -> HighNeedsNff.DEFAULT.allocate(NATIONAL, PANEL, DEFAULTS, Y),
        r -> r);
  }

  @Test
  void figures_and_their_explanation_are_identical_on_every_thread() {
    Concurrently.assertSameAsSingleThreaded(() -> HighNeedsNff.DEFAULT.computeFigures(NATIONAL, PANEL,
        HighNeedsNffRules.resolve(DEFAULTS, Y)), f -> HighNeedsNff.DEFAULT.explain(f));
  }
}
