package org.sendfunding.funding.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;

/**
 * How an overlay's overrides are applied to a parameter's dated values ({@code ParameterSet.withOverlay}),
 * and how each {@link ParameterUnit} reads and refuses text.
 */
class ParameterApplyAndUnitTest {

  private static final String FLOOR = "highneeds.nff.floor";
  private static final ParameterSet BASE = ParameterSet.defaults();

  private static LocalDate april(int year) {
    return LocalDate.of(year, 4, 1);
  }

  private static ParameterValue percent(String p) {
    return ParameterValue.of(Percentage.of(p));
  }

  // highneeds/nff/floor.yaml: 2020 8% (unverified), 2021 8% (unverified), 2022 8%, 2023 5% (unverified),
  // 2024 3%, 2025 7%, ended 2026

  @Test
  void bounded_override_mid_year_resumes_an_unverified_base_value_as_unverified() {
    ParameterSet s = BASE.withOverlay(ParameterOverlay.builder().name("mid")
        .override(FLOOR, april(2020), percent("9"), LocalDate.of(2021, 10, 1)).build());
    assertThat(s.find(FLOOR, LocalDate.of(2021, 9, 30)).get().value()).isEqualTo(percent("9"));
    ValueInForce resumed = s.get(FLOOR, LocalDate.of(2021, 10, 1));
    // the base value in force on 1 Oct 2021 was the 2021-04-01 value of 8%, not verified
    assertThat(resumed.value()).isEqualTo(percent("8"));
    assertThat(resumed.inForceFrom()).isEqualTo(LocalDate.of(2021, 10, 1));
    assertThat(resumed.verified()).isFalse();
    // the 2021-04-01 entry inside the overridden window is gone
    assertThat(s.parameter(FLOOR).values()).doesNotContainKey(april(2021));
    assertThat(s.get(FLOOR, april(2022)).verified()).isTrue();
    assertThat(s.get(FLOOR, april(2019)).value()).isEqualTo(percent("1"));
  }

  @Test
  void bounded_override_mid_year_resumes_a_verified_base_value_as_verified() {
    ParameterSet s = BASE.withOverlay(ParameterOverlay.builder().name("mid")
        .override(FLOOR, april(2022), percent("9"), LocalDate.of(2022, 10, 1)).build());
    assertThat(s.get(FLOOR, april(2022)).verified()).isFalse();
    ValueInForce resumed = s.get(FLOOR, LocalDate.of(2022, 10, 1));
    assertThat(resumed.value()).isEqualTo(percent("8"));
    assertThat(resumed.verified()).isTrue();
    assertThat(s.get(FLOOR, april(2023)).value()).isEqualTo(percent("5"));
  }

  @Test
  void an_override_before_the_first_base_value_leaves_no_value_after_it() {
    // the floor starts 2018-04-01; a floor of 2% in 2016-17 only must not invent a value for 2017-18
    ParameterSet s = BASE.withOverlay(ParameterOverlay.builder().name("early")
        .override(FLOOR, april(2016), percent("2"), april(2017)).build());
    assertThat(s.get(FLOOR, april(2016)).value()).isEqualTo(percent("2"));
    assertThat(s.find(FLOOR, april(2017))).isEmpty();
    assertThat(s.parameter(FLOOR).values()).containsEntry(april(2017), Optional.empty());
    assertThat(s.parameter(FLOOR).verifiedOn(april(2017))).isFalse();
    assertThat(s.get(FLOOR, april(2018)).value()).isEqualTo(percent("0.5"));
  }

  @Test
  void ending_a_rule_for_a_window_resumes_it() {
    ParameterSet s = BASE.withOverlay(ParameterOverlay.builder().name("pause")
        .override(FLOOR, april(2023), percent("1"), april(2024))
        .end(FLOOR, april(2024))
        .build());
    assertThat(s.get(FLOOR, april(2023)).value()).isEqualTo(percent("1"));
    assertThat(s.find(FLOOR, april(2024))).isEmpty();
    assertThat(s.find(FLOOR, april(2025))).isEmpty();
  }

  @Test
  void two_overrides_of_one_path_are_both_applied_and_cited() {
    ParameterOverlay overlay = ParameterOverlay.builder().name("two")
        .override(FLOOR, april(2024), percent("4"), april(2025))
        .override(FLOOR, april(2022), percent("6"), april(2023))
        .build();
    ParameterSet s = BASE.withOverlay(overlay);
    assertThat(s.get(FLOOR, april(2022)).value()).isEqualTo(percent("6"));
    assertThat(s.get(FLOOR, april(2023)).value()).isEqualTo(percent("5"));
    assertThat(s.get(FLOOR, april(2024)).value()).isEqualTo(percent("4"));
    assertThat(s.get(FLOOR, april(2025)).value()).isEqualTo(percent("7"));
    SourceReference cited = s.parameter(FLOOR).references().get(s.parameter(FLOOR).references().size() - 1);
    assertThat(cited.title()).isEqualTo("Scenario overlay 'two'");
    assertThat(cited.paragraph()).contains("overrides " + FLOOR + " = 6% from 2022-04-01 until 2023-04-01; "
        + FLOOR + " = 4% from 2024-04-01 until 2025-04-01");
    // other parameters are the base's own
    assertThat(s.parameter("highneeds.nff.gains_cap")).isEqualTo(BASE.parameter("highneeds.nff.gains_cap"));
  }

  @Test
  void overrides_meeting_end_to_start_do_not_overlap_but_one_day_more_does() {
    ParameterSet s = BASE.withOverlay(ParameterOverlay.builder().name("adjacent")
        .override(FLOOR, april(2022), percent("6"), april(2023))
        .override(FLOOR, april(2023), percent("4"))
        .build());
    assertThat(s.get(FLOOR, april(2023)).value()).isEqualTo(percent("4"));
    ParameterException e = catchThrowableOfType(ParameterException.class, () -> BASE.withOverlay(
        ParameterOverlay.builder().name("overlap")
            .override(FLOOR, april(2022), percent("6"), april(2023).plusDays(1))
            .override(FLOOR, april(2023), percent("4"))
            .build()));
    assertThat(e.messages()).containsExactly(
        "overlay 'overlap', column 'highneeds.nff.floor': override from 2022-04-01 to 2023-04-02 overlaps the override from 2023-04-01");
  }

  @Test
  void an_ended_override_has_no_unit_to_check() {
    ParameterOverride end = ParameterOverride.of(FLOOR, april(2025), Optional.empty(), Optional.empty());
    assertThat(end.toString()).isEqualTo("highneeds.nff.floor = (ended) from 2025-04-01");
    ParameterSet s = BASE.withOverlay(ParameterOverlay.builder().name("end").addOverrides(end).build());
    assertThat(s.find(FLOOR, april(2025))).isEmpty();
  }

  @Test
  void each_unit_parses_its_own_text() {
    assertThat(ParameterUnit.GBP.parse(" 10000 ")).isEqualTo(ParameterValue.of(Money.ofPounds(10_000)));
    assertThat(ParameterUnit.GBP.parse("4660.50").asMoney()).isEqualTo(Money.ofPence(466_050));
    assertThat(ParameterUnit.PERCENT.parse("7.5").asPercentage()).isEqualTo(Percentage.of("7.5"));
    assertThat(ParameterUnit.RATE.parse("1.05").asRate()).isEqualTo(Rate.of("1.05"));
    assertThat(ParameterUnit.COUNT.parse("12").asCount()).isEqualTo(12);
    assertThat(ParameterUnit.DATE.parse("2026-04-01").asDate()).isEqualTo(april(2026));
    assertThat(ParameterUnit.RULE.parse("nff").asRule()).isEqualTo("nff");
    assertThat(ParameterUnit.RULE.parse("roll-over_2.v1").asRule()).isEqualTo("roll-over_2.v1");
    assertThat(ParameterUnit.BOOLEAN.parse("true").asBoolean()).isTrue();
    assertThat(ParameterUnit.BOOLEAN.parse("false").asBoolean()).isFalse();
    assertThat(ParameterUnit.BOOLEAN.parse("false").unit()).isEqualTo(ParameterUnit.BOOLEAN);
  }

  @Test
  void each_unit_refuses_bad_text_with_an_example() {
    assertThatThrownBy(() -> ParameterUnit.GBP.parse("10000.001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'10000.001' is not a gbp value (pounds with at most 2 decimals, e.g. 10000)");
    assertThatThrownBy(() -> ParameterUnit.PERCENT.parse("seven"))
        .hasMessage("'seven' is not a percent value (a number of percent, e.g. 7.5)");
    assertThatThrownBy(() -> ParameterUnit.RATE.parse("1,05"))
        .hasMessage("'1,05' is not a rate value (a decimal, e.g. 0.075)");
    assertThatThrownBy(() -> ParameterUnit.COUNT.parse("1.5"))
        .hasMessage("'1.5' is not a count value (a whole number, e.g. 12)");
    assertThatThrownBy(() -> ParameterUnit.DATE.parse("1 April 2026"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'1 April 2026' is not a date value (an ISO date, e.g. 2026-04-01)");
    assertThatThrownBy(() -> ParameterUnit.RULE.parse("NFF"))
        .hasMessage("'NFF' is not a rule value (a lower-case rule name, e.g. nff)");
    assertThatThrownBy(() -> ParameterUnit.RULE.parse(""))
        .hasMessage("'' is not a rule value (a lower-case rule name, e.g. nff)");
    assertThatThrownBy(() -> ParameterUnit.RULE.parse("_nff"))
        .hasMessage("'_nff' is not a rule value (a lower-case rule name, e.g. nff)");
    assertThatThrownBy(() -> ParameterUnit.BOOLEAN.parse("yes"))
        .hasMessage("'yes' is not a boolean value (true or false)");
    assertThatThrownBy(() -> ParameterUnit.BOOLEAN.parse("TRUE"))
        .hasMessage("'TRUE' is not a boolean value (true or false)");
    assertThatThrownBy(() -> ParameterUnit.COUNT.parse(null))
        .hasMessage("'null' is not a count value (a whole number, e.g. 12)");
  }

  @Test
  void numbers_follow_the_one_syntax_and_a_floor_of_1e20_percent_is_refused() {
    // one syntax everywhere: thousands separators and a pound sign for money, no exponent or hex
    assertThat(ParameterUnit.GBP.parse("£10,000").asMoney()).isEqualTo(Money.ofPounds(10_000));
    assertThat(ParameterUnit.COUNT.parse("1,400").asCount()).isEqualTo(1400);
    assertThatThrownBy(() -> ParameterUnit.PERCENT.parse("1e20"))
        .hasMessage("'1e20' is not a percent value (a number of percent, e.g. 7.5)");
    assertThatThrownBy(() -> ParameterUnit.RATE.parse("0x1p3"))
        .hasMessage("'0x1p3' is not a rate value (a decimal, e.g. 0.075)");
    // written out in full it parses, and the plausibility limit refuses it
    assertThatThrownBy(() -> ParameterUnit.PERCENT.parse("100000000000000000000"))
        .hasMessageStartingWith("'100000000000000000000': implausible for a percentage in a funding rule: more than 1,000% (");
    assertThatThrownBy(() -> ParameterUnit.PERCENT.parse("-101"))
        .hasMessageStartingWith("'-101': implausible for a percentage in a funding rule: less than -100% (");
    assertThat(ParameterUnit.PERCENT.parse("1000").asPercentage()).isEqualTo(Percentage.of("1000"));
    assertThat(ParameterUnit.PERCENT.parse("-100").asPercentage()).isEqualTo(Percentage.of("-100"));
  }

  @Test
  void units_are_named_in_lower_case() {
    for (ParameterUnit u : ParameterUnit.values()) {
      assertThat(ParameterUnit.fromName(u.fileName())).isEqualTo(u);
      assertThat(u.toString()).isEqualTo(u.fileName());
    }
    assertThat(ParameterUnit.PERCENT.fileName()).isEqualTo("percent");
    assertThatThrownBy(() -> ParameterUnit.fromName("GBP"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit 'GBP' is not one of gbp, percent, rate, count, date, rule, boolean");
  }

  @Test
  void a_parameter_of_one_value_from_2025() {
    Parameter p = Parameter.builder().path("test.value").description("a test value").unit(ParameterUnit.COUNT)
        .verified(true).addReferences(SourceReference.of("Test", "https://example.org"))
        .values(ImmutableSortedMap.of(april(2025), Optional.of(ParameterValue.of(12))))
        .build();
    ParameterSet s = ParameterSet.of(java.util.List.of(p)).withOverlay(ParameterOverlay.builder().name("x")
        .override("test.value", april(2024), ParameterValue.of(10), LocalDate.of(2024, 10, 1)).build());
    assertThat(s.get("test.value", april(2024)).value().asCount()).isEqualTo(10);
    assertThat(s.find("test.value", LocalDate.of(2024, 10, 1))).isEmpty();
    assertThat(s.get("test.value", april(2025)).value().asCount()).isEqualTo(12);
    assertThat(s.get("test.value", april(2025)).verified()).isTrue();
  }
}
