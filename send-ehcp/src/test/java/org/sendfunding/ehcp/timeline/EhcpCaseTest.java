package org.sendfunding.ehcp.timeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendfunding.ehcp.timeline.TimelineEngineTest.ev;
import static org.sendfunding.ehcp.timeline.TimelineEngineTest.requested;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EhcpCaseTest {

  @Test
  void final_before_request_is_rejected_naming_both() {
    assertThatThrownBy(() -> requested(LocalDate.of(2024, 9, 2)).addEvents(ev(EventType.FINAL_ISSUED, 2024, 8, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("EhcpCase C-1 has an invalid history: FINAL_ISSUED on 2024-08-01 is before the request received on 2024-09-02");
  }

  @Test
  void draft_after_final_is_rejected() {
    assertThatThrownBy(() -> requested(LocalDate.of(2024, 9, 2))
            .addEvents(ev(EventType.FINAL_ISSUED, 2025, 1, 10), ev(EventType.DRAFT_SERVED, 2025, 1, 20))
            .build())
        .hasMessage("EhcpCase C-1 has an invalid history: DRAFT_SERVED on 2025-01-20 is after FINAL_ISSUED on 2025-01-10;"
            + " propose amendments with AMENDMENT_PROPOSED");
  }

  @Test
  void review_before_plan_is_rejected() {
    assertThatThrownBy(() -> requested(LocalDate.of(2024, 9, 2))
            .addEvents(ev(EventType.REVIEW_MEETING, 2024, 12, 1), ev(EventType.FINAL_ISSUED, 2025, 1, 10))
            .build())
        .hasMessage("EhcpCase C-1 has an invalid history: REVIEW_MEETING on 2024-12-01 is not after the plan it reviews,"
            + " FINAL_ISSUED on 2025-01-10");
  }

  @Test
  void review_without_plan_is_rejected() {
    assertThatThrownBy(() -> requested(LocalDate.of(2024, 9, 2)).addEvents(ev(EventType.REVIEW_MEETING, 2025, 9, 1)).build())
        .hasMessage("EhcpCase C-1 has an invalid history: REVIEW_MEETING on 2025-09-01 but there is no plan to review"
            + " (no FINAL_ISSUED)");
  }

  @Test
  void two_finals_are_rejected() {
    assertThatThrownBy(() -> requested(LocalDate.of(2024, 9, 2))
            .addEvents(ev(EventType.FINAL_ISSUED, 2025, 1, 10), ev(EventType.FINAL_ISSUED, 2025, 6, 10))
            .build())
        .hasMessage("EhcpCase C-1 has an invalid history: FINAL_ISSUED appears 2 times [FINAL_ISSUED on 2025-01-10,"
            + " FINAL_ISSUED on 2025-06-10]; record later versions as AMENDED_PLAN_ISSUED");
  }

  @Test
  void every_error_is_listed_at_once() {
    assertThatThrownBy(() -> requested(LocalDate.of(2024, 9, 2))
            .id("C-9")
            .dateOfBirth(LocalDate.of(2025, 1, 1))
            .addEvents(ev(EventType.DECISION_TO_ASSESS, 2024, 8, 30))
            .build())
        .hasMessage("EhcpCase C-9 has an invalid history: date of birth 2025-01-01 is after the request received on"
            + " 2024-09-02; DECISION_TO_ASSESS on 2024-08-30 is before the request received on 2024-09-02");
  }
}
