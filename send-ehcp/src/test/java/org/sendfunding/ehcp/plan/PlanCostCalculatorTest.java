package org.sendfunding.ehcp.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.Phase;
import org.sendfunding.model.setting.Setting;
import org.sendfunding.model.setting.SettingType;

class PlanCostCalculatorTest {

  static final LocalAuthority CAMDEN = LocalAuthorities.england().byCode(202);
  static final Setting SCHOOL = Setting.builder().urn(100001).name("Example Primary").localAuthority(CAMDEN)
      .type(SettingType.MAINSTREAM_MAINTAINED).phase(Phase.PRIMARY).places(0).build();
  static final Setting OTHER = Setting.builder().urn(100002).name("Other Primary").localAuthority(CAMDEN)
      .type(SettingType.MAINSTREAM_ACADEMY).phase(Phase.PRIMARY).places(0).build();

  static ProvisionItem item(PlanSection s, String what, String pounds, ProvisionStatus status) {
    return ProvisionItem.builder().section(s).description(what).quantity(new BigDecimal("39")).unit("hours a year")
        .annualCost(Money.ofPounds(pounds)).status(status).build();
  }

  static Ehcp plan(String id, Setting school, ProvisionItem... items) {
    return Ehcp.builder().id(id).localAuthority(CAMDEN).issued(LocalDate.of(2025, 1, 17))
        .putSections(PlanSection.B, "Speech, language and communication needs").addProvision(items)
        .namedSetting(school).build();
  }

  final ProvisionItem ta = item(PlanSection.F, "Teaching assistant support", "12000.00", ProvisionStatus.SECURED);
  final ProvisionItem salt = item(PlanSection.G, "Speech and language therapy", "2730.00", ProvisionStatus.MET_BY_SCHOOL);
  final ProvisionItem ot = item(PlanSection.G, "Occupational therapy", "1200.00", ProvisionStatus.SECURED);
  final ProvisionItem breaks = item(PlanSection.H2, "Short breaks", "1500.00", ProvisionStatus.NOT_SECURED);
  final ProvisionItem care = item(PlanSection.H1, "Personal care support", "800.50", ProvisionStatus.MET_BY_SCHOOL);

  @Test
  void cost_by_responsible_body_follows_the_sections() {
    Ehcp p = plan("P1", SCHOOL, ta, salt, ot, breaks);
    assertThat(PlanCostCalculator.DEFAULT.costByResponsibleBody(p))
        .containsEntry(ResponsibleBody.EDUCATION, Money.ofPounds("12000.00"))
        .containsEntry(ResponsibleBody.HEALTH, Money.ofPounds("3930.00"))
        .containsEntry(ResponsibleBody.SOCIAL_CARE, Money.ofPounds("1500.00"));
  }

  @Test
  void shifted_cost_counts_health_and_care_met_by_the_school_only() {
    // SALT £2,730 (G, met by school) + personal care £800.50 (H1, met by school) = £3,530.50.
    // OT is secured by health; short breaks are not secured by anyone (unmet need, not a school cost).
    Ehcp p = plan("P1", SCHOOL, ta, salt, ot, breaks, care);
    var e = PlanCostCalculator.DEFAULT.costShiftedToSchool(p);
    assertThat(e.amount()).hasValue(Money.ofPounds("3530.50"));
    assertThat(e.children()).hasSize(2);
    assertThat(e.childrenTotal()).isEqualTo(Money.ofPounds("3530.50"));
    assertThat(e.toText()).contains("Section G HEALTH provision met by the school = £2,730.00")
        .contains("input provision: Speech and language therapy");
  }

  @Test
  void school_met_education_provision_is_not_a_shift() {
    ProvisionItem f = item(PlanSection.F, "Small group teaching", "3000.00", ProvisionStatus.MET_BY_SCHOOL);
    assertThat(f.isShiftedToSchool()).isFalse();
    assertThat(PlanCostCalculator.DEFAULT.costShiftedToSchool(plan("P", SCHOOL, f)).amount()).hasValue(Money.ZERO);
  }

  @Test
  void shifted_cost_by_school_and_by_la() {
    List<Ehcp> plans = List.of(plan("P1", SCHOOL, salt), plan("P2", SCHOOL, care, ta), plan("P3", OTHER, salt),
        plan("P4", OTHER, ta));
    var bySchool = PlanCostCalculator.DEFAULT.costShiftedBySchool(plans);
    assertThat(bySchool.get(SCHOOL).amount()).hasValue(Money.ofPounds("3530.50"));
    assertThat(bySchool.get(OTHER).amount()).hasValue(Money.ofPounds("2730.00"));
    var byLa = PlanCostCalculator.DEFAULT.costShiftedByLocalAuthority(plans);
    assertThat(byLa.get(CAMDEN).amount()).hasValue(Money.ofPounds("6260.50"));
    assertThat(byLa.get(CAMDEN).inputs()).containsEntry("plans shifting cost", "3");
  }

  @Test
  void la_total_is_the_sum_of_its_plans() {
    qt().withExamples(100)
        .forAll(lists().of(integers().between(0, 2_000_000)).ofSizeBetween(1, 30))
        .check(pence -> {
          List<Ehcp> plans = new ArrayList<>();
          long total = 0;
          for (int i = 0; i < pence.size(); i++) {
            plans.add(plan("P" + i, i % 2 == 0 ? SCHOOL : OTHER, ProvisionItem.builder().section(PlanSection.G)
                .description("therapy").quantity(BigDecimal.ONE).unit("package")
                .annualCost(Money.ofPence(pence.get(i))).status(ProvisionStatus.MET_BY_SCHOOL).build()));
            total += pence.get(i);
          }
          var byLa = PlanCostCalculator.DEFAULT.costShiftedByLocalAuthority(plans);
          var bySchool = PlanCostCalculator.DEFAULT.costShiftedBySchool(plans);
          long schools = bySchool.values().stream().mapToLong(e -> e.amount().orElseThrow().pence()).sum();
          long la = total == 0 ? 0 : byLa.get(CAMDEN).amount().orElseThrow().pence();
          return la == total && schools == total;
        });
  }

  @Test
  void invalid_items_and_plans_are_rejected_with_the_field() {
    assertThatThrownBy(() -> item(PlanSection.B, "Needs", "1.00", ProvisionStatus.SECURED))
        .hasMessage("ProvisionItem.section: B (Special educational needs) specifies no provision; use F, G, H1 or H2 (Needs)");
    assertThatThrownBy(() -> item(PlanSection.G, "SALT", "-1.00", ProvisionStatus.SECURED))
        .hasMessage("ProvisionItem.annualCost: -£1.00 is negative (SALT)");
    assertThatThrownBy(() -> Ehcp.builder().id("P9").localAuthority(CAMDEN).issued(LocalDate.of(2025, 1, 1))
            .putSections(PlanSection.F, "TA support").addProvision(salt).build())
        .hasMessage("Ehcp P9: section B (special educational needs) is required by reg 12(1)(b); section F is"
            + " structured: give ProvisionItems, not text; 'Speech and language therapy' is met by the school but"
            + " section I names no school");
    assertThatThrownBy(() -> PersonalBudget.of(Money.ofPounds("100.00"), Money.ofPounds("150.00")))
        .hasMessage("PersonalBudget.directPayments: £150.00 exceeds the budget £100.00");
  }
}
