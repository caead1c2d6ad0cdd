package org.sendfunding.spark.example;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.sendfunding.ehcp.timeline.CaseEvent;
import org.sendfunding.ehcp.timeline.EhcpCase;
import org.sendfunding.ehcp.timeline.EventType;
import org.sendfunding.ehcp.timeline.PhaseTransfer;
import org.sendfunding.ehcp.timeline.TimescaleException;
import org.sendfunding.ehcp.timeline.TransferKind;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.spark.timeline.TimelineSchemas;

/**
 * ILLUSTRATIVE EHC needs assessment case histories, seeded, with requests received from 2019 to the
 * as-at date across England's LAs, and their event rows in {@link TimelineSchemas#EVENTS}. The rates
 * (12% refused assessment, 5% refused a plan, 10% with a reg 10(4) exception, disputes, annual reviews,
 * phase transfers, ceased plans) are round figures chosen to reach every deadline rule, not estimates.
 *
 * <pre>{@code
 * List<EhcpCase> cases = GeneratedCases.cases(5_000, 7L, LocalDate.of(2025, 6, 30));
 * List<Row> rows = GeneratedCases.rows(cases.get(0));   // REQUEST_RECEIVED, DECISION_TO_ASSESS, ...
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class GeneratedCases {

  private GeneratedCases() {}

  /**
   * Case histories, no event after the as-at date.
   *
   * @param n the number of cases
   * @param seed the seed
   * @param asOf the as-at date
   * @return the cases, ids {@code C0} … {@code C(n-1)}
   */
  public static List<EhcpCase> cases(int n, long seed, LocalDate asOf) {
    SplittableRandom r = new SplittableRandom(seed);
    List<LocalAuthority> las = LocalAuthorities.england().all();
    LocalDate first = LocalDate.of(2019, 1, 2);
    int span = (int) (asOf.toEpochDay() - first.toEpochDay()) - 1;
    List<EhcpCase> cases = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate request = first.plusDays(r.nextInt(span));
      List<CaseEvent> events = new ArrayList<>();
      EhcpCase.Builder b = EhcpCase.builder().id("C" + i).localAuthority(las.get(r.nextInt(las.size())))
          .requestReceived(request).dateOfBirth(request.minusDays(365L * r.nextInt(2, 18) + r.nextInt(365)));
      if (r.nextDouble() < 0.1) {
        b.addExceptions(TimescaleException.values()[r.nextInt(4)]);
      }
      history(r, request, asOf, events, b);
      events.removeIf(e -> e.date().isAfter(asOf));
      cases.add(b.addAllEvents(events).build());
    }
    return cases;
  }

  /**
   * A case as event rows: its request, events, exceptions and transfers, the date of birth on every row.
   *
   * @param c the case
   * @return rows of {@link TimelineSchemas#EVENTS}
   */
  public static List<Row> rows(EhcpCase c) {
    List<Row> rows = new ArrayList<>();
    Date birth = c.dateOfBirth().map(Date::valueOf).orElse(null);
    int la = c.localAuthority().code();
    rows.add(RowFactory.create(c.id(), la, TimelineSchemas.REQUEST_RECEIVED, Date.valueOf(c.requestReceived()), null, birth));
    for (CaseEvent e : c.events()) {
      rows.add(RowFactory.create(c.id(), la, e.type().name(), Date.valueOf(e.date()), null, birth));
    }
    for (TimescaleException e : c.exceptions()) {
      rows.add(RowFactory.create(c.id(), la, TimelineSchemas.EXCEPTION, Date.valueOf(c.requestReceived()), e.name(), birth));
    }
    for (PhaseTransfer t : c.transfers()) {
      rows.add(RowFactory.create(c.id(), la, TimelineSchemas.PHASE_TRANSFER, Date.valueOf(t.transferDate()),
          t.kind().name(), birth));
    }
    return rows;
  }

  private static void history(SplittableRandom r, LocalDate request, LocalDate asOf, List<CaseEvent> ev, EhcpCase.Builder b) {
    LocalDate decision = request.plusDays(r.nextInt(20, 60));
    if (r.nextDouble() < 0.12) {
      ev.add(CaseEvent.of(EventType.DECISION_NOT_TO_ASSESS, decision));
      disputes(r, decision, ev);
      return;
    }
    ev.add(CaseEvent.of(EventType.DECISION_TO_ASSESS, decision));
    if (r.nextDouble() < 0.5) {
      LocalDate asked = decision.plusDays(r.nextInt(1, 10));
      ev.add(CaseEvent.of(EventType.ADVICE_REQUESTED, asked));
      ev.add(CaseEvent.of(EventType.ADVICE_RECEIVED, asked.plusDays(r.nextInt(20, 70))));
    }
    if (r.nextDouble() < 0.05) {
      LocalDate notIssue = decision.plusDays(r.nextInt(40, 100));
      ev.add(CaseEvent.of(EventType.DECISION_NOT_TO_ISSUE, notIssue));
      disputes(r, notIssue, ev);
      return;
    }
    LocalDate draft = decision.plusDays(r.nextInt(40, 140));
    ev.add(CaseEvent.of(EventType.DRAFT_SERVED, draft));
    LocalDate fin = draft.plusDays(r.nextInt(10, 50));
    ev.add(CaseEvent.of(EventType.FINAL_ISSUED, fin));
    if (r.nextDouble() < 0.1) {
      disputes(r, fin, ev);
    }
    LocalDate anchor = fin;
    while (anchor.isBefore(asOf)) {
      LocalDate meeting = anchor.plusDays(r.nextInt(300, 420));
      ev.add(CaseEvent.of(EventType.REVIEW_MEETING, meeting));
      ev.add(CaseEvent.of(EventType.REVIEW_REPORT_SENT, meeting.plusDays(r.nextInt(3, 25))));
      ev.add(CaseEvent.of(EventType.REVIEW_DECISION, meeting.plusDays(r.nextInt(10, 45))));
      anchor = meeting;
    }
    if (r.nextDouble() < 0.15) {
      LocalDate transfer = LocalDate.of(fin.getYear() + r.nextInt(1, 4), 9, 1);
      b.addTransfers(PhaseTransfer.of(TransferKind.SCHOOL_PHASE, transfer));
      ev.add(CaseEvent.of(EventType.TRANSFER_PLAN_AMENDED, LocalDate.of(transfer.getYear(), 2, r.nextInt(1, 28))));
    }
    if (r.nextDouble() < 0.04) {
      ev.add(CaseEvent.of(EventType.PLAN_CEASED, fin.plusDays(r.nextInt(200, 900))));
    }
  }

  private static void disputes(SplittableRandom r, LocalDate decision, List<CaseEvent> ev) {
    double u = r.nextDouble();
    if (u < 0.4) {
      LocalDate declined = decision.plusDays(r.nextInt(5, 40));
      ev.add(CaseEvent.of(EventType.MEDIATION_DECLINED, declined));
      ev.add(CaseEvent.of(EventType.MEDIATION_CERTIFICATE, declined.plusDays(r.nextInt(1, 6))));
    } else if (u < 0.7) {
      LocalDate asked = decision.plusDays(r.nextInt(5, 40));
      ev.add(CaseEvent.of(EventType.MEDIATION_REQUESTED, asked));
      LocalDate held = asked.plusDays(r.nextInt(10, 45));
      ev.add(CaseEvent.of(EventType.MEDIATION_HELD, held));
      ev.add(CaseEvent.of(EventType.MEDIATION_CERTIFICATE, held.plusDays(r.nextInt(1, 5))));
    }
    if (r.nextDouble() < 0.5) {
      ev.add(CaseEvent.of(EventType.APPEAL_REGISTERED, decision.plusDays(r.nextInt(30, 70))));
    }
  }
}
