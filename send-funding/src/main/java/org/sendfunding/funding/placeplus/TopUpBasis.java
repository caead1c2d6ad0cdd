package org.sendfunding.funding.placeplus;

/**
 * How a pupil's element 3 top-up is set.
 *
 * <p>For example a Shropshire pupil on EHCP top-up level 2 is {@link #BAND} with band {@code
 * EHCP-2}; a pupil whose LA pays the costed excess over the first £6,000 is {@link
 * #COST_ABOVE_BASE}; a pupil on SEN support with no top-up is {@link #NONE}.
 */
public enum TopUpBasis {
  /** No top-up. */
  NONE,
  /** The amount of a band of the LA's local banding (clamped to the band's range if it has one). */
  BAND,
  /** The cost of provision above what elements 1-2 or place funding already cover. */
  COST_ABOVE_BASE,
  /** An amount agreed with the provider. */
  AGREED_AMOUNT
}
