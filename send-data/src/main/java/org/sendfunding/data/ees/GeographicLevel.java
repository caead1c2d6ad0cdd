package org.sendfunding.data.ees;

import java.util.Optional;

/**
 * The {@code geographic_level} of an EES row, as far as the project reads them.
 *
 * <pre>{@code
 * GeographicLevel.of("Local authority");   // Optional[LOCAL_AUTHORITY]
 * }</pre>
 */
public enum GeographicLevel {
  /** England. */
  NATIONAL("National"),
  /** An English region (ITL1), keyed by {@code region_code}. */
  REGIONAL("Regional"),
  /** A local authority, keyed by its DfE three-digit {@code old_la_code}. */
  LOCAL_AUTHORITY("Local authority");

  private final String label;

  GeographicLevel(String label) {
    this.label = label;
  }

  /** The level as EES writes it. */
  public String label() {
    return label;
  }

  /** The level written as {@code text}, if it is one of these. */
  public static Optional<GeographicLevel> of(String text) {
    for (GeographicLevel g : values()) {
      if (g.label.equals(text)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
