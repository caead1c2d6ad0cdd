package org.sendfunding.ehcp.caseload;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sendfunding.ehcp.timeline.CaseEvent;
import org.sendfunding.ehcp.timeline.Deadline;
import org.sendfunding.ehcp.timeline.DeadlineStatus;
import org.sendfunding.ehcp.timeline.EhcpCase;
import org.sendfunding.ehcp.timeline.EventType;
import org.sendfunding.ehcp.timeline.Timeline;
import org.sendfunding.ehcp.timeline.TimelineEngine;
import org.sendfunding.model.authority.LocalAuthority;

/**
 * Computes the DfE-style measures of a caseload: requests, assessments, new plans and the share issued
 * within 20 weeks (including and excluding reg 10(4) exceptions), plans ceased, and review timeliness,
 * by calendar year, for all LAs and for each.
 *
 * <p>A new plan counts in the year its final plan was issued, and is within 20 weeks if its
 * {@code final-plan} deadline (request + 140 days, reg 13(2)) was met; a review counts in the year it
 * fell due. As DfE does, the "excluding exceptions" rate drops cases with an exception from both the
 * numerator and the denominator:
 *
 * <pre>{@code
 * CaseloadReport r = CaseloadMeasures.DEFAULT.report(cases, LocalDate.of(2025, 1, 31));
 * r.year(2024).percentWithin20WeeksExcludingExceptions();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseloadMeasures {

  /** Measures with the default timeline engine and the bundled national series. */
  public static final CaseloadMeasures DEFAULT = new CaseloadMeasures(TimelineEngine.DEFAULT, Sen2Series.england());

  private final TimelineEngine engine;
  private final Sen2Series national;

  private CaseloadMeasures(TimelineEngine engine, Sen2Series national) {
    this.engine = engine;
    this.national = national;
  }

  /**
   * Measures with a chosen engine and national series.
   *
   * @param engine the timeline engine
   * @param national the national series
   * @return the measures
   */
  public static CaseloadMeasures of(TimelineEngine engine, Sen2Series national) {
    return new CaseloadMeasures(engine, national);
  }

  /**
   * The report of a caseload as at a date.
   *
   * @param cases the cases; ids must be unique
   * @param asOf the date statuses are judged at, not before any event
   * @return the report
   * @throws IllegalArgumentException naming a repeated case id
   */
  public CaseloadReport report(Iterable<EhcpCase> cases, LocalDate asOf) {
    Map<Integer, Counts> all = new TreeMap<>();
    Map<Integer, Map<LocalAuthority, Counts>> byLa = new TreeMap<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (EhcpCase c : cases) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("CaseloadMeasures.cases: case id " + c.id() + " appears more than once");
      }
      Timeline t = engine.timeline(c, asOf);
      record(c, t, year -> all.computeIfAbsent(year, y -> new Counts()));
      record(c, t, year -> byLa.computeIfAbsent(year, y -> new TreeMap<>(Comparator.comparingInt(LocalAuthority::code)))
          .computeIfAbsent(c.localAuthority(), la -> new Counts()));
    }
    ImmutableList.Builder<YearMeasures> years = ImmutableList.builder();
    all.forEach((y, n) -> years.add(n.toMeasures(y, Optional.empty())));
    ImmutableList.Builder<YearMeasures> las = ImmutableList.builder();
    byLa.forEach((y, m) -> m.forEach((la, n) -> las.add(n.toMeasures(y, Optional.of(la)))));
    return CaseloadReport.builder().asOf(asOf).byYear(years.build()).byYearAndLocalAuthority(las.build())
        .national(national).build();
  }

  private static void record(EhcpCase c, Timeline t, java.util.function.IntFunction<Counts> at) {
    at.apply(c.requestReceived().getYear()).requests++;
    c.first(EventType.DECISION_TO_ASSESS).ifPresent(e -> at.apply(e.date().getYear()).assessments++);
    Optional<CaseEvent> fin = c.first(EventType.FINAL_ISSUED);
    if (fin.isPresent()) {
      Counts n = at.apply(fin.get().date().getYear());
      boolean inTime = t.find("final-plan").map(d -> d.status() == DeadlineStatus.MET).orElse(false);
      n.newPlans++;
      n.within20 += inTime ? 1 : 0;
      if (!c.exceptionApplies()) {
        n.newPlansExcl++;
        n.within20Excl += inTime ? 1 : 0;
      }
    }
    c.first(EventType.PLAN_CEASED).ifPresent(e -> at.apply(e.date().getYear()).ceased++);
    for (Deadline d : t.deadlines("annual-review")) {
      if (d.status() != DeadlineStatus.PENDING) {
        Counts n = at.apply(d.due().getYear());
        n.reviewsDue++;
        n.reviewsOnTime += d.status() == DeadlineStatus.MET ? 1 : 0;
      }
    }
  }

  /** Mutable tallies, used only inside one call. */
  private static final class Counts {
    int requests;
    int assessments;
    int newPlans;
    int within20;
    int newPlansExcl;
    int within20Excl;
    int ceased;
    int reviewsDue;
    int reviewsOnTime;

    YearMeasures toMeasures(int year, Optional<LocalAuthority> la) {
      return YearMeasures.builder().year(year).localAuthority(la).requests(requests).assessments(assessments)
          .newPlans(newPlans).newPlansWithin20Weeks(within20).newPlansExcludingExceptions(newPlansExcl)
          .newPlansWithin20WeeksExcludingExceptions(within20Excl).ceased(ceased).reviewsDue(reviewsDue)
          .reviewsOnTime(reviewsOnTime).build();
    }
  }
}
