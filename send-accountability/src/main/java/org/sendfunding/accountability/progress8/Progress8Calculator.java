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
 * <p>Each pupil on roll at the end of key stage 4 with prior attainment is placed in DfE's
 * prior-attainment group ({@link PriorAttainmentGroups}: KS2 scaled or nominal scores, the single-score
 * rule) and scored {@code (Attainment 8 - the group's estimate) / 10}. Since 2018 very negative scores
 * are capped: each group has a floor, and a school's score is the mean of its pupils' capped scores.
 * The floor is DfE's published floor when the estimates carry one; otherwise {@code
 * progress8.cap.sdMultiple} standard deviations of the group's pupil scores below zero (the national
 * group mean), the standard deviation being the estimates' own (cohort estimates) or that of the
 * cohort's reference pupils in the group (national estimates, which publish none). The 95% confidence
 * interval is {@code score +/- z * sigma / sqrt(n)}, sigma being the standard deviation of the
 * reference pupils' capped scores ({@code progress8.confidenceInterval.cappedScores}; DfE uses the
 * national figure). The reference pupils are those in mainstream schools ({@code
 * progress8.estimates.mainstreamOnly}), as DfE's national figures are. Pupils without prior attainment
 * are excluded and counted; pupils who left without a known destination have no result and are not in
 * Progress 8.
 *
 * <pre>{@code
 * Progress8Result own = Progress8Calculator.DEFAULT.calculate(cohort);          // estimates from the cohort's mainstream pupils
 * Progress8Result national = Progress8Calculator.DEFAULT.calculateNational(cohort, 2023);  // DfE's 2023 estimates
 * Progress8Calculator capAt2 = Progress8Calculator.of(
 *     AccountabilityParameters.DEFAULT.withValue(AccountabilityParameters.CAP_SD_MULTIPLE, 2.0, "what-if"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Progress8Calculator {

  /** The calculator with the shipped parameters and DfE's latest embedded prior-attainment groups. */
  public static final Progress8Calculator DEFAULT = of(AccountabilityParameters.DEFAULT);

  static final SourceReference GUIDE = SourceReference.of(
      "Secondary accountability measures: guide for maintained secondary schools, academies and free schools (DfE, February 2020)",
      "Progress 8; Pupils with extremely negative progress scores; Confidence intervals; Annex A",
      "https://www.gov.uk/government/publications/progress-8-school-performance-measure");

  private final AccountabilityParameters parameters;
  private final PriorAttainmentGroups groups;

  private Progress8Calculator(AccountabilityParameters parameters, PriorAttainmentGroups groups) {
    this.parameters = parameters;
    this.groups = groups.withSingleScoreAllowed(
        parameters.get(AccountabilityParameters.SINGLE_SCORE_ALLOWED).value() == 1);
  }

  /**
   * A calculator using some parameters and DfE's latest embedded groups.
   *
   * @param parameters the parameters
   * @return the calculator
   */
  public static Progress8Calculator of(AccountabilityParameters parameters) {
    return new Progress8Calculator(parameters, NationalEstimates.groups(NationalEstimates.latestYear()));
  }

  /**
   * This calculator with other prior-attainment groups, e.g. another year's.
   *
   * @param groups the groups
   * @return the calculator
   */
  public Progress8Calculator withGroups(PriorAttainmentGroups groups) {
    return new Progress8Calculator(parameters, groups);
  }

  /** The parameters used. */
  public AccountabilityParameters parameters() {
    return parameters;
  }

  /** How pupils are grouped by prior attainment. */
  public PriorAttainmentGroups groups() {
    return groups;
  }

  /** Whose results make cohort estimates, floors and the confidence intervals' sigma. */
  public EstimatePopulation referencePopulation() {
    return parameters.get(AccountabilityParameters.ESTIMATES_MAINSTREAM_ONLY).value() == 1
        ? EstimatePopulation.MAINSTREAM_SCHOOLS : EstimatePopulation.ALL_SCHOOLS;
  }

  /**
   * Progress 8 with estimates computed from the cohort's reference pupils (mainstream schools, as DfE).
   *
   * @param cohort the cohort
   * @return the result
   */
  public Progress8Result calculate(Cohort cohort) {
    return calculate(cohort, Attainment8Estimates.fromCohort(cohort, groups, referencePopulation()));
  }

  /**
   * Progress 8 with DfE's embedded national estimates and groups of a year.
   *
   * @param cohort the cohort
   * @param year the year of the estimates, one of {@link NationalEstimates#years()}
   * @return the result
   * @throws java.util.NoSuchElementException naming the embedded years
   */
  public Progress8Result calculateNational(Cohort cohort, int year) {
    return withGroups(NationalEstimates.groups(year)).calculate(cohort, NationalEstimates.attainment8(year));
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
    AccountabilityParameter cappedSigma = parameters.get(AccountabilityParameters.CONFIDENCE_CAPPED_SCORES);
    AccountabilityParameter singleScore = parameters.get(AccountabilityParameters.SINGLE_SCORE_ALLOWED);
    AccountabilityParameter mainstreamOnly = parameters.get(AccountabilityParameters.ESTIMATES_MAINSTREAM_ONLY);
    EstimatePopulation population = referencePopulation();

    // First pass: every scored pupil's group, estimate and uncapped score.
    List<KeyStage4Pupil> scoredPupils = new ArrayList<>();
    List<GroupEstimate> pupilEstimates = new ArrayList<>();
    Map<Integer, Integer> withoutPrior = new TreeMap<>();
    int totalWithoutPrior = 0;
    Map<Integer, List<Double>> referenceScores = new TreeMap<>();
    List<Double> allReferenceScores = new ArrayList<>();
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
      scoredPupils.add(p);
      pupilEstimates.add(e);
      if (population.includes(cohort.school(p.schoolUrn()))) {
        double score = (p.attainment8().get() - e.meanAttainment8()) / divisor.value();
        referenceScores.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(score);
        allReferenceScores.add(score);
      }
    }

    // Floors: published, else k SDs of the estimates' group, else k SDs of the reference pupils' scores.
    Map<Integer, Double> floors = new TreeMap<>();
    Map<Integer, String> floorSources = new TreeMap<>();
    for (GroupEstimate e : pupilEstimates) {
      int g = e.group();
      if (floors.containsKey(g)) {
        continue;
      }
      Double published = estimates.publishedFloors().get(g);
      if (published != null) {
        floors.put(g, published);
        floorSources.put(g, "published (" + estimates.floorsSource() + ")");
      } else if (e.hasDistribution()) {
        // The group's mean score is zero when the estimate is the group's mean, so the floor is simply
        // the chosen number of score standard deviations (A8 SD / 10) below zero.
        floors.put(g, -capMultiple.value() * e.standardDeviation() / divisor.value());
        floorSources.put(g, "estimates' SD");
      } else {
        List<Double> in = referenceScores.getOrDefault(g, List.of());
        // One or no reference pupil gives no spread to measure; fall back on the spread of all of them.
        List<Double> basis = in.size() >= 2 ? in : allReferenceScores;
        double[] v = basis.stream().mapToDouble(Double::doubleValue).toArray();
        double sd = v.length == 0 ? 0 : Statistics.populationStandardDeviation(v, Statistics.mean(v));
        floors.put(g, -capMultiple.value() * sd);
        floorSources.put(g, in.size() >= 2 ? "cohort SD" : "cohort SD (all groups: fewer than 2 reference pupils here)");
      }
    }

    List<PupilProgress8> scored = new ArrayList<>();
    List<Double> sigmaBasis = new ArrayList<>();
    for (int i = 0; i < scoredPupils.size(); i++) {
      KeyStage4Pupil p = scoredPupils.get(i);
      GroupEstimate e = pupilEstimates.get(i);
      PupilProgress8 pp = PupilProgress8.builder()
          .pupilId(p.id())
          .schoolUrn(p.schoolUrn())
          .senProvision(p.senProvision())
          .primaryNeed(p.primaryNeed())
          .group(e.group())
          .attainment8(p.attainment8().get())
          .estimate(e.meanAttainment8())
          .score((p.attainment8().get() - e.meanAttainment8()) / divisor.value())
          .floor(floors.get(e.group()))
          .hasNominalKs2Score(p.priorAttainmentGroup().isEmpty() && p.hasNominalKs2Score())
          .singleKs2Score(p.priorAttainmentGroup().isEmpty() && p.ks2ScoreCount() == 1)
          .build();
      scored.add(pp);
      if (population.includes(cohort.school(p.schoolUrn()))) {
        sigmaBasis.add(cappedSigma.value() == 1 ? pp.cappedScore() : pp.score());
      }
    }
    // A cohort with no reference (mainstream) pupil still gets intervals: from every scored pupil.
    if (sigmaBasis.isEmpty()) {
      scored.forEach(pp -> sigmaBasis.add(cappedSigma.value() == 1 ? pp.cappedScore() : pp.score()));
    }
    double[] sv = sigmaBasis.stream().mapToDouble(Double::doubleValue).toArray();
    double sigma = sv.length == 0 ? 0 : Statistics.populationStandardDeviation(sv, Statistics.mean(sv));

    ImmutableListMultimap<Integer, PupilProgress8> bySchool = Multimaps.index(scored, PupilProgress8::schoolUrn);
    ImmutableSortedMap.Builder<Integer, SchoolProgress8> schools = ImmutableSortedMap.naturalOrder();
    for (int urn : new java.util.TreeSet<>(bySchool.keySet())) {
      schools.put(urn, school(urn, bySchool.get(urn), withoutPrior.getOrDefault(urn, 0), sigma, capMultiple, z, divisor,
          cappedSigma));
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
        .putInputs("prior-attainment groups", groups.size() + " (" + groups.source() + "); " + estimates.groups().size() + " with estimates")
        .putInputs("reference pupils (floors, sigma)", population.description())
        .putInputs("pupils scored with a KS2 nominal score", Long.toString(scored.stream().filter(PupilProgress8::hasNominalKs2Score).count()))
        .putInputs("pupils scored on a single KS2 score", Long.toString(scored.stream().filter(PupilProgress8::singleKs2Score).count()))
        .putInputs("pupils without prior attainment (excluded)", Integer.toString(totalWithoutPrior))
        .putInputs("standard deviation of pupil scores", String.format("%.4f", sigma))
        .putInputs("floor sources", new java.util.TreeSet<>(floorSources.values()).toString())
        .addParameters(capMultiple.use(), z.use(), divisor.use(), cappedSigma.use(), singleScore.use(), mainstreamOnly.use())
        .build();
    return Progress8Result.builder()
        .estimates(estimates)
        .floors(ImmutableSortedMap.copyOf(floors))
        .floorSources(ImmutableSortedMap.copyOf(floorSources))
        .referencePopulation(population.description())
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
      double sigma, AccountabilityParameter capMultiple, AccountabilityParameter z, AccountabilityParameter divisor,
      AccountabilityParameter cappedSigma) {
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
        .putInputs("sigma (standard deviation of the reference pupils' " + (cappedSigma.value() == 1 ? "capped" : "uncapped")
            + " scores)", String.format("%.4f", sigma))
        .putInputs("pupils", Integer.toString(all.pupils()))
        .addParameters(z.use(), cappedSigma.use())
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
