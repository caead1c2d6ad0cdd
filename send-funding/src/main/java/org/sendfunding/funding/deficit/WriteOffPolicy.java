package org.sendfunding.funding.deficit;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.sendfunding.funding.certainty.SettlementEngine;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ValueInForce;
import org.sendfunding.model.explain.ParameterUse;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * The write-off rules in force: which policy, what share of which accrued deficit, paid when, and
 * whether an approved local SEND reform plan is a condition. Read from {@code deficit.write_off.*}.
 *
 * <p>The write-off is the share of the deficit at the end of {@link #accruedTo()}, paid as DSG income
 * in {@link #paidIn()}. It is never negative and never more than the accrued deficit, so it can only
 * reduce a deficit. With the 90% cover and a deficit of £10m at 31 March 2026:
 *
 * <pre>{@code
 * WriteOffPolicy p = WriteOffPolicy.from(parameters, FinancialYear.parse("2026-27"));
 * p.amount(Money.ofPounds(-10_000_000), true);  // £9,000,000.00
 * p.amount(Money.ofPounds(-10_000_000), false); // £0.00: no approved reform plan
 * p.amount(Money.ofPounds(2_000_000), true);    // £0.00: a surplus is not written off
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WriteOffPolicy {

  WriteOffPolicy() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WriteOffPolicy}. */
  public static final class Builder extends ImmutableWriteOffPolicy.Builder {
    Builder() {}
  }

  /** The policy. */
  public abstract WriteOffKind kind();

  /** The share of the accrued deficit written off, in millionths (900000 = 90%). */
  public abstract long shareMillionths();

  /** The date at which the accrued deficit is measured. */
  public abstract LocalDate accruedTo();

  /** The financial year the write-off is paid in. */
  public abstract FinancialYear paidIn();

  /** Whether only LAs with an approved local SEND reform plan are paid. */
  public abstract boolean requiresReformPlan();

  /** The parameters read, for explanations. */
  public abstract ImmutableList<ParameterUse> parameterUses();

  /**
   * Reads the rules in force at the start of a year.
   *
   * @param parameters the parameter set (with any overlays)
   * @param year the year the rules are read for (a scenario's first year)
   * @return the policy
   */
  public static WriteOffPolicy from(ParameterSet parameters, FinancialYear year) {
    ValueInForce policy = parameters.get("deficit.write_off.policy", year);
    ValueInForce share = parameters.get("deficit.write_off.share", year);
    ValueInForce accrued = parameters.get("deficit.write_off.accrued_to", year);
    ValueInForce paid = parameters.get("deficit.write_off.paid_in_year_starting", year);
    ValueInForce plan = parameters.get("deficit.write_off.requires_reform_plan", year);
    WriteOffKind kind = WriteOffKind.parse(policy.value().asRule());
    Builder b = builder().kind(kind).accruedTo(accrued.value().asDate())
        .paidIn(FinancialYear.containing(paid.value().asDate())).addParameterUses(policy.toUse());
    switch (kind) {
      case COVER_ACCRUED:
        b.shareMillionths(SettlementEngine.millionths(share.value().asPercentage())).requiresReformPlan(plan.value().asBoolean())
            .addParameterUses(share.toUse(), accrued.toUse(), paid.toUse(), plan.toUse());
        break;
      case CANCEL_ACCRUED:
        b.shareMillionths(SettlementEngine.ONE).requiresReformPlan(false).addParameterUses(accrued.toUse(), paid.toUse());
        break;
      default:
        b.shareMillionths(0).requiresReformPlan(false);
    }
    return b.build();
  }

  /**
   * The write-off for a balance at the accrual date.
   *
   * @param balanceAtAccrualPence the DSG balance at the end of {@link #accruedTo()} (negative: deficit)
   * @param reformPlanApproved whether the LA has an approved local SEND reform plan
   * @return pence written off, from zero up to the deficit
   */
  public long amountPence(long balanceAtAccrualPence, boolean reformPlanApproved) {
    if (kind() == WriteOffKind.NONE || balanceAtAccrualPence >= 0 || (requiresReformPlan() && !reformPlanApproved)) {
      return 0;
    }
    return SettlementEngine.timesMillionths(-balanceAtAccrualPence, shareMillionths());
  }

  /**
   * The write-off for a balance at the accrual date.
   *
   * @param balanceAtAccrual the DSG balance (negative: deficit)
   * @param reformPlanApproved whether the LA has an approved reform plan
   * @return the amount written off
   */
  public Money amount(Money balanceAtAccrual, boolean reformPlanApproved) {
    return Money.ofPence(amountPence(balanceAtAccrual.pence(), reformPlanApproved));
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(shareMillionths() >= 0 && shareMillionths() <= SettlementEngine.ONE,
        "WriteOffPolicy.share: %s millionths is not between 0% and 100%", shareMillionths());
    Preconditions.checkArgument(paidIn().start().isAfter(accruedTo()),
        "WriteOffPolicy.paidIn: %s does not start after the accrual date %s", paidIn(), accruedTo());
  }
}
