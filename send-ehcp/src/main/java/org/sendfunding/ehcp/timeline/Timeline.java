package org.sendfunding.ehcp.timeline;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every statutory deadline of one case as at a date, in the order the engine derives them.
 *
 * <pre>{@code
 * Timeline t = TimelineEngine.DEFAULT.timeline(ehcpCase, LocalDate.of(2025, 6, 30));
 * t.deadline("final-plan").status();   // MET
 * t.missed();                          // the deadlines missed
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Timeline {

  Timeline() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Timeline}. */
  public static final class Builder extends ImmutableTimeline.Builder {
    Builder() {}
  }

  /** The case. */
  public abstract EhcpCase ehcpCase();

  /** The date at which statuses are judged. */
  public abstract LocalDate asOf();

  /** The deadlines. */
  public abstract ImmutableList<Deadline> deadlines();

  /**
   * The first deadline set by a period.
   *
   * @param periodId e.g. {@code final-plan}
   * @return the deadline
   * @throws IllegalArgumentException if the case has none
   */
  public Deadline deadline(String periodId) {
    Optional<Deadline> d = find(periodId);
    Preconditions.checkArgument(
        d.isPresent(), "Timeline: case %s has no %s deadline as at %s", ehcpCase().id(), periodId, asOf());
    return d.get();
  }

  /**
   * The first deadline set by a period, if the case has one.
   *
   * @param periodId e.g. {@code final-plan}
   * @return the deadline, or empty
   */
  public Optional<Deadline> find(String periodId) {
    return deadlines().stream().filter(d -> d.periodId().equals(periodId)).findFirst();
  }

  /**
   * Every deadline set by a period, e.g. each annual review.
   *
   * @param periodId the period id
   * @return the deadlines
   */
  public ImmutableList<Deadline> deadlines(String periodId) {
    return deadlines().stream().filter(d -> d.periodId().equals(periodId)).collect(ImmutableList.toImmutableList());
  }

  /** The deadlines missed (late, overdue, or too early). */
  public ImmutableList<Deadline> missed() {
    return deadlines().stream().filter(d -> d.status().isMissed()).collect(ImmutableList.toImmutableList());
  }

  /** The timeline as a table, one deadline a line. */
  public String toText() {
    StringBuilder out = new StringBuilder("Case " + ehcpCase().id() + " as at " + asOf() + "\n");
    for (Deadline d : deadlines()) {
      out.append("  ").append(d).append('\n');
    }
    return out.toString();
  }
}
