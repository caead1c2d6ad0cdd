package org.sendfunding.funding.dataset;

/**
 * Whether a figure in the dataset is a published value or an illustrative one.
 *
 * <p>Illustrative figures are generated deterministically so that national sums equal the published
 * national totals; they are not any LA's real figure and every result that uses them says so:
 *
 * <pre>{@code
 * Provenance.parse("illustrative"); // ILLUSTRATIVE
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
public enum Provenance {
  /** A value published for this LA (or nationally), cited in the dataset. */
  REAL,
  /** A generated value whose national sum matches a published figure; not the LA's own figure. */
  ILLUSTRATIVE;

  /**
   * Parses {@code real} or {@code illustrative} (any case).
   *
   * @param text the text
   * @return the provenance
   * @throws IllegalArgumentException naming the text if it is neither
   */
  public static Provenance parse(String text) {
    for (Provenance p : values()) {
      if (p.name().equalsIgnoreCase(text.trim())) {
        return p;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not one of real, illustrative");
  }

  /** The lower-case name used in CSV files. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
