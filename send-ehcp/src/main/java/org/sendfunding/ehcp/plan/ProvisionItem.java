package org.sendfunding.ehcp.plan;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.sendfunding.model.money.Money;

/**
 * One piece of provision specified in section F, G, H1 or H2 of an EHC plan: what, how much, what it
 * costs a year, who must secure it, and whether they do.
 *
 * <pre>{@code
 * ProvisionItem salt = ProvisionItem.builder()
 *     .section(PlanSection.G)
 *     .description("Speech and language therapy, 1 hour a week")
 *     .quantity(new BigDecimal("39"))
 *     .unit("hours a year")
 *     .annualCost(Money.ofPounds("2730.00"))
 *     .status(ProvisionStatus.MET_BY_SCHOOL)
 *     .build();
 * salt.responsibleBody();   // HEALTH (section G)
 * salt.isShiftedToSchool(); // true
 * }</pre>
 *
 * <p>The responsible body follows from the section (F education, G health, H1/H2 social care). This class
 * is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProvisionItem {

  ProvisionItem() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProvisionItem}; {@code build()} validates every field. */
  public static final class Builder extends ImmutableProvisionItem.Builder {
    Builder() {}
  }

  /** The plan section: F, G, H1 or H2. */
  public abstract PlanSection section();

  /** What is provided, in the plan's words. */
  public abstract String description();

  /** How much: hours, sessions, or items, in {@link #unit()}. */
  public abstract BigDecimal quantity();

  /** The unit of the quantity, e.g. "hours a week". */
  public abstract String unit();

  /** The cost for a year. */
  public abstract Money annualCost();

  /** Whether it is secured, not secured, or met by the school. */
  public abstract ProvisionStatus status();

  /** The body responsible for securing it, from its section. */
  public ResponsibleBody responsibleBody() {
    return section().responsibleBody();
  }

  /**
   * Whether the cost has shifted to the school: health or social care provision the responsible body
   * did not secure and the school met from its own budget.
   *
   * @return true if shifted
   */
  public boolean isShiftedToSchool() {
    return status() == ProvisionStatus.MET_BY_SCHOOL && responsibleBody() != ResponsibleBody.EDUCATION;
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        section().isProvision(),
        "ProvisionItem.section: %s (%s) specifies no provision; use F, G, H1 or H2 (%s)",
        section(), section().title(), description());
    Preconditions.checkArgument(!description().isBlank(), "ProvisionItem.description: must not be blank");
    Preconditions.checkArgument(
        quantity().signum() >= 0, "ProvisionItem.quantity: %s is negative (%s)", quantity(), description());
    Preconditions.checkArgument(!unit().isBlank(), "ProvisionItem.unit: must not be blank (%s)", description());
    Preconditions.checkArgument(
        !annualCost().isNegative(), "ProvisionItem.annualCost: %s is negative (%s)", annualCost(), description());
  }

  @Override
  public String toString() {
    return section() + ": " + description() + " (" + quantity().toPlainString() + " " + unit() + ", "
        + annualCost() + " a year, " + responsibleBody() + ", " + status() + ")";
  }
}
