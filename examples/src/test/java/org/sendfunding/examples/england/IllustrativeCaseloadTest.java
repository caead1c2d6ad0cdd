package org.sendfunding.examples.england;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sendfunding.ehcp.timeline.EhcpCase;
import org.sendfunding.ehcp.timeline.EventType;

class IllustrativeCaseloadTest {

  @Test
  void the_same_seed_gives_the_same_cases() {
    assertThat(IllustrativeCaseload.generate(7, 300)).isEqualTo(IllustrativeCaseload.generate(7, 300));
    assertThat(IllustrativeCaseload.generate(7, 300)).isNotEqualTo(IllustrativeCaseload.generate(8, 300));
  }

  @Test
  void no_event_is_after_the_date_the_caseload_is_judged_at() {
    for (EhcpCase c : IllustrativeCaseload.generate(7, 2000)) {
      assertThat(c.history()).allSatisfy(e -> assertThat(e.date()).isBeforeOrEqualTo(IllustrativeCaseload.AS_OF));
      c.first(EventType.FINAL_ISSUED).ifPresent(f ->
          assertThat(c.first(EventType.DRAFT_SERVED).orElseThrow().date()).isEqualTo(f.date().minusDays(21)));
    }
  }
}
