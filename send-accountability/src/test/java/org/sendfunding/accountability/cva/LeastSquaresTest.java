package org.sendfunding.accountability.cva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LeastSquaresTest {

  @Test
  void fits_a_line_through_three_points_exactly() {
    LinearFit fit = LeastSquares.fit(List.of("constant", "x"), new double[][] {{1, 0}, {1, 1}, {1, 2}}, new double[] {1, 3, 5});
    assertThat(fit.coefficient("constant")).isCloseTo(1, within(1e-12));
    assertThat(fit.coefficient("x")).isCloseTo(2, within(1e-12));
    assertThat(fit.residuals()).allSatisfy(r -> assertThat(r).isCloseTo(0, within(1e-12)));
  }

  /**
   * Hand-computed: points (0,1), (1,2), (2,2), (3,4). x-bar 1.5, y-bar 2.25; Sxy = (-1.5)(-1.25) +
   * (-0.5)(-0.25) + (0.5)(-0.25) + (1.5)(1.75) = 1.875 + 0.125 - 0.125 + 2.625 = 4.5; Sxx = 5.
   * slope 0.9, intercept 2.25 - 1.35 = 0.9. Residuals 0.1, 0.2, -0.7, 0.4; RSS 0.7; sigma^2 = 0.35.
   * SE(slope) = sqrt(0.35 / 5) = 0.26458; SE(intercept) = sqrt(0.35 (1/4 + 2.25/5)) = 0.49497.
   */
  @Test
  void standard_errors_match_hand_computation() {
    LinearFit fit = LeastSquares.fit(List.of("constant", "x"),
        new double[][] {{1, 0}, {1, 1}, {1, 2}, {1, 3}}, new double[] {1, 2, 2, 4});
    assertThat(fit.coefficient("x")).isCloseTo(0.9, within(1e-12));
    assertThat(fit.coefficient("constant")).isCloseTo(0.9, within(1e-12));
    assertThat(fit.residualVariance()).isCloseTo(0.35, within(1e-12));
    assertThat(fit.standardErrors().get(1)).isCloseTo(0.26458, within(1e-5));
    assertThat(fit.standardErrors().get(0)).isCloseTo(0.49497, within(1e-5));
  }

  /** Uncentred x near 1000 with x^2: X'X has condition number near 1e17, QR still recovers the curve. */
  @Test
  void recovers_an_ill_conditioned_quadratic() {
    int n = 11;
    double[][] x = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double t = 1000 + i;
      x[i] = new double[] {1, t, t * t};
      y[i] = 3 + 2 * t - 0.5 * t * t;
    }
    LinearFit fit = LeastSquares.fit(List.of("c", "t", "t2"), x, y);
    assertThat(fit.coefficient("t2")).isCloseTo(-0.5, within(1e-6));
    assertThat(fit.coefficient("t")).isCloseTo(2, within(1e-3));
  }

  @Test
  void collinear_covariate_is_named() {
    double[][] x = {{1, 2, 4}, {1, 3, 6}, {1, 5, 10}, {1, 7, 14}};
    assertThatThrownBy(() -> LeastSquares.fit(List.of("constant", "a", "twice a"), x, new double[] {1, 2, 3, 4}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LeastSquares: covariate 'twice a' is constant or a combination of the covariates before it "
            + "([constant, a]); remove it or add variation");
    double[][] constant = {{1, 1}, {1, 1}, {1, 1}};
    assertThatThrownBy(() -> LeastSquares.fit(List.of("constant", "always one"), constant, new double[] {1, 2, 3}))
        .hasMessageContaining("covariate 'always one' is constant");
  }

  @Test
  void rejects_too_few_observations_and_non_finite_values() {
    assertThatThrownBy(() -> LeastSquares.fit(List.of("c", "x"), new double[][] {{1, 0}, {1, 1}}, new double[] {1, 2}))
        .hasMessage("LeastSquares: 2 observations cannot fit 2 coefficients");
    assertThatThrownBy(() -> LeastSquares.fit(List.of("c", "x"),
        new double[][] {{1, 0}, {1, Double.NaN}, {1, 2}}, new double[] {1, 2, 3}))
        .hasMessage("LeastSquares: x is NaN in row 1");
  }

  /** The normal equations hold at the solution: every covariate is orthogonal to the residuals. */
  @Test
  void residuals_are_orthogonal_to_every_covariate() {
    qt().withExamples(200).forAll(longs().all(), integers().between(6, 60)).checkAssert((seed, n) -> {
      Random r = new Random(seed);
      double[][] x = new double[n][];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = new double[] {1, r.nextGaussian() * 10, r.nextInt(2), r.nextDouble()};
        y[i] = r.nextGaussian() * 5 + 3 * x[i][1];
      }
      x[0][2] = 0;
      x[1][2] = 1; // the binary covariate varies
      LinearFit fit = LeastSquares.fit(List.of("c", "a", "b", "d"), x, y);
      for (int j = 0; j < 4; j++) {
        double dot = 0;
        double scale = 0;
        for (int i = 0; i < n; i++) {
          dot += x[i][j] * fit.residuals().get(i);
          scale += Math.abs(x[i][j] * y[i]);
        }
        assertThat(Math.abs(dot)).isLessThanOrEqualTo(1e-9 * (1 + scale));
      }
    });
  }
}
