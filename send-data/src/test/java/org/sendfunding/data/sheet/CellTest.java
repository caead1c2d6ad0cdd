package org.sendfunding.data.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CellTest {

  @Test
  void spreadsheet_value_keeps_fifteen_significant_digits_and_drops_trailing_zeros() {
    assertThat(Cell.number("43127313.519999996").spreadsheetValue()).contains(new BigDecimal("43127313.52"));
    assertThat(Cell.number("16561962.0").spreadsheetValue()).contains(new BigDecimal("16561962"));
    assertThat(Cell.number("35215.792").spreadsheetValue()).contains(new BigDecimal("35215.792"));
    assertThat(Cell.number("6279.1231393204043").spreadsheetValue()).contains(new BigDecimal("6279.12313932040").stripTrailingZeros());
    assertThat(Cell.number("-79456500").spreadsheetValue().get().toPlainString()).isEqualTo("-79456500");
    assertThat(Cell.number("1E+3").spreadsheetValue().get().toPlainString()).isEqualTo("1000");
    assertThat(Cell.number("0.000").spreadsheetValue()).contains(BigDecimal.ZERO);
  }

  @Test
  void text_and_error_cells_have_no_number() {
    assertThat(Cell.text("Camden").decimal()).isEmpty();
    assertThat(Cell.error("#REF!").spreadsheetValue()).isEmpty();
    assertThat(Cell.text("")).isSameAs(Cell.EMPTY);
    assertThat(Cell.text("  ").isBlank()).isTrue();
  }
}
