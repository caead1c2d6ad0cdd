package org.sendfunding.funding.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;

class FundingDatasetTest {

  private static final FundingDataset ENGLAND = FundingDataset.england();

  @Test
  void panel_holds_every_la_in_england_with_real_codes_and_names() {
    assertThat(ENGLAND.panel()).hasSize(153);
    assertThat(ENGLAND.panel().stream().map(LocalAuthorityInputs::localAuthority))
        .containsExactlyElementsOf(LocalAuthorities.england().all());
    assertThat(ENGLAND.caseloads()).hasSize(153);
    assertThat(ENGLAND.illustrative()).isTrue();
  }

  @Test
  void high_needs_allocations_sum_to_the_published_national_totals() {
    // £11.9bn 2025-26: written answer to Priti Patel; £10.5bn 2024-25: written question 199438.
    BigDecimal published = ENGLAND.nationalSeries().figure("high_needs_total", "2025-26").value();
    assertThat(ENGLAND.totalHighNeedsAllocation()).isEqualTo(Money.ofPounds(published.toPlainString()));
    assertThat(Money.sum(ENGLAND.panel().stream().map(LocalAuthorityInputs::previousAllocation)::iterator))
        .isEqualTo(Money.ofPounds(ENGLAND.nationalSeries().figure("high_needs_total", "2024-25").value().toPlainString()));
  }

  @Test
  void ehcp_caseload_sums_to_published_plans_and_school_census_pupils() {
    // January 2025: 638,745 plans (SEN2), 482,640 pupils with plans in schools (school census).
    assertThat(ENGLAND.totalEhcpPupils())
        .isEqualTo(ENGLAND.nationalSeries().figure("ehcp_plans_all_ages", "2025-01").value().longValueExact());
    long inSchools = ENGLAND.caseloads().values().stream()
        .mapToLong(c -> c.totalPupils() - c.pupils(SettingType.POST_16_FE) - c.pupils(SettingType.EARLY_YEARS)).sum();
    assertThat(inSchools).isEqualTo(ENGLAND.nationalSeries().figure("ehcp_pupils_in_schools", "2025-01").value().longValueExact());
  }

  @Test
  void deficits_at_end_of_2025_26_sum_to_the_published_estimate() {
    Money deficits = Money.sum(ENGLAND.panel().stream().map(LocalAuthorityInputs::dsgBalance).filter(Money::isNegative)::iterator);
    assertThat(deficits.negated())
        .isEqualTo(Money.ofPounds(ENGLAND.nationalSeries().figure("dsg_cumulative_deficit", "2026-03-31").value().toPlainString()));
    assertThat(ENGLAND.panel().stream().filter(r -> r.dsgBalance().isNegative()).count()).isEqualTo(100);
  }

  @Test
  void known_real_values_are_used_as_published_and_marked_real() {
    LocalAuthorityInputs halton = ENGLAND.inputs(876);
    assertThat(halton.highNeedsAllocation()).isEqualTo(Money.ofPounds("29267000")); // Halton committee papers
    assertThat(halton.isReal("high_needs_allocation")).isTrue();
    assertThat(halton.isReal("population_2_18")).isFalse();
    assertThat(ENGLAND.safetyValve(886).orElseThrow().total()).isEqualTo(Money.ofPounds(140_000_000)); // Kent
    assertThat(ENGLAND.safetyValve(936).orElseThrow().total()).isEqualTo(Money.ofPounds(100_000_000)); // Surrey
    assertThat(ENGLAND.safetyValve(838).orElseThrow().total()).isEqualTo(Money.ofPounds(42_000_000)); // Dorset
    assertThat(ENGLAND.safetyValve(816).orElseThrow().total()).isEqualTo(Money.ofPounds("17100000")); // York
    assertThat(ENGLAND.safetyValve(372).orElseThrow().total()).isEqualTo(Money.ofPounds(20_000_000)); // Rotherham
    assertThat(ENGLAND.safetyValve(800).orElseThrow().total()).isEqualTo(Money.ofPounds("19200000")); // B&NES
    assertThat(ENGLAND.inputs(926).requestedBlockTransfer().percent()).isEqualByComparingTo("1.5"); // Norfolk
  }

  @Test
  void net_imports_and_exports_cancel_out_nationally() {
    assertThat(ENGLAND.panel().stream().mapToLong(LocalAuthorityInputs::netImportedPupils).sum()).isZero();
  }
}
