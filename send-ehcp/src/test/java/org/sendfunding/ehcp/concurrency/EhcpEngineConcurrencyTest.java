package org.sendfunding.ehcp.concurrency;

import org.sendfunding.model.testing.Concurrently;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendfunding.ehcp.caseload.CaseloadMeasures;
import org.sendfunding.ehcp.projection.CaseloadSnapshot;
import org.sendfunding.ehcp.projection.CaseloadState;
import org.sendfunding.ehcp.projection.DemandProjector;
import org.sendfunding.ehcp.projection.MomentProjector;
import org.sendfunding.ehcp.projection.ProjectionSettings;
import org.sendfunding.ehcp.projection.TransitionModel;
import org.sendfunding.ehcp.timeline.CaseEvent;
import org.sendfunding.ehcp.timeline.EhcpCase;
import org.sendfunding.ehcp.timeline.EventType;
import org.sendfunding.ehcp.timeline.TimelineEngine;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.SettingType;

/**
 * The send-ehcp engines used from many threads on the same inputs give the single-threaded result,
 * including the seeded Monte Carlo projection (same seed, same draws, on any thread).
 */
class EhcpEngineConcurrencyTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final List<EhcpCase> CASES = randomCases(3L, 600);

  /** Cases across ten LAs, requested through 2023-24, some assessed, some issued, some refused. */
  static List<EhcpCase> randomCases(long seed, int n) {
    Random r = new Random(seed);
    List<LocalAuthority> las = LocalAuthorities.england().all().subList(0, 10);
    List<EhcpCase> cases = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate request = LocalDate.of(2023, 1, 2).plusDays(r.nextInt(700));
      EhcpCase.Builder b = EhcpCase.builder().id("C" + i).localAuthority(las.get(r.nextInt(las.size())))
          .requestReceived(request);
      switch (r.nextInt(4)) {
        case 0:
          b.addEvents(CaseEvent.of(EventType.DECISION_NOT_TO_ASSESS, request.plusDays(20 + r.nextInt(40))));
          break;
        case 1:
          b.addEvents(CaseEvent.of(EventType.DECISION_TO_ASSESS, request.plusDays(20 + r.nextInt(40))));
          break;
        default:
          LocalDate decided = request.plusDays(20 + r.nextInt(40));
          b.addEvents(CaseEvent.of(EventType.DECISION_TO_ASSESS, decided));
          b.addEvents(CaseEvent.of(EventType.FINAL_ISSUED, decided.plusDays(60 + r.nextInt(200))));
      }
      cases.add(b.build());
    }
    return cases;
  }

  @Test
  void timelines_are_identical_on_every_thread() {
    Concurrently.assertSameAsSingleThreaded(() -> CASES.stream()
        .map(c -> TimelineEngine.DEFAULT.timeline(c, AS_OF)).collect(Collectors.toList()), t -> t);
  }

  @Test
  void caseload_report_is_identical_on_every_thread() {
    Concurrently.assertSameAsSingleThreaded(() -> CaseloadMeasures.DEFAULT.report(CASES, AS_OF), r -> r);
  }

  @Test
  void seeded_projections_are_identical_on_every_thread() {
    TransitionModel model = TransitionModel.estimate(snapshots());
    ProjectionSettings settings = ProjectionSettings.of(5, 400, 42L);
    Concurrently.assertSameAsSingleThreaded(() -> DemandProjector.DEFAULT.project(model, settings), p -> p);
    Concurrently.assertSameAsSingleThreaded(() -> MomentProjector.DEFAULT.project(model, settings), p -> p);
  }

  private static List<CaseloadSnapshot> snapshots() {
    List<CaseloadSnapshot> snaps = new ArrayList<>();
    Random r = new Random(5L);
    NeedType[] needs = {NeedType.ASD, NeedType.SEMH, NeedType.SLCN};
    SettingType[] settings = {SettingType.MAINSTREAM_ACADEMY, SettingType.ACADEMY_SPECIAL};
    for (int year = 2021; year <= 2024; year++) {
      CaseloadSnapshot.Builder b = CaseloadSnapshot.builder().year(year);
      for (int i = 0; i < 300; i++) {
        b.putPupils("P" + i, CaseloadState.of(4 + r.nextInt(8) + (year - 2021), needs[r.nextInt(needs.length)],
            settings[r.nextInt(settings.length)]));
      }
      snaps.add(b.build());
    }
    return snaps;
  }
}
