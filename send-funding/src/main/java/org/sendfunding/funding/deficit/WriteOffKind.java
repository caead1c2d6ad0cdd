package org.sendfunding.funding.deficit;

/**
 * A government write-off policy for accumulated DSG deficits.
 *
 * <pre>{@code
 * WriteOffKind.parse("cover_accrued"); // COVER_ACCRUED
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
public enum WriteOffKind {
  /** No write-off: the LA carries its deficit. */
  NONE,
  /** Government pays a share (90% at the 2026 settlement) of the deficit accrued to a date, on conditions. */
  COVER_ACCRUED,
  /** The whole accrued deficit is cancelled, without conditions (the NAHT ask). */
  CANCEL_ACCRUED;

  /**
   * Parses the parameter value ({@code none}, {@code cover_accrued}, {@code cancel_accrued}).
   *
   * @param rule the rule text
   * @return the kind
   * @throws IllegalArgumentException naming the text if unknown
   */
  public static WriteOffKind parse(String rule) {
    for (WriteOffKind k : values()) {
      if (k.name().equalsIgnoreCase(rule.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException("deficit.write_off.policy: '" + rule + "' is not one of none, cover_accrued, cancel_accrued");
  }
}
