package org.sendfunding.funding.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
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

  private static final ForkJoinPool THREE_THREADS = new ForkJoinPool(3);
  /** Bases whose sweeps take each path: inlined annual rule, write-off paid, multi-year, growing population. */
  private static final List<CompiledScenario> BASES = List.of(
      CompiledScenario.compile(BuiltInPolicy.TODAYS_RULES.scenario(ENGLAND)),
      CompiledScenario.compile(BuiltInPolicy.NINETY_PERCENT_COVER.scenario(ENGLAND)),
      CompiledScenario.compile(BuiltInPolicy.THREE_YEAR_SETTLEMENT.scenario(ENGLAND)),
      CompiledScenario.compile(BuiltInPolicy.NATIONAL_BANDING.scenario(ENGLAND)),
      CompiledScenario.compile(Scenario.builder().name("growing").dataset(ENGLAND)
          .assumptions(Assumptions.builder().populationGrowth(Percentage.of("1.5")).build()).build()));
  /**
   * Any variant the sweep accepts: floors and caps from -150% (allocations turn negative) to +250%,
   * growth and inflation from -99.9999% to +100% a year, transfer limits and write-off shares from 0 to 100%.
   */
  private static final Gen<ScenarioVariant> ANY_VARIANT = integers().between(-1_500_000, 1_000_000)
      .zip(integers().between(0, 1_500_000), integers().between(-999_999, 1_000_000),
          (floor, above, growth) -> new long[] {floor, (long) floor + above, growth})
      .zip(integers().between(-999_999, 1_000_000).zip(integers().between(0, 1_000_000), integers().between(0, 1_000_000),
          (inflation, limit, share) -> new long[] {inflation, limit, share}),
          (a, b) -> ScenarioVariant.of(a[0], a[1], a[2], b[0], b[1], b[2]));

  @AfterAll
  static void shutDown() {
    ONE_THREAD.shutdown();
    TWO_THREADS.shutdown();
    THREE_THREADS.shutdown();
  }

  /** The national figures of the exact path: {@code withVariant(v).project()} summed over LAs. */
  private static void assertSameAsProjected(CompiledScenario c, List<ScenarioVariant> variants, SweepResult swept) {
    for (int k = 0; k < variants.size(); k++) {
      Projection p = c.withVariant(variants.get(k)).project();
      for (int t = 0; t < c.years().size(); t++) {
        for (Measure m : SweepResult.measures()) {
          long sum = 0;
          for (int i = 0; i < c.authorities().size(); i++) {
            sum += p.value(m, i, t);
          }
          assertThat(swept.national(k, t, m)).as("%s %s %s", variants.get(k), c.years().get(t), m).isEqualTo(sum);
        }
      }
    }
  }

  @Test
  void any_variant_gives_the_exact_paths_national_figures_to_the_penny_or_the_same_overflow() {
    qt().withExamples(40).forAll(lists().of(ANY_VARIANT).ofSizeBetween(1, 4)).checkAssert(variants -> {
      for (CompiledScenario c : BASES) {
        List<ScenarioVariant> computable = new ArrayList<>();
        for (ScenarioVariant v : variants) {
          try {
            c.withVariant(v).project();
            computable.add(v);
          } catch (ArithmeticException overflow) {
            // Floors or caps near +250% for five years pass a long on the largest allocations.
            assertThatThrownBy(() -> ScenarioSweep.of(c).run(List.of(v), ONE_THREAD)).as("%s", v)
                .isInstanceOf(ArithmeticException.class);
          }
        }
        assertSameAsProjected(c, computable, ScenarioSweep.of(c).run(computable, ONE_THREAD));
      }
    });
  }

  @Test
  void extreme_variants_give_the_exact_paths_national_figures_to_the_penny() {
    List<ScenarioVariant> extremes = List.of(
        ScenarioVariant.of(0, 0, 0, 0, 0, 0),
        ScenarioVariant.of(-1_500_000, -1_500_000, -999_999, -999_999, 0, 1_000_000),
        ScenarioVariant.of(-2_000_000, 2_500_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000),
        ScenarioVariant.of(1_000_000, 1_000_000, 2_000_000, 999_999, 1_000_000, 1),
        ScenarioVariant.of(-999_999, -999_999, -999_999, 1_000_000, 1, 999_999));
    for (CompiledScenario c : BASES) {
      assertSameAsProjected(c, extremes, ScenarioSweep.of(c).run(extremes, TWO_THREADS));
    }
  }

  @Test
  void one_thread_and_many_threads_give_identical_figures_for_any_variants() {
    // Lever values drawn from small sets repeat, so tables are shared and variants are reordered;
    // a list of a few hundred is split into several ranges.
    qt().withExamples(8).forAll(longs().all(), integers().between(1, 400)).checkAssert((seed, count) -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<ScenarioVariant> variants = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        long floor = r.nextInt(-3, 8) * 10_000L;
        variants.add(ScenarioVariant.of(floor, floor + r.nextInt(0, 10) * 10_000L, r.nextInt(-5, 25) * 5_000L,
            r.nextInt(-2, 12) * 5_000L, r.nextInt(0, 15) * 1_000L, r.nextInt(0, 3) * 450_000L));
      }
      for (CompiledScenario c : List.of(BASES.get(0), BASES.get(2))) {
        SweepResult one = ScenarioSweep.of(c).run(variants, ONE_THREAD);
        for (SweepResult other : List.of(ScenarioSweep.of(c).run(variants, TWO_THREADS),
            ScenarioSweep.of(c).run(variants, THREE_THREADS), ScenarioSweep.of(c).run(variants))) {
          for (int k = 0; k < count; k++) {
            for (int t = 0; t < c.years().size(); t++) {
              for (Measure m : SweepResult.measures()) {
                assertThat(other.national(k, t, m)).isEqualTo(one.national(k, t, m));
              }
            }
          }
        }
      }
    });
  }

  @Test
  void an_allocation_overflow_throws_where_the_exact_path_throws() {
    // A cap of +10,000,000% is never reached (the floor binds first), but the explained path takes
    // the cap's product too, and it overflows; the sweep must not return figures the exact path refuses.
    ScenarioVariant v = ScenarioVariant.of(0, 100_000_000_000L, 0, 0, 0, 0);
    assertThatThrownBy(() -> BASES.get(0).withVariant(v).project()).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> ScenarioSweep.of(BASES.get(0)).run(List.of(v), TWO_THREADS))
        .isInstanceOf(org.sendfunding.model.money.MoneyOverflowException.class)
        .hasMessageStartingWith("ScenarioSweep variant 0 (")
        .hasMessageContaining(", 2026-27, High-needs allocation: gains cap overflows: £");
  }

  @Test
  void a_variant_beyond_the_sweeps_int_tables_is_refused_by_name() {
    ScenarioSweep sweep = ScenarioSweep.of(BASES.get(0));
    // Growth of 10,000% a year takes Birmingham's thousands of pupils past 2.1 billion in five years.
    assertThatThrownBy(() -> sweep.run(List.of(ScenarioVariant.of(0, 10_000, 100_000_000, 0, 0, 0)), ONE_THREAD))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("caseload growth of 10000.0000% a year takes the pupils of ")
        .hasMessageContaining("beyond what a sweep holds (2,147,483,647)")
        .hasMessageContaining("CompiledScenario.withVariant(variant).project()");
    // Inflation of 2,000% a year takes a unit cost of about £50,000 past £21.4m within two years.
    assertThatThrownBy(() -> sweep.run(List.of(ScenarioVariant.of(0, 10_000, 0, 20_000_000, 0, 0)), ONE_THREAD))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("inflation of 2000.0000% a year takes the unit cost of ")
        .hasMessageContaining("beyond what a sweep holds");
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
    // docs/funding-scenarios.md worked example: closing DSG balance 2030-31 under today's rules (default assumptions:
    // caseload growth 8%, inflation 3%; the 2026-27 floor 0%/cap as in the parameters is not varied,
    // so the variant restates today's levers).
    ScenarioResult today = BuiltInPolicy.TODAYS_RULES.scenario(ENGLAND).run();
    CompiledScenario c = CompiledScenario.compile(BuiltInPolicy.TODAYS_RULES.scenario(ENGLAND));
    ScenarioVariant same = ScenarioVariant.of(c.floor[1], c.cap[1], 80_000, 30_000, c.transferLimit[1], 0);
    SweepResult r = ScenarioSweep.of(c).run(List.of(same));
    assertThat(today.national(FinancialYear.of(2030), Measure.CLOSING_BALANCE))
        .isEqualTo(Money.ofPounds("-31245676218.70"));
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
