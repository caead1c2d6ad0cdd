package org.sendfunding.ehcp.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class CdfTablesTest {

  private static final byte KIND = 2;

  @Test
  void the_javadoc_example() {
    // Binomial(3, 0.1): P(0) = 0.729, P(<=1) = 0.972, P(<=2) = 0.999, then the sentinel.
    CdfTables.Binomials t = CdfTables.binomials(new double[] {0.0, 0.1, 0.1, 1.0}, new byte[] {KIND, KIND, KIND, KIND}, KIND);
    assertThat(t.start()).containsExactly(-1, 0, 0, -1);
    int o = t.start()[1] + CdfTables.binomialOffset(3);
    assertThat(t.cdf()[o]).isEqualTo(0.729, org.assertj.core.api.Assertions.within(1e-15));
    assertThat(t.cdf()[o + 3]).isEqualTo(2.0);
    assertThat(CdfTables.draw(t.cdf(), o, 0.5)).isZero();
    assertThat(CdfTables.draw(t.cdf(), o, 0.98)).isEqualTo(2);
    assertThat(CdfTables.draw(t.cdf(), o, 0.9995)).isEqualTo(3);
    assertThat(CdfTables.draw(t.cdf(), o, 0.0)).isZero();
  }

  @Test
  void states_of_another_kind_get_no_table() {
    CdfTables.Binomials t = CdfTables.binomials(new double[] {0.3, 0.3}, new byte[] {KIND, 3}, KIND);
    assertThat(t.start()).containsExactly(0, -1);
    assertThat(t.cdf()).hasSize(CdfTables.BINOMIAL_BLOCK);
  }

  @Test
  void binomial_table_draws_are_the_inverse_of_the_distribution_function() {
    // For any p, c and u, the draw x satisfies P(X <= x - 1) <= u < P(X <= x), with the distribution
    // function summed here from log-binomial coefficients (independently of the table's recurrence).
    qt().withExamples(2000)
        .forAll(doubles().between(1e-6, 1 - 1e-6), integers().between(1, CdfTables.MAX_TRIALS), doubles().between(0.0, 0.999999))
        .checkAssert((p, c, u) -> {
          CdfTables.Binomials t = CdfTables.binomials(new double[] {p}, new byte[] {KIND}, KIND);
          int x = CdfTables.draw(t.cdf(), CdfTables.binomialOffset(c), u);
          double below = 0;
          for (int k = 0; k < x; k++) {
            below += binomialPmf(c, p, k);
          }
          double upTo = below + binomialPmf(c, p, x);
          assertThat(x).isBetween(0, c);
          assertThat(u).isGreaterThanOrEqualTo(below - 1e-12);
          if (x < c) {
            assertThat(u).isLessThan(upTo + 1e-12);
          }
        });
  }

  @Test
  void poisson_table_draws_are_the_inverse_of_the_distribution_function() {
    qt().withExamples(2000)
        .forAll(doubles().between(1e-4, 9.999), doubles().between(0.0, 0.999999))
        .checkAssert((mean, u) -> {
          CdfTables.Poissons t = CdfTables.poissons(new double[] {mean});
          int x = CdfTables.draw(t.cdf(), 0, u);
          double below = 0;
          for (int k = 0; k < x; k++) {
            below += Math.exp(-mean + k * Math.log(mean) - Draws.logFactorial(k));
          }
          double upTo = below + Math.exp(-mean + x * Math.log(mean) - Draws.logFactorial(x));
          assertThat(u).isGreaterThanOrEqualTo(below - 1e-12).isLessThan(upTo + 1e-12);
        });
  }

  @Test
  void poisson_tables_cover_small_means_only() {
    // Mean 2: entries 0 .. floor(2 + 10 sqrt 2 + 30) = 46, the last a sentinel; means 0 and 10 have none.
    CdfTables.Poissons t = CdfTables.poissons(new double[] {2.0, 10.0, 0.0});
    assertThat(t.start()).containsExactly(0, 47, 47, 47);
    assertThat(t.cdf()[0]).isEqualTo(Math.exp(-2.0));
    assertThat(t.cdf()[46]).isEqualTo(2.0);
    assertThat(t.cdf()[45]).isLessThanOrEqualTo(1.0).isGreaterThan(1 - 1e-15);
  }

  private static double binomialPmf(int n, double p, int k) {
    double logChoose = 0;
    for (int i = 1; i <= k; i++) {
      logChoose += Math.log(n - k + i) - Math.log(i);
    }
    return Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log1p(-p));
  }
}
