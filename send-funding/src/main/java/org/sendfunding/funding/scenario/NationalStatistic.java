package org.sendfunding.funding.scenario;

/**
 * A national statistic a scenario computes for each year across LAs: consistency of funding and
 * certainty of allocations.
 *
 * <pre>{@code
 * result.statistic(FinancialYear.parse("2026-27"), NationalStatistic.GINI_FUNDING_PER_HEAD);
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
public enum NationalStatistic {
  /** Coefficient of variation of allocation per head aged 2-18. */
  CV_FUNDING_PER_HEAD,
  /** Gini coefficient of allocation per head aged 2-18. */
  GINI_FUNDING_PER_HEAD,
  /** P90/P10 of allocation per head aged 2-18. */
  P90_P10_FUNDING_PER_HEAD,
  /** Max/min of allocation per head aged 2-18. */
  MAX_MIN_FUNDING_PER_HEAD,
  /** Coefficient of variation of allocation per EHC plan. */
  CV_FUNDING_PER_EHCP,
  /** Gini coefficient of allocation per EHC plan. */
  GINI_FUNDING_PER_EHCP,
  /** P90/P10 of allocation per EHC plan. */
  P90_P10_FUNDING_PER_EHCP,
  /** Max/min of allocation per EHC plan. */
  MAX_MIN_FUNDING_PER_EHCP,
  /** Mean over LAs of |final − indicative| / final allocation. */
  MEAN_ABSOLUTE_SURPRISE,
  /** Standard deviation over LAs of the year-on-year change in allocation. */
  ALLOCATION_CHANGE_SD
}
