package org.sendfunding.funding.highneeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.dataset.NffInputs;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.time.FinancialYear;

/**
 * The prepared fast path gives the explained path's figures for all 153 LAs of the embedded dataset,
 * figure for figure, to the penny.
 */
class PreparedNffTest {

  private static final FundingDataset ENGLAND = FundingDataset.england();
  private static final FinancialYear FORMULA_YEAR = FinancialYear.parse("2025-26");
  private static final ImmutableList<HighNeedsNffInput> INPUTS = NffInputs.forYear(ENGLAND, FORMULA_YEAR);
  // The proxy pot used in NffInputsTest and the engine's javadoc.
  private static final HighNeedsNffNational NATIONAL = HighNeedsNffNational.fromInputs(INPUTS, Money.ofPounds(5_000_000_000L));

  private static ParameterSet with(String path, Percentage value) {
    return ParameterSet.defaults().withOverlay(ParameterOverlay.builder().name(path)
        .override(path, LocalDate.of(2025, 4, 1), ParameterValue.of(value)).build());
  }

  @Test
  void every_figure_of_every_la_equals_the_explained_allocation_under_several_rules() {
    PreparedNff prepared = PreparedNff.prepare(NATIONAL, INPUTS);
    for (ParameterSet p : List.of(ParameterSet.defaults(), with("highneeds.nff.floor", Percentage.of("10")),
        with("highneeds.nff.gains_cap", Percentage.of("8")), with("highneeds.nff.historic_spend_share", Percentage.of("30")))) {
      HighNeedsNffRules rules = HighNeedsNffRules.resolve(p, FORMULA_YEAR);
      HighNeedsNffFigures fast = prepared.compute(rules);
      HighNeedsNffResult explained = HighNeedsNff.DEFAULT.allocate(NATIONAL, INPUTS, p, FORMULA_YEAR);
      HighNeedsNffFigures engine = HighNeedsNff.DEFAULT.computeFigures(NATIONAL, INPUTS, rules);
      assertThat(fast.size()).isEqualTo(153);
      int floored = 0;
      for (int i = 0; i < fast.size(); i++) {
        HighNeedsAllocation a = explained.allocations().get(i);
        String la = a.localAuthority().toString();
        assertThat(Money.ofPence(fast.basicEntitlement[i])).as(la).isEqualTo(a.basicEntitlement());
        assertThat(Money.ofPence(fast.historicSpend[i])).as(la).isEqualTo(a.historicSpend());
        for (ProxyFactor f : ProxyFactor.values()) {
          assertThat(Money.ofPence(fast.proxy[f.ordinal()][i])).as(la + " " + f).isEqualTo(a.proxyFactors().get(f));
        }
        assertThat(Money.ofPence(fast.importExport[i])).as(la).isEqualTo(a.importExport());
        assertThat(Money.ofPence(fast.adjustment[i])).as(la).isEqualTo(a.floorAdjustment());
        assertThat(fast.finalAllocation(i)).as(la).isEqualTo(a.finalAllocation());
        assertThat(fast.floorMinimum[i]).as(la).isEqualTo(engine.floorMinimum[i]);
        assertThat(fast.capMaximum[i]).as(la).isEqualTo(engine.capMaximum[i]);
        assertThat(fast.comparable[i]).as(la).isEqualTo(engine.comparable[i]);
        floored += fast.adjustment[i] != 0 ? 1 : 0;
      }
      assertThat(fast.factorPots).containsExactly(engine.factorPots);
      assertThat(fast.total()).isEqualTo(explained.total());
      // The explanations built from the fast figures are the explained path's, word for word.
      HighNeedsNffResult fromFast = HighNeedsNff.DEFAULT.explain(fast);
      for (int i : new int[] {0, 76, 152}) {
        assertThat(fromFast.allocations().get(i).explanation().toText())
            .isEqualTo(explained.allocations().get(i).explanation().toText());
      }
      assertThat(floored).as("the floor or cap moves some LAs, so the test exercises it").isPositive();
    }
  }

  @Test
  void the_rollover_year_repays_the_previous_allocation_like_the_engine() {
    FinancialYear rollover = FinancialYear.parse("2026-27");
    ImmutableList<HighNeedsNffInput> inputs = NffInputs.forYear(ENGLAND, rollover);
    HighNeedsNffRules rules = HighNeedsNffRules.resolve(ParameterSet.defaults(), rollover);
    HighNeedsNffFigures fast = PreparedNff.prepare(NATIONAL, inputs).compute(rules);
    HighNeedsNffResult explained = HighNeedsNff.DEFAULT.allocate(NATIONAL, inputs, ParameterSet.defaults(), rollover);
    assertThat(fast.total()).isEqualTo(explained.total());
    for (int i = 0; i < inputs.size(); i++) {
      assertThat(fast.finalAllocation(i)).isEqualTo(explained.allocations().get(i).finalAllocation());
    }
  }

  @Test
  void an_input_for_the_wrong_baseline_year_fails_with_the_engines_message() {
    List<HighNeedsNffInput> inputs = new java.util.ArrayList<>(INPUTS);
    inputs.set(0, HighNeedsNffInput.builder().from(INPUTS.get(0)).floorBaselineYear(FinancialYear.parse("2017-18")).build());
    PreparedNff prepared = PreparedNff.prepare(NATIONAL, inputs);
    assertThatThrownBy(() -> prepared.compute(HighNeedsNffRules.resolve(ParameterSet.defaults(), FORMULA_YEAR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 problem with the inputs")
        .hasMessageContaining("HighNeedsNffInput.floorBaselineYear: 2017-18 is not 2024-25");
  }
}
