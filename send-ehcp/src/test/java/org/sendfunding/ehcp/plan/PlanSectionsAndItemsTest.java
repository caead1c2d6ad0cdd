package org.sendfunding.ehcp.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.money.Money;

/** The plan's sections (SEND Regulations 2014 reg 12), provision items and personal budgets (section J). */
class PlanSectionsAndItemsTest {

  @Test
  void only_b_f_and_i_are_appealable() {
    // SEND Code of Practice 2015 para 11.45: appeals against the content of sections B, F and I.
    EnumSet<PlanSection> appealable = EnumSet.noneOf(PlanSection.class);
    for (PlanSection s : PlanSection.values()) {
      if (s.isAppealable()) {
        appealable.add(s);
      }
    }
    assertThat(appealable).containsExactly(PlanSection.B, PlanSection.F, PlanSection.I);
  }

  @Test
  void provision_of_one_section() {
    Ehcp p = PlanCostCalculatorTest.plan("P1", PlanCostCalculatorTest.SCHOOL,
        PlanCostCalculatorTest.item(PlanSection.F, "Teaching assistant support", "12000.00", ProvisionStatus.SECURED),
        PlanCostCalculatorTest.item(PlanSection.G, "Speech and language therapy", "2730.00", ProvisionStatus.MET_BY_SCHOOL),
        PlanCostCalculatorTest.item(PlanSection.G, "Occupational therapy", "1200.00", ProvisionStatus.SECURED));
    assertThat(p.provision(PlanSection.G)).extracting(ProvisionItem::description)
        .containsExactly("Speech and language therapy", "Occupational therapy");
    assertThat(p.provision(PlanSection.F)).hasSize(1);
    assertThat(p.provision(PlanSection.H1)).isEmpty();
    assertThat(p.toString()).isEqualTo("Ehcp[P1, Camden, issued 2025-01-17, 3 provision items, Example Primary]");
  }

  @Test
  void plan_without_a_named_school_prints_without_one() {
    Ehcp p = Ehcp.builder().id("P2").localAuthority(PlanCostCalculatorTest.CAMDEN).issued(LocalDate.of(2025, 3, 3))
        .putSections(PlanSection.B, "Autism").build();
    assertThat(p.toString()).isEqualTo("Ehcp[P2, Camden, issued 2025-03-03, 0 provision items]");
  }

  @Test
  void personal_budget_may_be_paid_wholly_as_direct_payments() {
    PersonalBudget all = PersonalBudget.of(Money.ofPounds("6000.00"), Money.ofPounds("6000.00"));
    assertThat(all.directPayments()).isEqualTo(Money.ofPounds("6000.00"));
    assertThat(PersonalBudget.of(Money.ZERO, Money.ZERO).amount()).isEqualTo(Money.ZERO);
    assertThatThrownBy(() -> PersonalBudget.of(Money.ofPounds("6000.00"), Money.ofPounds("6000.01")))
        .hasMessage("PersonalBudget.directPayments: £6,000.01 exceeds the budget £6,000.00");
  }

  @Test
  void provision_of_zero_quantity_is_allowed_but_negative_is_not() {
    ProvisionItem none = ProvisionItem.builder().section(PlanSection.F).description("Review meeting")
        .quantity(BigDecimal.ZERO).unit("hours a year").annualCost(Money.ZERO).status(ProvisionStatus.SECURED).build();
    assertThat(none.quantity()).isEqualByComparingTo("0");
    assertThat(none.toString())
        .isEqualTo("F: Review meeting (0 hours a year, £0.00 a year, EDUCATION, SECURED)");
    assertThatThrownBy(() -> ProvisionItem.builder().section(PlanSection.F).description("Review meeting")
            .quantity(new BigDecimal("-0.5")).unit("hours a year").annualCost(Money.ZERO)
            .status(ProvisionStatus.SECURED).build())
        .hasMessage("ProvisionItem.quantity: -0.5 is negative (Review meeting)");
  }
}
