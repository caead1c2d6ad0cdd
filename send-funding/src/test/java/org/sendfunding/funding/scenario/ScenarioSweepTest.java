package org.sendfunding.funding.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.time.FinancialYear;

/**
 * The sweep kernel gives, for every variant, the national figures of the explained path
 * ({@link Scenario#run()} of the equivalent scenario) to the penny, on the embedded England dataset,
 * whatever the number of threads and whether lever tables are shared or built per variant.
 */
class ScenarioSweepTest {

  private static final FundingDataset ENGLAND = FundingDataset.england();
  private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
  private static final ForkJoinPool ONE_THREAD = new ForkJoinPool(1);
  private static final ForkJoinPool TWO_THREADS = new ForkJoinPool(2);

  @AfterAll
  static void shutDown() {
    ONE_THREAD.shutdown();
    TWO_THREADS.shutdown();
  }

  private static Percentage pct(long millionths) {
    return Percentage.of(BigDecimal.valueOf(millionths, 4));
  }

  /** The explained scenario a variant stands for: the base policy's overlay, then the levers. */
  private static Scenario explained(BuiltInPolicy base, ScenarioVariant v) {
    ParameterOverlay.Builder o = ParameterOverlay.builder();
    o.name("variant")
        .override("settlement.annual.floor", FROM, ParameterValue.of(pct(v.floorMillionths())))
        .override("settlement.annual.gains_cap", FROM, ParameterValue.of(pct(v.capMillionths())))
        .override("dsg.block_transfer_limit", FROM, ParameterValue.of(pct(v.transferLimitMillionths())));
    if (v.writeOffShareMillionths() > 0) {
      o.override("deficit.write_off.policy", FROM, ParameterValue.ofRule("cover_accrued"))
          .override("deficit.write_off.share", FROM, ParameterValue.of(pct(v.writeOffShareMillionths())));
    }
    Scenario.Builder b = Scenario.builder().name("variant").dataset(ENGLAND);
    if (base != BuiltInPolicy.TODAYS_RULES) {
      b.addOverlays(base.overlay());
    }
    return b.addOverlays(o.build())
        .assumptions(Assumptions.builder().caseloadGrowth(pct(v.caseloadGrowthMillionths()))
            .inflation(pct(v.inflationMillionths())).build())
        .build();
  }

  /** Variants as a researcher samples them: whole basis points, so lever values repeat. */
  private static List<ScenarioVariant> sampled(int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<ScenarioVariant> out = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      long floor = r.nextInt(0, 8) * 10_000L;
      out.add(ScenarioVariant.of(floor, floor + r.nextInt(1, 10) * 10_000L, r.nextInt(2, 10) * 10_000L,
          r.nextInt(0, 5) * 10_000L, r.nextInt(0, 15) * 1_000L, r.nextInt(0, 3) * 450_000L));
    }
    return out;
  }

  @Test
  void sampled_variants_give_the_explained_national_figures_to_the_penny() {
    for (BuiltInPolicy base : List.of(BuiltInPolicy.TODAYS_RULES, BuiltInPolicy.NATIONAL_BANDING)) {
      List<ScenarioVariant> variants = sampled(40, 7);
      SweepResult swept = ScenarioSweep.of(CompiledScenario.compile(base.scenario(ENGLAND))).run(variants, TWO_THREADS);
      for (int k : new int[] {0, 13, 39}) {
        ScenarioResult r = explained(base, variants.get(k)).run();
        for (int t = 0; t < r.years().size(); t++) {
          FinancialYear year = r.years().get(t);
          for (Measure m : SweepResult.measures()) {
            assertThat(swept.nationalMoney(k, year, m)).as(base + " variant " + k + " " + year + " " + m)
                .isEqualTo(r.national(year, m));
          }
        }
      }
    }
  }

  @Test
  void todays_rules_as_a_variant_reproduce_the_published_worked_example() {
    // README-II worked example: closing DSG balance 2030-31 under today's rules (default assumptions:
    // caseload growth 8%, inflation 3%; the 2026-27 floor 0%/cap as in the parameters is not varied,
    // so the variant restates today's levers).
    ScenarioResult today = BuiltInPolicy.TODAYS_RULES.scenario(ENGLAND).run();
    CompiledScenario c = CompiledScenario.compile(BuiltInPolicy.TODAYS_RULES.scenario(ENGLAND));
    ScenarioVariant same = ScenarioVariant.of(c.floor[1], c.cap[1], 80_000, 30_000, c.transferLimit[1], 0);
    SweepResult r = ScenarioSweep.of(c).run(List.of(same));
    assertThat(today.national(FinancialYear.of(2030), Measure.CLOSING_BALANCE))
        .isEqualTo(Money.ofPounds("-30367703218.92"));
    assertThat(r.nationalMoney(0, FinancialYear.of(2030), Measure.CLOSING_BALANCE))
        .isEqualTo(today.national(FinancialYear.of(2030), Measure.CLOSING_BALANCE));
  }

  @Test
  void one_thread_and_two_threads_and_per_variant_tables_give_the_same_figures() {
    // A multi-year settlement, and a growing population (per-head floors and caps), take the
    // settlement engine's general path; today's rules take the inlined annual rule.
    Scenario growing = Scenario.builder().name("growing").dataset(ENGLAND)
        .assumptions(Assumptions.builder().populationGrowth(Percentage.of("1.5")).build()).build();
    for (CompiledScenario c : List.of(CompiledScenario.compile(BuiltInPolicy.THREE_YEAR_SETTLEMENT.scenario(ENGLAND)),
        CompiledScenario.compile(growing), CompiledScenario.compile(BuiltInPolicy.TODAYS_RULES.scenario(ENGLAND)))) {
      sameFiguresEveryWay(c);
    }
  }

  private static void sameFiguresEveryWay(CompiledScenario c) {
    List<ScenarioVariant> shared = sampled(300, 11);
    // Every lever value distinct: the kernel builds its tables per variant instead of sharing them.
    List<ScenarioVariant> distinct = new ArrayList<>();
    for (int k = 0; k < 40; k++) {
      distinct.add(ScenarioVariant.of(k * 1_000L, 90_000 + k, 20_000 + k * 1_500L, k * 997L, k * 300L, k * 20_000L));
    }
    for (List<ScenarioVariant> variants : List.of(shared, distinct)) {
      SweepResult one = ScenarioSweep.of(c).run(variants, ONE_THREAD);
      SweepResult two = ScenarioSweep.of(c).run(variants, TWO_THREADS);
      long[][] legacy = c.sweepNationalClosingBalance(variants);
      for (int k = 0; k < variants.size(); k++) {
        Projection p = k % 37 == 0 ? c.withVariant(variants.get(k)).project() : null;
        for (int t = 0; t < c.years().size(); t++) {
          for (Measure m : SweepResult.measures()) {
            assertThat(two.national(k, t, m)).isEqualTo(one.national(k, t, m));
            if (p != null) {
              long sum = 0;
              for (int i = 0; i < c.authorities().size(); i++) {
                sum += p.value(m, i, t);
              }
              assertThat(one.national(k, t, m)).as("variant " + k + " year " + t + " " + m).isEqualTo(sum);
            }
          }
          assertThat(one.national(k, t, Measure.CLOSING_BALANCE)).isEqualTo(legacy[k][t]);
        }
      }
    }
  }

  @Test
  void a_measure_the_sweep_does_not_keep_is_refused_by_name() {
    SweepResult r = ScenarioSweep.of(CompiledScenario.compile(BuiltInPolicy.TODAYS_RULES.scenario(ENGLAND)))
        .run(sampled(1, 1));
    assertThatThrownBy(() -> r.national(0, 0, Measure.SUFFICIENCY_GAP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SUFFICIENCY_GAP is not kept by a sweep");
  }
}
