package org.sendfunding.ehcp.plan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendfunding.ehcp.plan.PlanCostCalculatorTest.CAMDEN;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.money.Money;

/** Every invalid-input rule of the plan package not covered elsewhere, with its message. */
class ValidationTest {

  static ProvisionItem.Builder item() {
    return ProvisionItem.builder().section(PlanSection.G).description("SALT").quantity(BigDecimal.ONE).unit("hours")
        .annualCost(Money.ofPounds("10.00")).status(ProvisionStatus.SECURED);
  }

  @Test
  void provision_item_rules() {
    assertThatThrownBy(() -> item().description(" ").build()).hasMessage("ProvisionItem.description: must not be blank");
    assertThatThrownBy(() -> item().quantity(new BigDecimal("-2")).build())
        .hasMessage("ProvisionItem.quantity: -2 is negative (SALT)");
    assertThatThrownBy(() -> item().unit("").build()).hasMessage("ProvisionItem.unit: must not be blank (SALT)");
    assertThatThrownBy(() -> PlanSection.B.responsibleBody())
        .hasMessage("PlanSection B (Special educational needs) specifies no provision");
  }

  @Test
  void plan_and_budget_rules() {
    assertThatThrownBy(() -> Ehcp.builder().id("").localAuthority(CAMDEN).issued(LocalDate.of(2025, 1, 1))
            .putSections(PlanSection.B, "needs").putSections(PlanSection.I, "Example School")
            .putSections(PlanSection.J, "£500").build())
        .hasMessage("Ehcp : id must not be blank; section I is structured: give namedSetting, not text;"
            + " section J is structured: give personalBudget, not text");
    assertThatThrownBy(() -> PersonalBudget.of(Money.ofPounds("-1.00"), Money.ZERO))
        .hasMessage("PersonalBudget.amount: -£1.00 is negative");
    assertThatThrownBy(() -> PersonalBudget.of(Money.ZERO, Money.ofPounds("-1.00")))
        .hasMessage("PersonalBudget.directPayments: -£1.00 is negative");
  }
}
