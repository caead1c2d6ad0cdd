package org.sendfunding.ehcp.timeline;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.explain.Explanation;

/**
 * One statutory deadline of a case: what was due, from which trigger, by when, whether it was met, and
 * by how many days it was missed, with its explanation.
 *
 * <p>For a request received on Monday 2 September 2024 the final plan is due on Monday 20 January 2025
 * (20 weeks = 140 days, reg 13(2)); issued on Friday 24 January 2025 it is {@code LATE} by 4 days:
 *
 * <pre>{@code
 * Deadline d = timeline.deadline("final-plan");
 * d.due();            // 2025-01-20
 * d.status();         // LATE
 * d.daysMissedBy();   // 4
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Deadline {

  Deadline() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Deadline}. */
  public static final class Builder extends ImmutableDeadline.Builder {
    Builder() {}
  }

  /** The statutory period that sets the deadline, e.g. {@code final-plan}. */
  public abstract String periodId();

  /** What started the period, as printed, e.g. "request received on 2024-09-02". */
  public abstract String trigger();

  /** The day the period runs from. */
  public abstract LocalDate triggerDate();

  /** The last day on which the act is in time; for a {@link #notBefore()} deadline, the last day of the period that must run out. */
  public abstract LocalDate due();

  /** Whether the act must come after {@link #due()} (a waiting period) rather than by it. */
  @Value.Default
  public boolean notBefore() {
    return false;
  }

  /** Who must act. */
  public abstract Duty duty();

  /** The day the act was done, if it was. */
  public abstract Optional<LocalDate> done();

  /** Whether it was met, as at the timeline's date. */
  public abstract DeadlineStatus status();

  /** Days late (or early, for {@link DeadlineStatus#TOO_EARLY}); 0 unless missed. */
  public abstract long daysMissedBy();

  /** Whether an exception of reg 10(4) applied to the case and lifts this limit. */
  @Value.Default
  public boolean exceptionApplies() {
    return false;
  }

  /** Whether the period is guidance rather than law. */
  @Value.Default
  public boolean guidance() {
    return false;
  }

  /** How the deadline and its status were worked out. */
  public abstract Explanation explanation();

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        daysMissedBy() >= 0, "Deadline.daysMissedBy: %s is negative (%s)", daysMissedBy(), periodId());
    Preconditions.checkArgument(
        status().isMissed() || daysMissedBy() == 0,
        "Deadline.daysMissedBy: %s for a deadline that is %s (%s)", daysMissedBy(), status(), periodId());
  }

  @Override
  public String toString() {
    return periodId() + " due " + due() + " (" + trigger() + "): " + status()
        + (daysMissedBy() > 0 ? " by " + daysMissedBy() + " days" : "")
        + done().map(d -> ", done " + d).orElse("")
        + (exceptionApplies() ? ", exception applies" : "");
  }
}
