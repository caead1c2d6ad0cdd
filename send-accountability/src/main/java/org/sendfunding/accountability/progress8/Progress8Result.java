package org.sendfunding.accountability.progress8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.NoSuchElementException;
import org.immutables.value.Value;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.SenProvision;

/**
 * Progress 8 for a cohort: every pupil's score, every school's score, the floors of the cap, and
 * breakdowns by SEN provision and primary need.
 *
 * <pre>{@code
 * Progress8Result r = Progress8Calculator.DEFAULT.calculate(cohort);
 * r.school(100001).score();                       // e.g. -0.21
 * r.byProvision().get(SenProvision.EHC_PLAN);     // EHC plan: 380 pupils, P8 -1.05 ...
 * r.pupilsCapped();                                // about 1% of pupils
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Progress8Result {

  Progress8Result() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Progress8Result}. */
  public static final class Builder extends ImmutableProgress8Result.Builder {
    Builder() {}
  }

  /** The estimates used. */
  public abstract Attainment8Estimates estimates();

  /** Each group's floor (capped score minimum), by group. */
  public abstract ImmutableSortedMap<Integer, Double> floors();

  /**
   * Where each group's floor comes from: "published", "estimates' SD" (k standard deviations of the
   * estimates' group) or "cohort SD" (k standard deviations of the reference pupils' scores).
   */
  public abstract ImmutableSortedMap<Integer, String> floorSources();

  /** Whose scores set the floors and the confidence intervals' standard deviation, e.g. mainstream pupils. */
  @Value.Default
  public String referencePopulation() {
    return "";
  }

  /** The standard deviation of pupil scores used for confidence intervals. */
  public abstract double pupilStandardDeviation();

  /** Scores of every pupil with prior attainment and a result, by pupil id. */
  public abstract ImmutableList<PupilProgress8> pupils();

  /** Pupils with a result but without prior attainment: excluded, as DfE excludes them. */
  public abstract int pupilsWithoutPriorAttainment();

  /** School scores, by URN (schools with at least one scored pupil). */
  public abstract ImmutableSortedMap<Integer, SchoolProgress8> schools();

  /** Cohort-wide Progress 8 by SEN provision. */
  public abstract ImmutableMap<SenProvision, SubgroupProgress8> byProvision();

  /** Cohort-wide Progress 8 by primary need of pupils with SEN. */
  public abstract ImmutableMap<NeedType, SubgroupProgress8> byNeedType();

  /** How the cohort's figures were computed (estimates, floors, pupils excluded). */
  public abstract Explanation explanation();

  /** Pupils whose score the cap raised. */
  @Value.Derived
  public int pupilsCapped() {
    return (int) pupils().stream().filter(PupilProgress8::isCapped).count();
  }

  /**
   * A school's result.
   *
   * @param urn the URN
   * @return the result
   * @throws NoSuchElementException if the school has no scored pupil
   */
  public SchoolProgress8 school(int urn) {
    SchoolProgress8 s = schools().get(urn);
    if (s == null) {
      throw new NoSuchElementException("Progress8Result: school " + urn + " has no pupil with a Progress 8 score");
    }
    return s;
  }

  @Override
  public String toString() {
    return "Progress8Result{" + schools().size() + " schools, " + pupils().size() + " pupils, "
        + pupilsCapped() + " capped, " + pupilsWithoutPriorAttainment() + " without prior attainment}";
  }
}
