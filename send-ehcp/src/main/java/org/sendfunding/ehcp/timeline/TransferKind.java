package org.sendfunding.ehcp.timeline;

/**
 * The kinds of phase transfer for which SEND Regulations 2014 reg 18 sets a date by which the plan
 * must be amended to name the new setting.
 *
 * <p>A move from primary to secondary school in September 2025 must be named by 15 February 2025.
 */
public enum TransferKind {
  /** Between school phases (e.g. infant to junior, primary to secondary): by 15 February of the year of transfer. */
  SCHOOL_PHASE("transfer-school"),
  /** From secondary school to a post-16 institution: by 31 March of the year of transfer. */
  SECONDARY_TO_POST16("transfer-post16"),
  /** From one post-16 institution to another: at least 5 months before the transfer. */
  POST16_TO_POST16("transfer-post16-to-post16");

  private final String periodId;

  TransferKind(String periodId) {
    this.periodId = periodId;
  }

  /** The id of the statutory period that sets the deadline. */
  public String periodId() {
    return periodId;
  }
}
