package org.sendfunding.ehcp.projection;

/**
 * The per-LA tables of DfE's SEN2 release ("Education, health and care plans",
 * explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans) that
 * {@link CaseloadCalibrator} reads, each with what its year and its key mean.
 *
 * <pre>{@code
 * PublishedCount.of(PublishedTable.CASELOAD_BY_AGE, 202, 2025, "7", 83, "caseload_by_age.csv line 40");
 * }</pre>
 *
 * <p>Caseload tables count plans in January of the year; flow tables (new plans, ceased plans, requests,
 * assessments) count the calendar year. This enum is immutable and thread-safe.
 */
public enum PublishedTable {
  /** EHC plans in January by single year of age; key: the age, 0 to 25 ("under 3" is given as 2). */
  CASELOAD_BY_AGE(true, Key.AGE),
  /** EHC plans in January by age band; key: {@code under 5}, {@code 5-10}, {@code 11-15}, {@code 16-19}, {@code 20-25}. */
  CASELOAD_BY_AGE_BAND(true, Key.AGE_BAND),
  /** EHC plans in January, all ages; no key. */
  CASELOAD(true, Key.NONE),
  /** EHC plans in January by placement; key: a {@link Placement} name. */
  CASELOAD_BY_PLACEMENT(true, Key.PLACEMENT),
  /** EHC plans in January by primary need; key: a census need code (ASD, SEMH, ...) or {@code UNKNOWN}. */
  CASELOAD_BY_NEED(true, Key.NEED),
  /** New EHC plans made in the calendar year; no key. */
  NEW_PLANS(false, Key.NONE),
  /** New EHC plans in the calendar year by age when the plan started; key: the age, 0 to 25. */
  NEW_PLANS_BY_AGE(false, Key.AGE),
  /** EHC plans that ceased in the calendar year; no key. */
  CEASED_PLANS(false, Key.NONE),
  /** Ceased EHC plans by age; key: the age, 0 to 25. */
  CEASED_PLANS_BY_AGE(false, Key.AGE),
  /** Initial requests for an EHC needs assessment received in the calendar year; no key. */
  REQUESTS(false, Key.NONE),
  /** EHC needs assessments completed in the calendar year; no key. */
  ASSESSMENTS(false, Key.NONE);

  /** What a table's key holds. */
  enum Key {
    NONE, AGE, AGE_BAND, PLACEMENT, NEED
  }

  /** The age bands of the 2010-2022 series, as keys, and their ages. */
  static final String[] BANDS = {"under 5", "5-10", "11-15", "16-19", "20-25"};
  static final int[][] BAND_AGES = {{0, 4}, {5, 10}, {11, 15}, {16, 19}, {20, 25}};

  private final boolean january;
  private final Key key;

  PublishedTable(boolean january, Key key) {
    this.january = january;
    this.key = key;
  }

  /** Whether the year is a January count (true) or a calendar year of flows (false). */
  public boolean january() {
    return january;
  }

  Key key() {
    return key;
  }
}
