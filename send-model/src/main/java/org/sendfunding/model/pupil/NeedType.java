package org.sendfunding.model.pupil;

import java.util.Arrays;

/**
 * A type of special educational need as coded in the school census (primary and secondary need).
 *
 * <p>The 13 codes: {@code SPLD, MLD, SLD, PMLD, SEMH, SLCN, ASD, HI, VI, MSI, PD, OTH, NSA}. {@code
 * NeedType.fromCensusCode("SEMH")} is {@link #SEMH}. {@link #NSA} (no specialist assessment) is valid
 * only for pupils on SEN support (provision K): a pupil with an EHC plan has been assessed.
 */
public enum NeedType {
  SPLD("SPLD", "Specific learning difficulty", BroadAreaOfNeed.COGNITION_AND_LEARNING),
  MLD("MLD", "Moderate learning difficulty", BroadAreaOfNeed.COGNITION_AND_LEARNING),
  SLD("SLD", "Severe learning difficulty", BroadAreaOfNeed.COGNITION_AND_LEARNING),
  PMLD("PMLD", "Profound and multiple learning difficulty", BroadAreaOfNeed.COGNITION_AND_LEARNING),
  SEMH("SEMH", "Social, emotional and mental health", BroadAreaOfNeed.SOCIAL_EMOTIONAL_AND_MENTAL_HEALTH),
  SLCN("SLCN", "Speech, language and communication needs", BroadAreaOfNeed.COMMUNICATION_AND_INTERACTION),
  ASD("ASD", "Autistic spectrum disorder", BroadAreaOfNeed.COMMUNICATION_AND_INTERACTION),
  HI("HI", "Hearing impairment", BroadAreaOfNeed.SENSORY_AND_PHYSICAL),
  VI("VI", "Visual impairment", BroadAreaOfNeed.SENSORY_AND_PHYSICAL),
  MSI("MSI", "Multi-sensory impairment", BroadAreaOfNeed.SENSORY_AND_PHYSICAL),
  PD("PD", "Physical disability", BroadAreaOfNeed.SENSORY_AND_PHYSICAL),
  OTH("OTH", "Other difficulty/disability", BroadAreaOfNeed.OTHER),
  NSA("NSA", "SEN support but no specialist assessment of type of need", BroadAreaOfNeed.NOT_ASSESSED);

  private final String censusCode;
  private final String description;
  private final BroadAreaOfNeed broadArea;

  NeedType(String censusCode, String description, BroadAreaOfNeed broadArea) {
    this.censusCode = censusCode;
    this.description = description;
    this.broadArea = broadArea;
  }

  /** The census code, e.g. {@code "SEMH"}. */
  public String censusCode() {
    return censusCode;
  }

  /** The census description. */
  public String description() {
    return description;
  }

  /** The broad area of need this type belongs to. */
  public BroadAreaOfNeed broadArea() {
    return broadArea;
  }

  /**
   * The need type with a census code.
   *
   * @param code e.g. {@code "ASD"}
   * @return the need type
   * @throws IllegalArgumentException listing the valid codes if none matches
   */
  public static NeedType fromCensusCode(String code) {
    for (NeedType t : values()) {
      if (t.censusCode.equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "NeedType: '" + code + "' is not a census need code; expected one of "
            + Arrays.stream(values()).map(NeedType::censusCode).toList());
  }
}
