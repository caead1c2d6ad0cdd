package org.sendfunding.model.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.RoundingRule;
import org.sendfunding.model.time.AcademicYear;
import org.sendfunding.model.time.FinancialYear;

class CsvRowTest {

  private static final String HEADER = "text,money,whole,decimal,percent,fy,ay,date,blank\n";

  private static CsvRow row(String cells) {
    return CsvFile.parse(HEADER + cells + "\n", "r.csv").rows().get(0);
  }

  @Test
  void typed_getters_read_good_cells() {
    CsvRow row = row("Camden,\"-£1,234.56\",\"18,500\",0.75,7.5%,2025-26,2024/25,2025-09-01,");
    Problems problems = Problems.in("r.csv");
    assertThat(row.text("text", problems)).isEqualTo("Camden");
    assertThat(row.money("money", problems)).isEqualTo(Money.ofPence(-123456));
    assertThat(row.wholeNumber("whole", problems)).isEqualTo(18_500);
    assertThat(row.decimal("decimal", problems)).isEqualTo(new BigDecimal("0.75"));
    assertThat(row.percentage("percent", problems)).isEqualTo(Percentage.of("7.5"));
    assertThat(row.financialYear("fy", problems)).isEqualTo(FinancialYear.of(2025));
    assertThat(row.academicYear("ay", problems)).isEqualTo(AcademicYear.of(2024));
    assertThat(row.date("date", problems)).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(row.optionalMoney("blank", problems)).isEmpty();
    assertThat(row.optionalWholeNumber("whole", problems)).contains(18_500L);
    assertThat(row.optionalText("blank")).isEmpty();
    assertThat(row.optionalText("text", problems)).contains("Camden");
    assertThat(row.isBlank("blank")).isTrue();
    assertThat(row.get("not_in_header")).isEmpty();
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void bad_cells_are_each_a_located_problem_and_a_placeholder() {
    CsvRow row = row(",12.345,18500.5,1e20,x%,2025-27,2024-25,01/09/2025,");
    Problems problems = Problems.in("r.csv");
    assertThat(row.text("text", problems)).isEmpty();
    assertThat(row.money("money", problems)).isEqualTo(Money.ZERO);
    assertThat(row.wholeNumber("whole", problems)).isZero();
    assertThat(row.decimal("decimal", problems)).isEqualTo(BigDecimal.ZERO);
    row.percentage("percent", problems);
    row.financialYear("fy", problems);
    row.academicYear("ay", problems);
    row.date("date", problems);
    assertThat(row.optionalDecimal("decimal", problems)).isEmpty();
    assertThat(row.money("blank", problems)).isEqualTo(Money.ZERO);
    assertThat(problems.list()).extracting(Problem::toString).containsExactly(
        "r.csv line 2, column 'text': is blank; a value is required",
        "r.csv line 2, column 'money' ('12.345'): " + NumberSyntax.MONEY,
        "r.csv line 2, column 'whole' ('18500.5'): " + NumberSyntax.WHOLE_NUMBER,
        "r.csv line 2, column 'decimal' ('1e20'): " + NumberSyntax.DECIMAL,
        "r.csv line 2, column 'percent' ('x%'): " + NumberSyntax.PERCENTAGE,
        "r.csv line 2, column 'fy' ('2025-27'): " + NumberSyntax.FINANCIAL_YEAR,
        "r.csv line 2, column 'ay' ('2024-25'): " + NumberSyntax.ACADEMIC_YEAR,
        "r.csv line 2, column 'date' ('01/09/2025'): " + NumberSyntax.DATE,
        "r.csv line 2, column 'decimal' ('1e20'): " + NumberSyntax.DECIMAL,
        "r.csv line 2, column 'blank': is blank; a value is required");
  }

  @Test
  void rounded_money_and_own_parsers() {
    CsvRow row = row("SPECIAL,1234.565,1,1,1,2025-26,2024/25,2025-01-01,");
    Problems problems = Problems.in("r.csv");
    assertThat(row.moneyRounded("money", RoundingRule.HALF_UP_TO_PENNY, problems)).isEqualTo(Money.ofPence(123457));
    assertThat(row.optionalMoneyRounded("blank", RoundingRule.HALF_UP_TO_PENNY, problems)).isEqualTo(Optional.empty());
    assertThat(row.parse("text", problems, s -> RoundingRule.valueOf(s), RoundingRule.UP_TO_POUND))
        .isEqualTo(RoundingRule.UP_TO_POUND);
    assertThat(problems.list()).extracting(Problem::toString).containsExactly(
        "r.csv line 2, column 'text' ('SPECIAL'): No enum constant org.sendfunding.model.money.RoundingRule.SPECIAL");
    assertThat(row.problem("whole", "more pupils than the LA has").toString())
        .isEqualTo("r.csv line 2, column 'whole' ('1'): more pupils than the LA has");
  }

  @Test
  void a_row_spanning_lines_reports_the_line_it_starts_on() {
    CsvRow row = CsvFile.parse(HEADER + "\"two\nlines\",x,1,1,1,2025-26,2024/25,2025-01-01,\n", "r.csv").rows().get(0);
    Problems problems = Problems.in("r.csv");
    row.money("money", problems);
    assertThat(problems.list().get(0).line()).isEqualTo(2);
  }
}
