package org.sendfunding.funding.placeplus;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.RoundingRule;

/**
 * An LA's locally defined notional SEN budget: the shares of a mainstream school's formula factors
 * that the LA identifies as its budget for special educational needs.
 *
 * <pre>{@code
 * NotionalSenFormula f = NotionalSenFormula.builder()
 *     .authority("Example LA")
 *     .putShares("basic per-pupil entitlement", Percentage.of("5"))
 *     .putShares("free school meals", Percentage.of("50"))
 *     .putShares("low prior attainment", Percentage.of("100"))
 *     .addReferences(SourceReference.of("Example LA schools forum, notional SEN budget 2025-26", "https://..."))
 *     .build();
 * Explanation budget = f.notionalSenBudget(schoolFactorAllocations);
 * }</pre>
 *
 * <p>Each factor's share is rounded half up to the penny ({@link RoundingRule#HALF_UP_TO_PENNY}).
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NotionalSenFormula {

  NotionalSenFormula() {}

  /** Starts a builder. @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NotionalSenFormula}. */
  public static final class Builder extends ImmutableNotionalSenFormula.Builder {
    Builder() {}
  }

  /** The LA whose formula this is. @return the LA's name */
  public abstract String authority();

  /** The share of each formula factor counted as notional SEN budget. @return the shares */
  public abstract ImmutableMap<String, Percentage> shares();

  /** Where the shares come from. @return the references */
  public abstract ImmutableList<SourceReference> references();

  @Value.Check
  void check() {
    Preconditions.checkArgument(!shares().isEmpty(), "NotionalSenFormula.shares: must not be empty (%s)", authority());
    Preconditions.checkArgument(!references().isEmpty(), "NotionalSenFormula.references: must not be empty (%s)", authority());
    for (Map.Entry<String, Percentage> e : shares().entrySet()) {
      BigDecimal p = e.getValue().percent();
      Preconditions.checkArgument(p.signum() >= 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0,
          "NotionalSenFormula.shares: '%s' is %s, must be between 0%% and 100%% (%s)", e.getKey(), e.getValue(), authority());
    }
  }

  /**
   * A school's notional SEN budget: each factor's allocation times its share, summed.
   *
   * @param factorAllocations the school's allocation of each formula factor; every factor with a share
   *     must be present, others are ignored
   * @return the budget, explained with one child per factor
   * @throws IllegalArgumentException naming every missing factor
   */
  public Explanation notionalSenBudget(Map<String, Money> factorAllocations) {
    Explanation.Builder root = Explanation.builder()
        .rule(authority() + " notional SEN budget: shares of the school's formula factors")
        .source(references().get(0));
    Money total = Money.ZERO;
    StringBuilder missing = new StringBuilder();
    for (Map.Entry<String, Percentage> e : shares().entrySet()) {
      Money allocation = factorAllocations.get(e.getKey());
      if (allocation == null) {
        missing.append(missing.length() == 0 ? "" : ", ").append("'").append(e.getKey()).append("'");
        continue;
      }
      Money part = allocation.times(e.getValue().toRate(), RoundingRule.HALF_UP_TO_PENNY);
      total = total.plus(part);
      root.addChildren(Explanation.builder()
          .rule(e.getValue() + " of " + e.getKey())
          .amount(part)
          .putInputs(e.getKey(), allocation.toString())
          .build());
    }
    Preconditions.checkArgument(missing.length() == 0,
        "NotionalSenFormula %s: the school's factor allocations lack %s", authority(), missing);
    return root.amount(total).build();
  }
}
