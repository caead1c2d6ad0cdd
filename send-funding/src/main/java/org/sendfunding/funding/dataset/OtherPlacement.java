package org.sendfunding.funding.dataset;

/**
 * Placements that SEN2 counts for children and young people with EHC plans but for which the model
 * funds no setting: educated elsewhere (other arrangements, home education, not in a school or college),
 * not in education, employment or training (NEET), and placement not known.
 *
 * <p>In January 2025 they held 69,089 of England's 638,745 plans (educated elsewhere 49,750, of which
 * NEET 18,056; placement unknown 19,339: "Education, health and care plans", 2025). They are counted in
 * the caseload so that its total and setting split match SEN2; their cost, where there is one, is
 * part of the LA's other high-needs spend, not of placement costs.
 *
 * <pre>{@code
 * FundingDataset.england().caseload(876).otherPlacements().get(OtherPlacement.NEET); // 11 (Halton, January 2025)
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
public enum OtherPlacement {
  /** Educated elsewhere, other than NEET (SEN2 "educated elsewhere" less NEET, which it includes). */
  EDUCATED_ELSEWHERE("Educated elsewhere (not NEET)"),
  /** Not in education, employment or training. */
  NEET("Not in education, employment or training"),
  /** Placement not known to the LA. */
  PLACEMENT_UNKNOWN("Placement unknown");

  private final String displayName;

  OtherPlacement(String displayName) {
    this.displayName = displayName;
  }

  /** A readable name for tables. */
  public String displayName() {
    return displayName;
  }
}
