package org.sendfunding.funding.certainty;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ValueInForce;
import org.sendfunding.model.explain.ParameterUse;
import org.sendfunding.model.time.FinancialYear;

/**
 * The settlement rules in force from a year: annual or multi-year, and for a multi-year settlement
 * its length, guaranteed minimum, guarantee basis and indexation, read from the
 * {@code settlement.multi_year.*} parameters.
 *
 * <pre>{@code
 * SettlementPolicy p = SettlementPolicy.from(ParameterSet.defaults(), FinancialYear.parse("2026-27"));
 * p.kind();    // ANNUAL (today's rules)
 * p.length();  // 3 (used only by MULTI_YEAR)
 * p.guaranteedMinimumMillionths(); // 20000 = 2% a year
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SettlementPolicy {

  SettlementPolicy() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SettlementPolicy}. */
  public static final class Builder extends ImmutableSettlementPolicy.Builder {
    Builder() {}
  }

  /** Annual or multi-year. */
  public abstract SettlementKind kind();

  /** Years a multi-year settlement covers (at least 1; the campaign asks for 3). */
  public abstract int length();

  /** Guaranteed minimum change a year, compounded, in millionths (20000 = 2%). */
  public abstract long guaranteedMinimumMillionths();

  /** Cash or per head of population aged 2 to 18. */
  public abstract GuaranteeBasis basis();

  /** Whether indicative allocations rise with the inflation assumption. */
  public abstract boolean indexedToInflation();

  /** The parameters read, for explanations. */
  public abstract ImmutableList<ParameterUse> parameterUses();

  /**
   * Reads the settlement rules in force at the start of a year.
   *
   * @param parameters the parameter set (with any overlays)
   * @param year the first year of the settlement
   * @return the policy
   */
  public static SettlementPolicy from(ParameterSet parameters, FinancialYear year) {
    ValueInForce kind = parameters.get("settlement.multi_year.kind", year);
    ValueInForce length = parameters.get("settlement.multi_year.length", year);
    ValueInForce min = parameters.get("settlement.multi_year.guaranteed_minimum", year);
    ValueInForce basis = parameters.get("settlement.multi_year.guarantee_basis", year);
    ValueInForce indexed = parameters.get("settlement.multi_year.indexed_to_inflation", year);
    return builder()
        .kind(SettlementKind.parse(kind.value().asRule()))
        .length(Math.toIntExact(length.value().asCount()))
        .guaranteedMinimumMillionths(SettlementEngine.millionths(min.value().asPercentage()))
        .basis(GuaranteeBasis.parse(basis.value().asRule()))
        .indexedToInflation(indexed.value().asBoolean())
        .addParameterUses(kind.toUse(), length.toUse(), min.toUse(), basis.toUse(), indexed.toUse())
        .build();
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(length() >= 1, "SettlementPolicy.length: %s must be at least 1", length());
    Preconditions.checkArgument(kind() == SettlementKind.ANNUAL || length() >= 3,
        "SettlementPolicy.length: %s is too short for a multi-year settlement (at least 3 years)", length());
    Preconditions.checkArgument(guaranteedMinimumMillionths() > -1_000_000,
        "SettlementPolicy.guaranteedMinimumMillionths: %s would guarantee less than nothing", guaranteedMinimumMillionths());
  }
}
