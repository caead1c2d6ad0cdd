package org.sendfunding.ehcp.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.SettingType;

/**
 * The lockstep Monte Carlo projector against the reference {@link DemandProjector} and the exact laws: the
 * counts out of one state follow the multinomial law (chi-square), joiners follow the Poisson law, means and
 * variances agree with the reference within standard errors, deterministic models give the reference's
 * projection exactly, every run conserves pupils, and the thread count changes nothing.
 */
class LockstepProjectorTest {

  private static final LocalAuthority CAMDEN = LocalAuthorities.england().byCode(202);
  private static final int MM = SettingType.MAINSTREAM_MAINTAINED.ordinal();
  private static final int SP = SettingType.MAINTAINED_SPECIAL.ordinal();
  private static final int ASD = NeedType.ASD.ordinal();
  private static final int HI = NeedType.HI.ordinal();

  /**
   * A model whose baseline has {@code c} pupils in NCY 19 (ASD, mainstream) with leaver probability 2/10
   * and stayers' destinations mainstream 5/8 and special 3/8 (estimated from 10 pupils in 2023: 2 left, 5
   * stayed in mainstream, 3 went to special). The 2024 pupils in NCY 20 all leave, so next year's ASD
   * cells hold exactly that state's multinomial draw: Multinomial(c; 0.2, 0.5, 0.3).
   */
  static TransitionModel oneStateModel(int c) {
    CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2023).localAuthority(CAMDEN);
    CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2024).localAuthority(CAMDEN);
    for (int i = 0; i < 10; i++) {
      a.putPupils("P" + i, CaseloadState.of(19, NeedType.ASD, SettingType.MAINSTREAM_MAINTAINED));
      if (i >= 2) {
        b.putPupils("P" + i, CaseloadState.of(20, NeedType.ASD,
            i < 7 ? SettingType.MAINSTREAM_MAINTAINED : SettingType.MAINTAINED_SPECIAL));
      }
    }
    // c pupils who all moved up from NCY 18 without changing (a deterministic state) form the baseline.
    for (int i = 0; i < c; i++) {
      a.putPupils("Q" + i, CaseloadState.of(18, NeedType.ASD, SettingType.MAINSTREAM_MAINTAINED));
      b.putPupils("Q" + i, CaseloadState.of(19, NeedType.ASD, SettingType.MAINSTREAM_MAINTAINED));
    }
    return TransitionModel.estimate(List.of(a.build(), b.build()));
  }

  /** A model whose only randomness next year is {@code joiners} a year into NCY 20 (HI, post-16). */
  static TransitionModel joinerModel(int joiners) {
    CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2023).localAuthority(CAMDEN);
    CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2024).localAuthority(CAMDEN);
    a.putPupils("X", CaseloadState.of(3, NeedType.ASD, SettingType.MAINSTREAM_MAINTAINED));
    b.putPupils("X", CaseloadState.of(4, NeedType.ASD, SettingType.MAINSTREAM_MAINTAINED));
    for (int j = 0; j < joiners; j++) {
      b.putPupils("J" + j, CaseloadState.of(20, NeedType.HI, SettingType.POST_16_FE));
    }
    return TransitionModel.estimate(List.of(a.build(), b.build()));
  }

  private static int cell(int need, int setting) {
    return CaseloadState.cell(need, setting);
  }

  /** Run r's count of a cell in projected year y (0 = the first). */
  private static int at(int[] counts, int runs, int y, int cell, int r) {
    return counts[(y * CaseloadState.CELLS + cell) * runs + r];
  }

  @Test
  void one_state_s_counts_follow_the_multinomial_law() {
    // Multinomial(12; 0.2 leave, 0.5 mainstream, 0.3 special) over 20,000 runs: the chi-square statistic
    // over the (mainstream, special) pairs with expected count of 5 or more (the rest pooled) stays under
    // the 0.1% critical value, and the same counts against a leaver probability of 0.25 exceed it.
    int c = 12;
    int runs = 20_000;
    int[] counts = LockstepProjector.counts(oneStateModel(c), ProjectionSettings.of(1, runs, 11L));
    long[][] observed = new long[c + 1][c + 1];
    for (int r = 0; r < runs; r++) {
      int mm = at(counts, runs, 0, cell(ASD, MM), r);
      int sp = at(counts, runs, 0, cell(ASD, SP), r);
      assertThat(mm + sp).isLessThanOrEqualTo(c);
      observed[mm][sp]++;
    }
    assertThat(chiSquare(observed, multinomial(c, 0.2, 0.5, 0.3), runs)).isLessThan(1.0);
    assertThat(chiSquare(observed, multinomial(c, 0.25, 0.5 * 0.75 / 0.8, 0.3 * 0.75 / 0.8), runs))
        .isGreaterThan(1.0);
  }

  @Test
  void a_state_above_the_tables_follows_the_multinomial_law() {
    // 75 pupils: leavers as Binomial(32) + Binomial(32) + Binomial(11) from the tables; 5,000 pupils: BTRS.
    // The leavers (75 minus both cells) against Binomial(75, 0.2) by chi-square on counts with expected 5+.
    int runs = 20_000;
    int[] counts = LockstepProjector.counts(oneStateModel(75), ProjectionSettings.of(1, runs, 12L));
    long[] leavers = new long[76];
    long[] special = new long[76];
    for (int r = 0; r < runs; r++) {
      int mm = at(counts, runs, 0, cell(ASD, MM), r);
      int sp = at(counts, runs, 0, cell(ASD, SP), r);
      leavers[75 - mm - sp]++;
      special[sp]++;
    }
    assertThat(chiSquare1(leavers, binomial(75, 0.2), runs)).isLessThan(1.0);
    assertThat(chiSquare1(special, binomial(75, 0.3), runs)).isLessThan(1.0);
    assertThat(chiSquare1(leavers, binomial(75, 0.22), runs)).isGreaterThan(1.0);
    // 5,000 pupils: the mean and variance of the leavers within 5 standard errors of 1,000 and 800.
    int big = 5000;
    int bigRuns = 4000;
    int[] bc = LockstepProjector.counts(oneStateModel(big), ProjectionSettings.of(1, bigRuns, 13L));
    double[] left = new double[bigRuns];
    for (int r = 0; r < bigRuns; r++) {
      left[r] = big - at(bc, bigRuns, 0, cell(ASD, MM), r) - at(bc, bigRuns, 0, cell(ASD, SP), r);
    }
    checkMoments(left, big * 0.2, big * 0.2 * 0.8);
  }

  @Test
  void joiners_follow_the_poisson_law() {
    // Poisson(2) (full blocks: one Poisson(512) total scattered over the runs; the last block of 32 runs
    // by table), Poisson(3) and Poisson(40) (tables from 0 and around the mean) by chi-square over 20,000
    // runs; Poisson(2,500), a table wider than 1,023 columns, by its mean and variance.
    for (int mean : new int[] {2, 3, 40}) {
      int runs = 20_000;
      int[] counts = LockstepProjector.counts(joinerModel(mean), ProjectionSettings.of(1, runs, 20L + mean));
      int max = mean * 4 + 30;
      long[] observed = new long[max + 1];
      for (int r = 0; r < runs; r++) {
        observed[Math.min(max, at(counts, runs, 0, cell(HI, SettingType.POST_16_FE.ordinal()), r))]++;
      }
      assertThat(chiSquare1(observed, poisson(mean, max), runs)).as("Poisson(%s)", mean).isLessThan(1.0);
      assertThat(chiSquare1(observed, poisson(mean * 1.05, max), runs)).as("Poisson(%s) vs 5%% more", mean)
          .isGreaterThan(1.0);
    }
    int runs = 4000;
    int[] counts = LockstepProjector.counts(joinerModel(2500), ProjectionSettings.of(1, runs, 23L));
    double[] x = new double[runs];
    for (int r = 0; r < runs; r++) {
      x[r] = at(counts, runs, 0, cell(HI, SettingType.POST_16_FE.ordinal()), r);
    }
    checkMoments(x, 2500, 2500);
  }

  @Test
  void means_and_variances_agree_with_the_reference_projector() {
    // Crowded and sparse states, several destinations, joiners: the total and two settings of each year,
    // over 3,000 runs each. Means within 5 standard errors of the difference; variances likewise, with the
    // standard error of a sample variance sqrt((m4 - s^4 (R - 3) / (R - 1)) / R).
    TransitionModel m = DemandProjectorDistributionTest.crowdedModel(new SplittableRandom(2025L), 3000, CAMDEN);
    int runs = 3000;
    int years = 5;
    ProjectionSettings s = ProjectionSettings.of(years, runs, 31L);
    int[] counts = LockstepProjector.counts(m, s);
    SplittableRandom[] refRngs = DemandProjector.generators(m, s);
    double[][] ref = new double[years][runs];
    for (int r = 0; r < runs; r++) {
      int[][] ledger = DemandProjector.ledger(m, years, refRngs[r]);
      for (int y = 0; y < years; y++) {
        ref[y][r] = ledger[y][3];
      }
    }
    for (int y = 0; y < years; y++) {
      double[] ours = new double[runs];
      for (int r = 0; r < runs; r++) {
        for (int cell = 0; cell < CaseloadState.CELLS; cell++) {
          ours[r] += at(counts, runs, y, cell, r);
        }
      }
      compare("total, year " + y, ours, ref[y]);
    }
    // Against the exact mean too (MomentProjector), cell by cell for the crowded cells of the last year.
    DemandProjection exact = MomentProjector.DEFAULT.project(m, s);
    DemandProjection ours = LockstepProjector.DEFAULT.project(m, s);
    for (NeedType need : new NeedType[] {NeedType.ASD, NeedType.SEMH}) {
      for (SettingType t : new SettingType[] {SettingType.MAINSTREAM_MAINTAINED, SettingType.MAINTAINED_SPECIAL}) {
        CountInterval e = exact.count(2029, t, need);
        double sd = (e.upper() - e.lower() + 1) / (2 * 1.6449);
        assertThat(Math.abs(ours.count(2029, t, need).mean() - e.mean())).as("%s %s", need, t)
            .isLessThan(5 * sd / Math.sqrt(runs));
      }
    }
  }

  @Test
  void a_deterministic_model_gives_the_reference_projection_exactly() {
    // Every state either moves all its pupils one way or loses them all, and nobody joins: no random number
    // is drawn, so both projectors must give the same projection, field for field.
    CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2023).localAuthority(CAMDEN);
    CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2024).localAuthority(CAMDEN);
    SplittableRandom rnd = new SplittableRandom(3L);
    SettingType[] settings = {SettingType.MAINSTREAM_MAINTAINED, SettingType.MAINTAINED_SPECIAL, SettingType.POST_16_FE};
    for (int i = 0; i < 900; i++) {
      int ncy = rnd.nextInt(-3, 20);
      NeedType need = NeedType.values()[rnd.nextInt(12)];
      SettingType set = settings[rnd.nextInt(3)];
      a.putPupils("P" + i, CaseloadState.of(ncy, need, set));
      b.putPupils("P" + i, CaseloadState.of(ncy + 1, need, set));
    }
    TransitionModel m = TransitionModel.estimate(List.of(a.build(), b.build()));
    ProjectionSettings s = ProjectionSettings.of(8, 300, 5L);
    DemandProjection ours = LockstepProjector.DEFAULT.project(m, s);
    assertThat(ours).isEqualTo(DemandProjector.DEFAULT.project(m, s));
    // Pupils age out of NCY 20, so the caseload falls year by year: the comparison is not of empty output.
    assertThat(ours.total(2025).median()).isGreaterThan(ours.total(2032).median()).isGreaterThan(0);
    assertThat(ours.total(2028).lower()).isEqualTo(ours.total(2028).upper());
  }

  @Test
  void every_run_conserves_pupils() {
    qt().withExamples(40)
        .forAll(longs().all(), integers().between(1, 3000), longs().all())
        .checkAssert((modelSeed, size, seed) -> {
          TransitionModel m = DemandProjectorDistributionTest.crowdedModel(new SplittableRandom(modelSeed), size, null);
          int years = 6;
          int runs = 40;
          int[] ledger = LockstepProjector.ledger(m, ProjectionSettings.of(years, runs, seed));
          for (int r = 0; r < runs; r++) {
            int opening = m.baselineTotal();
            for (int y = 0; y < years; y++) {
              int k = (r * years + y) * 4;
              assertThat(ledger[k]).isEqualTo(opening);
              assertThat(ledger[k + 2]).isBetween(0, ledger[k]);
              assertThat(ledger[k + 1]).isNotNegative();
              assertThat(ledger[k + 3]).isEqualTo(ledger[k] + ledger[k + 1] - ledger[k + 2]);
              opening = ledger[k + 3];
            }
          }
        });
  }

  @Test
  void sparse_joiners_scattered_over_full_blocks_conserve_pupils_and_keep_the_exact_mean() {
    // A model like an LA's: about 1,500 plans over 21 NCYs x 5 needs x 4 settings and 214 joiners over
    // about 140 states (means of 1 or 2, so full blocks scatter them). 1,024 runs: four full blocks.
    TransitionModel m = DemandProjectorSpeedTest.model(new SplittableRandom(5), 1500);
    assertThat(Arrays.stream(m.joinerMeans()).filter(x -> x <= LockstepProjector.SCATTER_UP_TO).count())
        .isGreaterThan(m.joinerMeans().length / 2);
    int years = 4;
    int runs = 1024;
    ProjectionSettings s = ProjectionSettings.of(years, runs, 8L);
    int[] ledger = LockstepProjector.ledger(m, s);
    double[] joined = new double[runs];
    for (int r = 0; r < runs; r++) {
      int opening = m.baselineTotal();
      for (int y = 0; y < years; y++) {
        int k = (r * years + y) * 4;
        assertThat(ledger[k]).isEqualTo(opening);
        assertThat(ledger[k + 3]).isEqualTo(ledger[k] + ledger[k + 1] - ledger[k + 2]);
        opening = ledger[k + 3];
      }
      joined[r] = ledger[(r * years) * 4 + 1];
    }
    // Joiners in the first year: Poisson with mean the sum of the joiner means.
    double lambda = Arrays.stream(m.joinerMeans()).sum();
    checkMoments(joined, lambda, lambda);
    DemandProjection exact = MomentProjector.DEFAULT.project(m, s);
    DemandProjection ours = LockstepProjector.DEFAULT.project(m, s);
    for (int y : ours.years()) {
      CountInterval e = exact.total(y);
      double sd = (e.upper() - e.lower() + 1) / (2 * 1.6449);
      assertThat(Math.abs(ours.total(y).mean() - e.mean())).as("total %s", y).isLessThan(5 * sd / Math.sqrt(runs));
    }
  }

  @Test
  void the_thread_count_changes_nothing() throws Exception {
    // 600 runs: blocks of 256, 256 and 88, spread over 1 or 3 threads, or run one after another by projectAll.
    TransitionModel m = DemandProjectorDistributionTest.crowdedModel(new SplittableRandom(9L), 4000, CAMDEN);
    TransitionModel other = DemandProjectorDistributionTest.crowdedModel(
        new SplittableRandom(10L), 2000, LocalAuthorities.england().byCode(206));
    ProjectionSettings s = ProjectionSettings.of(5, 600, 3L);
    ForkJoinPool one = new ForkJoinPool(1);
    ForkJoinPool three = new ForkJoinPool(3);
    try {
      DemandProjection a = one.submit(() -> LockstepProjector.DEFAULT.project(m, s)).get();
      DemandProjection b = three.submit(() -> LockstepProjector.DEFAULT.project(m, s)).get();
      assertThat(a).isEqualTo(b).isEqualTo(LockstepProjector.DEFAULT.project(m, s));
      List<DemandProjection> all = one.submit(() -> LockstepProjector.DEFAULT.projectAll(List.of(m, other), s)).get();
      assertThat(all.get(0)).isEqualTo(a);
      assertThat(three.submit(() -> LockstepProjector.DEFAULT.projectAll(List.of(m, other), s)).get()).isEqualTo(all);
      assertThat(all.get(1)).isEqualTo(LockstepProjector.DEFAULT.project(other, s));
    } finally {
      one.shutdown();
      three.shutdown();
    }
    // Another seed gives another projection: the comparisons above can fail.
    assertThat(LockstepProjector.DEFAULT.project(m, ProjectionSettings.of(5, 600, 4L)))
        .isNotEqualTo(LockstepProjector.DEFAULT.project(m, s));
  }

  @Test
  void alias_tables_worked_example() {
    // {0.5, 0.3, 0.2}: uniforms in the first third give 0; in the second third 1 when the fraction is
    // below 0.9, else 0; in the last third 2 below 0.6, else 0.
    long[] thr = new long[3];
    int[] alias = new int[3];
    LockstepProjector.Alias.build(new double[] {0.5, 0.3, 0.2}, 3, thr, alias, 0);
    long[] packed = LockstepProjector.Alias.pack(thr, alias);
    long two53 = 1L << 53;
    assertThat(draw(packed, 0.10, two53)).isEqualTo(0);
    assertThat(draw(packed, 0.34, two53)).isEqualTo(1);   // fraction 0.02
    assertThat(draw(packed, 0.66, two53)).isEqualTo(0);   // fraction 0.98
    assertThat(draw(packed, 0.70, two53)).isEqualTo(2);   // fraction 0.1
    assertThat(draw(packed, 0.99, two53)).isEqualTo(0);   // fraction 0.97
    // The probabilities the table encodes, column by column.
    double[] mass = new double[3];
    for (int i = 0; i < 3; i++) {
      double keep = Math.min(1.0, thr[i] / (double) two53);
      mass[i] += keep / 3;
      mass[alias[i]] += (1 - keep) / 3;
    }
    assertThat(mass[0]).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-15));
    assertThat(mass[1]).isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-15));
    assertThat(mass[2]).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-15));
    // The wide draw gives the narrow one's value for any uniform.
    SplittableRandom r = new SplittableRandom(1L);
    for (int i = 0; i < 10_000; i++) {
      long u = r.nextLong() >>> 11;
      assertThat(LockstepProjector.Alias.drawWide(thr, alias, 0, 3, u))
          .isEqualTo(LockstepProjector.Alias.draw(packed, 0, 3, u));
    }
  }

  private static int draw(long[] packed, double u, long two53) {
    return LockstepProjector.Alias.draw(packed, 0, 3, (long) (u * two53));
  }

  // ---- laws and statistics ----

  private static double[][] multinomial(int c, double pLeave, double pA, double pB) {
    double[][] p = new double[c + 1][c + 1];
    for (int a = 0; a <= c; a++) {
      for (int b = 0; a + b <= c; b++) {
        int l = c - a - b;
        p[a][b] = Math.exp(logChoose(c, a) + logChoose(c - a, b) + a * Math.log(pA) + b * Math.log(pB)
            + l * Math.log(pLeave));
      }
    }
    return p;
  }

  private static double[] binomial(int n, double p) {
    double[] q = new double[n + 1];
    for (int x = 0; x <= n; x++) {
      q[x] = Math.exp(logChoose(n, x) + x * Math.log(p) + (n - x) * Math.log1p(-p));
    }
    return q;
  }

  /** Poisson probabilities of 0 to max - 1, and of max or more at max. */
  private static double[] poisson(double mean, int max) {
    double[] q = new double[max + 1];
    double sum = 0;
    for (int k = 0; k < max; k++) {
      q[k] = Math.exp(-mean + k * Math.log(mean) - logFactorial(k));
      sum += q[k];
    }
    q[max] = Math.max(0, 1 - sum);
    return q;
  }

  private static double logChoose(int n, int k) {
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  }

  private static double logFactorial(int n) {
    double s = 0;
    for (int i = 2; i <= n; i++) {
      s += Math.log(i);
    }
    return s;
  }

  /** Chi-square over a 2-D table divided by its 0.1% critical value (so below 1 passes). */
  private static double chiSquare(long[][] observed, double[][] p, int runs) {
    List<long[]> obs = new ArrayList<>();
    List<Double> exp = new ArrayList<>();
    for (int a = 0; a < observed.length; a++) {
      for (int b = 0; b < observed[a].length; b++) {
        obs.add(new long[] {observed[a][b]});
        exp.add(p[a][b]);
      }
    }
    long[] o = obs.stream().mapToLong(x -> x[0]).toArray();
    return chiSquare1(o, exp.stream().mapToDouble(Double::doubleValue).toArray(), runs);
  }

  /**
   * Chi-square statistic of observed counts against probabilities (categories with expected count below 5
   * pooled into one), divided by the 0.1% critical value of chi-square with (categories - 1) degrees of
   * freedom (Wilson-Hilferty: df (1 - 2/(9 df) + 3.0902 sqrt(2/(9 df)))^3).
   */
  private static double chiSquare1(long[] observed, double[] p, int runs) {
    double stat = 0;
    int categories = 0;
    double pooledE = 0;
    long pooledO = 0;
    for (int i = 0; i < observed.length; i++) {
      double e = p[i] * runs;
      if (e >= 5) {
        stat += (observed[i] - e) * (observed[i] - e) / e;
        categories++;
      } else {
        pooledE += e;
        pooledO += observed[i];
      }
    }
    if (pooledE > 0) {
      stat += (pooledO - pooledE) * (pooledO - pooledE) / Math.max(pooledE, 1e-300);
      categories++;
    }
    int df = categories - 1;
    double h = 2.0 / (9 * df);
    double critical = df * Math.pow(1 - h + 3.0902 * Math.sqrt(h), 3);
    return stat / critical;
  }

  /** The sample mean and variance within 5 standard errors of the given exact ones. */
  private static void checkMoments(double[] x, double mean, double variance) {
    int n = x.length;
    double m = 0;
    for (double v : x) {
      m += v / n;
    }
    double s2 = 0;
    double m4 = 0;
    for (double v : x) {
      s2 += (v - m) * (v - m) / (n - 1);
      m4 += Math.pow(v - m, 4) / n;
    }
    assertThat(Math.abs(m - mean)).as("mean %s vs %s", m, mean).isLessThan(5 * Math.sqrt(variance / n));
    double seVar = Math.sqrt((m4 - s2 * s2 * (n - 3.0) / (n - 1)) / n);
    assertThat(Math.abs(s2 - variance)).as("variance %s vs %s", s2, variance).isLessThan(5 * seVar);
  }

  /** Two samples' means and variances within 5 standard errors of their difference. */
  private static void compare(String what, double[] a, double[] b) {
    double[] ma = moments(a);
    double[] mb = moments(b);
    assertThat(Math.abs(ma[0] - mb[0])).as("%s mean %s vs %s", what, ma[0], mb[0])
        .isLessThan(5 * Math.sqrt(ma[1] / a.length + mb[1] / b.length));
    assertThat(Math.abs(ma[1] - mb[1])).as("%s variance %s vs %s", what, ma[1], mb[1])
        .isLessThan(5 * Math.sqrt(ma[2] * ma[2] + mb[2] * mb[2]));
  }

  /** Mean, sample variance and the standard error of that variance. */
  private static double[] moments(double[] x) {
    int n = x.length;
    double m = 0;
    for (double v : x) {
      m += v / n;
    }
    double s2 = 0;
    double m4 = 0;
    for (double v : x) {
      s2 += (v - m) * (v - m) / (n - 1);
      m4 += Math.pow(v - m, 4) / n;
    }
    return new double[] {m, s2, Math.sqrt((m4 - s2 * s2 * (n - 3.0) / (n - 1)) / n)};
  }
}
