package org.sendfunding.ehcp.timeline;

import com.google.common.base.Preconditions;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Choices the law leaves open: whether to schedule reviews of under-5s more often than yearly, and
 * how often.
 *
 * <p>The SEND Code of Practice (para 9.178) asks LAs to consider reviewing a plan for a child under 5
 * every 3 to 6 months; it is guidance, not law, so it is off by default:
 *
 * <pre>{@code
 * TimelineOptions.statutoryOnly();               // yearly reviews only (CFA 2014 s44(1))
 * TimelineOptions.withUnderFiveReviewMonths(6);  // 6-monthly reviews while the child is under 5
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TimelineOptions {

  TimelineOptions() {}

  /**
   * Yearly reviews only.
   *
   * @return the options
   */
  public static TimelineOptions statutoryOnly() {
    return ImmutableTimelineOptions.builder().build();
  }

  /**
   * Reviews every few months while the child is under 5, as guidance suggests.
   *
   * @param months 3 to 6
   * @return the options
   */
  public static TimelineOptions withUnderFiveReviewMonths(int months) {
    return ImmutableTimelineOptions.builder().underFiveReviewMonths(months).build();
  }

  /** Months between reviews while the child is under 5, if under-5 reviews are scheduled. */
  public abstract OptionalInt underFiveReviewMonths();

  @Value.Check
  void check() {
    underFiveReviewMonths()
        .ifPresent(
            m ->
                Preconditions.checkArgument(
                    m >= 3 && m <= 6,
                    "TimelineOptions.underFiveReviewMonths: %s is outside 3 to 6 months (Code of Practice 9.178)",
                    m));
  }
}
