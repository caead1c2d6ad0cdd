package org.sendfunding.ehcp.timeline;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A planned move of a child or young person with a plan to a new phase of education.
 *
 * <pre>{@code
 * PhaseTransfer.of(TransferKind.SCHOOL_PHASE, LocalDate.of(2025, 9, 3));   // deadline 2025-02-15
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class PhaseTransfer {

  PhaseTransfer() {}

  /**
   * A transfer.
   *
   * @param kind the kind of transfer
   * @param transferDate the day the child or young person starts at the new setting
   * @return the transfer
   */
  public static PhaseTransfer of(TransferKind kind, LocalDate transferDate) {
    return ImmutablePhaseTransfer.of(kind, transferDate);
  }

  /** The kind of transfer. */
  @Value.Parameter
  public abstract TransferKind kind();

  /** The day the new setting starts. */
  @Value.Parameter
  public abstract LocalDate transferDate();

  @Override
  public String toString() {
    return kind() + " on " + transferDate();
  }
}
