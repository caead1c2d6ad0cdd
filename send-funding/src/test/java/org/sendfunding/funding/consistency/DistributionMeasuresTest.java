package org.sendfunding.funding.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class DistributionMeasuresTest {

  @Test
  void worked_example_one_to_four() {
    DistributionMeasures m = DistributionMeasures.of(new double[] {4, 1, 3, 2});
    assertThat(m.mean()).isEqualTo(2.5);
    // population sd = sqrt((2.25 + 0.25 + 0.25 + 2.25) / 4) = 1.118; / 2.5
    assertThat(m.coefficientOfVariation()).isCloseTo(Math.sqrt(1.25) / 2.5, within(1e-12));
    // sum over ordered pairs |xi - xj| = 20; / (2 × 16 × 2.5) = 0.25
    assertThat(m.gini()).isCloseTo(0.25, within(1e-12));
    // P90 = 3 + 0.7 = 3.7, P10 = 1 + 0.3 = 1.3
    assertThat(m.p90OverP10()).isCloseTo(3.7 / 1.3, within(1e-12));
    assertThat(m.maxOverMin()).isEqualTo(4.0);
  }

  @Test
  void identical_values_show_no_variation() {
    qt().withExamples(200).forAll(doubles().between(0.01, 1e7), integers().between(1, 200)).checkAssert((v, n) -> {
      double[] values = new double[n];
      java.util.Arrays.fill(values, v);
      DistributionMeasures m = DistributionMeasures.of(values);
      assertThat(m.coefficientOfVariation()).isZero();
      assertThat(m.gini()).isZero();
      assertThat(m.p90OverP10()).isEqualTo(1.0);
      assertThat(m.maxOverMin()).isEqualTo(1.0);
    });
  }

  @Test
  void gini_of_one_la_holding_everything_approaches_one() {
    double[] v = new double[100];
    java.util.Arrays.fill(v, 1e-9);
    v[99] = 1.0;
    assertThat(DistributionMeasures.of(v).gini()).isCloseTo(0.99, within(1e-6));
  }

  @Test
  void values_must_be_above_zero() {
    assertThatThrownBy(() -> DistributionMeasures.of(new double[] {3, 0}))
        .hasMessage("DistributionMeasures.values: 0.0 is not above zero");
  }
}
