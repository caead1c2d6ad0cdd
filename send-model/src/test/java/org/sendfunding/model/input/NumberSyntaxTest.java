package org.sendfunding.model.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.RoundingRule;
import org.sendfunding.model.time.AcademicYear;
import org.sendfunding.model.time.FinancialYear;

class NumberSyntaxTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1234|123400", "1234.5|123450", "-1234.56|-123456", "£1,234.56|123456", "-£1,234.56|-123456",
      "1,234|123400", "£18,500|1850000", "0|0", "0.01|1", "-0.5|-50", "  £10,000.00  |1000000",
      "007|700", "1,000,000.10|100000010", "92233720368547758.07|9223372036854775807",
      "-92233720368547758.08|-9223372036854775808"})
  void money_accepts_plain_pound_sign_and_thousands_forms(String text, long pence) {
    assertThat(NumberSyntax.money(text)).isEqualTo(Money.ofPence(pence));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,23", "12,34.5", "1234,567", ",123", "1.234", "£-1", ".5", "5.", "1e3", "1 234",
      "+5", "£", "-", "", " ", "0x10", "12.5d", "NaN", "Infinity", "£ 5", "5£", "--5", "1,2345", "1,,234",
      "−5", "(5)", "€5", "£1,234.56p", "١٢٣"})
  void money_refuses_everything_else_saying_what_it_expects(String text) {
    assertThatThrownBy(() -> NumberSyntax.money(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'" + text + "' is " + NumberSyntax.MONEY);
  }

  @Test
  void money_beyond_a_long_of_pence_is_too_large_not_wrapped() {
    assertThatThrownBy(() -> NumberSyntax.money("92233720368547758.08"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'92233720368547758.08' is too large for an amount of money (the most is £92,233,720,368,547,758.07)");
    assertThatThrownBy(() -> NumberSyntax.money("£92,233,720,368,547,759"))
        .hasMessageContaining("too large");
  }

  @Test
  void money_with_more_decimals_needs_a_named_rounding_rule() {
    assertThatThrownBy(() -> NumberSyntax.money("1234.567")).isInstanceOf(IllegalArgumentException.class);
    assertThat(NumberSyntax.moneyRounded("1234.565", RoundingRule.HALF_UP_TO_PENNY)).isEqualTo(Money.ofPence(123457));
    assertThat(NumberSyntax.moneyRounded("1234.565", RoundingRule.HALF_EVEN_TO_PENNY)).isEqualTo(Money.ofPence(123456));
    assertThat(NumberSyntax.moneyRounded("-£1,234.565", RoundingRule.DOWN_TO_PENNY)).isEqualTo(Money.ofPence(-123456));
    assertThat(NumberSyntax.moneyRounded("12.5", RoundingRule.HALF_UP_TO_POUND)).isEqualTo(Money.ofPence(1300));
    assertThatThrownBy(() -> NumberSyntax.moneyRounded("1e3", RoundingRule.HALF_UP_TO_PENNY))
        .hasMessage("'1e3' is " + NumberSyntax.MONEY_ANY_DECIMALS);
  }

  /** Every way this library prints an amount reads back as the same amount. */
  @Test
  void every_printed_form_of_money_parses_back_to_the_same_pence() {
    qt().withExamples(2000).forAll(longs().all()).checkAssert(pence -> {
      Money m = Money.ofPence(pence);
      assertThat(NumberSyntax.money(m.toString())).isEqualTo(m);                    // £1,234.56 / -£1,234.56
      assertThat(NumberSyntax.money(m.toPounds().toPlainString())).isEqualTo(m);   // 1234.56
      assertThat(NumberSyntax.money(m.toString().replace("£", ""))).isEqualTo(m);  // 1,234.56
      assertThat(NumberSyntax.money(CsvOutput.quote(m.toString()).replace("\"", ""))).isEqualTo(m);
      assertThat(NumberSyntax.moneyRounded(m.toPounds().toPlainString(), RoundingRule.HALF_UP_TO_PENNY)).isEqualTo(m);
    });
  }

  @Test
  void a_money_cell_written_by_csv_output_reads_back_through_csv_file() {
    qt().withExamples(500).forAll(longs().all()).checkAssert(pence -> {
      Money m = Money.ofPence(pence);
      String csv = CsvOutput.DEFAULT.toCsv(java.util.List.of("amount"), java.util.List.of(java.util.List.of(m.toString())));
      CsvFile file = CsvFile.parse(csv, "m.csv");
      assertThat(file.rows().get(0).money("amount", Problems.in("m.csv"))).isEqualTo(m);
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"18500|18500", "18,500|18500", "-3|-3", "0|0", "1,000,000|1000000",
      "9223372036854775807|9223372036854775807", " 42 |42"})
  void whole_numbers_accept_plain_digits_and_groups_of_three(String text, long value) {
    assertThat(NumberSyntax.wholeNumber(text)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"18500.0", "1e4", "0x10", "185,00", "1.5", "", "£5", "+1", "5L", "1_000"})
  void whole_numbers_refuse_fractions_exponents_and_bad_groups(String text) {
    assertThatThrownBy(() -> NumberSyntax.wholeNumber(text)).hasMessage("'" + text + "' is " + NumberSyntax.WHOLE_NUMBER);
  }

  @Test
  void a_whole_number_beyond_a_long_is_too_large() {
    assertThatThrownBy(() -> NumberSyntax.wholeNumber("9,223,372,036,854,775,808"))
        .hasMessage("'9,223,372,036,854,775,808' is too large for a whole number (the most is 9223372036854775807)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"0.5|0.5", "-12.25|-12.25", "1,234.5|1234.5", "7|7", "0.000001|0.000001"})
  void decimals_are_exact_and_keep_their_scale(String text, String value) {
    assertThat(NumberSyntax.decimal(text)).isEqualTo(new BigDecimal(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e20", "1E20", "0x1p3", "48.5d", "48.5f", "NaN", "Infinity", ".5", "5.", "1,23.4", "+1", "1..2"})
  void decimals_refuse_exponents_hex_and_suffixes(String text) {
    assertThatThrownBy(() -> NumberSyntax.decimal(text)).hasMessage("'" + text + "' is " + NumberSyntax.DECIMAL);
  }

  @Test
  void percentages_take_a_decimal_with_or_without_the_sign() {
    assertThat(NumberSyntax.percentage("7.5")).isEqualTo(Percentage.of("7.5"));
    assertThat(NumberSyntax.percentage("7.5%")).isEqualTo(Percentage.of("7.5"));
    assertThat(NumberSyntax.percentage("-0.5%").percent()).isEqualByComparingTo("-0.5");
    for (String bad : new String[] {"7.5 %", "1e1%", "%", "7.5%%", "seven"}) {
      assertThatThrownBy(() -> NumberSyntax.percentage(bad)).hasMessage("'" + bad + "' is " + NumberSyntax.PERCENTAGE);
    }
  }

  @Test
  void financial_years_are_strict() {
    assertThat(NumberSyntax.financialYear("2025-26")).isEqualTo(FinancialYear.of(2025));
    assertThat(NumberSyntax.financialYear("1999-00")).isEqualTo(FinancialYear.of(1999));
    for (String bad : new String[] {"2025-27", "2025-25", "2025/26", "2025", "25-26", "2025-2026", "2025 - 26", "FY2025-26"}) {
      assertThatThrownBy(() -> NumberSyntax.financialYear(bad))
          .hasMessage("'" + bad + "' is " + NumberSyntax.FINANCIAL_YEAR);
    }
    assertThatThrownBy(() -> NumberSyntax.financialYear("1850-51")).hasMessage("'1850-51' is outside the years 1900 to 2999");
  }

  @Test
  void academic_years_are_strict() {
    assertThat(NumberSyntax.academicYear("2024/25")).isEqualTo(AcademicYear.of(2024));
    for (String bad : new String[] {"2024-25", "2024/26", "2024", "202425"}) {
      assertThatThrownBy(() -> NumberSyntax.academicYear(bad)).hasMessage("'" + bad + "' is " + NumberSyntax.ACADEMIC_YEAR);
    }
  }

  @Test
  void dates_are_iso_and_must_exist() {
    assertThat(NumberSyntax.date("2025-09-01")).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(NumberSyntax.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    for (String bad : new String[] {"2025-02-29", "2025-02-30", "01/09/2025", "2025-9-1", "2025-09-01T00:00", "20250901"}) {
      assertThatThrownBy(() -> NumberSyntax.date(bad)).hasMessage("'" + bad + "' is " + NumberSyntax.DATE);
    }
  }
}
