package org.sendfunding.model.dsg;

import com.google.common.base.Preconditions;
import java.math.MathContext;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.time.FinancialYear;

/**
 * A one-year transfer of money from an LA's schools block to its high-needs block.
 *
 * <p>Staffordshire's 0.5% transfer of £3.2m: with a schools block of £640m the transfer is exactly
 * 0.5%, so a forum that agrees it is enough under a 0.5% limit:
 *
 * <pre>{@code
 * BlockTransfer t = BlockTransfer.builder()
 *     .localAuthority(staffordshire).financialYear(FinancialYear.parse("2025-26"))
 *     .amount(Money.ofPounds("3200000")).schoolsBlock(Money.ofPounds("640000000"))
 *     .schoolsForumApproved(true)
 *     .build();
 * t.shareOfSchoolsBlock();                  // 0.5%
 * t.approvalRoute(Percentage.of("0.5"));    // SCHOOLS_FORUM
 * }</pre>
 *
 * <p>The limit is a parameter of the funding rules, not of this type, so the caller supplies it.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BlockTransfer {

  BlockTransfer() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BlockTransfer}. */
  public static final class Builder extends ImmutableBlockTransfer.Builder {
    Builder() {}
  }

  /** The LA making the transfer. */
  public abstract LocalAuthority localAuthority();

  /** The year the transfer applies to (a transfer lasts one year). */
  public abstract FinancialYear financialYear();

  /** The amount moved to high needs. */
  public abstract Money amount();

  /** The LA's schools block before the transfer. */
  public abstract Money schoolsBlock();

  /** Whether the schools forum agreed the transfer. */
  public abstract boolean schoolsForumApproved();

  /** The amount as a percentage of the schools block, to 10 significant figures. */
  public Percentage shareOfSchoolsBlock() {
    Rate ratio = amount().ratioTo(schoolsBlock());
    return Percentage.of(ratio.value().movePointRight(2).round(new MathContext(10)));
  }

  /**
   * Who must agree this transfer under a limit on the share of the schools block.
   *
   * @param forumLimit the share the schools forum may agree, e.g. 0.5%
   * @return {@link TransferApprovalRoute#SCHOOLS_FORUM} when within the limit and approved, otherwise
   *     {@link TransferApprovalRoute#DISAPPLICATION_REQUEST}
   */
  public TransferApprovalRoute approvalRoute(Percentage forumLimit) {
    boolean withinLimit =
        amount().toPounds().multiply(java.math.BigDecimal.valueOf(100))
            .compareTo(schoolsBlock().toPounds().multiply(forumLimit.percent())) <= 0;
    return withinLimit && schoolsForumApproved()
        ? TransferApprovalRoute.SCHOOLS_FORUM
        : TransferApprovalRoute.DISAPPLICATION_REQUEST;
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        amount().isPositive(), "BlockTransfer.amount: %s must be above zero (%s %s)", amount(), localAuthority(), financialYear());
    Preconditions.checkArgument(
        schoolsBlock().isPositive(),
        "BlockTransfer.schoolsBlock: %s must be above zero (%s %s)", schoolsBlock(), localAuthority(), financialYear());
    Preconditions.checkArgument(
        !amount().isGreaterThan(schoolsBlock()),
        "BlockTransfer.amount: %s exceeds the schools block %s (%s %s)", amount(), schoolsBlock(), localAuthority(), financialYear());
  }
}
