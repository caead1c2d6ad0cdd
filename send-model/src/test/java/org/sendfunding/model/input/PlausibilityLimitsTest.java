package org.sendfunding.model.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.money.Money;

class PlausibilityLimitsTest {

  private final PlausibilityLimits limits = PlausibilityLimits.standard();

  @Test
  void the_standard_table_is_read_through_the_input_layer_and_every_limit_says_why() {
    assertThat(limits.limits()).containsKeys("calendar_year", "la_population_2_18", "service_fte", "la_places",
        "pupil_annual_cost", "national_ehc_plans", "share_percent");
    for (PlausibilityLimits.Limit l : limits.limits().values()) {
      assertThat(l.reason()).as(l.quantity()).isNotBlank();
      assertThat(l.basis()).isIn("real", "judgement");
      assertThat(l.min()).isLessThanOrEqualTo(l.max());
    }
    // Every real basis names its publication.
    limits.limits().values().stream().filter(l -> l.basis().equals("real"))
        .forEach(l -> assertThat(l.reason()).as(l.quantity()).contains("DfE"));
  }

  @Test
  void a_population_of_three_billion_and_an_fte_of_ten_to_the_twenty_are_refused_with_a_located_message() {
    CsvRow row = CsvFile.parse("la_code,pop,fte\n886,3000000000,100000000000000000000\n", "la.csv").rows().get(0);
    Problems problems = Problems.in("la.csv");
    assertThat(limits.check(row, "pop", "la_population_2_18", row.wholeNumber("pop", problems), problems)).isFalse();
    assertThat(limits.check(row, "fte", "service_fte", row.decimal("fte", problems), problems)).isFalse();
    assertThat(problems.list()).extracting(Problem::toString).containsExactly(
        "la.csv line 2, column 'pop' ('3000000000'): implausible for an LA's population aged 2 to 18: more than "
            + "2,000,000 people (the largest is Kent's 334,810 (ONS mid-2021 projection in DfE's High needs "
            + "benchmarking tool 2021-22, https://www.gov.uk/government/publications/high-needs-benchmarking-tool))",
        "la.csv line 2, column 'fte' ('100000000000000000000'): implausible for the staff of one LA support service "
            + "in full-time equivalents: more than 10,000 FTE (one LA's educational psychology, therapy or advisory "
            + "service is counted in tens of FTE; 10,000 in one service would be larger than any such service)");
  }

  @Test
  void limits_hold_at_their_boundaries() {
    PlausibilityLimits.Limit fte = limits.limit("service_fte");
    assertThat(fte.contains(new BigDecimal("10000"))).isTrue();
    assertThat(fte.contains(new BigDecimal("10000.01"))).isFalse();
    assertThat(fte.contains(BigDecimal.ZERO)).isTrue();
    assertThat(fte.contains(new BigDecimal("-0.1"))).isFalse();
    CsvRow row = CsvFile.parse("cost\n\"£2,000,000.01\"\n", "s.csv").rows().get(0);
    Problems problems = Problems.in("s.csv");
    assertThat(limits.check(row, "cost", "pupil_annual_cost", Money.ofPounds(2_000_000), problems)).isTrue();
    assertThat(limits.check(row, "cost", "pupil_annual_cost", Money.ofPence(200_000_001L), problems)).isFalse();
    assertThat(problems.list().get(0).message()).startsWith(
        "implausible for one pupil's annual SEN provision cost or top-up: more than £2,000,000 (");
    assertThat(limits.check("p.yaml", 3, "value", "-5", "share_percent", new BigDecimal("-5"), problems)).isFalse();
    assertThat(problems.list().get(1).toString()).isEqualTo("p.yaml line 3, column 'value' ('-5'): must not be negative "
        + "(a percentage of cases or pupils)");
    assertThat(limits.check("p.yaml", 4, "year", "1999", "calendar_year", new BigDecimal("1999"), problems)).isFalse();
    assertThat(problems.list().get(2).message()).startsWith("implausible for a calendar year of data: less than 2000 (");
  }

  @Test
  void an_unknown_quantity_is_a_programming_error_and_a_bad_table_is_refused() {
    assertThatThrownBy(() -> limits.limit("colour")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("PlausibilityLimits: no quantity 'colour' in plausibility-limits.csv (known: [calendar_year");
    assertThatThrownBy(() -> PlausibilityLimits.read(CsvFile.parse(
        "quantity,description,min,max,unit,basis,reason\nx,d,5,1,u,guess,r\nx,d,1,2,u,real,r\n", "t.csv")))
        .isInstanceOf(InputException.class)
        .hasMessage("3 problems in t.csv:\n  line 2, column 'basis' ('guess'): not 'real' or 'judgement'\n"
            + "  line 2, column 'max' ('1'): less than min 5\n  line 3, column 'quantity' ('x'): appears twice");
  }
}
