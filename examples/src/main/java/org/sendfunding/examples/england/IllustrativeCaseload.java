package org.sendfunding.examples.england;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Random;
import org.sendfunding.ehcp.timeline.CaseEvent;
import org.sendfunding.ehcp.timeline.EhcpCase;
import org.sendfunding.ehcp.timeline.EventType;
import org.sendfunding.ehcp.timeline.TimescaleException;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;

/**
 * An ILLUSTRATIVE caseload of EHC needs assessment requests, generated from a seed: not any LA's
 * records. It exists so that the timeliness measures of {@code send-ehcp} can be shown end to end.
 *
 * <p>The model: requests arrive evenly from 1 January 2021 to 31 August 2024 across five LAs
 * (Camden, Greenwich, Hackney, Kent, Halton). 6% are refused at 4–6 weeks; the rest are accepted at
 * 3–6 weeks. The chance that the final plan is issued within 20 weeks falls from 60% for 2021
 * requests by 4 points a year (roughly the national trend); on-time plans take 12–19 weeks, late ones
 * 21–44. The draft is served 3 weeks before the final plan. 3% of accepted cases have a reg 10(4)(c)
 * exception. Plans are reviewed 11–14 months after issue when that is before the as-at date.
 * {@code generate(seed, n)} always returns the same cases ({@link Random}'s algorithm is fixed).
 */
final class IllustrativeCaseload {

  /** The date the illustrative caseload is judged at. */
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private static final int[] LA_CODES = {202, 203, 204, 886, 876};
  private static final LocalDate FIRST = LocalDate.of(2021, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2024, 8, 31);

  private IllustrativeCaseload() {}

  static ImmutableList<EhcpCase> generate(long seed, int count) {
    Random random = new Random(seed);
    long span = LAST.toEpochDay() - FIRST.toEpochDay();
    ImmutableList.Builder<EhcpCase> out = ImmutableList.builder();
    for (int i = 0; i < count; i++) {
      LocalAuthority la = LocalAuthorities.england().byCode(LA_CODES[random.nextInt(LA_CODES.length)]);
      LocalDate request = FIRST.plusDays((long) (random.nextDouble() * span));
      EhcpCase.Builder c = EhcpCase.builder().id(String.format("IC-%05d", i + 1)).localAuthority(la).requestReceived(request);
      if (random.nextDouble() < 0.06) {
        c.addEvents(CaseEvent.of(EventType.DECISION_NOT_TO_ASSESS, request.plusDays(28 + random.nextInt(15))));
        out.add(c.build());
        continue;
      }
      c.addEvents(CaseEvent.of(EventType.DECISION_TO_ASSESS, request.plusDays(21 + random.nextInt(22))));
      double onTime = 0.60 - 0.04 * (request.getYear() - 2021);
      int days = random.nextDouble() < onTime ? 84 + random.nextInt(50) : 147 + random.nextInt(162);
      LocalDate fin = request.plusDays(days);
      if (random.nextDouble() < 0.03) {
        c.addExceptions(TimescaleException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES);
      }
      if (!fin.isAfter(AS_OF)) {
        c.addEvents(CaseEvent.of(EventType.DRAFT_SERVED, fin.minusDays(21)));
        c.addEvents(CaseEvent.of(EventType.FINAL_ISSUED, fin));
        LocalDate review = fin.plusMonths(11 + random.nextInt(4)).plusDays(random.nextInt(28));
        if (!review.isAfter(AS_OF)) {
          c.addEvents(CaseEvent.of(EventType.REVIEW_MEETING, review));
        }
      } else if (!fin.minusDays(21).isAfter(AS_OF)) {
        c.addEvents(CaseEvent.of(EventType.DRAFT_SERVED, fin.minusDays(21)));
      }
      out.add(c.build());
    }
    return out.build();
  }
}
