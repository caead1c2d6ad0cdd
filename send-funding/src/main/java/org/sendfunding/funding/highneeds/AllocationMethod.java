package org.sendfunding.funding.highneeds;

/**
 * How an LA's high-needs allocation is set in a year, chosen by the dated rule parameter {@code
 * highneeds.allocation.method}.
 *
 * <p>For example 2025-26 uses {@link #NFF}; 2026-27, when the formula was paused, uses {@link
 * #ROLLOVER}: the 2025-26 allocation plus rolled-in grants.
 */
public enum AllocationMethod {
  /** The high-needs national funding formula with floor and gains cap. */
  NFF("nff"),
  /** The previous year's allocation plus grants rolled into it. */
  ROLLOVER("rollover");

  private final String ruleName;

  AllocationMethod(String ruleName) {
    this.ruleName = ruleName;
  }

  /** The rule's name in parameter files, e.g. {@code rollover}. @return the name */
  public String ruleName() {
    return ruleName;
  }

  /**
   * The method a rule parameter names.
   *
   * @param ruleName {@code nff} or {@code rollover}
   * @return the method
   * @throws IllegalArgumentException naming the unknown rule
   */
  public static AllocationMethod fromRuleName(String ruleName) {
    for (AllocationMethod m : values()) {
      if (m.ruleName.equals(ruleName)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "highneeds.allocation.method: '" + ruleName + "' is not a known method (nff, rollover)");
  }
}
