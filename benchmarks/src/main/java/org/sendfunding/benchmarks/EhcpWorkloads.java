package org.sendfunding.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sendfunding.ehcp.projection.CaseloadSnapshot;
import org.sendfunding.ehcp.projection.CaseloadState;
import org.sendfunding.ehcp.projection.TransitionModel;
import org.sendfunding.ehcp.timeline.CaseEvent;
import org.sendfunding.ehcp.timeline.EhcpCase;
import org.sendfunding.ehcp.timeline.EventType;
import org.sendfunding.ehcp.timeline.PhaseTransfer;
import org.sendfunding.ehcp.timeline.TimescaleException;
import org.sendfunding.ehcp.timeline.TransferKind;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.SettingType;

/**
 * Seeded synthetic EHC plan workloads: case histories for the timeline engine and two yearly caseload
 * snapshots per LA for the projectors.
 *
 * <p>Sizes follow the national figures: 638,745 EHC plans in January 2025 (DfE, in send-funding's
 * national-series.csv) is about 4,175 per LA; each LA here gets 4,175 x a seeded factor in [0.5, 1.5).
 * Rates (about 8% leave a year, 3% change setting, joiners about 14% of the caseload; 60% of plans late
 * in some years) are round figures in the range of the DfE series, chosen to exercise every branch, not
 * estimates.
 */
final class EhcpWorkloads {

  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /** The 12 needs a plan can record (not NSA), in census order. */
  private static final NeedType[] NEEDS = java.util.Arrays.copyOf(NeedType.values(), 12);
  /** Relative frequencies of the needs in census order (SPLD ... OTH), roughly the 2025 shares, ASD most common. */
  private static final double[] NEED_WEIGHTS = {3, 8, 6, 1, 15, 20, 35, 1, 1, 0.5, 3, 2};
  private static final SettingType[] SETTINGS = {
      SettingType.MAINSTREAM_MAINTAINED, SettingType.MAINSTREAM_ACADEMY, SettingType.RESOURCED_PROVISION,
      SettingType.MAINTAINED_SPECIAL, SettingType.ACADEMY_SPECIAL, SettingType.INDEPENDENT_SPECIAL,
      SettingType.NON_MAINTAINED_SPECIAL, SettingType.POST_16_FE, SettingType.ALTERNATIVE_PROVISION};
  private static final double[] SETTING_WEIGHTS = {20, 20, 4, 18, 14, 8, 2, 12, 2};

  private EhcpWorkloads() {}

  /** {@code n} case histories across England's LAs, requests received from 2019 to mid 2025. */
  static List<EhcpCase> cases(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<LocalAuthority> las = LocalAuthorities.england().all();
    LocalDate first = LocalDate.of(2019, 1, 2);
    int span = (int) (AS_OF.toEpochDay() - first.toEpochDay()) - 1;
    List<EhcpCase> cases = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate request = first.plusDays(r.nextInt(span));
      List<CaseEvent> events = new ArrayList<>();
      EhcpCase.Builder b = EhcpCase.builder().id("C" + i).localAuthority(las.get(r.nextInt(las.size())))
          .requestReceived(request).dateOfBirth(request.minusDays(365L * r.nextInt(2, 18) + r.nextInt(365)));
      if (r.nextDouble() < 0.1) {
        b.addExceptions(TimescaleException.values()[r.nextInt(4)]);
      }
      build(r, request, events, b);
      events.removeIf(e -> e.date().isAfter(AS_OF));
      cases.add(b.addAllEvents(events).build());
    }
    return cases;
  }

  private static void build(SplittableRandom r, LocalDate request, List<CaseEvent> ev, EhcpCase.Builder b) {
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
    while (anchor.isBefore(AS_OF)) {
      LocalDate meeting = anchor.plusDays(r.nextInt(300, 420));
      if (r.nextDouble() < 0.3) {
        ev.add(CaseEvent.of(EventType.REVIEW_NOTICE_SENT, meeting.minusDays(r.nextInt(7, 30))));
      }
      ev.add(CaseEvent.of(EventType.REVIEW_MEETING, meeting));
      ev.add(CaseEvent.of(EventType.REVIEW_REPORT_SENT, meeting.plusDays(r.nextInt(3, 25))));
      ev.add(CaseEvent.of(EventType.REVIEW_DECISION, meeting.plusDays(r.nextInt(10, 45))));
      if (r.nextDouble() < 0.1) {
        LocalDate proposed = meeting.plusDays(r.nextInt(20, 50));
        ev.add(CaseEvent.of(EventType.AMENDMENT_PROPOSED, proposed));
        ev.add(CaseEvent.of(EventType.AMENDED_PLAN_ISSUED, proposed.plusDays(r.nextInt(30, 90))));
      }
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

  /** Mediation and appeal events after an appealable decision. */
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

  /** One transition model per LA in England, each from two synthetic snapshots (2024 and 2025). */
  static List<TransitionModel> models(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<TransitionModel> models = new ArrayList<>();
    for (LocalAuthority la : LocalAuthorities.england().all()) {
      models.add(model(la, (int) Math.round(4175 * (0.5 + r.nextDouble())), r.split()));
    }
    return models;
  }

  static TransitionModel model(LocalAuthority la, int size, SplittableRandom r) {
    CaseloadSnapshot.Builder a = CaseloadSnapshot.builder().year(2024).localAuthority(la);
    CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(2025).localAuthority(la);
    for (int i = 0; i < size; i++) {
      int ncy = ncy(r);
      NeedType need = NEEDS[pick(r, NEED_WEIGHTS)];
      SettingType setting = SETTINGS[pick(r, SETTING_WEIGHTS)];
      a.putPupils("P" + i, CaseloadState.of(ncy, need, setting));
      double u = r.nextDouble();
      if (ncy < CaseloadState.MAX_NCY && u < 0.89) {
        b.putPupils("P" + i, CaseloadState.of(ncy + 1, need, setting));
      } else if (ncy < CaseloadState.MAX_NCY && u < 0.92) {
        b.putPupils("P" + i, CaseloadState.of(ncy + 1, need, SETTINGS[pick(r, SETTING_WEIGHTS)]));
      }
    }
    for (int j = 0; j < size * 14 / 100; j++) {
      b.putPupils("J" + j, CaseloadState.of(ncy(r), NEEDS[pick(r, NEED_WEIGHTS)], SETTINGS[pick(r, SETTING_WEIGHTS)]));
    }
    return TransitionModel.estimate(List.of(a.build(), b.build()));
  }

  /** NCY -2 to 19, most in 1 to 13. */
  private static int ncy(SplittableRandom r) {
    return r.nextDouble() < 0.85 ? r.nextInt(1, 14) : r.nextInt(-2, 20);
  }

  private static int pick(SplittableRandom r, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = r.nextDouble() * total;
    for (int i = 0; i < weights.length - 1; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
