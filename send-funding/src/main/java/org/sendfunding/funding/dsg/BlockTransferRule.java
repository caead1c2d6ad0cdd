package org.sendfunding.funding.dsg;

import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ValueInForce;
import org.sendfunding.model.dsg.BlockTransfer;
import org.sendfunding.model.dsg.TransferApprovalRoute;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.money.Percentage;

/**
 * The block-transfer rule: an LA may move up to the limit (parameter {@code dsg.block_transfer_limit},
 * 0.5% of the schools block) to another block with its schools forum's approval; a larger transfer, or
 * one the forum refuses, needs a disapplication request to the Secretary of State. A transfer lasts one
 * year.
 *
 * <pre>{@code
 * BlockTransfer t = BlockTransfer.builder().localAuthority(staffordshire).financialYear(FinancialYear.of(2025))
 *     .amount(Money.ofPounds(3_200_000)).schoolsBlock(Money.ofPounds(640_000_000)).schoolsForumApproved(true).build();
 * BlockTransferRule.DEFAULT.decide(t, ParameterSet.defaults()).route();   // SCHOOLS_FORUM (0.5%)
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class BlockTransferRule {

  /** The rule. */
  public static final BlockTransferRule DEFAULT = new BlockTransferRule();

  static final String LIMIT = "dsg.block_transfer_limit";

  private BlockTransferRule() {}

  /**
   * Decides who must agree a transfer, using the limit in force in the transfer's financial year.
   *
   * @param transfer the proposed transfer
   * @param parameters the parameters
   * @return the decision with its reason
   * @throws org.sendfunding.funding.parameter.ParameterException if no limit is in force that year
   */
  public BlockTransferDecision decide(BlockTransfer transfer, ParameterSet parameters) {
    ValueInForce limitValue = parameters.get(LIMIT, transfer.financialYear());
    Percentage limit = limitValue.value().asPercentage();
    Percentage share = transfer.shareOfSchoolsBlock();
    TransferApprovalRoute route = transfer.approvalRoute(limit);
    boolean within = withinLimit(transfer, limit);
    String what = transfer.amount() + " (" + share + " of the schools block " + transfer.schoolsBlock() + ")";
    String reason;
    if (route == TransferApprovalRoute.SCHOOLS_FORUM) {
      reason = what + " is within the " + limit + " limit and the schools forum approved it: the forum's approval suffices";
    } else if (within) {
      reason = what + " is within the " + limit + " limit but the schools forum did not approve it: the LA must "
          + "ask the Secretary of State to disapply the rule";
    } else {
      reason = what + " exceeds the " + limit + " limit: the LA must ask the Secretary of State to disapply the rule"
          + (transfer.schoolsForumApproved() ? ", even though the schools forum approved it" : "");
    }
    Explanation e = Explanation.builder()
        .rule("Block transfer from the schools block: up to " + limit + " with schools forum approval, otherwise "
            + "a disapplication request")
        .amount(transfer.amount())
        .result(route + ": " + reason)
        .putInputs("local authority", transfer.localAuthority().toString())
        .putInputs("financial year", transfer.financialYear().toString())
        .putInputs("schools block", transfer.schoolsBlock().toString())
        .putInputs("share of the schools block", share.toString())
        .putInputs("schools forum approved", Boolean.toString(transfer.schoolsForumApproved()))
        .addParameters(limitValue.toUse())
        .build();
    return BlockTransferDecision.builder()
        .transfer(transfer)
        .limit(limit)
        .share(share)
        .route(route)
        .reason(reason)
        .explanation(e)
        .build();
  }

  private static boolean withinLimit(BlockTransfer t, Percentage limit) {
    BlockTransfer approved = BlockTransfer.builder().from(t).schoolsForumApproved(true).build();
    return approved.approvalRoute(limit) == TransferApprovalRoute.SCHOOLS_FORUM;
  }
}
