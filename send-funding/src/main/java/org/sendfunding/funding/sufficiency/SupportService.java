package org.sendfunding.funding.sufficiency;

/**
 * A specialist support service whose professionals give advice in EHC needs assessments and support
 * pupils: educational psychology, speech and language therapy, occupational therapy, child and
 * adolescent mental health services (CAMHS) and specialist advisory teaching.
 *
 * <p>Each has its parameters under {@code sufficiency.services.<key>}, e.g.
 * {@code SupportService.EDUCATIONAL_PSYCHOLOGY.parameterPath("hours_per_advice")} is
 * {@code sufficiency.services.educational_psychology.hours_per_advice}.
 *
 * <p>This type is immutable and thread-safe.
 */
public enum SupportService {
  /** Educational psychologists (EPs): psychological advice is required in every assessment (reg 6(1)(d)). */
  EDUCATIONAL_PSYCHOLOGY("educational_psychology", "Educational psychology"),
  /** Speech and language therapists (SALT), usually NHS-employed. */
  SPEECH_AND_LANGUAGE_THERAPY("speech_and_language_therapy", "Speech and language therapy"),
  /** Occupational therapists (OT), usually NHS-employed. */
  OCCUPATIONAL_THERAPY("occupational_therapy", "Occupational therapy"),
  /** Child and adolescent mental health services (CAMHS). */
  CAMHS("camhs", "CAMHS"),
  /** Specialist advisory teachers (sensory impairment, autism, learning). */
  ADVISORY_TEACHING("advisory_teaching", "Advisory teaching");

  private final String key;
  private final String displayName;

  SupportService(String key, String displayName) {
    this.key = key;
    this.displayName = displayName;
  }

  /** The key used in parameter paths and CSV files, e.g. {@code educational_psychology}. */
  public String key() {
    return key;
  }

  /** A readable name. */
  public String displayName() {
    return displayName;
  }

  /** The full path of one of this service's parameters. */
  public String parameterPath(String name) {
    return "sufficiency.services." + key + "." + name;
  }

  /**
   * The service with a key (as in CSV files) or enum name.
   *
   * @param text the key, e.g. {@code camhs}
   * @return the service
   * @throws IllegalArgumentException listing the keys if none matches
   */
  public static SupportService parse(String text) {
    for (SupportService s : values()) {
      if (s.key.equalsIgnoreCase(text.trim()) || s.name().equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not one of educational_psychology, speech_and_language_therapy, "
        + "occupational_therapy, camhs, advisory_teaching");
  }
}
