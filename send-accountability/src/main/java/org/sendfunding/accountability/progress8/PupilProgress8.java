package org.sendfunding.accountability.progress8;

import org.immutables.value.Value;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.SenProvision;
import java.util.Optional;

/**
 * One pupil's Progress 8 score: {@code (Attainment 8 - estimate) / 10}, and the score after the
 * negative-score cap.
 *
 * <p>A pupil in a group estimated at 40.0 who scores 28.0 has a score of -1.2; if the group's floor
 * is -3.0 the capped score is also -1.2, and a pupil scoring 0 (score -4.0) is capped at -3.0. The
 * uncapped score stays in the data.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PupilProgress8 {

  PupilProgress8() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PupilProgress8}. */
  public static final class Builder extends ImmutablePupilProgress8.Builder {
    Builder() {}
  }

  /** The pupil's id. */
  public abstract String pupilId();

  /** The pupil's end-of-key-stage school. */
  public abstract int schoolUrn();

  /** The pupil's SEN provision. */
  public abstract SenProvision senProvision();

  /** The pupil's primary need, if they have SEN. */
  public abstract Optional<NeedType> primaryNeed();

  /** The prior-attainment group. */
  public abstract int group();

  /** The pupil's Attainment 8. */
  public abstract double attainment8();

  /** The group's estimated Attainment 8. */
  public abstract double estimate();

  /** The uncapped score, {@code (attainment8 - estimate) / 10}. */
  public abstract double score();

  /** The group's floor: the lowest score that counts towards a school's average. */
  public abstract double floor();

  /** The score that counts: {@code max(score, floor)}. */
  @Value.Derived
  public double cappedScore() {
    return Math.max(score(), floor());
  }

  /** Whether the pupil's prior attainment uses a KS2 nominal score (working below the standard of the tests). */
  @Value.Default
  public boolean hasNominalKs2Score() {
    return false;
  }

  /** Whether the pupil's prior attainment rests on one KS2 score (the single-score rule). */
  @Value.Default
  public boolean singleKs2Score() {
    return false;
  }

  /** Whether the cap raised this pupil's score. */
  public boolean isCapped() {
    return score() < floor();
  }
}
