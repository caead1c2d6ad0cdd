package org.sendfunding.funding.highneeds;

/**
 * The seven proxy factors (C)-(I) of the high-needs NFF, each sharing part of the national proxy
 * pot in proportion to an LA's area-cost-adjusted indicator.
 *
 * <p>For example {@code FREE_SCHOOL_MEALS} shares 10% of the pot (parameter {@code
 * highneeds.nff.proxy_factor_share.free_school_meals}, unverified) by each LA's count of children
 * eligible for free school meals.
 */
public enum ProxyFactor {
  /** (C) population aged 2-18. */
  POPULATION("C", "population", "population aged 2-18"),
  /** (D) children eligible for free school meals (FSM). */
  FREE_SCHOOL_MEALS("D", "free_school_meals", "free school meals"),
  /** (E) income deprivation affecting children index (IDACI). */
  IDACI("E", "idaci", "income deprivation affecting children index (IDACI)"),
  /** (F) low attainment at key stage 2. */
  KS2_LOW_ATTAINMENT("F", "ks2_low_attainment", "key stage 2 low attainment"),
  /** (G) low attainment at key stage 4. */
  KS4_LOW_ATTAINMENT("G", "ks4_low_attainment", "key stage 4 low attainment"),
  /** (H) children in bad health. */
  BAD_HEALTH("H", "bad_health", "children in bad health"),
  /** (I) children receiving disability living allowance (DLA). */
  DISABILITY_LIVING_ALLOWANCE("I", "disability_living_allowance", "disability living allowance");

  private final String letter;
  private final String key;
  private final String displayName;

  ProxyFactor(String letter, String key, String displayName) {
    this.letter = letter;
    this.key = key;
    this.displayName = displayName;
  }

  /** The factor's letter in the DfE technical note, e.g. "D". @return the letter */
  public String letter() {
    return letter;
  }

  /** The path of this factor's share of the proxy pot. @return the parameter path */
  public String shareParameterPath() {
    return "highneeds.nff.proxy_factor_share." + key;
  }

  /** The factor's name in words. @return the name */
  public String displayName() {
    return displayName;
  }
}
