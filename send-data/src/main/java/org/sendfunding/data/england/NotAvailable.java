package org.sendfunding.data.england;

import java.util.Optional;

/**
 * Why a published cell holds no number: the explore-education-statistics (EES) cell symbols, kept as
 * published, and a blank for "not published for this area and year". Never read as zero.
 *
 * <pre>{@code
 * NotAvailable.fromSymbol("x");   // Optional[UNAVAILABLE]
 * NotAvailable.fromSymbol("42");  // Optional.empty(): a number
 * }</pre>
 *
 * <p>Symbols: EES "Footnotes and symbols" guidance,
 * https://explore-education-statistics.service.gov.uk (each release's data guidance lists them).
 * This type is immutable and thread-safe.
 */
public enum NotAvailable {
  /** {@code z}: not applicable (e.g. EHC plans before they existed). */
  NOT_APPLICABLE("z", "not applicable"),
  /** {@code x}: unavailable (not collected or not reported). */
  UNAVAILABLE("x", "unavailable"),
  /** {@code c}: suppressed to protect confidentiality. */
  SUPPRESSED("c", "suppressed for confidentiality"),
  /** {@code low}: rounds to zero but is not zero. */
  LOW("low", "rounds to zero, but is not zero"),
  /** {@code u}: low reliability. */
  LOW_RELIABILITY("u", "low reliability"),
  /** {@code :}: not available. */
  COLON(":", "not available"),
  /** A blank cell: the publication gives no figure for this area and period. */
  NOT_PUBLISHED("", "not published for this area and period"),
  /** A predecessor's figure that cannot be carried into a successor's series (the reorganisation's rule says why). */
  NOT_COMPARABLE("", "not comparable across the reorganisation");

  private final String symbol;
  private final String meaning;

  NotAvailable(String symbol, String meaning) {
    this.symbol = symbol;
    this.meaning = meaning;
  }

  /** The symbol as published ({@code ""} for a blank). */
  public String symbol() {
    return symbol;
  }

  /** What the symbol means. */
  public String meaning() {
    return meaning;
  }

  /**
   * The reason a cell holds no number, or empty if the text is not a symbol (it should be a number).
   *
   * @param cell the cell as published, already trimmed
   * @return the reason
   */
  public static Optional<NotAvailable> fromSymbol(String cell) {
    if (cell.isEmpty()) {
      return Optional.of(NOT_PUBLISHED);
    }
    for (NotAvailable n : values()) {
      if (!n.symbol.isEmpty() && n.symbol.equals(cell)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }
}
