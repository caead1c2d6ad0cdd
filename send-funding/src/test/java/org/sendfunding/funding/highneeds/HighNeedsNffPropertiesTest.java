package org.sendfunding.funding.highneeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.money.Allocation;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/** Invariants of the high-needs NFF over random panels of LAs with plausible magnitudes. */
class HighNeedsNffPropertiesTest {

  private static final ParameterSet DEFAULTS = ParameterSet.defaults();
  private static final FinancialYear Y = FinancialYear.of(2025);
  private static final FinancialYear BASE = FinancialYear.of(2024);

  private static HighNeedsNffResult run(ImmutableList<HighNeedsNffInput> panel, long potPounds) {
    return HighNeedsNff.DEFAULT.allocate(
        HighNeedsNffNational.fromInputs(panel, Money.ofPounds(potPounds)), panel, DEFAULTS, Y);
  }

  /** (funding per head now) compared with (baseline per head × growth), exactly, as a sign. */
  private static int comparePerHead(HighNeedsAllocation a, HighNeedsNffInput in, int growthPercent) {
    long funding = a.historicSpend().plus(a.proxyFactorsTotal()).plus(a.floorAdjustment()).pence();
    BigInteger lhs = BigInteger.valueOf(funding).multiply(BigInteger.valueOf(in.floorBaselinePopulation2To18()))
        .multiply(BigInteger.valueOf(100));
    BigInteger rhs = BigInteger.valueOf(in.floorBaseline().pence()).multiply(BigInteger.valueOf(in.population2To18()))
        .multiply(BigInteger.valueOf(growthPercent));
    return lhs.compareTo(rhs);
  }

  @Test
  void floor_and_cap_hold_for_every_la() {
    qt().withExamples(60).forAll(longs().all(), longs().between(500_000_000L, 8_000_000_000L)).checkAssert((seed, pot) -> {
      ImmutableList<HighNeedsNffInput> panel = NffFixtures.randomPanel(seed, 30, BASE);
      HighNeedsNffResult r = run(panel, pot);
      for (int i = 0; i < panel.size(); i++) {
        assertThat(comparePerHead(r.allocations().get(i), panel.get(i), 107)).isGreaterThanOrEqualTo(0);
        assertThat(comparePerHead(r.allocations().get(i), panel.get(i), 110)).isLessThanOrEqualTo(0);
      }
    });
  }

  @Test
  void money_is_conserved_when_the_proxy_pot_is_shared() {
    qt().withExamples(60).forAll(longs().all(), longs().between(1L, 9_000_000_000_00L), integers().between(1, 153))
        .checkAssert((seed, potPence, n) -> {
          ImmutableList<HighNeedsNffInput> panel = NffFixtures.randomPanel(seed, n, BASE);
          HighNeedsNffNational nat = HighNeedsNffNational.fromInputs(panel, Money.ofPence(potPence));
          HighNeedsNffResult r = HighNeedsNff.DEFAULT.allocate(nat, panel, DEFAULTS, Y);
          Money sharedOut = Money.sum(r.allocations().stream().map(HighNeedsAllocation::proxyFactorsTotal)::iterator);
          assertThat(sharedOut).isEqualTo(Money.ofPence(potPence));
        });
  }

  @Test
  void fast_largest_remainder_matches_allocation_largest_remainder() {
    qt().withExamples(200).forAll(longs().all(), longs().between(0L, 1_000_000_000_000L), integers().between(1, 160))
        .checkAssert((seed, total, n) -> {
          java.util.Random r = new java.util.Random(seed);
          long[] w = new long[n];
          long sum = 0;
          for (int i = 0; i < n; i++) {
            // small weights force ties; large weights test the wide arithmetic
            w[i] = r.nextBoolean() ? r.nextInt(4) : (long) (r.nextDouble() * 10_000_000_000_000L);
            sum += w[i];
          }
          if (sum == 0) {
            w[0] = 1;
            sum = 1;
          }
          long[] out = new long[n];
          WideArithmetic.largestRemainder(total, w, sum, out, new long[n]);
          List<Long> fast = new ArrayList<>();
          for (long v : out) {
            fast.add(v);
          }
          List<Long> reference = new ArrayList<>();
          for (Money m : Allocation.largestRemainder(Money.ofPence(total), w)) {
            reference.add(m.pence());
          }
          assertThat(fast).isEqualTo(reference);
        });
  }

  @Test
  void more_pupils_never_means_less_funding() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 50_000), integers().between(0, 2_000))
        .checkAssert((seed, extraPopulation, extraSpecial) -> {
          ImmutableList<HighNeedsNffInput> panel = NffFixtures.randomPanel(seed, 20, BASE);
          HighNeedsNffInput first = panel.get(0);
          HighNeedsNffInput bigger = HighNeedsNffInput.builder().from(first)
              .population2To18(first.population2To18() + extraPopulation)
              .specialSchoolPupils(first.specialSchoolPupils() + extraSpecial)
              .build();
          ImmutableList<HighNeedsNffInput> grown = ImmutableList.<HighNeedsNffInput>builder()
              .add(bigger).addAll(panel.subList(1, panel.size())).build();
          Money before = run(panel, 3_000_000_000L).allocations().get(0).finalAllocation();
          Money after = run(grown, 3_000_000_000L).allocations().get(0).finalAllocation();
          assertThat(after).isGreaterThanOrEqualTo(before);
        });
  }

  @Test
  void explanations_sum_to_the_figures_they_explain() {
    qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
      ImmutableList<HighNeedsNffInput> panel = NffFixtures.randomPanel(seed, 10, BASE);
      for (HighNeedsAllocation a : run(panel, 2_000_000_000L).allocations()) {
        Explanation e = a.explanation();
        assertThat(e.amount()).contains(a.finalAllocation());
        assertThat(e.childrenTotal()).isEqualTo(a.finalAllocation());
        for (Explanation child : e.children()) {
          if (!child.children().isEmpty()) {
            assertThat(child.childrenTotal()).isEqualTo(child.amount().get());
          }
        }
      }
    });
  }

  @Test
  void fast_path_and_explained_path_agree() {
    qt().withExamples(30).forAll(longs().all(), integers().between(1, 153)).checkAssert((seed, n) -> {
      ImmutableList<HighNeedsNffInput> panel = NffFixtures.randomPanel(seed, n, BASE);
      HighNeedsNffNational nat = HighNeedsNffNational.fromInputs(panel, Money.ofPounds(5_000_000_000L));
      HighNeedsNffFigures f = HighNeedsNff.DEFAULT.computeFigures(nat, panel, HighNeedsNffRules.resolve(DEFAULTS, Y));
      HighNeedsNffResult r = HighNeedsNff.DEFAULT.allocate(nat, panel, DEFAULTS, Y);
      for (int i = 0; i < n; i++) {
        HighNeedsAllocation a = r.allocations().get(i);
        assertThat(f.finalAllocation(i)).isEqualTo(a.finalAllocation());
        assertThat(a.preFloorTotal().plus(a.floorAdjustment()).plus(Money.sum(a.additions().values())))
            .isEqualTo(a.finalAllocation());
      }
    });
  }
}
