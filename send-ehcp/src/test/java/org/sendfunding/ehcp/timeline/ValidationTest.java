package org.sendfunding.ehcp.timeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendfunding.ehcp.timeline.TimelineEngineTest.ev;
import static org.sendfunding.ehcp.timeline.TimelineEngineTest.requested;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.SourceReference;

/** Every invalid-input rule of the timeline package not covered elsewhere, with its message. */
class ValidationTest {

  static StatutoryPeriod.Builder period() {
    return StatutoryPeriod.builder().id("p").rule("r").source(SourceReference.of("s", "h"))
        .inForce(LocalDate.of(2014, 9, 1)).verified(false);
  }

  @Test
  void statutory_period_rules() {
    assertThatThrownBy(() -> period().unit(PeriodUnit.FIXED_DAY).build())
        .hasMessage("StatutoryPeriod.fixedDay: missing for FIXED_DAY period p");
    assertThatThrownBy(() -> period().unit(PeriodUnit.WEEKS).amount(2).fixedDay(MonthDay.of(2, 15)).build())
        .hasMessage("StatutoryPeriod.fixedDay: --02-15 given for WEEKS period p");
    assertThatThrownBy(() -> period().unit(PeriodUnit.WEEKS).build())
        .hasMessage("StatutoryPeriod.amount: 0 is not a period (p)");
    assertThatThrownBy(() -> period().unit(PeriodUnit.WEEKS).amount(2).firstDayCounts(true).build())
        .hasMessage("StatutoryPeriod.firstDayCounts: only for periods in days, not WEEKS (p)");
    assertThatThrownBy(() -> StatutoryPeriods.standard().withPeriod(period().unit(PeriodUnit.DAYS).amount(3).build()))
        .hasMessageStartingWith("StatutoryPeriods: no period 'p' (known: ");
  }

  @Test
  void case_and_timeline_rules() {
    assertThatThrownBy(() -> requested(LocalDate.of(2024, 9, 2)).id(" ").build())
        .hasMessage("EhcpCase   has an invalid history: id must not be blank");
    EhcpCase c = requested(LocalDate.of(2024, 9, 2)).build();
    assertThatThrownBy(() -> TimelineEngine.DEFAULT.timeline(c, LocalDate.of(2024, 9, 1)))
        .hasMessage("TimelineEngine.asOf: 2024-09-01 is before the request received on 2024-09-02 (case C-1)");
    Timeline t = TimelineEngine.DEFAULT.timeline(c, LocalDate.of(2024, 9, 3));
    assertThatThrownBy(() -> t.deadline("final-plan"))
        .hasMessage("Timeline: case C-1 has no final-plan deadline as at 2024-09-03");
  }

  @Test
  void deadline_rules() {
    Deadline.Builder d = Deadline.builder().periodId("final-plan").trigger("t").triggerDate(LocalDate.of(2024, 1, 1))
        .due(LocalDate.of(2024, 5, 20)).duty(Duty.LOCAL_AUTHORITY).explanation(Explanation.builder().rule("r").build());
    assertThatThrownBy(() -> d.status(DeadlineStatus.LATE).daysMissedBy(-1).build())
        .hasMessage("Deadline.daysMissedBy: -1 is negative (final-plan)");
    assertThatThrownBy(() -> d.status(DeadlineStatus.MET).daysMissedBy(3).build())
        .hasMessage("Deadline.daysMissedBy: 3 for a deadline that is MET (final-plan)");
  }

  @Test
  void draft_on_the_final_day_is_allowed_once() {
    // A draft and final on the same day is valid history (not "after"), but the final is too early.
    EhcpCase c = requested(LocalDate.of(2024, 9, 2)).addEvents(ev(EventType.DRAFT_SERVED, 2025, 1, 10),
        ev(EventType.FINAL_ISSUED, 2025, 1, 10)).build();
    org.assertj.core.api.Assertions.assertThat(
        TimelineEngine.DEFAULT.timeline(c, LocalDate.of(2025, 2, 1)).deadline("draft-comment").daysMissedBy())
        .isEqualTo(15);
  }
}
