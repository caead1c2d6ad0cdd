package org.sendfunding.funding.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.model.money.Percentage;

/** The fast path (a compiled scenario with varied levers) gives exactly the explained path's figures. */
class ScenarioVariantTest {

  private static final FundingDataset SAMPLE =
      FundingDataset.england().restrictedTo(java.util.List.of(202, 372, 816, 838, 876, 886, 926, 936));
  private static final CompiledScenario BASE = CompiledScenario.compile(BuiltInPolicy.TODAYS_RULES.scenario(SAMPLE));
  private static final LocalDate FROM = LocalDate.of(2026, 4, 1);

  private static Percentage pct(long millionths) {
    return Percentage.of(BigDecimal.valueOf(millionths, 4));
  }

  @Test
  void a_variant_projects_exactly_like_the_equivalent_explained_scenario() {
    qt().withExamples(25).forAll(integers().between(0, 80_000), integers().between(0, 120_000), integers().between(0, 120_000),
        integers().between(0, 1_000_000))
        .checkAssert((floor, capAbove, growthAndInflation, share) -> {
          long growth = growthAndInflation;
          long inflation = growthAndInflation / 3;
          long limit = share % 20_000;
          ScenarioVariant v = ScenarioVariant.of(floor, floor + capAbove, growth, inflation, limit, share);
          ParameterOverlay.Builder o = ParameterOverlay.builder();
          o.name("variant")
              .override("settlement.annual.floor", FROM, ParameterValue.of(pct(floor)))
              .override("settlement.annual.gains_cap", FROM, ParameterValue.of(pct(floor + capAbove)))
              .override("dsg.block_transfer_limit", FROM, ParameterValue.of(pct(limit)));
          if (share > 0) {
            o.override("deficit.write_off.policy", FROM, ParameterValue.ofRule("cover_accrued"))
                .override("deficit.write_off.share", FROM, ParameterValue.of(pct(share)));
          }
          ScenarioResult explained = Scenario.builder().name("variant").dataset(SAMPLE).addOverlays(o.build())
              .assumptions(Assumptions.builder().caseloadGrowth(pct(growth)).inflation(pct(inflation)).build()).build().run();
          Projection fast = BASE.withVariant(v).project();
          for (int i = 0; i < SAMPLE.panel().size(); i++) {
            int code = SAMPLE.panel().get(i).localAuthority().code();
            for (int t = 0; t < explained.years().size(); t++) {
              for (Measure m : Measure.values()) {
                assertThat(fast.value(m, i, t)).as(m + " " + code + " " + t).isEqualTo(explained.value(code, explained.years().get(t), m));
              }
            }
          }
        });
  }

  @Test
  void the_sweep_gives_the_national_closing_balance_of_each_variant_to_the_penny() {
    java.util.List<ScenarioVariant> variants = java.util.List.of(
        ScenarioVariant.of(0, 100_000, 80_000, 30_000, 5_000, 0),
        ScenarioVariant.of(50_000, 60_000, 20_000, 0, 15_000, 900_000),
        ScenarioVariant.of(70_000, 200_000, 120_000, 45_000, 0, 1_000_000));
    for (CompiledScenario base : java.util.List.of(BASE,
        CompiledScenario.compile(BuiltInPolicy.NATIONAL_BANDING.scenario(SAMPLE)),
        CompiledScenario.compile(BuiltInPolicy.THREE_YEAR_SETTLEMENT.scenario(SAMPLE)))) {
      long[][] swept = base.sweepNationalClosingBalance(variants);
      for (int k = 0; k < variants.size(); k++) {
        Projection p = base.withVariant(variants.get(k)).project();
        for (int t = 0; t < base.years().size(); t++) {
          long sum = 0;
          for (int i = 0; i < SAMPLE.panel().size(); i++) {
            sum += p.value(Measure.CLOSING_BALANCE, i, t);
          }
          assertThat(swept[k][t]).isEqualTo(sum);
        }
      }
    }
  }
}
