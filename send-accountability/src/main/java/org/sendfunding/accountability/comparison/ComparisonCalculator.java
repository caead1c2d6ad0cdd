package org.sendfunding.accountability.comparison;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.accountability.cohort.School;
import org.sendfunding.accountability.cva.ContextualValueAddedCalculator;
import org.sendfunding.accountability.cva.CvaResult;
import org.sendfunding.accountability.inclusion.InclusionCalculator;
import org.sendfunding.accountability.inclusion.SchoolInclusion;
import org.sendfunding.accountability.parameters.AccountabilityParameters;
import org.sendfunding.accountability.progress8.Progress8Calculator;
import org.sendfunding.accountability.progress8.Progress8Result;
import org.sendfunding.accountability.timeonroll.TimeOnRollCalculator;
import org.sendfunding.accountability.timeonroll.TimeOnRollResult;

/**
 * Computes every measure on one cohort and compares the school rankings they give.
 *
 * <p>The baseline is DfE's Progress 8 (capped). The alternatives are Progress 8 without the cap, the
 * shrunken contextual value added, and time-on-roll weighted Progress 8. For each alternative the
 * result gives Spearman and Kendall rank correlations with the baseline, every school's move in rank
 * (largest first) with its SEN share, and the mean move of the quarter of schools with most pupils
 * with SEN. Rankings include every school scored under both measures (special schools too; pupil
 * referral units appear under time-on-roll only if they have pupils at the end of the key stage).
 *
 * <pre>{@code
 * ComparisonResult r = ComparisonCalculator.DEFAULT.compare(IllustrativeCohort.generate(2026));
 * r.comparisons().forEach(System.out::println);
 * // Progress 8 vs Contextual value added: 60 schools, Spearman 0.612, Kendall 0.451; ...
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComparisonCalculator {

  /** Measure name: DfE Progress 8 with the negative-score cap. */
  public static final String PROGRESS_8 = "Progress 8";
  /** Measure name: Progress 8 without the cap. */
  public static final String PROGRESS_8_UNCAPPED = "Progress 8 (uncapped)";
  /** Measure name: shrunken contextual value added. */
  public static final String CVA = "Contextual value added";
  /** Measure name: time-on-roll weighted Progress 8. */
  public static final String TIME_ON_ROLL = "Time-on-roll Progress 8";

  /** The calculator with the shipped parameters. */
  public static final ComparisonCalculator DEFAULT = of(AccountabilityParameters.DEFAULT);

  private final Progress8Calculator progress8;
  private final ContextualValueAddedCalculator cva;
  private final TimeOnRollCalculator timeOnRoll;

  private ComparisonCalculator(AccountabilityParameters parameters) {
    this.progress8 = Progress8Calculator.of(parameters);
    this.cva = ContextualValueAddedCalculator.of(parameters);
    this.timeOnRoll = TimeOnRollCalculator.of(parameters);
  }

  /**
   * A calculator using some parameters for every measure.
   *
   * @param parameters the parameters
   * @return the calculator
   */
  public static ComparisonCalculator of(AccountabilityParameters parameters) {
    return new ComparisonCalculator(parameters);
  }

  /**
   * Computes every measure on the cohort (Progress 8 estimates from the cohort) and compares them.
   *
   * @param cohort the cohort
   * @return the measures, rankings and comparisons
   */
  public ComparisonResult compare(Cohort cohort) {
    Progress8Result p8 = progress8.calculate(cohort);
    CvaResult contextual = cva.calculate(cohort);
    TimeOnRollResult weighted = timeOnRoll.calculate(cohort, p8);
    ImmutableSortedMap<Integer, SchoolInclusion> inclusion = InclusionCalculator.DEFAULT.calculate(cohort);

    Map<String, SchoolRanking> rankings = new LinkedHashMap<>();
    rankings.put(PROGRESS_8, SchoolRanking.of(PROGRESS_8, values(p8.schools(), s -> s.score())));
    rankings.put(PROGRESS_8_UNCAPPED, SchoolRanking.of(PROGRESS_8_UNCAPPED, values(p8.schools(), s -> s.uncappedScore())));
    rankings.put(CVA, SchoolRanking.of(CVA, values(contextual.schools(), s -> s.score())));
    rankings.put(TIME_ON_ROLL, SchoolRanking.of(TIME_ON_ROLL, values(weighted.schools(), s -> s.score())));

    SchoolRanking baseline = rankings.get(PROGRESS_8);
    List<PairwiseComparison> comparisons = new ArrayList<>();
    for (SchoolRanking alternative : rankings.values()) {
      if (alternative != baseline) {
        comparisons.add(compare(cohort, inclusion, baseline, alternative));
      }
    }
    return ComparisonResult.builder()
        .progress8(p8)
        .contextualValueAdded(contextual)
        .timeOnRoll(weighted)
        .inclusion(inclusion)
        .rankings(ImmutableMap.copyOf(rankings))
        .comparisons(comparisons)
        .build();
  }

  /**
   * Compares two rankings over the schools in both (ranks recomputed over those schools only).
   *
   * @param cohort the cohort, for school names and types
   * @param inclusion inclusion indicators, for SEN shares
   * @param baseline the baseline ranking
   * @param alternative the alternative ranking
   * @return the comparison
   * @throws IllegalArgumentException if fewer than two schools are in both
   */
  public static PairwiseComparison compare(Cohort cohort, Map<Integer, SchoolInclusion> inclusion,
      SchoolRanking baseline, SchoolRanking alternative) {
    Map<Integer, Double> a = new TreeMap<>();
    Map<Integer, Double> b = new TreeMap<>();
    for (int urn : baseline.byUrn().keySet()) {
      if (alternative.byUrn().containsKey(urn)) {
        a.put(urn, baseline.school(urn).value());
        b.put(urn, alternative.school(urn).value());
      }
    }
    SchoolRanking ra = SchoolRanking.of(baseline.measure(), a);
    SchoolRanking rb = SchoolRanking.of(alternative.measure(), b);
    double[] va = a.values().stream().mapToDouble(Double::doubleValue).toArray();
    double[] vb = b.values().stream().mapToDouble(Double::doubleValue).toArray();
    List<SchoolMovement> moves = new ArrayList<>();
    for (int urn : a.keySet()) {
      School school = cohort.school(urn);
      SchoolInclusion inc = inclusion.get(urn);
      moves.add(SchoolMovement.builder()
          .urn(urn)
          .name(school.name())
          .baselineRank(ra.school(urn).rank())
          .alternativeRank(rb.school(urn).rank())
          .senShare(inc == null ? 0 : inc.senShare())
          .special(school.isSpecial())
          .build());
    }
    List<SchoolMovement> bySen = new ArrayList<>(moves);
    bySen.sort(Comparator.comparing((SchoolMovement m) -> -m.senShare()).thenComparing(SchoolMovement::urn));
    int heavy = Math.max(1, bySen.size() / 4);
    double heavyChange = bySen.subList(0, heavy).stream().mapToDouble(SchoolMovement::change).average().orElse(0);
    double otherChange = bySen.subList(heavy, bySen.size()).stream().mapToDouble(SchoolMovement::change).average().orElse(0);
    moves.sort(Comparator.comparing((SchoolMovement m) -> -Math.abs(m.change())).thenComparing(SchoolMovement::urn));
    return PairwiseComparison.builder()
        .baseline(baseline.measure())
        .alternative(alternative.measure())
        .schools(a.size())
        .spearman(RankCorrelation.spearman(va, vb))
        .kendall(RankCorrelation.kendall(va, vb))
        .movements(ImmutableList.copyOf(moves))
        .meanChangeOfSenHeavySchools(heavyChange)
        .meanChangeOfOtherSchools(otherChange)
        .build();
  }

  private static <T> Map<Integer, Double> values(Map<Integer, T> schools, java.util.function.ToDoubleFunction<T> f) {
    Map<Integer, Double> out = new TreeMap<>();
    schools.forEach((urn, s) -> out.put(urn, f.applyAsDouble(s)));
    return out;
  }
}
