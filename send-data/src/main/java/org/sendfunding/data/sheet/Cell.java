package org.sendfunding.data.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * One spreadsheet cell as stored: empty, a number, text, or a formula error ({@code #N/A},
 * {@code #REF!}, ...).
 *
 * <p>Numbers keep the decimal text the file stores ({@code 57263.849999999991}); {@link #decimal()}
 * is that value exactly and {@link #spreadsheetValue()} the value a spreadsheet shows at full
 * precision, 15 significant digits ({@code 57263.85}): spreadsheets compute in binary doubles and
 * write 17 digits, of which only 15 are meaningful.
 *
 * <pre>{@code
 * Cell.number("43127313.519999996").spreadsheetValue();   // 43127313.52
 * Cell.text("Camden").text();                             // "Camden"
 * Cell.error("#N/A").isError();                            // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cell {

  /** What a cell holds. */
  public enum Kind {
    /** Nothing. */
    EMPTY,
    /** A number (also percentages, currency amounts, booleans as 0/1). */
    NUMBER,
    /** Text (also dates, kept as the text stored). */
    TEXT,
    /** A formula error such as {@code #N/A}: no value was published in this cell. */
    ERROR
  }

  /** The empty cell. */
  public static final Cell EMPTY = new Cell(Kind.EMPTY, "", null);

  private static final MathContext SPREADSHEET_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

  private final Kind kind;
  private final String text;
  private final BigDecimal number;

  private Cell(Kind kind, String text, BigDecimal number) {
    this.kind = kind;
    this.text = text;
    this.number = number;
  }

  /**
   * A number cell.
   *
   * @param stored the decimal text the file stores
   * @throws NumberFormatException if it is not a decimal number
   */
  public static Cell number(String stored) {
    String t = stored.trim();
    return new Cell(Kind.NUMBER, t, new BigDecimal(t));
  }

  /** A text cell ({@link #EMPTY} if the text is empty). */
  public static Cell text(String text) {
    return text.isEmpty() ? EMPTY : new Cell(Kind.TEXT, text, null);
  }

  /** A formula-error cell showing {@code shown}, e.g. {@code #N/A}. */
  public static Cell error(String shown) {
    return new Cell(Kind.ERROR, shown, null);
  }

  /** What the cell holds. */
  public Kind kind() {
    return kind;
  }

  /** Whether the cell holds nothing, or only spaces. */
  public boolean isBlank() {
    return kind == Kind.EMPTY || (kind == Kind.TEXT && text.isBlank());
  }

  /** Whether the cell is a formula error. */
  public boolean isError() {
    return kind == Kind.ERROR;
  }

  /** Whether the cell is a number. */
  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /** The text stored: a number's decimal text, an error's code, "" for an empty cell. */
  public String text() {
    return text;
  }

  /** The exact number stored, or empty for a cell that is not a number. */
  public Optional<BigDecimal> decimal() {
    return Optional.ofNullable(number);
  }

  /**
   * The number to 15 significant digits, trailing zeros dropped ({@code 16561962.0} → {@code 16561962}),
   * or empty for a cell that is not a number.
   */
  public Optional<BigDecimal> spreadsheetValue() {
    if (number == null) {
      return Optional.empty();
    }
    if (number.signum() == 0) {
      return Optional.of(BigDecimal.ZERO);
    }
    BigDecimal v = number.round(SPREADSHEET_DIGITS).stripTrailingZeros();
    return Optional.of(v.scale() < 0 ? v.setScale(0) : v);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cell && ((Cell) o).kind == kind && ((Cell) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text);
  }

  @Override
  public String toString() {
    return kind == Kind.EMPTY ? "" : text;
  }
}
