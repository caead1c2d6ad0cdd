package org.sendfunding.accountability.progress8;

import org.sendfunding.accountability.cohort.School;

/**
 * Which pupils of a cohort Attainment 8 estimates, cap floors and the confidence intervals' standard
 * deviation are computed from.
 *
 * <p>DfE computes its national estimates from pupils in mainstream schools only, so that the national
 * average Progress 8 of mainstream schools is zero and special schools are measured against mainstream
 * pupils ("Key stage 4 performance", explore education statistics; The Key, "Progress 8 in special
 * schools"). {@link #MAINSTREAM_SCHOOLS} does the same with a cohort; {@link #ALL_SCHOOLS} includes
 * special schools and alternative provision, which lowers every estimate and flatters every school with
 * pupils with SEN. For example {@code MAINSTREAM_SCHOOLS.includes(specialSchool)} is false.
 */
public enum EstimatePopulation {
  /** Pupils in mainstream schools (including their resourced provision), as DfE. */
  MAINSTREAM_SCHOOLS("pupils in mainstream schools"),
  /** Every pupil, special schools and alternative provision included (not DfE's method). */
  ALL_SCHOOLS("pupils in all schools, special and AP included (not DfE's method)");

  private final String description;

  EstimatePopulation(String description) {
    this.description = description;
  }

  /** What the population is, for explanations. */
  public String description() {
    return description;
  }

  /**
   * Whether a school's pupils are in the population.
   *
   * @param school the school
   * @return true if included
   */
  public boolean includes(School school) {
    return this == ALL_SCHOOLS || school.type().isMainstream();
  }
}
