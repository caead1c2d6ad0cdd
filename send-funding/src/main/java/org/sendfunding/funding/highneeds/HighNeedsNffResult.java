package org.sendfunding.funding.highneeds;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.time.FinancialYear;

/**
 * The high-needs allocations of a list of LAs for one financial year, with the gains cap applied.
 *
 * <pre>{@code
 * HighNeedsNffResult r = HighNeedsNff.DEFAULT.allocate(national, inputs, ParameterSet.defaults(), FinancialYear.of(2025));
 * r.total();                          // sum of the final allocations
 * r.allocation(camden).finalAllocation();
 * r.gainsCapApplied();                // Optional[10%]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HighNeedsNffResult {

  HighNeedsNffResult() {}

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableHighNeedsNffResult.Builder {
    Builder() {}
  }

  /** The financial year. @return the year */
  public abstract FinancialYear financialYear();

  /** The method applied. @return the method */
  public abstract AllocationMethod method();

  /** One allocation per input, in input order. @return the allocations */
  public abstract ImmutableList<HighNeedsAllocation> allocations();

  /** The gains cap applied (parameter or searched), if any. @return the cap */
  public abstract Optional<Percentage> gainsCapApplied();

  /** Whether the gains cap was found by search within a fixed national total. @return true if searched */
  public abstract boolean gainsCapSearched();

  /** The sum of the final allocations. @return the total */
  @Value.Lazy
  public Money total() {
    return Money.sum(allocations().stream().map(HighNeedsAllocation::finalAllocation)::iterator);
  }

  /**
   * The allocation of one LA.
   *
   * @param localAuthority the LA
   * @return its allocation
   * @throws IllegalArgumentException if the LA was not computed
   */
  public HighNeedsAllocation allocation(LocalAuthority localAuthority) {
    for (HighNeedsAllocation a : allocations()) {
      if (a.localAuthority().equals(localAuthority)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "HighNeedsNffResult: " + localAuthority + " was not among the LAs computed for " + financialYear());
  }
}
