package org.sendfunding.funding.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.time.FinancialYear;

class ParameterSetTest {

  private final ParameterSet defaults = ParameterSet.defaults();

  @Test
  void index_lists_exactly_the_yaml_files_in_the_resource_folder() throws IOException {
    Path root = Paths.get("src/main/resources", ParameterSet.RESOURCE_ROOT);
    List<String> onDisk;
    try (Stream<Path> walk = Files.walk(root)) {
      onDisk = walk.filter(p -> p.toString().endsWith(".yaml"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted().collect(Collectors.toList());
    }
    assertThat(ParameterSet.indexedFiles(getClass().getClassLoader())).containsExactlyElementsOf(onDisk);
  }

  @Test
  void floor_2025_26_is_7_percent_verified_from_hcws264() {
    // HCWS264 (28 Nov 2024): "at least a 7% increase per head of their population aged two to 18"
    ValueInForce floor = defaults.get("highneeds.nff.floor", FinancialYear.of(2025));
    assertThat(floor.value()).isEqualTo(ParameterValue.of(Percentage.of("7")));
    assertThat(floor.inForceFrom()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(floor.verified()).isTrue();
    assertThat(floor.toUse().references()).anySatisfy(r -> assertThat(r.title()).contains("HCWS264"));
  }

  @Test
  void per_value_verification_marks_unconfirmed_years() {
    assertThat(defaults.get("highneeds.nff.floor", FinancialYear.of(2023)).verified()).isFalse();
    // 2024-25 3% is read only in a council schools forum paper, 2025-26 7% in HCWS264
    assertThat(defaults.get("highneeds.nff.floor", FinancialYear.of(2024)).verified()).isFalse();
    assertThat(defaults.get("highneeds.nff.floor", FinancialYear.of(2025)).verified()).isTrue();
    assertThat(defaults.get("highneeds.nff.gains_cap", FinancialYear.of(2024)).toUse().verified()).isFalse();
  }

  @Test
  void floor_has_ended_in_2026_27_and_lookup_says_so() {
    assertThat(defaults.find("highneeds.nff.floor", LocalDate.of(2026, 6, 1))).isEmpty();
    assertThatThrownBy(() -> defaults.percentage("highneeds.nff.floor", FinancialYear.of(2026)))
        .isInstanceOf(ParameterException.class)
        .hasMessage("parameter 'highneeds.nff.floor' has no value in force on 2026-04-01: the rule ended on 2026-04-01");
  }

  @Test
  void allocation_method_switches_to_rollover_in_2026_27() {
    assertThat(defaults.rule("highneeds.allocation.method", FinancialYear.of(2025))).isEqualTo("nff");
    assertThat(defaults.rule("highneeds.allocation.method", FinancialYear.of(2026))).isEqualTo("rollover");
  }

  @Test
  void place_values_and_thresholds() {
    FinancialYear y = FinancialYear.of(2025);
    assertThat(defaults.money("placeplus.place_value.special", y)).isEqualTo(Money.ofPounds(10_000));
    assertThat(defaults.money("placeplus.place_value.resourced_provision", y)).isEqualTo(Money.ofPounds(6_000));
    assertThat(defaults.money("placeplus.place_value.alternative_provision", y)).isEqualTo(Money.ofPounds(10_000));
    assertThat(defaults.money("placeplus.place_value.post16_fe", y)).isEqualTo(Money.ofPounds(6_000));
    assertThat(defaults.money("placeplus.notional_sen_threshold", y)).isEqualTo(Money.ofPounds(6_000));
    assertThat(defaults.percentage("dsg.block_transfer_limit", y)).isEqualTo(Percentage.of("0.5"));
    assertThat(defaults.money("highneeds.national_total", FinancialYear.of(2021))).isEqualTo(Money.ofPounds(7_906_000_000L));
  }

  @Test
  void proxy_factor_shares_sum_to_100_percent() {
    java.math.BigDecimal sum = defaults.paths().stream()
        .filter(p -> p.startsWith("highneeds.nff.proxy_factor_share."))
        .map(p -> defaults.percentage(p, FinancialYear.of(2025)).percent())
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    assertThat(sum).isEqualByComparingTo("100");
    assertThat(defaults.paths().stream().filter(p -> p.startsWith("highneeds.nff.proxy_factor_share."))).hasSize(7);
  }

  @Test
  void verification_flags_say_which_values_were_compared_with_a_primary_source() {
    // docs/sources.md, "Verified values": basic entitlement read in the DfE DSG allocation tables for
    // 2019-20 to 2023-24; 2024-25 onward carries £4,660 forward unverified
    FinancialYear y = FinancialYear.of(2025);
    assertThat(defaults.get("highneeds.nff.basic_entitlement", FinancialYear.of(2019)).verified()).isTrue();
    assertThat(defaults.get("highneeds.nff.basic_entitlement", FinancialYear.of(2023)).verified()).isTrue();
    assertThat(defaults.get("highneeds.nff.basic_entitlement", y).verified()).isFalse();
    assertThat(defaults.get("highneeds.nff.import_export_rate", y).verified()).isFalse();
    assertThat(defaults.get("highneeds.nff.historic_spend_share", y).verified()).isFalse();
    // 50% of 2017-18 planned spend is read only in council minutes (secondary), so unverified in every year
    assertThat(defaults.get("highneeds.nff.historic_spend_share", FinancialYear.of(2021)).verified()).isFalse();
    // place values: read in the DSG deduction tables for 2020-21 to 2023-24 (PlaceValuesDsgTablesTest);
    // 2025-26 is carried forward, except AP's £10,000 read in DfE's 2025-26 guidance
    assertThat(defaults.get("placeplus.place_value.special", y).verified()).isFalse();
    assertThat(defaults.get("placeplus.place_value.special", FinancialYear.of(2022)).verified()).isTrue();
    assertThat(defaults.get("placeplus.place_value.alternative_provision", FinancialYear.of(2013)).verified()).isFalse();
    assertThat(defaults.get("dsg.block_transfer_limit", y).verified()).isFalse();
    assertThat(defaults.get("highneeds.nff.floor", FinancialYear.of(2024)).verified()).isFalse();
    assertThat(defaults.get("highneeds.nff.floor", FinancialYear.of(2022)).verified()).isTrue();
    for (String p : defaults.paths()) {
      if (p.startsWith("highneeds.nff.proxy_factor_share.")) {
        assertThat(defaults.get(p, y).verified()).as(p).isFalse();
      }
    }
    assertThat(defaults.get("highneeds.nff.floor", FinancialYear.of(2020)).verified()).isFalse();
    assertThat(defaults.get("highneeds.nff.floor", FinancialYear.of(2021)).verified()).isFalse();
    assertThat(defaults.get("highneeds.nff.gains_cap", FinancialYear.of(2022)).verified()).isTrue();
    assertThat(defaults.get("highneeds.nff.gains_cap", FinancialYear.of(2025)).verified()).isTrue();
    assertThat(defaults.get("placeplus.place_value.alternative_provision", y).verified()).isTrue();
    assertThat(defaults.get("placeplus.place_value.alternative_provision", FinancialYear.of(2023)).verified()).isTrue();
    assertThat(defaults.get("placeplus.place_value.alternative_provision", FinancialYear.of(2024)).verified()).isFalse();
  }

  @Test
  void every_parameter_has_a_reference_with_a_title() {
    for (String p : defaults.paths()) {
      assertThat(defaults.parameter(p).references()).as(p).isNotEmpty();
    }
  }

  @Test
  void every_reference_has_a_title_a_paragraph_and_an_https_address_a_user_can_follow() {
    // issue 19: a cited source must be followable from a clone, so no reference may name a notes file
    for (String p : defaults.paths()) {
      for (org.sendfunding.model.explain.SourceReference r : defaults.parameter(p).references()) {
        assertThat(r.title()).as(p).isNotBlank().doesNotContain("shared/").doesNotContain(".md");
        assertThat(r.paragraph()).as(p + ": " + r.title()).hasValueSatisfying(t -> assertThat(t).isNotBlank());
        assertThat(r.href()).as(p + ": " + r.title()).hasValueSatisfying(h -> assertThat(h).startsWith("https://"));
      }
      assertThat(defaults.parameter(p).note().orElse("")).as(p).doesNotContain("shared/").doesNotContain(".md");
    }
    for (String band : java.util.List.of("shropshire", "southend")) {
      for (org.sendfunding.model.explain.SourceReference r
          : org.sendfunding.funding.placeplus.LocalBanding.example(band).references()) {
        assertThat(r.paragraph()).as(band).isPresent();
        assertThat(r.href()).as(band).hasValueSatisfying(h -> assertThat(h).startsWith("https://"));
      }
    }
  }

  @Test
  void unknown_path_is_named() {
    assertThatThrownBy(() -> defaults.parameter("highneeds.nff.flor"))
        .isInstanceOf(ParameterException.class)
        .hasMessage("unknown parameter path 'highneeds.nff.flor'");
  }

  @Test
  void typed_lookup_of_wrong_unit_is_named() {
    assertThatThrownBy(() -> defaults.money("highneeds.nff.floor", FinancialYear.of(2025)))
        .isInstanceOf(ParameterException.class)
        .hasMessage("parameter 'highneeds.nff.floor' is percent, not gbp");
  }

  @Test
  void value_before_the_first_date_is_not_in_force() {
    // no basic entitlement rate before 2019-20 was read in a DSG table, so none is held
    assertThatThrownBy(() -> defaults.get("highneeds.nff.basic_entitlement", LocalDate.of(2018, 4, 1)))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("its first value is from 2019-04-01");
  }
}
