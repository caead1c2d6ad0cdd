package org.sendfunding.model.pupil;

/**
 * A pupil's SEN provision as recorded in the school census.
 *
 * <p>{@code SenProvision.fromCensusCode("E")} is {@link #EHC_PLAN}. Only pupils with provision E or K
 * have a primary type of need.
 */
public enum SenProvision {
  /** E: the pupil has an education, health and care (EHC) plan. */
  EHC_PLAN("E", "Education, health and care plan"),
  /** K: SEN support, without an EHC plan. */
  SEN_SUPPORT("K", "SEN support"),
  /** N: no special educational need. */
  NO_SEN("N", "No special educational need");

  private final String censusCode;
  private final String description;

  SenProvision(String censusCode, String description) {
    this.censusCode = censusCode;
    this.description = description;
  }

  /** The one-letter code in the school census. */
  public String censusCode() {
    return censusCode;
  }

  /** The census description. */
  public String description() {
    return description;
  }

  /** Whether the pupil has special educational needs (E or K). */
  public boolean hasSen() {
    return this != NO_SEN;
  }

  /**
   * The provision with a census code.
   *
   * @param code {@code E}, {@code K} or {@code N}
   * @return the provision
   * @throws IllegalArgumentException naming the code if it is not one of them
   */
  public static SenProvision fromCensusCode(String code) {
    for (SenProvision p : values()) {
      if (p.censusCode.equals(code)) {
        return p;
      }
    }
    throw new IllegalArgumentException("SenProvision: '" + code + "' is not a census code (E, K or N)");
  }
}
