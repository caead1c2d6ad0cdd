package org.sendfunding.funding.highneeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendfunding.funding.highneeds.NffFixtures.halfPercentLa;
import static org.sendfunding.funding.highneeds.NffFixtures.national;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/** The names the formula's data uses, and the refusals of the affordable-cap search. */
class HighNeedsNamesAndRefusalsTest {

  private final ParameterSet defaults = ParameterSet.defaults();

  @Test
  void allocation_methods_by_rule_name() {
    assertThat(AllocationMethod.fromRuleName("nff")).isEqualTo(AllocationMethod.NFF);
    assertThat(AllocationMethod.fromRuleName("rollover")).isEqualTo(AllocationMethod.ROLLOVER);
    assertThat(AllocationMethod.ROLLOVER.ruleName()).isEqualTo("rollover");
    assertThatThrownBy(() -> AllocationMethod.fromRuleName("NFF"))
        .hasMessage("highneeds.allocation.method: 'NFF' is not a known method (nff, rollover)");
  }

  @Test
  void proxy_factors_carry_their_formula_letters_and_parameter_paths() {
    // High needs NFF technical note: factors (C) population to (I) disability living allowance.
    assertThat(ProxyFactor.POPULATION.letter()).isEqualTo("C");
    assertThat(ProxyFactor.DISABILITY_LIVING_ALLOWANCE.letter()).isEqualTo("I");
    assertThat(ProxyFactor.IDACI.shareParameterPath()).isEqualTo("highneeds.nff.proxy_factor_share.idaci");
    assertThat(ProxyFactor.KS2_LOW_ATTAINMENT.displayName()).isEqualTo("key stage 2 low attainment");
    for (ProxyFactor f : ProxyFactor.values()) {
      assertThat(defaults.find(f.shareParameterPath(), FinancialYear.of(2025).start())).as("%s", f).isPresent();
    }
  }

  @Test
  void no_gains_cap_to_search_in_a_rollover_year() {
    // 2026-27 is a rollover year (highneeds.allocation.method = rollover from 2026-04-01).
    HighNeedsNffRules rules = HighNeedsNffRules.resolve(defaults, FinancialYear.of(2026));
    assertThat(rules.method()).isEqualTo(AllocationMethod.ROLLOVER);
    assertThatThrownBy(() -> HighNeedsNff.DEFAULT.computeFiguresWithAffordableCap(national(),
            List.of(halfPercentLa().floorBaselineYear(FinancialYear.of(2025)).previousAllocation(Money.ofPounds(1))
                .rolledInGrants(Money.ZERO).build()),
            rules, Money.ofPounds(1_000_000_000)))
        .hasMessage("HighNeedsNff: no gains cap to search in 2026-27: the method is rollover");
  }

  @Test
  void affordable_cap_with_room_for_everything_is_the_uncapped_formula() {
    // A fixed total far above what one LA's formula gives: no cap binds, so the figures are those of
    // the formula with no gains cap at all, and never more than the fixed total.
    HighNeedsNffRules rules = HighNeedsNffRules.resolve(defaults, NffFixtures.Y2025);
    HighNeedsNffFigures figures = HighNeedsNff.DEFAULT.computeFiguresWithAffordableCap(
        national(), List.of(halfPercentLa().build()), rules, Money.ofPounds(1_000_000_000));
    assertThat(figures.total().isGreaterThan(Money.ofPounds(1_000_000_000))).isFalse();
    HighNeedsNffFigures plain = HighNeedsNff.DEFAULT.computeFigures(national(), List.of(halfPercentLa().build()), rules);
    assertThat(figures.total().isLessThan(plain.total())).isFalse();
  }
}
