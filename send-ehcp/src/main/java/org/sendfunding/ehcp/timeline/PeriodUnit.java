package org.sendfunding.ehcp.timeline;

/**
 * How a statutory period is counted.
 *
 * <p>{@code DAYS}, {@code WEEKS} and {@code MONTHS} are calendar periods (a 20-week period from
 * Monday 2 September 2024 ends on Monday 20 January 2025); {@code WORKING_DAYS} skips weekends and
 * England and Wales bank holidays; {@code FIXED_DAY} is a day of the year, such as 15 February, in the
 * calendar year of the trigger.
 */
public enum PeriodUnit {
  /** Calendar days. */
  DAYS,
  /** Calendar weeks of 7 days. */
  WEEKS,
  /** Calendar months; a day that does not exist in the end month becomes that month's last day. */
  MONTHS,
  /** Working days: not Saturday, Sunday or an England and Wales bank holiday. */
  WORKING_DAYS,
  /** A fixed day of the year in the calendar year of the trigger. */
  FIXED_DAY
}
