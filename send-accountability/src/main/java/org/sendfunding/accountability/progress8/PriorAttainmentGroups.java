package org.sendfunding.accountability.progress8;

import java.util.OptionalInt;
import org.sendfunding.accountability.cohort.KeyStage4Pupil;
import org.sendfunding.accountability.parameters.AccountabilityParameter;
import org.sendfunding.accountability.parameters.AccountabilityParameters;

/**
 * Assigns each pupil a prior-attainment group: the group supplied with the pupil, or a band of their
 * KS2 average scaled score.
 *
 * <p>Bands are {@code priorattainment.group.width} wide starting at the lowest scaled score: with
 * width 2.5 from 80, a KS2 average of 80.0 to 82.49 is group 1, 100.0 to 102.49 is group 9, and 120 (the
 * top of the scale) falls in group 16. DfE publishes its own boundaries each year (finer in the
 * middle of the scale); supply them as groups when you have them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PriorAttainmentGroups {

  private final AccountabilityParameter minimum;
  private final AccountabilityParameter maximum;
  private final AccountabilityParameter width;

  private PriorAttainmentGroups(AccountabilityParameters parameters) {
    this.minimum = parameters.get(AccountabilityParameters.KS2_MINIMUM);
    this.maximum = parameters.get(AccountabilityParameters.KS2_MAXIMUM);
    this.width = parameters.get(AccountabilityParameters.GROUP_WIDTH);
    if (!(width.value() > 0) || !(maximum.value() > minimum.value())) {
      throw new IllegalArgumentException("PriorAttainmentGroups: group width " + width.value()
          + " must be positive and KS2 range " + minimum.value() + " to " + maximum.value() + " non-empty");
    }
  }

  /**
   * The grouping under some parameters.
   *
   * @param parameters the parameters
   * @return the grouping
   */
  public static PriorAttainmentGroups of(AccountabilityParameters parameters) {
    return new PriorAttainmentGroups(parameters);
  }

  /**
   * The pupil's group, or empty when they have no prior attainment.
   *
   * @param pupil the pupil
   * @return the group, 1 upwards
   */
  public OptionalInt groupOf(KeyStage4Pupil pupil) {
    if (pupil.priorAttainmentGroup().isPresent()) {
      return OptionalInt.of(pupil.priorAttainmentGroup().get());
    }
    if (pupil.ks2AverageScore().isEmpty()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(groupOfScore(pupil.ks2AverageScore().get()));
  }

  /**
   * The group of a KS2 average scaled score.
   *
   * @param score the score within the scale
   * @return the group
   */
  public int groupOfScore(double score) {
    int last = (int) Math.ceil((maximum.value() - minimum.value()) / width.value());
    int group = (int) Math.floor((score - minimum.value()) / width.value()) + 1;
    return Math.max(1, Math.min(last, group));
  }

  /** The group-width parameter used. */
  public AccountabilityParameter width() {
    return width;
  }
}
