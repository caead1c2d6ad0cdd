package org.sendfunding.ehcp.timeline;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One dated event in the history of an EHC case, such as the final plan being issued on a day.
 *
 * <pre>{@code
 * CaseEvent.of(EventType.FINAL_ISSUED, LocalDate.of(2025, 1, 17));   // prints FINAL_ISSUED on 2025-01-17
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class CaseEvent implements Comparable<CaseEvent> {

  CaseEvent() {}

  /**
   * An event.
   *
   * @param type what happened
   * @param date the day it happened
   * @return the event
   */
  public static CaseEvent of(EventType type, LocalDate date) {
    return ImmutableCaseEvent.of(type, date);
  }

  /** What happened. */
  @Value.Parameter
  public abstract EventType type();

  /** The day it happened. */
  @Value.Parameter
  public abstract LocalDate date();

  /** Orders by date, then by the order of {@link EventType}. */
  @Override
  public int compareTo(CaseEvent o) {
    int c = date().compareTo(o.date());
    return c != 0 ? c : type().compareTo(o.type());
  }

  @Override
  public String toString() {
    return type() + " on " + date();
  }
}
