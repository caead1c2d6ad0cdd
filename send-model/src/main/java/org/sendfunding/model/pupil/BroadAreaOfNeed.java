package org.sendfunding.model.pupil;

/**
 * The four broad areas of need in the SEND Code of Practice (paragraph 6.28), plus the two census
 * groupings that sit outside them.
 *
 * <p>{@code NeedType.ASD.broadArea()} is {@link #COMMUNICATION_AND_INTERACTION}.
 */
public enum BroadAreaOfNeed {
  COMMUNICATION_AND_INTERACTION("Communication and interaction"),
  COGNITION_AND_LEARNING("Cognition and learning"),
  SOCIAL_EMOTIONAL_AND_MENTAL_HEALTH("Social, emotional and mental health"),
  SENSORY_AND_PHYSICAL("Sensory and/or physical"),
  /** Other difficulty or disability (census code OTH). */
  OTHER("Other difficulty/disability"),
  /** SEN support but no specialist assessment of type of need (census code NSA). */
  NOT_ASSESSED("No specialist assessment");

  private final String displayName;

  BroadAreaOfNeed(String displayName) {
    this.displayName = displayName;
  }

  /** The name as the Code of Practice and DfE statistics print it. */
  public String displayName() {
    return displayName;
  }
}
