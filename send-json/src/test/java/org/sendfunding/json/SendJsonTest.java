package org.sendfunding.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.scenario.BuiltInPolicy;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.deficit.DeficitLedger;
import org.sendfunding.model.deficit.LedgerEntry;
import org.sendfunding.model.deficit.SafetyValveAgreement;
import org.sendfunding.model.dsg.BlockTransfer;
import org.sendfunding.model.dsg.DsgAllocation;
import org.sendfunding.model.dsg.HighNeedsBlock;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.pupil.Pupil;
import org.sendfunding.model.setting.Setting;
import org.sendfunding.model.time.AcademicYear;
import org.sendfunding.model.time.FinancialYear;

/** Every covered value type survives JSON write then read ({@code equals}), with the documented forms. */
class SendJsonTest {

  private static final ObjectMapper JSON = SendJson.mapper();

  private static <T> T roundTrip(T value, Class<T> type) {
    try {
      return JSON.readValue(JSON.writeValueAsString(value), type);
    } catch (JsonProcessingException e) {
      throw new AssertionError(String.valueOf(value), e);
    }
  }

  private static <T> void roundTrips(Class<T> type, Function<RandomValues, T> generator) {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      T value = generator.apply(new RandomValues(seed));
      assertThat(roundTrip(value, type)).isEqualTo(value);
      try {
        // equal values write the same bytes, so JSON text can be compared and hashed
        assertThat(JSON.writeValueAsString(roundTrip(value, type))).isEqualTo(JSON.writeValueAsString(value));
      } catch (JsonProcessingException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void scalars_have_exact_readable_forms() throws Exception {
    assertThat(JSON.writeValueAsString(Money.ofPounds("12345.67"))).isEqualTo("1234567");
    assertThat(JSON.writeValueAsString(Rate.of("0.075"))).isEqualTo("\"0.075\"");
    assertThat(JSON.writeValueAsString(Percentage.of("7.5"))).isEqualTo("\"7.5\"");
    assertThat(JSON.writeValueAsString(FinancialYear.of(2025))).isEqualTo("\"2025-26\"");
    assertThat(JSON.writeValueAsString(AcademicYear.of(2024))).isEqualTo("\"2024/25\"");
    assertThat(JSON.writeValueAsString(LocalAuthorities.england().byCode(202))).isEqualTo("202");
    assertThat(JSON.writeValueAsString(LocalDate.of(2025, 4, 1))).isEqualTo("\"2025-04-01\"");
    assertThat(JSON.readValue("202", LocalAuthority.class).name()).isEqualTo("Camden");
  }

  @Test
  void scalars_round_trip() {
    roundTrips(Money.class, RandomValues::money);
    roundTrips(Rate.class, RandomValues::rate);
    roundTrips(Percentage.class, RandomValues::percentage);
    roundTrips(FinancialYear.class, RandomValues::year);
    roundTrips(LocalAuthority.class, RandomValues::la);
    qt().withExamples(100).forAll(longs().between(1900, 2199)).checkAssert(y ->
        assertThat(roundTrip(AcademicYear.of(y.intValue()), AcademicYear.class)).isEqualTo(AcademicYear.of(y.intValue())));
  }

  @Test
  void settings_and_pupils_round_trip() {
    roundTrips(Setting.class, RandomValues::setting);
    roundTrips(Pupil.class, RandomValues::pupil);
  }

  @Test
  void dsg_values_round_trip() {
    roundTrips(HighNeedsBlock.class, r -> r.highNeedsBlock(r.la(), r.year()));
    roundTrips(DsgAllocation.class, RandomValues::dsg);
    roundTrips(BlockTransfer.class, RandomValues::blockTransfer);
  }

  @Test
  void deficit_values_round_trip() {
    roundTrips(LedgerEntry.class, r -> r.entry(r.year(), r.money()));
    roundTrips(DeficitLedger.class, RandomValues::ledger);
    roundTrips(SafetyValveAgreement.class, RandomValues::safetyValve);
  }

  @Test
  void explanations_round_trip_with_nested_children() {
    roundTrips(Explanation.class, r -> r.explanation(3));
  }

  @Test
  void overlays_round_trip_including_every_built_in_policy() {
    roundTrips(ParameterOverlay.class, RandomValues::overlay);
    for (BuiltInPolicy p : BuiltInPolicy.values()) {
      assertThat(roundTrip(p.overlay(), ParameterOverlay.class)).isEqualTo(p.overlay());
    }
  }

  @Test
  void ehcp_and_accountability_values_round_trip() {
    roundTrips(org.sendfunding.ehcp.plan.ProvisionItem.class, RandomValues::provisionItem);
    roundTrips(org.sendfunding.ehcp.projection.CaseloadSnapshot.class, RandomValues::caseloadSnapshot);
    roundTrips(org.sendfunding.accountability.cohort.School.class, RandomValues::school);
    roundTrips(org.sendfunding.accountability.progress8.Attainment8Slots.class, RandomValues::attainment8Slots);
  }

  @Test
  void doubles_round_trip_exactly_including_nan_infinities_and_negative_zero() {
    roundTrips(org.sendfunding.accountability.comparison.SchoolMovement.class, RandomValues::schoolMovement);
    roundTrips(org.sendfunding.accountability.cva.CvaCoefficient.class, RandomValues::cvaCoefficient);
  }

  @Test
  void funding_inputs_round_trip() {
    roundTrips(org.sendfunding.funding.placeplus.Band.class, RandomValues::band);
    roundTrips(org.sendfunding.funding.sufficiency.QueueInputs.class, RandomValues::queueInputs);
    roundTrips(org.sendfunding.funding.sufficiency.ServiceInvestment.class, RandomValues::serviceInvestment);
  }

  @Test
  void a_real_explanation_round_trips() {
    Explanation e = org.sendfunding.funding.dsg.BlockTransferRule.DEFAULT.decide(BlockTransfer.builder()
        .localAuthority(LocalAuthorities.england().byCode(860)).financialYear(FinancialYear.of(2025))
        .amount(Money.ofPounds(3_200_000)).schoolsBlock(Money.ofPounds(640_000_000)).schoolsForumApproved(true)
        .build(), ParameterSet.defaults()).explanation();
    assertThat(roundTrip(e, Explanation.class)).isEqualTo(e);
  }

  @Test
  void a_ledger_entry_reads_as_people_write_it() throws Exception {
    LedgerEntry e = JSON.readValue("{\"financialYear\":\"2025-26\",\"openingBalance\":-200000000,"
        + "\"income\":{\"DSG high needs block\":1000000000},\"spend\":{\"top-up\":1100000000}}", LedgerEntry.class);
    assertThat(e.closingBalance()).isEqualTo(Money.ofPounds(-3_000_000));
  }

  @Test
  void bad_json_names_the_type_and_field() {
    assertThatThrownBy(() -> JSON.readValue("{\"openingBalance\":0}", LedgerEntry.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("LedgerEntry: field 'financialYear' is missing");
    assertThatThrownBy(() -> JSON.readValue("{\"financialYear\":\"2025-26\",\"openingBalance\":0,\"colour\":1}",
        LedgerEntry.class)).isInstanceOf(JsonMappingException.class).hasMessageContaining("unknown field 'colour'");
    assertThatThrownBy(() -> JSON.readValue("12.5", Money.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("Money: expected a whole number of pence");
    assertThatThrownBy(() -> JSON.readValue("999", LocalAuthority.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("no LA with DfE code 999");
    assertThatThrownBy(() -> JSON.readValue("\"2025/26\"", FinancialYear.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("FinancialYear");
  }

  @Test
  void a_tampered_total_is_refused() {
    assertThatThrownBy(() -> JSON.readValue("{\"financialYear\":\"2025-26\",\"openingBalance\":0,"
        + "\"income\":{\"a\":100},\"closingBalance\":999}", LedgerEntry.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("field 'closingBalance' is £9.99 but the other fields give £1.00");
  }

  @Test
  void the_values_own_checks_still_apply() {
    // a ledger whose second opening balance is not the first closing balance
    String json = "{\"localAuthority\":202,\"entries\":["
        + "{\"financialYear\":\"2024-25\",\"openingBalance\":0,\"income\":{\"a\":100}},"
        + "{\"financialYear\":\"2025-26\",\"openingBalance\":0}]}";
    assertThatThrownBy(() -> JSON.readValue(json, DeficitLedger.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("DeficitLedger");
  }
}
