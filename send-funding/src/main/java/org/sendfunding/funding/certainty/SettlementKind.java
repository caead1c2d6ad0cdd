package org.sendfunding.funding.certainty;

/**
 * How high-needs allocations are settled: one year at a time, or several years in advance.
 *
 * <pre>{@code
 * SettlementKind.parse("multi_year"); // MULTI_YEAR
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
public enum SettlementKind {
  /** Each year's allocation is known only shortly before the year starts (today's rules). */
  ANNUAL,
  /** Indicative allocations for several years published in advance, with a guaranteed minimum. */
  MULTI_YEAR;

  /**
   * Parses the parameter value ({@code annual} or {@code multi_year}).
   *
   * @param rule the rule text
   * @return the kind
   * @throws IllegalArgumentException naming the text if unknown
   */
  public static SettlementKind parse(String rule) {
    for (SettlementKind k : values()) {
      if (k.name().equalsIgnoreCase(rule.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException("settlement.multi_year.kind: '" + rule + "' is not one of annual, multi_year");
  }
}
