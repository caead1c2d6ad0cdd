package org.sendfunding.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.authority.Region;
import org.sendfunding.model.deficit.InstalmentStatus;
import org.sendfunding.model.deficit.LedgerEntry;
import org.sendfunding.model.deficit.SafetyValveAgreement;
import org.sendfunding.model.deficit.SafetyValveInstalment;
import org.sendfunding.model.deficit.StatutoryOverridePeriod;
import org.sendfunding.model.dsg.HighNeedsBlock;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.pupil.BroadAreaOfNeed;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.Pupil;
import org.sendfunding.model.pupil.SenProvision;
import org.sendfunding.model.setting.Phase;
import org.sendfunding.model.setting.Setting;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.AcademicYear;
import org.sendfunding.model.time.FinancialYear;

/** The edges of every validation rule and comparison: the first value allowed and the first refused. */
class BoundaryTest {

  @Test
  void money_comparisons_at_equality() {
    Money a = Money.ofPence(5);
    Money same = Money.ofPence(5);
    assertThat(a.isGreaterThan(same)).isFalse();
    assertThat(a.isLessThan(same)).isFalse();
    assertThat(a.isLessThan(Money.ofPence(6))).isTrue();
    assertThat(a.isLessThan(Money.ofPence(4))).isFalse();
    assertThat(a.max(same)).isSameAs(a);
    assertThat(a.min(same)).isSameAs(a);
    assertThat(Money.ZERO.abs()).isSameAs(Money.ZERO);
    assertThat(Money.ZERO.isPositive()).isFalse();
    assertThat(Money.ZERO.isNegative()).isFalse();
    assertThat(Money.ofPounds("1").times(3)).isEqualTo(Money.ofPounds("3"));
    assertThat(Money.ofPounds(new BigDecimal("1.005"), org.sendfunding.model.money.RoundingRule.HALF_UP_TO_PENNY))
        .isEqualTo(Money.ofPence(101));
  }

  @Test
  void rate_and_percentage_edges() {
    assertThat(Rate.ZERO.isNegative()).isFalse();
    assertThat(Rate.of("0.10").value().scale()).isEqualTo(1);
    assertThat(Rate.of("10").value().scale()).isEqualTo(0);
    assertThat(Percentage.of("7").compareTo(Percentage.of("8"))).isNegative();
    assertThat(Percentage.of("8").compareTo(Percentage.of("7"))).isPositive();
  }

  @Test
  void year_edges() {
    assertThat(AcademicYear.of(1900).startYear()).isEqualTo(1900);
    assertThat(AcademicYear.of(2999).startYear()).isEqualTo(2999);
    assertThatThrownBy(() -> AcademicYear.of(1899)).hasMessage("AcademicYear.startYear: 1899 is outside 1900 to 2999");
    assertThatThrownBy(() -> AcademicYear.of(3000)).hasMessage("AcademicYear.startYear: 3000 is outside 1900 to 2999");
    assertThat(FinancialYear.of(1900).startYear()).isEqualTo(1900);
    assertThatThrownBy(() -> FinancialYear.of(3000)).hasMessage("FinancialYear.startYear: 3000 is outside 1900 to 2999");
    assertThat(AcademicYear.containing(LocalDate.of(2024, 9, 1))).isEqualTo(AcademicYear.of(2024));
    assertThat(AcademicYear.containing(LocalDate.of(2024, 8, 31))).isEqualTo(AcademicYear.of(2023));
    assertThat(AcademicYear.range(AcademicYear.of(2024), AcademicYear.of(2024))).containsExactly(AcademicYear.of(2024));
    assertThat(FinancialYear.range(FinancialYear.of(2024), FinancialYear.of(2024))).containsExactly(FinancialYear.of(2024));
    assertThatThrownBy(() -> AcademicYear.range(AcademicYear.of(2025), AcademicYear.of(2024)))
        .hasMessage("AcademicYear.range: 2025/26 is after 2024/25");
    assertThat(AcademicYear.of(2024).compareTo(AcademicYear.of(2025))).isNegative();
    assertThat(AcademicYear.of(2025).compareTo(AcademicYear.of(2024))).isPositive();
    assertThat(FinancialYear.of(2025).compareTo(FinancialYear.of(2024))).isPositive();
  }

  @Test
  void local_authority_code_edges_and_order() {
    assertThat(LocalAuthority.of(200, "E09000001", "A", Region.LONDON).code()).isEqualTo(200);
    assertThat(LocalAuthority.of(999, "E09000001", "A", Region.LONDON).code()).isEqualTo(999);
    assertThatThrownBy(() -> LocalAuthority.of(199, "E09000001", "A", Region.LONDON))
        .hasMessage("LocalAuthority.code: 199 is not a three-digit DfE LA code");
    assertThatThrownBy(() -> LocalAuthority.of(1000, "E09000001", "A", Region.LONDON))
        .hasMessage("LocalAuthority.code: 1000 is not a three-digit DfE LA code");
    LocalAuthority camden = LocalAuthorities.england().byCode(202);
    LocalAuthority greenwich = LocalAuthorities.england().byCode(203);
    assertThat(camden.compareTo(greenwich)).isNegative();
    assertThat(greenwich.compareTo(camden)).isPositive();
    assertThat(camden).hasToString("Camden (202)");
    assertThat(LocalAuthorities.england().findByCode(202)).contains(camden);
    assertThat(LocalAuthorities.of(List.of(greenwich, camden)).all()).containsExactly(camden, greenwich);
    assertThat(Region.fromName("London")).isEqualTo(Region.LONDON);
    assertThat(Region.LONDON).hasToString("London");
    assertThat(LocalAuthorities.england().all().get(0).code()).isEqualTo(201);
  }

  @Test
  void setting_edges_and_type_flags() {
    Setting.Builder b = Setting.builder().name("S").localAuthority(LocalAuthorities.england().byCode(202))
        .type(SettingType.RESOURCED_PROVISION).phase(Phase.PRIMARY);
    assertThat(b.urn(100000).places(0).build().places()).isZero();
    assertThat(b.urn(9999999).places(0).build().urn()).isEqualTo(9999999);
    assertThatThrownBy(() -> b.urn(10000000).places(0).build()).hasMessage("Setting.urn: 10000000 is not a URN of 6 or 7 digits");
    assertThatThrownBy(() -> b.urn(99999).places(0).build()).hasMessage("Setting.urn: 99999 is not a URN of 6 or 7 digits");
    assertThat(SettingType.MAINTAINED_SPECIAL.isMainstream()).isFalse();
    assertThat(SettingType.MAINSTREAM_MAINTAINED.isMainstream()).isTrue();
    assertThat(SettingType.MAINTAINED_SPECIAL.isStateFunded()).isTrue();
    assertThat(SettingType.POST_16_FE.isSpecialist()).isFalse();
    assertThat(SettingType.ACADEMY_SPECIAL.displayName()).isEqualTo("Special academy / free school");
  }

  @Test
  void pupil_defaults_and_descriptions() {
    Pupil p = Pupil.builder().id("x").dateOfBirth(LocalDate.of(2010, 1, 1)).nationalCurriculumYear(-5)
        .senProvision(SenProvision.NO_SEN).homeLocalAuthority(LocalAuthorities.england().byCode(202)).build();
    assertThat(p.freeSchoolMeals()).isFalse();
    assertThat(p.nationalCurriculumYear()).isEqualTo(Pupil.MIN_NC_YEAR);
    assertThat(SenProvision.EHC_PLAN.description()).isEqualTo("Education, health and care plan");
    assertThat(SenProvision.NO_SEN.hasSen()).isFalse();
    assertThat(NeedType.SEMH.description()).isEqualTo("Social, emotional and mental health");
    assertThat(BroadAreaOfNeed.SENSORY_AND_PHYSICAL.displayName()).isEqualTo("Sensory and/or physical");
  }

  @Test
  void blank_names_and_equal_due_years_are_refused() {
    assertThatThrownBy(() -> HighNeedsBlock.builder().localAuthority(LocalAuthorities.england().byCode(202))
            .financialYear(FinancialYear.of(2025)).putComponents(" ", Money.ZERO).build())
        .hasMessage("HighNeedsBlock.components: a component name is blank (Camden (202) 2025-26)");
    assertThatThrownBy(() -> LedgerEntry.builder().financialYear(FinancialYear.of(2025)).openingBalance(Money.ZERO)
            .putIncome("", Money.ZERO).build())
        .hasMessage("LedgerEntry.income: a line name is blank (2025-26)");
    assertThatThrownBy(() -> LedgerEntry.builder().financialYear(FinancialYear.of(2025)).openingBalance(Money.ZERO)
            .putSpend(" ", Money.ZERO).build())
        .hasMessage("LedgerEntry.spend: a line name is blank (2025-26)");
    assertThat(LedgerEntry.builder().financialYear(FinancialYear.of(2025)).openingBalance(Money.ZERO)
            .putSpend("zero", Money.ZERO).build().totalSpend()).isEqualTo(Money.ZERO);
    assertThatThrownBy(() -> StatutoryOverridePeriod.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), " "))
        .hasMessage("StatutoryOverridePeriod.instrument: must not be blank");
    StatutoryOverridePeriod oneDay = StatutoryOverridePeriod.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31), "x");
    assertThat(oneDay.covers(FinancialYear.of(2025))).isTrue();
    assertThat(oneDay.covers(FinancialYear.of(2024))).isFalse();
    SafetyValveInstalment a = SafetyValveInstalment.builder().dueYear(FinancialYear.of(2025)).amount(Money.ofPence(1)).build();
    assertThat(a.status()).isEqualTo(InstalmentStatus.DUE);
    assertThatThrownBy(() -> SafetyValveAgreement.builder().localAuthority(LocalAuthorities.england().byCode(202))
            .agreedOn(LocalDate.of(2022, 1, 1)).total(Money.ofPence(2)).addInstalments(a, a).build())
        .hasMessage("SafetyValveAgreement.instalments[1]: due 2025-26 is not after the previous instalment's 2025-26 (Camden (202))");
  }
}
