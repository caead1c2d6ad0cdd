package org.sendfunding.ehcp.caseload;

/**
 * A measure published in DfE's national EHC plan statistics (SEN2), by calendar year.
 *
 * <p>{@code PCT_WITHIN_20_WEEKS_EXCL_EXCEPTIONS} for 2024 is 46.4: of new plans issued in 2024 whose
 * case had no reg 10(4) exception, 46.4% were issued within 20 weeks.
 */
public enum NationalMeasure {
  /** EHC plans in force in January. */
  PLANS_IN_FORCE,
  /** Initial requests for an EHC needs assessment received in the year. */
  REQUESTS,
  /** New EHC plans issued in the year. */
  NEW_PLANS,
  /** Plans ceased in the year. */
  CEASED,
  /** Percentage of new plans issued within 20 weeks, all cases. */
  PCT_WITHIN_20_WEEKS_INCL_EXCEPTIONS,
  /** Percentage of new plans issued within 20 weeks, cases with an exception left out. */
  PCT_WITHIN_20_WEEKS_EXCL_EXCEPTIONS
}
