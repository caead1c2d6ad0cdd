package org.sendfunding.model.setting;

/**
 * The phase of education a setting serves, as in DfE's Get Information about Schools.
 *
 * <p>A special school for ages 4 to 19 is {@link #ALL_THROUGH}.
 */
public enum Phase {
  EARLY_YEARS,
  PRIMARY,
  MIDDLE,
  SECONDARY,
  ALL_THROUGH,
  POST_16
}
