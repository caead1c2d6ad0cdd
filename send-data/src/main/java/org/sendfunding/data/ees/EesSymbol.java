package org.sendfunding.data.ees;

import java.util.Optional;

/**
 * The symbols EES puts in an indicator cell instead of a number, each saying why the number is not
 * there (EES "Symbols" guidance, https://explore-education-statistics.service.gov.uk/methodology,
 * and the GSS guidance on symbols in tables).
 *
 * <pre>{@code
 * EesSymbol.of("x");                  // Optional[NOT_AVAILABLE]
 * EesSymbol.NOT_APPLICABLE.meaning(); // "not applicable"
 * }</pre>
 */
public enum EesSymbol {
  /** {@code z}: the figure does not apply (e.g. statements after 2018, when every one had become a plan). */
  NOT_APPLICABLE("z", "not applicable"),
  /** {@code x}: not available (not collected, or not published for this area). */
  NOT_AVAILABLE("x", "not available"),
  /** {@code c}: suppressed to protect confidentiality. */
  SUPPRESSED("c", "suppressed to protect confidentiality"),
  /** {@code low}: rounds to 0 but is not 0. */
  LOW("low", "rounds to zero, but is not zero"),
  /** {@code u}: low reliability. */
  LOW_RELIABILITY("u", "low reliability"),
  /** {@code :}: not available (the older symbol). */
  UNAVAILABLE(":", "not available");

  private final String code;
  private final String meaning;

  EesSymbol(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The symbol as published: {@code z}, {@code x}, {@code c}, {@code low}, {@code u}, {@code :}. */
  public String code() {
    return code;
  }

  /** What it means, for a reader: "not applicable". */
  public String meaning() {
    return meaning;
  }

  /** The symbol published as {@code text} (exactly, case-sensitive), if it is one. */
  public static Optional<EesSymbol> of(String text) {
    for (EesSymbol s : values()) {
      if (s.code.equals(text)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The symbols' codes, for messages: {@code z, x, c, low, u, :}. */
  public static String codes() {
    StringBuilder b = new StringBuilder();
    for (EesSymbol s : values()) {
      b.append(b.length() == 0 ? "" : ", ").append(s.code);
    }
    return b.toString();
  }
}
