package org.sendfunding.funding.highneeds;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.dsg.HighNeedsBlock;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.money.CheckedPence;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.time.FinancialYear;

/**
 * One LA's high-needs allocation for a financial year, factor by factor, with its explanation.
 *
 * <p>For an NFF year: {@code finalAllocation = basicEntitlement + historicSpend + Σ proxyFactors +
 * importExport + floorAdjustment + Σ additions}; {@code preFloorTotal} is the sum before the floor
 * adjustment and additions. For a rollover year: {@code finalAllocation = previousAllocation +
 * rolledInGrants}.
 *
 * <pre>{@code
 * HighNeedsAllocation a = HighNeedsNff.DEFAULT.allocate(national, input, ParameterSet.defaults(), FinancialYear.of(2025));
 * a.floorAdjustment();   // £460,000.00: the floor lifted it to +7% per head
 * a.perHeadChange();     // Optional[7%]
 * System.out.println(a.explanation().toText());
 * }</pre>
 *
 * <p>The explanation is built on first use. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HighNeedsAllocation {

  HighNeedsAllocation() {}

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableHighNeedsAllocation.Builder {
    Builder() {}
  }

  /** The LA. @return the LA */
  public abstract LocalAuthority localAuthority();

  /** The financial year. @return the year */
  public abstract FinancialYear financialYear();

  /** The method applied. @return the method */
  public abstract AllocationMethod method();

  /** (A) basic entitlement. @return the amount */
  public abstract Money basicEntitlement();

  /** (B) historic spend. @return the amount */
  public abstract Money historicSpend();

  /** (C)-(I) each proxy factor's amount (empty in rollover years). @return the amounts */
  @Value.Lazy
  public ImmutableMap<ProxyFactor, Money> proxyFactors() {
    if (method() != AllocationMethod.NFF) {
      return ImmutableMap.of();
    }
    java.util.Map<ProxyFactor, Money> m = new java.util.EnumMap<>(ProxyFactor.class);
    for (ProxyFactor f : ProxyFactor.values()) {
      m.put(f, Money.ofPence(figures().proxy[f.ordinal()][index()]));
    }
    return com.google.common.collect.Maps.immutableEnumMap(m);
  }

  /** (L) import/export adjustment (negative for a net exporter). @return the amount */
  public abstract Money importExport();

  /** The formula total before the floor and cap and before additions. @return the amount */
  public abstract Money preFloorTotal();

  /** (J) the floor (positive) or gains cap (negative) adjustment. @return the amount */
  public abstract Money floorAdjustment();

  /** (K) additions after the floor and cap (empty in rollover years). @return the additions */
  @Value.Lazy
  public ImmutableMap<String, Money> additions() {
    return method() == AllocationMethod.NFF ? figures().inputs.get(index()).additions() : ImmutableMap.of();
  }

  /** The previous allocation carried forward (rollover years). @return the amount */
  public abstract Money rolledOver();

  /** Grants rolled in (rollover years). @return the amount */
  public abstract Money rolledInGrants();

  /** The final allocation. @return the amount */
  public abstract Money finalAllocation();

  /**
   * The change in funding per head of 2-18 population against the floor baseline, excluding basic
   * entitlement, import/export and additions (the measure of the floor and gains cap); empty for
   * rollover years.
   *
   * @return the change, to 4 decimal places of a percent
   */
  @Value.Lazy
  public Optional<Percentage> perHeadChange() {
    if (method() != AllocationMethod.NFF) {
      return Optional.empty();
    }
    HighNeedsNffFigures f = figures();
    int i = index();
    return Optional.of(HighNeedsNff.perHeadChange(CheckedPence.add(f.comparable[i], f.adjustment[i],
        "(B)-(I) after the floor and cap", localAuthority(), financialYear()), f.inputs.get(i)));
  }

  @Value.Auxiliary
  abstract HighNeedsNffFigures figures();

  @Value.Auxiliary
  abstract int index();

  /** The sum of the proxy factors. @return the amount */
  public Money proxyFactorsTotal() {
    return Money.sum(proxyFactors().values());
  }

  /**
   * This allocation as the high-needs block of a DSG allocation, one component per factor.
   *
   * @return the block
   */
  public HighNeedsBlock toHighNeedsBlock() {
    HighNeedsBlock.Builder b =
        HighNeedsBlock.builder().localAuthority(localAuthority()).financialYear(financialYear());
    if (method() == AllocationMethod.ROLLOVER) {
      b.putComponents("previous allocation", rolledOver()).putComponents("rolled-in grants", rolledInGrants());
    } else {
      b.putComponents("(A) basic entitlement", basicEntitlement())
          .putComponents("(B) historic spend", historicSpend());
      proxyFactors().forEach((f, m) -> b.putComponents("(" + f.letter() + ") " + f.displayName(), m));
      b.putComponents("(J) funding floor / gains cap", floorAdjustment())
          .putComponents("(L) import/export", importExport());
      additions().forEach((n, m) -> b.putComponents("(K) " + n, m));
    }
    return b.build();
  }

  /**
   * How the allocation was computed: a child for each factor, summing to the final allocation.
   *
   * @return the explanation
   */
  @Value.Lazy
  public Explanation explanation() {
    return HighNeedsNffExplainer.explain(figures(), index(), this);
  }

  @Override
  public String toString() {
    return "HighNeedsAllocation{" + localAuthority().name() + " " + financialYear() + " "
        + method().ruleName() + " = " + finalAllocation() + "}";
  }
}
