package org.sendfunding.funding.sufficiency;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import org.sendfunding.ehcp.timeline.CaseEvent;
import org.sendfunding.ehcp.timeline.DeadlineStatus;
import org.sendfunding.ehcp.timeline.EhcpCase;
import org.sendfunding.ehcp.timeline.EventType;
import org.sendfunding.ehcp.timeline.TimelineEngine;
import org.sendfunding.model.authority.LocalAuthorities;

/**
 * Turns advice waits into the share of EHC plans issued within 20 weeks, by running probe cases
 * through the send-ehcp {@link TimelineEngine}.
 *
 * <p>A probe case is received on a fixed Monday (1 September 2025). The LA decides to assess and asks
 * for advice after {@code decisionWeeks}; the advice comes back {@code d} days later; the draft plan is
 * served {@code draftingWeeks} after that; the final plan is issued on the first day the 15-day
 * comment period allows (reg 13(1): the day of service is day 1, so 15 days after service). The
 * engine's {@code final-plan} deadline (20 weeks, reg 13(2)) is MET or LATE. Because the statutory
 * periods count calendar days, the result depends on {@code d} and not on the date chosen; and it is
 * monotone in {@code d}, so a binary search finds the longest advice turnaround that still meets 20
 * weeks. With 6 weeks to decide and 3 to draft: 42 + d + 21 + 15 &lt;= 140, so d &lt;= 62 days:
 *
 * <pre>{@code
 * PlanTimeliness t = PlanTimeliness.of(TimelineEngine.DEFAULT, 6, 3);
 * t.latestAdviceDays();             // 62
 * t.shareWithinTwentyWeeks(run, 0); // requests of year 1 answered within 62 days / all requests
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanTimeliness {

  /** The request date of every probe case. */
  public static final LocalDate PROBE_REQUEST = LocalDate.of(2025, 9, 1);

  private final int decisionWeeks;
  private final int draftingWeeks;
  private final int latestAdviceDays;

  private PlanTimeliness(TimelineEngine engine, int decisionWeeks, int draftingWeeks) {
    this.decisionWeeks = decisionWeeks;
    this.draftingWeeks = draftingWeeks;
    int lo = -1;
    int hi = AdviceQueue.HISTOGRAM_DAYS;
    // invariant: lo meets (or is -1), hi fails (or is the cap)
    if (meets(engine, hi)) {
      lo = hi;
    } else {
      while (hi - lo > 1) {
        int mid = (lo + hi) >>> 1;
        if (meets(engine, mid)) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
    }
    this.latestAdviceDays = lo;
  }

  /**
   * The timeliness of the process with the given weeks to decide and to draft.
   *
   * @param engine the statutory timeline engine
   * @param decisionWeeks weeks from request to the decision to assess (advice requested that day)
   * @param draftingWeeks weeks from the advice to the draft plan
   * @return the timeliness
   */
  public static PlanTimeliness of(TimelineEngine engine, int decisionWeeks, int draftingWeeks) {
    Preconditions.checkArgument(decisionWeeks >= 0, "PlanTimeliness.decisionWeeks: %s is negative", decisionWeeks);
    Preconditions.checkArgument(draftingWeeks >= 0, "PlanTimeliness.draftingWeeks: %s is negative", draftingWeeks);
    return new PlanTimeliness(engine, decisionWeeks, draftingWeeks);
  }

  private boolean meets(TimelineEngine engine, int adviceDays) {
    LocalDate decision = PROBE_REQUEST.plusWeeks(decisionWeeks);
    LocalDate advice = decision.plusDays(adviceDays);
    LocalDate draft = advice.plusWeeks(draftingWeeks);
    LocalDate fin = draft.plusDays(15);
    EhcpCase c = EhcpCase.builder().id("probe-" + adviceDays)
        .localAuthority(LocalAuthorities.england().byCode(202))
        .requestReceived(PROBE_REQUEST)
        .addEvents(CaseEvent.of(EventType.DECISION_TO_ASSESS, decision))
        .addEvents(CaseEvent.of(EventType.ADVICE_REQUESTED, decision))
        .addEvents(CaseEvent.of(EventType.ADVICE_RECEIVED, advice))
        .addEvents(CaseEvent.of(EventType.DRAFT_SERVED, draft))
        .addEvents(CaseEvent.of(EventType.FINAL_ISSUED, fin))
        .build();
    return engine.timeline(c, fin.plusDays(1)).deadline("final-plan").status() == DeadlineStatus.MET;
  }

  /** Weeks from request to the decision to assess. */
  public int decisionWeeks() {
    return decisionWeeks;
  }

  /** Weeks from the advice to the draft plan. */
  public int draftingWeeks() {
    return draftingWeeks;
  }

  /** The longest advice turnaround, in days from the advice request, that still gives a plan within 20 weeks; -1 if none does. */
  public int latestAdviceDays() {
    return latestAdviceDays;
  }

  /**
   * The share of a year's requests whose advice came back in time for a plan within 20 weeks.
   *
   * @param run a queue run
   * @param year the year index
   * @return the share, 0 to 1 (1 for a year without requests)
   */
  public double shareWithinTwentyWeeks(QueueRun run, int year) {
    long n = run.arrivals(year);
    if (n == 0) {
      return 1.0;
    }
    return latestAdviceDays < 0 ? 0.0 : (double) run.answeredWithinDays(year, latestAdviceDays) / n;
  }
}
