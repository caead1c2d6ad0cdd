package org.sendfunding.model.dsg;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * One LA's high-needs block for one financial year, as named components that add up to its total.
 *
 * <p>Components are named as the allocation tables name them, in the order given, e.g. "basic
 * entitlement", "historic spend", "proxy factors", "funding floor", "hospital education",
 * "import/export adjustment". Halton's 2025-26 block of £29.267m could be held as one component:
 *
 * <pre>{@code
 * HighNeedsBlock halton = HighNeedsBlock.builder()
 *     .localAuthority(LocalAuthorities.england().byCode(876))
 *     .financialYear(FinancialYear.parse("2025-26"))
 *     .putComponents("high needs allocation", Money.ofPounds("29267000"))
 *     .build();
 * halton.total(); // £29,267,000.00
 * }</pre>
 *
 * <p>Components may be negative (an import/export deduction). This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class HighNeedsBlock {

  HighNeedsBlock() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HighNeedsBlock}. */
  public static final class Builder extends ImmutableHighNeedsBlock.Builder {
    Builder() {}
  }

  /** The LA receiving the block. */
  public abstract LocalAuthority localAuthority();

  /** The financial year of the allocation. */
  public abstract FinancialYear financialYear();

  /** The named components in allocation-table order. */
  public abstract ImmutableMap<String, Money> components();

  /** The sum of the components. */
  @Value.Derived
  public Money total() {
    return Money.sum(components().values());
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        !components().isEmpty(),
        "HighNeedsBlock.components: at least one component is required (%s %s)",
        localAuthority(), financialYear());
    for (Map.Entry<String, Money> c : components().entrySet()) {
      Preconditions.checkArgument(
          !c.getKey().isBlank(),
          "HighNeedsBlock.components: a component name is blank (%s %s)", localAuthority(), financialYear());
    }
  }
}
