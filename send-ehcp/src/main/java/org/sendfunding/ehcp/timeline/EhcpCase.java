package org.sendfunding.ehcp.timeline;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;

/**
 * The history of one request for an EHC needs assessment: the day the LA received it, the events that
 * followed, any exceptions to the time limits, and planned phase transfers.
 *
 * <pre>{@code
 * EhcpCase c = EhcpCase.builder()
 *     .id("C-001")
 *     .localAuthority(LocalAuthorities.england().byCode(202))
 *     .requestReceived(LocalDate.of(2024, 9, 2))
 *     .addEvents(CaseEvent.of(EventType.DECISION_TO_ASSESS, LocalDate.of(2024, 10, 11)))
 *     .addEvents(CaseEvent.of(EventType.DRAFT_SERVED, LocalDate.of(2024, 12, 20)))
 *     .addEvents(CaseEvent.of(EventType.FINAL_ISSUED, LocalDate.of(2025, 1, 17)))
 *     .build();
 * }</pre>
 *
 * <p>Invalid histories are rejected at {@code build()} with one message naming every offending event:
 * an event before the request, a draft served after the final plan, a review before the plan, more than
 * one final plan (later versions are {@link EventType#AMENDED_PLAN_ISSUED}). This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class EhcpCase {

  EhcpCase() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EhcpCase}; {@code build()} validates the history. */
  public static final class Builder extends ImmutableEhcpCase.Builder {
    Builder() {}
  }

  /** The case reference. */
  public abstract String id();

  /** The LA that received the request. */
  public abstract LocalAuthority localAuthority();

  /** The day the LA received the request: the statutory periods run from here. */
  public abstract LocalDate requestReceived();

  /** The child's or young person's date of birth, needed for under-5 reviews. */
  public abstract Optional<LocalDate> dateOfBirth();

  /** The events, in any order; {@link #history()} sorts them. */
  public abstract ImmutableList<CaseEvent> events();

  /** The exceptions of reg 10(4) that applied to this case. */
  public abstract ImmutableSet<TimescaleException> exceptions();

  /** Planned or past phase transfers. */
  public abstract ImmutableList<PhaseTransfer> transfers();

  /** The events sorted by date. */
  @Value.Derived
  public ImmutableList<CaseEvent> history() {
    return ImmutableList.sortedCopyOf(events());
  }

  /** Whether any exception to the time limits applied. */
  public boolean exceptionApplies() {
    return !exceptions().isEmpty();
  }

  /**
   * The first event of a type.
   *
   * @param type the event type
   * @return the earliest such event, if any
   */
  public Optional<CaseEvent> first(EventType type) {
    return history().stream().filter(e -> e.type() == type).findFirst();
  }

  /**
   * Every event of a type, in date order.
   *
   * @param type the event type
   * @return the events
   */
  public ImmutableList<CaseEvent> all(EventType type) {
    return history().stream().filter(e -> e.type() == type).collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    List<String> errors = new ArrayList<>();
    if (id().isBlank()) {
      errors.add("id must not be blank");
    }
    dateOfBirth()
        .filter(dob -> dob.isAfter(requestReceived()))
        .ifPresent(dob -> errors.add("date of birth " + dob + " is after the request received on " + requestReceived()));
    for (CaseEvent e : history()) {
      if (e.date().isBefore(requestReceived())) {
        errors.add(e + " is before the request received on " + requestReceived());
      }
    }
    List<CaseEvent> finals = all(EventType.FINAL_ISSUED);
    if (finals.size() > 1) {
      errors.add(
          "FINAL_ISSUED appears " + finals.size() + " times " + finals
              + "; record later versions as AMENDED_PLAN_ISSUED");
    }
    Optional<CaseEvent> fin = finals.stream().findFirst();
    for (CaseEvent draft : all(EventType.DRAFT_SERVED)) {
      fin.filter(f -> draft.date().isAfter(f.date()))
          .ifPresent(f -> errors.add(draft + " is after " + f + "; propose amendments with AMENDMENT_PROPOSED"));
    }
    for (CaseEvent review : all(EventType.REVIEW_MEETING)) {
      if (fin.isEmpty()) {
        errors.add(review + " but there is no plan to review (no FINAL_ISSUED)");
      } else if (!review.date().isAfter(fin.get().date())) {
        errors.add(review + " is not after the plan it reviews, " + fin.get());
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "EhcpCase " + id() + " has an invalid history: " + String.join("; ", errors));
    }
  }

  @Override
  public String toString() {
    return "EhcpCase[" + id() + ", " + localAuthority().name() + ", request " + requestReceived() + ", " + history() + "]";
  }
}
