package org.sendfunding.funding.dsg;

import org.immutables.value.Value;
import org.sendfunding.model.dsg.BlockTransfer;
import org.sendfunding.model.dsg.TransferApprovalRoute;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.money.Percentage;

/**
 * Who must agree a proposed transfer out of the schools block, and why.
 *
 * <pre>{@code
 * BlockTransferDecision d = BlockTransferRule.DEFAULT.decide(transfer, ParameterSet.defaults());
 * d.route();    // SCHOOLS_FORUM
 * d.reason();   // "0.4% of the schools block is within the 0.5% limit and the schools forum approved it ..."
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BlockTransferDecision {

  BlockTransferDecision() {}

  /**
   * A builder, for the engine that computes this result and for reading it back from JSON
   * (send-json); figures built by hand are not checked against the rules that made them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code BlockTransferDecision}. */
  public static final class Builder extends ImmutableBlockTransferDecision.Builder {
    Builder() {}
  }

  /** The proposed transfer. @return the transfer */
  public abstract BlockTransfer transfer();

  /** The limit the schools forum may agree. @return the limit */
  public abstract Percentage limit();

  /** The transfer's share of the schools block. @return the share */
  public abstract Percentage share();

  /** Who must agree. @return the route */
  public abstract TransferApprovalRoute route();

  /** The reason, in words. @return the reason */
  public abstract String reason();

  /** The explanation, with the limit parameter and its source. @return the explanation */
  @Value.Auxiliary
  public abstract Explanation explanation();

  @Override
  public String toString() {
    return route() + ": " + reason();
  }
}
