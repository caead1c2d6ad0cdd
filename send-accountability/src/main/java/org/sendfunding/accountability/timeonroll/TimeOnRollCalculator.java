package org.sendfunding.accountability.timeonroll;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.TreeMap;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.accountability.cohort.KeyStage4Pupil;
import org.sendfunding.accountability.parameters.AccountabilityParameter;
import org.sendfunding.accountability.parameters.AccountabilityParameters;
import org.sendfunding.accountability.progress8.Progress8Result;
import org.sendfunding.accountability.progress8.PupilProgress8;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.SourceReference;

/**
 * Computes time-on-roll weighted Progress 8 ("Who's Left", FFT Education Datalab 2018): each pupil's
 * capped Progress 8 score counts towards every school whose roll they were on during key stage 4, in
 * proportion to the terms they spent there, so a school no longer improves its figures by moving
 * pupils off its roll before the January census of year 11.
 *
 * <p>Pupils who left without a known destination have no result, and so count nowhere (as in FFT's
 * analysis); the inclusion indicators count them instead.
 *
 * <pre>{@code
 * Progress8Result p8 = Progress8Calculator.DEFAULT.calculate(cohort);
 * TimeOnRollResult whosLeft = TimeOnRollCalculator.DEFAULT.calculate(cohort, p8);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimeOnRollCalculator {

  /** The calculator with the shipped parameters. */
  public static final TimeOnRollCalculator DEFAULT = of(AccountabilityParameters.DEFAULT);

  static final SourceReference WHOS_LEFT = SourceReference.of(
      "FFT Education Datalab (2018) Who's Left: the main findings",
      "https://ffteducationdatalab.org.uk/2018/01/whos-left-the-main-findings/");

  private final AccountabilityParameters parameters;

  private TimeOnRollCalculator(AccountabilityParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * A calculator using some parameters (terms in key stage 4, confidence z-value).
   *
   * @param parameters the parameters
   * @return the calculator
   */
  public static TimeOnRollCalculator of(AccountabilityParameters parameters) {
    return new TimeOnRollCalculator(parameters);
  }

  /**
   * Weights each scored pupil's capped Progress 8 across the schools they attended.
   *
   * @param cohort the cohort the Progress 8 result was computed from
   * @param progress8 the Progress 8 result
   * @return the weighted result
   * @throws IllegalArgumentException naming a pupil whose terms exceed the key stage
   */
  public TimeOnRollResult calculate(Cohort cohort, Progress8Result progress8) {
    AccountabilityParameter terms = parameters.get(AccountabilityParameters.TERMS_IN_KEY_STAGE_4);
    AccountabilityParameter z = parameters.get(AccountabilityParameters.CONFIDENCE_Z);
    Map<String, KeyStage4Pupil> byId = new TreeMap<>();
    cohort.pupils().forEach(p -> byId.put(p.id(), p));
    Map<Integer, double[]> sums = new TreeMap<>(); // {sum w, sum w * score, sum w^2, pupils}
    ImmutableMap.Builder<String, ImmutableSortedMap<Integer, Double>> weights = ImmutableMap.builder();
    for (PupilProgress8 scored : progress8.pupils()) {
      KeyStage4Pupil pupil = byId.get(scored.pupilId());
      if (pupil == null) {
        throw new IllegalArgumentException("TimeOnRollCalculator: pupil " + scored.pupilId()
            + " of the Progress 8 result is not in the cohort");
      }
      ImmutableSortedMap<Integer, Double> w = TimeOnRollWeights.of(pupil, (int) terms.value());
      weights.put(pupil.id(), w);
      for (Map.Entry<Integer, Double> e : w.entrySet()) {
        double[] s = sums.computeIfAbsent(e.getKey(), k -> new double[4]);
        s[0] += e.getValue();
        s[1] += e.getValue() * scored.cappedScore();
        s[2] += e.getValue() * e.getValue();
        s[3] += 1;
      }
    }
    double sigma = progress8.pupilStandardDeviation();
    ImmutableSortedMap.Builder<Integer, SchoolTimeOnRollProgress8> schools = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<Integer, double[]> e : sums.entrySet()) {
      double[] s = e.getValue();
      double score = s[1] / s[0];
      double half = z.value() * sigma * Math.sqrt(s[2]) / s[0];
      Explanation explanation = Explanation.builder()
          .rule("Time-on-roll Progress 8 = sum(weight * capped pupil score) / sum(weight), weight = terms at school / terms on any roll")
          .source(WHOS_LEFT)
          .result(String.format("%+.2f", score))
          .putInputs("school", Integer.toString(e.getKey()))
          .putInputs("pupils with any time on roll", Long.toString((long) s[3]))
          .putInputs("sum of weights (full-key-stage pupils)", String.format("%.3f", s[0]))
          .putInputs("sum of weighted scores", String.format("%.4f", s[1]))
          .putInputs("95% interval", String.format("%+.2f to %+.2f", score - half, score + half))
          .addParameters(terms.use(), z.use())
          .build();
      schools.put(e.getKey(), SchoolTimeOnRollProgress8.builder()
          .urn(e.getKey()).pupils((int) s[3]).weightedPupils(s[0]).score(score)
          .lowerBound(score - half).upperBound(score + half).explanation(explanation).build());
    }
    return TimeOnRollResult.builder().pupilWeights(weights.build()).schools(schools.build()).build();
  }
}
