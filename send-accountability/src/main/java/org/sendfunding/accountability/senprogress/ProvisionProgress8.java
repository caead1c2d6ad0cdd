package org.sendfunding.accountability.senprogress;

import org.immutables.value.Value;
import org.sendfunding.model.pupil.SenProvision;

/**
 * Progress 8 of the pupils with one SEN provision (EHC plan, SEN support or no SEN) in a school or the
 * cohort, capped and uncapped, with their share of the pupils scored and their contribution to the
 * school's score.
 *
 * <p>For example 9 of a school's 60 scored pupils have EHC plans and average -1.20 capped: share 15%,
 * contribution {@code 0.15 * -1.20 = -0.18}, so 0.18 of the school's score comes from them. The
 * contributions of the three provisions add up to the school's score.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProvisionProgress8 {

  ProvisionProgress8() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProvisionProgress8}. */
  public static final class Builder extends ImmutableProvisionProgress8.Builder {
    Builder() {}
  }

  /** The provision. */
  public abstract SenProvision provision();

  /** Pupils with this provision and a Progress 8 score. */
  public abstract int pupils();

  /** Their share of all the pupils scored (0 to 1). */
  public abstract double share();

  /** Mean capped Progress 8 (0 when there are no pupils). */
  public abstract double score();

  /** Mean uncapped Progress 8 (0 when there are no pupils). */
  public abstract double uncappedScore();

  /** Pupils whose score the cap raised. */
  public abstract int pupilsCapped();

  /** Pupils scored with a KS2 nominal score (working below the standard of the tests). */
  public abstract int pupilsWithNominalKs2();

  /** Share times capped score: the part of the whole group's score these pupils make. */
  @Value.Derived
  public double contribution() {
    return share() * score();
  }

  /** Share times uncapped score. */
  @Value.Derived
  public double uncappedContribution() {
    return share() * uncappedScore();
  }

  /**
   * A short label for tables: "EHC plan", "SEN support" or "No SEN".
   *
   * @param provision the provision
   * @return the label
   */
  public static String label(SenProvision provision) {
    switch (provision) {
      case EHC_PLAN:
        return "EHC plan";
      case SEN_SUPPORT:
        return "SEN support";
      default:
        return "No SEN";
    }
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.UK, "%s: %d pupils (%.1f%%), P8 %+.2f (uncapped %+.2f), contribution %+.2f",
        label(provision()), pupils(), 100 * share(), score(), uncappedScore(), contribution());
  }
}
