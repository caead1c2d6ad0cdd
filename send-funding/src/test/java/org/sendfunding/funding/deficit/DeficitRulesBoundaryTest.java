package org.sendfunding.funding.deficit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.model.deficit.StatutoryOverridePeriod;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * The statutory override's period and the write-off rules at their edges: extensions, a gap and a
 * restart, open-ended overrides, the parameters each policy reads, and the policy's own checks.
 */
class DeficitRulesBoundaryTest {

  private static final LocalDate START = LocalDate.of(2020, 11, 29);
  private static final FinancialYear Y2026 = FinancialYear.parse("2026-27");

  private static ParameterSet overlay(ParameterOverlay.Builder b) {
    return ParameterSet.defaults().withOverlay(b.build());
  }

  @Test
  void the_period_names_the_instrument_that_made_the_override() {
    // SI 2020/1212 reg 30L made the override (funding.md, LA deficits); it is the parameter's first reference.
    StatutoryOverridePeriod period = StatutoryOverride.DEFAULT.period(ParameterSet.defaults(), Y2026).orElseThrow();
    assertThat(period.instrument()).isEqualTo(
        "The Local Authorities (Capital Finance and Accounting) (England) (Amendment) Regulations 2020 (SI 2020/1212), regulation 30L");
  }

  @Test
  void the_first_and_last_ring_fenced_years_of_todays_override() {
    // In force from 29 November 2020, so 31 March 2021 (end of 2020-21) is the first ring-fenced year end;
    // it ends on 1 April 2028, so 2027-28 is the last (funding.md: extended to 31 March 2028).
    ParameterSet p = ParameterSet.defaults();
    StatutoryOverridePeriod first = StatutoryOverride.DEFAULT.period(p, FinancialYear.parse("2020-21")).orElseThrow();
    StatutoryOverridePeriod last = StatutoryOverride.DEFAULT.period(p, FinancialYear.parse("2027-28")).orElseThrow();
    assertThat(first.from()).isEqualTo(START);
    assertThat(last.from()).isEqualTo(START);
    assertThat(first.until()).isEqualTo(LocalDate.of(2028, 3, 31));
    assertThat(last.until()).isEqualTo(LocalDate.of(2028, 3, 31));
    assertThat(StatutoryOverride.DEFAULT.period(p, FinancialYear.parse("2019-20"))).isEmpty();
  }

  @Test
  void an_extension_keeps_the_original_start_and_moves_the_end() {
    // A scenario extending the override from 1 April 2028 to 31 March 2030.
    ParameterSet p = overlay(ParameterOverlay.builder().name("extend to 2030")
        .override(StatutoryOverride.PATH, LocalDate.of(2028, 4, 1), ParameterValue.of(true), LocalDate.of(2030, 4, 1)));
    // seen from before the extension starts: the later "true" does not end the period
    StatutoryOverridePeriod before = StatutoryOverride.DEFAULT.period(p, Y2026).orElseThrow();
    assertThat(before.from()).isEqualTo(START);
    assertThat(before.until()).isEqualTo(LocalDate.of(2030, 3, 31));
    // seen from inside the extension: still one unbroken period from 2020
    StatutoryOverridePeriod inside = StatutoryOverride.DEFAULT.period(p, FinancialYear.parse("2029-30")).orElseThrow();
    assertThat(inside.from()).isEqualTo(START);
    assertThat(inside.until()).isEqualTo(LocalDate.of(2030, 3, 31));
    assertThat(StatutoryOverride.DEFAULT.period(p, FinancialYear.parse("2030-31"))).isEmpty();
  }

  @Test
  void an_override_restarted_after_a_gap_starts_from_the_restart() {
    // Lapses on 1 April 2028 as today, then a scenario brings it back from 1 April 2029 without end.
    ParameterSet p = overlay(ParameterOverlay.builder().name("restart 2029")
        .override(StatutoryOverride.PATH, LocalDate.of(2029, 4, 1), ParameterValue.of(true)));
    assertThat(StatutoryOverride.DEFAULT.ringFenced(p, FinancialYear.parse("2028-29"))).isFalse();
    StatutoryOverridePeriod restarted = StatutoryOverride.DEFAULT.period(p, FinancialYear.parse("2029-30")).orElseThrow();
    assertThat(restarted.from()).isEqualTo(LocalDate.of(2029, 4, 1));
    assertThat(restarted.until()).isEqualTo(LocalDate.of(9999, 12, 31));
    // the first period still ends where it did
    assertThat(StatutoryOverride.DEFAULT.period(p, Y2026).orElseThrow().until()).isEqualTo(LocalDate.of(2028, 3, 31));
  }

  @Test
  void an_override_that_never_ends_runs_to_9999() {
    ParameterSet p = overlay(ParameterOverlay.builder().name("permanent")
        .override(StatutoryOverride.PATH, LocalDate.of(2028, 4, 1), ParameterValue.of(true)));
    StatutoryOverridePeriod period = StatutoryOverride.DEFAULT.period(p, Y2026).orElseThrow();
    assertThat(period.from()).isEqualTo(START);
    assertThat(period.until()).isEqualTo(LocalDate.of(9999, 12, 31));
  }

  @Test
  void a_year_end_after_an_ended_rule_is_not_ring_fenced() {
    // A scenario ending the rule (no value in force) from 1 April 2027: 2026-27 still ends inside it.
    ParameterSet p = overlay(ParameterOverlay.builder().name("end early").end(StatutoryOverride.PATH, LocalDate.of(2027, 4, 1)));
    assertThat(StatutoryOverride.DEFAULT.ringFenced(p, Y2026)).isTrue();
    assertThat(StatutoryOverride.DEFAULT.ringFenced(p, FinancialYear.parse("2027-28"))).isFalse();
    assertThat(StatutoryOverride.DEFAULT.valueAtYearEnd(p, FinancialYear.parse("2027-28"))).isEmpty();
    assertThat(StatutoryOverride.DEFAULT.period(p, FinancialYear.parse("2027-28"))).isEmpty();
    assertThat(StatutoryOverride.DEFAULT.period(p, Y2026).orElseThrow().until()).isEqualTo(LocalDate.of(2027, 3, 31));
  }

  @Test
  void the_value_at_year_end_is_the_one_in_force_on_31_march() {
    var v = StatutoryOverride.DEFAULT.valueAtYearEnd(ParameterSet.defaults(), FinancialYear.parse("2027-28")).orElseThrow();
    assertThat(v.inForceFrom()).isEqualTo(START);
    assertThat(v.value().asBoolean()).isTrue();
    var after = StatutoryOverride.DEFAULT.valueAtYearEnd(ParameterSet.defaults(), FinancialYear.parse("2028-29")).orElseThrow();
    assertThat(after.inForceFrom()).isEqualTo(LocalDate.of(2028, 4, 1));
    assertThat(after.value().asBoolean()).isFalse();
  }

  private static WriteOffPolicy policy(String rule) {
    return WriteOffPolicy.from(overlay(ParameterOverlay.builder().name(rule)
        .override("deficit.write_off.policy", LocalDate.of(2026, 4, 1), ParameterValue.ofRule(rule))), Y2026);
  }

  @Test
  void each_policy_reads_and_cites_only_the_parameters_it_uses() {
    assertThat(WriteOffPolicy.from(ParameterSet.defaults(), Y2026).parameterUses())
        .extracting(u -> u.path()).containsExactly("deficit.write_off.policy");
    WriteOffPolicy none = WriteOffPolicy.from(ParameterSet.defaults(), Y2026);
    assertThat(none.shareMillionths()).isZero();
    assertThat(none.requiresReformPlan()).isFalse();
    // 90% cover (2026 settlement, funding.md): 900,000 millionths, conditional on a reform plan
    WriteOffPolicy cover = policy("cover_accrued");
    assertThat(cover.kind()).isEqualTo(WriteOffKind.COVER_ACCRUED);
    assertThat(cover.shareMillionths()).isEqualTo(900_000);
    assertThat(cover.requiresReformPlan()).isTrue();
    assertThat(cover.parameterUses()).extracting(u -> u.path()).containsExactly(
        "deficit.write_off.policy", "deficit.write_off.share", "deficit.write_off.accrued_to",
        "deficit.write_off.paid_in_year_starting", "deficit.write_off.requires_reform_plan");
    WriteOffPolicy cancel = policy("cancel_accrued");
    assertThat(cancel.kind()).isEqualTo(WriteOffKind.CANCEL_ACCRUED);
    assertThat(cancel.shareMillionths()).isEqualTo(1_000_000);
    assertThat(cancel.requiresReformPlan()).isFalse();
    assertThat(cancel.parameterUses()).extracting(u -> u.path()).containsExactly(
        "deficit.write_off.policy", "deficit.write_off.accrued_to", "deficit.write_off.paid_in_year_starting");
  }

  @Test
  void ninety_percent_of_one_penny_of_deficit_rounds_half_up_to_one_penny() {
    // 90% of 1p = 0.9p -> 1p; 90% of 5p = 4.5p -> 5p (half up); a zero balance writes off nothing.
    WriteOffPolicy cover = policy("cover_accrued");
    assertThat(cover.amountPence(-1, true)).isEqualTo(1);
    assertThat(cover.amountPence(-5, true)).isEqualTo(5);
    assertThat(cover.amountPence(0, true)).isZero();
    assertThat(cover.amountPence(1, true)).isZero();
    assertThat(cover.amountPence(-1, false)).isZero();
  }

  @Test
  void parsing_a_policy_ignores_case_and_surrounding_space() {
    assertThat(WriteOffKind.parse(" Cover_Accrued ")).isEqualTo(WriteOffKind.COVER_ACCRUED);
    assertThat(WriteOffKind.parse("none")).isEqualTo(WriteOffKind.NONE);
    assertThat(WriteOffKind.parse("CANCEL_ACCRUED")).isEqualTo(WriteOffKind.CANCEL_ACCRUED);
  }

  private static WriteOffPolicy.Builder valid() {
    return (WriteOffPolicy.Builder) WriteOffPolicy.builder().kind(WriteOffKind.COVER_ACCRUED).shareMillionths(900_000)
        .accruedTo(LocalDate.of(2026, 3, 31)).paidIn(Y2026).requiresReformPlan(true);
  }

  @Test
  void a_policy_accepts_shares_from_nothing_to_everything() {
    assertThat(valid().shareMillionths(0).build().amount(Money.ofPounds(-10), true)).isEqualTo(Money.ZERO);
    assertThat(valid().shareMillionths(1_000_000).build().amount(Money.ofPounds(-10), true)).isEqualTo(Money.ofPounds(10));
  }

  @Test
  void a_policy_refuses_a_share_outside_0_to_100_percent() {
    assertThatThrownBy(() -> valid().shareMillionths(-1).build())
        .hasMessage("WriteOffPolicy.share: -1 millionths is not between 0% and 100%");
    assertThatThrownBy(() -> valid().shareMillionths(1_000_001).build())
        .hasMessage("WriteOffPolicy.share: 1000001 millionths is not between 0% and 100%");
  }

  @Test
  void a_write_off_must_be_paid_after_the_deficit_it_covers_is_measured() {
    // paid in 2026-27 (from 1 April 2026): the accrual date may be 31 March 2026 but not 1 April 2026
    assertThat(valid().accruedTo(LocalDate.of(2026, 3, 31)).build().paidIn()).isEqualTo(Y2026);
    assertThatThrownBy(() -> valid().accruedTo(LocalDate.of(2026, 4, 1)).build())
        .hasMessage("WriteOffPolicy.paidIn: 2026-27 does not start after the accrual date 2026-04-01");
  }
}
