package org.sendfunding.funding.dataset;

/**
 * Whether a figure in the dataset is a published value, one computed from published values by a
 * named rule, or an illustrative one.
 *
 * <p>Illustrative figures have no public per-LA source; they are generated deterministically and
 * consistently with the LA's real size (e.g. shares of its real population aged 2–18), never at
 * random, and every result that uses them says so:
 *
 * <pre>{@code
 * Provenance.parse("derived"); // DERIVED
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
public enum Provenance {
  /** A value published for this LA (or nationally), cited with its publication and period. */
  REAL,
  /** Computed from real figures by a named, tested rule (e.g. net imported pupils = import/export adjustment ÷ £6,000). */
  DERIVED,
  /** No public per-LA figure: generated consistently with the LA's real size; not the LA's own figure. */
  ILLUSTRATIVE;

  /**
   * Parses {@code real}, {@code derived} or {@code illustrative} (any case).
   *
   * @param text the text
   * @return the provenance
   * @throws IllegalArgumentException naming the text if it is none of them
   */
  public static Provenance parse(String text) {
    for (Provenance p : values()) {
      if (p.name().equalsIgnoreCase(text.trim())) {
        return p;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not one of real, derived, illustrative");
  }

  /** The lower-case name used in CSV files. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The weaker of two: illustrative over derived over real (a figure built from both is as weak as its weakest input). */
  public Provenance and(Provenance other) {
    return ordinal() >= other.ordinal() ? this : other;
  }
}
