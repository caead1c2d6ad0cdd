package org.sendfunding.funding.certainty;

/**
 * What a multi-year settlement's guaranteed minimum is measured in.
 *
 * <pre>{@code
 * GuaranteeBasis.parse("per_head"); // PER_HEAD
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
public enum GuaranteeBasis {
  /** A minimum cash allocation. */
  CASH,
  /** A minimum allocation per head of population aged 2 to 18, so it grows with the population. */
  PER_HEAD;

  /**
   * Parses the parameter value ({@code cash} or {@code per_head}).
   *
   * @param rule the rule text
   * @return the basis
   * @throws IllegalArgumentException naming the text if unknown
   */
  public static GuaranteeBasis parse(String rule) {
    for (GuaranteeBasis k : values()) {
      if (k.name().equalsIgnoreCase(rule.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException("settlement.multi_year.guarantee_basis: '" + rule + "' is not one of cash, per_head");
  }
}
