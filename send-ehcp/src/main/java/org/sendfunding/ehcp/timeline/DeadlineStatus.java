package org.sendfunding.ehcp.timeline;

/**
 * Whether a statutory deadline was met, as at a date.
 *
 * <p>A final plan due on 20 January 2025 and issued on 24 January 2025 is {@link #LATE} by 4 days; one
 * not yet issued on 1 February 2025 is {@link #OVERDUE} by 12 days.
 */
public enum DeadlineStatus {
  /** Done in time. */
  MET,
  /** Done, but after the deadline. */
  LATE,
  /** Not done and the deadline has passed. */
  OVERDUE,
  /** Not done and the deadline has not yet passed. */
  PENDING,
  /** Done before a period that must first run out had ended (a final plan inside the 15-day comment period). */
  TOO_EARLY,
  /** A right of the family (such as appeal) that was not used in time; not a failure by the LA. */
  EXPIRED;

  /** Whether the deadline was missed: {@link #LATE}, {@link #OVERDUE} or {@link #TOO_EARLY}. */
  public boolean isMissed() {
    return this == LATE || this == OVERDUE || this == TOO_EARLY;
  }
}
