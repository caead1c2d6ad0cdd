package org.sendfunding.accountability.cva;

import org.sendfunding.accountability.cohort.School;

/**
 * The groups of schools that get separate contextual value added models: DfE's 2006-2010 CVA fitted
 * special schools apart from mainstream schools, because the relation between prior attainment and
 * outcomes differs.
 *
 * <p>{@code CvaSector.SPECIAL_SCHOOLS.includes(school)} is {@code school.isSpecial()}.
 */
public enum CvaSector {
  /** Special schools (maintained, academy, non-maintained, independent). */
  SPECIAL_SCHOOLS("special schools"),
  /** Every other school: mainstream, resourced provision, alternative provision. */
  OTHER_SCHOOLS("mainstream and other schools");

  private final String displayName;

  CvaSector(String displayName) {
    this.displayName = displayName;
  }

  /** A readable name. */
  public String displayName() {
    return displayName;
  }

  /**
   * Whether a school belongs to this sector.
   *
   * @param school the school
   * @return true if its model is this sector's
   */
  public boolean includes(School school) {
    return school.isSpecial() == (this == SPECIAL_SCHOOLS);
  }
}
