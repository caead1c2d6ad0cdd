package org.sendfunding.model.dsg;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * One LA's Dedicated Schools Grant for a financial year: the four blocks.
 *
 * <p>Halton 2025-26 (council papers): schools £117.833m, high needs £29.267m.
 *
 * <pre>{@code
 * DsgAllocation dsg = DsgAllocation.builder()
 *     .localAuthority(halton)
 *     .financialYear(FinancialYear.parse("2025-26"))
 *     .schoolsBlock(Money.ofPounds("117833000"))
 *     .centralSchoolServicesBlock(Money.ofPounds("1000000"))
 *     .highNeedsBlock(haltonHighNeeds)
 *     .earlyYearsBlock(Money.ofPounds("12000000"))
 *     .build();
 * dsg.block(DsgBlock.HIGH_NEEDS); // £29,267,000.00
 * }</pre>
 *
 * <p>The high-needs block must be for the same LA and year. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DsgAllocation {

  DsgAllocation() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DsgAllocation}. */
  public static final class Builder extends ImmutableDsgAllocation.Builder {
    Builder() {}
  }

  /** The LA receiving the grant. */
  public abstract LocalAuthority localAuthority();

  /** The financial year. */
  public abstract FinancialYear financialYear();

  /** The schools block. */
  public abstract Money schoolsBlock();

  /** The central school services block. */
  public abstract Money centralSchoolServicesBlock();

  /** The high-needs block with its components. */
  public abstract HighNeedsBlock highNeedsBlock();

  /** The early years block. */
  public abstract Money earlyYearsBlock();

  /** The amount of one block. */
  public Money block(DsgBlock block) {
    switch (block) {
      case SCHOOLS:
        return schoolsBlock();
      case CENTRAL_SCHOOL_SERVICES:
        return centralSchoolServicesBlock();
      case HIGH_NEEDS:
        return highNeedsBlock().total();
      case EARLY_YEARS:
        return earlyYearsBlock();
      default:
        throw new AssertionError(block);
    }
  }

  /** Every block, in {@link DsgBlock} order. */
  public ImmutableMap<DsgBlock, Money> blocks() {
    ImmutableMap.Builder<DsgBlock, Money> map = ImmutableMap.builder();
    for (DsgBlock b : DsgBlock.values()) {
      map.put(b, block(b));
    }
    return map.build();
  }

  /** The whole grant: the sum of the four blocks. */
  @Value.Derived
  public Money total() {
    return Money.sum(blocks().values());
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        highNeedsBlock().localAuthority().equals(localAuthority()),
        "DsgAllocation.highNeedsBlock: is for %s, not %s", highNeedsBlock().localAuthority(), localAuthority());
    Preconditions.checkArgument(
        highNeedsBlock().financialYear().equals(financialYear()),
        "DsgAllocation.highNeedsBlock: is for %s, not %s", highNeedsBlock().financialYear(), financialYear());
    for (DsgBlock b : new DsgBlock[] {DsgBlock.SCHOOLS, DsgBlock.CENTRAL_SCHOOL_SERVICES, DsgBlock.EARLY_YEARS}) {
      Preconditions.checkArgument(
          !block(b).isNegative(),
          "DsgAllocation.%s: %s is negative (%s %s)", b.displayName(), block(b), localAuthority(), financialYear());
    }
  }
}
