package org.sendfunding.funding.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.sendfunding.data.england.Area;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.data.england.Measure;
import org.sendfunding.data.england.Period;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;

class FundingDatasetTest {

  private static final FundingDataset ENGLAND = FundingDataset.england();
  private static final EnglandStatistics STATS = EnglandStatistics.england();

  @Test
  void panel_holds_every_la_in_england_with_real_codes_and_names() {
    assertThat(ENGLAND.panel()).hasSize(153);
    assertThat(ENGLAND.panel().stream().map(LocalAuthorityInputs::localAuthority))
        .containsExactlyElementsOf(LocalAuthorities.england().all());
    assertThat(ENGLAND.caseloads()).hasSize(153);
    assertThat(ENGLAND.illustrative()).isTrue();
  }

  @Test
  void the_banner_names_only_the_fields_that_are_still_illustrative() {
    assertThat(ENGLAND.illustrativeFields()).containsEntry("free_school_meals", 153).containsEntry("historic_spend", 153)
        .containsEntry("dsg_balance", 153)
        // City of London and the Isles of Scilly are not in the DSG tables embedded here.
        .containsEntry("schools_block", 2).containsEntry("area_cost_adjustment", 2)
        .doesNotContainKeys("population_2_18", "special_school_pupils");
  }

  @Test
  void caseload_is_sen2_january_2025_including_the_placements_the_model_funds_no_setting_for() {
    // "Education, health and care plans" 2025: 638,745 plans in January 2025, every LA's total as published.
    assertThat(ENGLAND.totalEhcpPupils())
        .isEqualTo(ENGLAND.nationalSeries().figure("ehcp_plans_all_ages", "2025-01").value().longValueExact());
    for (SettingCaseload c : ENGLAND.caseloads().values()) {
      assertThat(c.totalPupils()).as(c.localAuthority().toString())
          .isEqualTo(STATS.figure(Measure.EHC_PLANS, Area.la(c.localAuthority().code()), Period.january(2025)).number().longValueExact());
    }
    // Halton as published: 217 maintained special, 269 special academies, 101 independent, 39 non-maintained,
    // 15 AP/PRU, 208 FE, 18 early years; 83 educated elsewhere of whom 11 NEET; 20 unknown.
    SettingCaseload halton = ENGLAND.caseload(876);
    assertThat(halton.pupils(SettingType.MAINTAINED_SPECIAL)).isEqualTo(217);
    assertThat(halton.pupils(SettingType.INDEPENDENT_SPECIAL)).isEqualTo(101);
    assertThat(halton.otherPlacements(OtherPlacement.EDUCATED_ELSEWHERE)).isEqualTo(72);
    assertThat(halton.otherPlacements(OtherPlacement.NEET)).isEqualTo(11);
    assertThat(halton.otherPlacements(OtherPlacement.PLACEMENT_UNKNOWN)).isEqualTo(20);
    assertThat(halton.placedPupils()).isEqualTo(1712 - 72 - 11 - 20);
    // England: about 69,000 plans in no setting the model funds (49,750 elsewhere incl. NEET + 19,339 unknown
    // as published, less the national row's 9,679 unknown for the two LAs whose placements are "x", which
    // the caseload shares by their January 2024 placements instead).
    long other = ENGLAND.caseloads().values().stream().mapToLong(c -> c.totalPupils() - c.placedPupils()).sum();
    assertThat(other).isBetween(59_000L, 70_000L);
  }

  @Test
  void deficits_at_end_of_2025_26_sum_to_the_cited_estimate_and_keep_the_real_2022_signs() {
    Money deficits = Money.sum(ENGLAND.panel().stream().map(LocalAuthorityInputs::dsgBalance).filter(Money::isNegative)::iterator);
    assertThat(deficits.negated())
        .isEqualTo(Money.ofPounds(ENGLAND.nationalSeries().figure("dsg_cumulative_deficit", "2026-03-31").value().toPlainString()));
    Period march2022 = Period.financialYear("2021-22");
    for (LocalAuthorityInputs r : ENGLAND.panel()) {
      STATS.find(Measure.BALANCE_PCT_OF_INCOME, Area.la(r.localAuthority().code()), march2022).flatMap(f -> f.value()).ifPresent(pct ->
          assertThat(Long.signum(r.dsgBalance().pence())).as(r.localAuthority().toString()).isEqualTo(pct.signum()));
    }
  }

  @Test
  void real_values_are_used_as_published_and_marked_real() {
    LocalAuthorityInputs halton = ENGLAND.inputs(876);
    assertThat(halton.schoolsBlock()).isEqualTo(Money.ofPounds(
        STATS.figure(Measure.DSG_SCHOOLS_BLOCK_GROSS, Area.la(876), Period.financialYear("2023-24")).number().toPlainString()));
    assertThat(halton.isReal("schools_block")).isTrue();
    assertThat(halton.provenance("population_2_18").provenance()).isEqualTo(Provenance.DERIVED);
    assertThat(ENGLAND.provenance(876, "free_school_meals").provenance()).isEqualTo(Provenance.ILLUSTRATIVE);
    assertThat(ENGLAND.safetyValve(886).orElseThrow().total()).isEqualTo(Money.ofPounds(140_000_000)); // Kent
    assertThat(ENGLAND.safetyValve(936).orElseThrow().total()).isEqualTo(Money.ofPounds(100_000_000)); // Surrey
    assertThat(ENGLAND.inputs(926).requestedBlockTransfer().percent()).isEqualByComparingTo("1.5"); // Norfolk
    assertThat(ENGLAND.inputs(926).isReal("requested_block_transfer_percent")).isTrue();
  }

  @Test
  void net_imports_are_the_published_adjustments_not_a_zero_sum() {
    // The measurement: England's import/export adjustments in 2023-24 came to -£79.5m (-13,243 pupils
    // after rounding each LA); the generated panel's summed to 0.
    long net = ENGLAND.panel().stream().mapToLong(LocalAuthorityInputs::netImportedPupils).sum();
    BigDecimal pounds = STATS.figure(Measure.HNB_IMPORT_EXPORT_ADJUSTMENT, Area.ENGLAND, Period.financialYear("2023-24")).number();
    assertThat(Math.abs(net * 6000 - pounds.longValueExact())).isLessThan(153 * 3000L);
    assertThat(net).isLessThan(-13_000);
  }
}
