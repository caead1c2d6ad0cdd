package org.sendfunding.accountability.progress8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Multimaps;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.accountability.cohort.KeyStage4Pupil;
import org.sendfunding.accountability.parameters.AccountabilityParameter;
import org.sendfunding.accountability.parameters.AccountabilityParameters;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.SenProvision;

/**
 * Computes Attainment 8 based Progress 8 scores for pupils and schools as DfE defines them.
 *
 * <p>For each pupil on roll at the end of key stage 4 with prior attainment: score = (Attainment 8 -
 * the group's estimate) / 10. Since 2018 very negative scores are capped: each group's floor is
 * {@code progress8.cap.sdMultiple} standard deviations (of the group's pupil scores) below the group's
 * mean score, and a school's score is the mean of its pupils' capped scores. The 95% confidence
 * interval is {@code score +/- z * sigma / sqrt(n)}, sigma being the standard deviation of all
 * pupils' capped scores (DfE uses the national figure). Pupils without prior attainment are excluded
 * and counted; pupils who left without a known destination have no result and are not in Progress 8.
 *
 * <pre>{@code
 * Progress8Result r = Progress8Calculator.DEFAULT.calculate(cohort);
 * Progress8Result national = Progress8Calculator.DEFAULT.calculate(cohort, dfeEstimates);
 * Progress8Calculator capAt2 = Progress8Calculator.of(
 *     AccountabilityParameters.DEFAULT.withValue(AccountabilityParameters.CAP_SD_MULTIPLE, 2.0, "what-if"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Progress8Calculator {

  /** The calculator with the shipped parameters. */
  public static final Progress8Calculator DEFAULT = of(AccountabilityParameters.DEFAULT);

  static final SourceReference GUIDE = SourceReference.of(
      "Secondary accountability measures: guide for maintained secondary schools, academies and free schools (DfE, February 2020)",
      "Progress 8; Pupils with extremely negative progress scores; Confidence intervals; Annex A",
      "https://www.gov.uk/government/publications/progress-8-school-performance-measure");

  private final AccountabilityParameters parameters;
  private final PriorAttainmentGroups groups;

  private Progress8Calculator(AccountabilityParameters parameters) {
    this.parameters = parameters;
    this.groups = PriorAttainmentGroups.of(parameters);
  }

  /**
   * A calculator using some parameters.
   *
   * @param parameters the parameters
   * @return the calculator
   */
  public static Progress8Calculator of(AccountabilityParameters parameters) {
    return new Progress8Calculator(parameters);
  }

  /** The parameters used. */
  public AccountabilityParameters parameters() {
    return parameters;
  }

  /** How pupils are grouped by prior attainment. */
  public PriorAttainmentGroups groups() {
    return groups;
  }

  /**
   * Progress 8 with estimates computed from the cohort itself.
   *
   * @param cohort the cohort
   * @return the result
   */
  public Progress8Result calculate(Cohort cohort) {
    return calculate(cohort, Attainment8Estimates.fromCohort(cohort, groups));
  }

  /**
   * Progress 8 with supplied estimates (e.g. DfE's national figures).
   *
   * @param cohort the cohort
   * @param estimates an estimate for every group a pupil falls in
   * @return the result
   * @throws java.util.NoSuchElementException naming the group if a pupil's group has no estimate
   */
  public Progress8Result calculate(Cohort cohort, Attainment8Estimates estimates) {
    AccountabilityParameter capMultiple = parameters.get(AccountabilityParameters.CAP_SD_MULTIPLE);
    AccountabilityParameter z = parameters.get(AccountabilityParameters.CONFIDENCE_Z);
    AccountabilityParameter divisor = parameters.get(AccountabilityParameters.SCORE_DIVISOR);

    Map<Integer, Double> floors = new TreeMap<>();
    List<PupilProgress8> scored = new ArrayList<>();
    Map<Integer, Integer> withoutPrior = new TreeMap<>();
    int totalWithoutPrior = 0;
    for (KeyStage4Pupil p : cohort.pupils()) {
      if (p.attainment8().isEmpty()) {
        continue;
      }
      OptionalInt group = groups.groupOf(p);
      if (group.isEmpty()) {
        withoutPrior.merge(p.schoolUrn(), 1, Integer::sum);
        totalWithoutPrior++;
        continue;
      }
      GroupEstimate e = estimates.estimate(group.getAsInt());
      // The group's mean score is zero when the estimate is the group's mean, so the floor is simply
      // the chosen number of score standard deviations (A8 SD / 10) below zero.
      double floor = -capMultiple.value() * e.standardDeviation() / divisor.value();
      floors.put(e.group(), floor);
      scored.add(PupilProgress8.builder()
          .pupilId(p.id())
          .schoolUrn(p.schoolUrn())
          .senProvision(p.senProvision())
          .primaryNeed(p.primaryNeed())
          .group(e.group())
          .attainment8(p.attainment8().get())
          .estimate(e.meanAttainment8())
          .score((p.attainment8().get() - e.meanAttainment8()) / divisor.value())
          .floor(floor)
          .build());
    }
    double[] capped = scored.stream().mapToDouble(PupilProgress8::cappedScore).toArray();
    double sigma = capped.length == 0 ? 0 : Statistics.populationStandardDeviation(capped, Statistics.mean(capped));

    ImmutableListMultimap<Integer, PupilProgress8> bySchool = Multimaps.index(scored, PupilProgress8::schoolUrn);
    ImmutableSortedMap.Builder<Integer, SchoolProgress8> schools = ImmutableSortedMap.naturalOrder();
    for (int urn : new java.util.TreeSet<>(bySchool.keySet())) {
      schools.put(urn, school(urn, bySchool.get(urn), withoutPrior.getOrDefault(urn, 0), sigma, capMultiple, z, divisor));
    }

    Map<SenProvision, SubgroupProgress8> byProvision = new EnumMap<>(SenProvision.class);
    for (SenProvision sp : SenProvision.values()) {
      List<PupilProgress8> in = scored.stream().filter(p -> p.senProvision() == sp).toList();
      if (!in.isEmpty()) {
        byProvision.put(sp, SubgroupProgress8.of(sp.description(), in));
      }
    }
    Map<NeedType, SubgroupProgress8> byNeed = new EnumMap<>(NeedType.class);
    for (NeedType nt : NeedType.values()) {
      List<PupilProgress8> in = scored.stream().filter(p -> p.primaryNeed().orElse(null) == nt).toList();
      if (!in.isEmpty()) {
        byNeed.put(nt, SubgroupProgress8.of(nt.censusCode() + " " + nt.description(), in));
      }
    }
    long nCapped = scored.stream().filter(PupilProgress8::isCapped).count();
    Explanation cohortExplanation = Explanation.builder()
        .rule("Progress 8 for the cohort: pupil score = (Attainment 8 - group estimate) / 10, capped at each group's floor")
        .source(GUIDE)
        .result(String.format("%d pupils scored, %d capped (%.2f%%)", scored.size(), nCapped,
            scored.isEmpty() ? 0.0 : 100.0 * nCapped / scored.size()))
        .putInputs("estimates", estimates.source())
        .putInputs("prior-attainment groups", Integer.toString(estimates.groups().size()))
        .putInputs("pupils without prior attainment (excluded)", Integer.toString(totalWithoutPrior))
        .putInputs("standard deviation of pupil scores", String.format("%.4f", sigma))
        .addParameters(capMultiple.use(), z.use(), divisor.use())
        .build();
    return Progress8Result.builder()
        .estimates(estimates)
        .floors(ImmutableSortedMap.copyOf(floors))
        .pupilStandardDeviation(sigma)
        .pupils(scored)
        .pupilsWithoutPriorAttainment(totalWithoutPrior)
        .schools(schools.build())
        .byProvision(byProvision)
        .byNeedType(byNeed)
        .explanation(cohortExplanation)
        .build();
  }

  private static SchoolProgress8 school(int urn, ImmutableList<PupilProgress8> pupils, int withoutPrior,
      double sigma, AccountabilityParameter capMultiple, AccountabilityParameter z, AccountabilityParameter divisor) {
    SubgroupProgress8 all = SubgroupProgress8.of("all pupils", pupils);
    double halfWidth = z.value() * sigma / Math.sqrt(all.pupils());
    Map<SenProvision, SubgroupProgress8> byProvision = new EnumMap<>(SenProvision.class);
    for (SenProvision sp : SenProvision.values()) {
      List<PupilProgress8> in = pupils.stream().filter(p -> p.senProvision() == sp).toList();
      if (!in.isEmpty()) {
        byProvision.put(sp, SubgroupProgress8.of(sp.description(), in));
      }
    }
    double sum = pupils.stream().mapToDouble(PupilProgress8::cappedScore).sum();
    Explanation interval = Explanation.builder()
        .rule("95% confidence interval = score +/- z * sigma / sqrt(pupils)")
        .source(GUIDE)
        .result(String.format("%+.2f to %+.2f", all.meanScore() - halfWidth, all.meanScore() + halfWidth))
        .putInputs("sigma (standard deviation of all pupils' capped scores)", String.format("%.4f", sigma))
        .putInputs("pupils", Integer.toString(all.pupils()))
        .addParameters(z.use())
        .build();
    Explanation explanation = Explanation.builder()
        .rule("School Progress 8 = mean of its pupils' capped Progress 8 scores")
        .source(GUIDE)
        .result(String.format("%+.2f", all.meanScore()))
        .putInputs("school", Integer.toString(urn))
        .putInputs("pupils scored", Integer.toString(all.pupils()))
        .putInputs("sum of capped scores", String.format("%.4f", sum))
        .putInputs("pupils capped", Integer.toString(all.pupilsCapped()))
        .putInputs("uncapped score", String.format("%+.2f", all.meanUncappedScore()))
        .putInputs("pupils without prior attainment (excluded)", Integer.toString(withoutPrior))
        .addParameters(capMultiple.use(), divisor.use())
        .addChildren(interval)
        .build();
    return SchoolProgress8.builder()
        .urn(urn)
        .pupils(all.pupils())
        .pupilsWithoutPriorAttainment(withoutPrior)
        .pupilsCapped(all.pupilsCapped())
        .score(all.meanScore())
        .uncappedScore(all.meanUncappedScore())
        .lowerBound(all.meanScore() - halfWidth)
        .upperBound(all.meanScore() + halfWidth)
        .byProvision(byProvision)
        .explanation(explanation)
        .build();
  }
}
