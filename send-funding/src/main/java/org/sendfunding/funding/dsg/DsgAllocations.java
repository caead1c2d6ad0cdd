package org.sendfunding.funding.dsg;

import com.google.common.base.Preconditions;
import org.sendfunding.funding.highneeds.HighNeedsAllocation;
import org.sendfunding.model.dsg.BlockTransfer;
import org.sendfunding.model.dsg.DsgAllocation;
import org.sendfunding.model.dsg.HighNeedsBlock;
import org.sendfunding.model.dsg.TransferApprovalRoute;
import org.sendfunding.model.money.Money;

/**
 * Builds an LA's {@link DsgAllocation} for a year from its four blocks, with the high-needs block
 * taken from a {@link HighNeedsAllocation}, and applies an agreed block transfer.
 *
 * <pre>{@code
 * DsgAllocation dsg = DsgAllocations.of(highNeeds, schools, centralSchoolServices, earlyYears);
 * DsgAllocation after = DsgAllocations.withTransfer(dsg, decision, false);
 * after.highNeedsBlock().components().get("block transfer from the schools block");
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DsgAllocations {

  static final String TRANSFER = "block transfer from the schools block";

  private DsgAllocations() {}

  /**
   * The DSG allocation of the high-needs allocation's LA and year.
   *
   * @param highNeeds the LA's high-needs allocation
   * @param schoolsBlock the schools block
   * @param centralSchoolServicesBlock the central school services block
   * @param earlyYearsBlock the early years block
   * @return the allocation
   */
  public static DsgAllocation of(
      HighNeedsAllocation highNeeds, Money schoolsBlock, Money centralSchoolServicesBlock, Money earlyYearsBlock) {
    return DsgAllocation.builder()
        .localAuthority(highNeeds.localAuthority())
        .financialYear(highNeeds.financialYear())
        .schoolsBlock(schoolsBlock)
        .centralSchoolServicesBlock(centralSchoolServicesBlock)
        .highNeedsBlock(highNeeds.toHighNeedsBlock())
        .earlyYearsBlock(earlyYearsBlock)
        .build();
  }

  /**
   * The allocation after a transfer from the schools block to the high-needs block, if the transfer
   * may go ahead: approved by the schools forum within the limit, or by the Secretary of State.
   *
   * @param allocation the allocation before the transfer
   * @param decision the decision on the transfer
   * @param disapplicationGranted whether the Secretary of State granted a disapplication request
   * @return the allocation with the transfer applied; the DSG total is unchanged
   * @throws IllegalArgumentException if the transfer needs a disapplication that was not granted, or
   *     is for another LA, year or schools block
   */
  public static DsgAllocation withTransfer(
      DsgAllocation allocation, BlockTransferDecision decision, boolean disapplicationGranted) {
    BlockTransfer t = decision.transfer();
    Preconditions.checkArgument(t.localAuthority().equals(allocation.localAuthority())
            && t.financialYear().equals(allocation.financialYear()),
        "DsgAllocations.withTransfer: the transfer is for %s %s, the allocation for %s %s",
        t.localAuthority(), t.financialYear(), allocation.localAuthority(), allocation.financialYear());
    Preconditions.checkArgument(t.schoolsBlock().equals(allocation.schoolsBlock()),
        "DsgAllocations.withTransfer: the transfer's schools block %s is not the allocation's %s",
        t.schoolsBlock(), allocation.schoolsBlock());
    Preconditions.checkArgument(
        decision.route() == TransferApprovalRoute.SCHOOLS_FORUM || disapplicationGranted,
        "DsgAllocations.withTransfer: %s needs a disapplication request, which was not granted", t.amount());
    HighNeedsBlock hn = allocation.highNeedsBlock();
    HighNeedsBlock moved = HighNeedsBlock.builder().from(hn).putComponents(TRANSFER, t.amount()).build();
    return DsgAllocation.builder().from(allocation)
        .schoolsBlock(allocation.schoolsBlock().minus(t.amount()))
        .highNeedsBlock(moved)
        .build();
  }
}
