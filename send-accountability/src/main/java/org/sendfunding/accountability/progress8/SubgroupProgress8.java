package org.sendfunding.accountability.progress8;

import org.immutables.value.Value;

/**
 * Progress 8 of a group of pupils, such as those with EHC plans or those whose primary need is autism.
 *
 * <p>For example "EHC plan: 420 pupils, mean A8 14.3, mean P8 -1.12 (capped), 31 capped". DfE's 2018
 * national averages were -1.09 for pupils with EHC plans and -0.43 for SEN support.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SubgroupProgress8 {

  SubgroupProgress8() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubgroupProgress8}. */
  public static final class Builder extends ImmutableSubgroupProgress8.Builder {
    Builder() {}
  }

  /** What the group is, e.g. "EHC plan" or "ASD". */
  public abstract String label();

  /** Pupils with a Progress 8 score in the group. */
  public abstract int pupils();

  /** Mean Attainment 8. */
  public abstract double meanAttainment8();

  /** Mean capped Progress 8 score. */
  public abstract double meanScore();

  /** Mean uncapped Progress 8 score. */
  public abstract double meanUncappedScore();

  /** Pupils whose score the cap raised. */
  public abstract int pupilsCapped();

  /** Pupils with an Attainment 8 of zero. */
  public abstract int pupilsWithZeroAttainment8();

  @Override
  public String toString() {
    return String.format("%s: %d pupils, A8 %.1f, P8 %+.2f (uncapped %+.2f), %d capped, %d with A8 = 0",
        label(), pupils(), meanAttainment8(), meanScore(), meanUncappedScore(), pupilsCapped(),
        pupilsWithZeroAttainment8());
  }

  static SubgroupProgress8 of(String label, Iterable<PupilProgress8> pupils) {
    int n = 0;
    int capped = 0;
    int zero = 0;
    double a8 = 0;
    double score = 0;
    double uncapped = 0;
    for (PupilProgress8 p : pupils) {
      n++;
      a8 += p.attainment8();
      score += p.cappedScore();
      uncapped += p.score();
      capped += p.isCapped() ? 1 : 0;
      zero += p.attainment8() == 0 ? 1 : 0;
    }
    double d = Math.max(n, 1);
    return builder().label(label).pupils(n).meanAttainment8(a8 / d).meanScore(score / d)
        .meanUncappedScore(uncapped / d).pupilsCapped(capped).pupilsWithZeroAttainment8(zero).build();
  }
}
