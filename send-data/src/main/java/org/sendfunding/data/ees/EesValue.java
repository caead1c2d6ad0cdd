package org.sendfunding.data.ees;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One indicator cell: a number, an {@link EesSymbol} saying why there is none, or blank (the file
 * has no figure and says nothing about why).
 *
 * <pre>{@code
 * EesValue.parse("58.7").number();        // Optional[58.7]
 * EesValue.parse("x").symbol();           // Optional[NOT_AVAILABLE]
 * EesValue.parse("x").number();           // Optional.empty -- never 0
 * EesValue.parse("x").text();             // "x", as published
 * EesValue.parse("n/a");                  // Optional.empty: not an EES value (a located error upstream)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EesValue {

  /** EES numbers: optional minus, digits, optional fraction; no thousands separators, no exponent. */
  private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d+)?|\\.\\d+)");

  private static final EesValue BLANK = new EesValue("", null, null);

  private final String text;
  private final BigDecimal number;
  private final EesSymbol symbol;

  private EesValue(String text, BigDecimal number, EesSymbol symbol) {
    this.text = text;
    this.number = number;
    this.symbol = symbol;
  }

  /**
   * The value a cell holds, or empty if the text is neither blank, a number nor a symbol.
   *
   * @param cell the cell as published (already trimmed by the CSV reader)
   */
  public static Optional<EesValue> parse(String cell) {
    if (cell.isEmpty()) {
      return Optional.of(BLANK);
    }
    Optional<EesSymbol> s = EesSymbol.of(cell);
    if (s.isPresent()) {
      return Optional.of(new EesValue(cell, null, s.get()));
    }
    if (NUMBER.matcher(cell).matches()) {
      return Optional.of(new EesValue(cell, new BigDecimal(cell), null));
    }
    return Optional.empty();
  }

  /** The blank value. */
  public static EesValue blank() {
    return BLANK;
  }

  /** The cell as published: {@code 58.7}, {@code x}, or "" when blank. */
  public String text() {
    return text;
  }

  /** The number, if the cell holds one. */
  public Optional<BigDecimal> number() {
    return Optional.ofNullable(number);
  }

  /** Why there is no number, if the cell holds a symbol. */
  public Optional<EesSymbol> symbol() {
    return Optional.ofNullable(symbol);
  }

  /** Whether the cell is blank. */
  public boolean isBlank() {
    return number == null && symbol == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EesValue && ((EesValue) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(text);
  }

  @Override
  public String toString() {
    return symbol != null ? text + " (" + symbol.meaning() + ")" : text;
  }
}
