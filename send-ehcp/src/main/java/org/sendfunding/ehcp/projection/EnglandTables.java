package org.sendfunding.ehcp.projection;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.sendfunding.data.england.Area;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.data.england.Figure;
import org.sendfunding.data.england.Indicator;
import org.sendfunding.data.england.Period;
import org.sendfunding.data.england.Series;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.pupil.NeedType;

/**
 * The calibration's input ({@link PublishedTables}) for England's 153 LAs, read from DfE's published
 * per-LA statistics embedded in send-data ({@link EnglandStatistics}; Department for Education,
 * "Education, health and care plans", explore-education-statistics.service.gov.uk, Open Government
 * Licence v3.0).
 *
 * <pre>{@code
 * PublishedTables all = EnglandTables.england(EnglandStatistics.england());
 * all.count(PublishedTable.CASELOAD, 202, 2025, "");            // Optional[...]: Camden, January 2025
 * PublishedTables fit = EnglandTables.publishedBy(EnglandStatistics.england(), 2023);
 * fit.count(PublishedTable.CASELOAD, 202, 2024, "");            // Optional.empty(): not yet published
 * }</pre>
 *
 * <p>What each table is made of: the January caseload ({@code ehc_plans}, 2015 onwards, the years of
 * EHC plans), by placement (the SEN2 placement columns, 2019 onwards), by single year of age (2024,
 * 2025; "under 3" given as age 2) and by primary need (2025); per calendar year new plans, ceased plans,
 * requests received and assessments completed (2019 to 2024). The LAs created by a reorganisation
 * (Bournemouth, Christchurch and Poole and Dorset in 2019; North and West Northamptonshire in 2021;
 * Cumberland and Westmorland and Furness in 2023) carry their predecessors' years as send-data's
 * {@code Reorganisation} says ({@link EnglandStatistics#series(int, Indicator)}: the predecessors' figure
 * split by the successor's share in the first year both successors are published), and the count's
 * source says so. A figure DfE did not publish for an LA is given as unavailable, so every LA is in
 * every table and year the others are. A count in an LA's row equal to its whole region's count is
 * the region's printed in the wrong row and is given as unavailable, its source saying
 * {@value #REGION_COPY} (the 2025 release gives each Yorkshire and The Humber LA the region's 6,078 new
 * plans of calendar 2022; York's sex breakdown of the same row adds to 100).
 *
 * <p>{@link #publishedBy} keeps what had been published by a January: caseloads to that January, flows
 * to the calendar year before it. One exception, stated in every back-test: the embedded tables hold
 * single ages only from January 2024 (the 2022 release's age bands are not embedded), so the earliest
 * later year of ages is kept, and the calibrator uses it only as the shape over ages of the cut-off
 * January's published total; likewise the need mix (January 2025), which moves no total. This class is
 * immutable and thread-safe.
 */
public final class EnglandTables {

  /** The first January of EHC plans (before it, SEN2 counted statements). */
  public static final int FIRST_YEAR = 2015;

  private static final ImmutableMap<Indicator, Placement> PLACEMENTS = ImmutableMap.<Indicator, Placement>builder()
      .put(Indicator.MAINSTREAM_TOTAL, Placement.MAINSTREAM)
      .put(Indicator.SPECIAL_LA_MAINTAINED, Placement.SPECIAL_LA_MAINTAINED)
      .put(Indicator.SPECIAL_ACADEMY_FREE, Placement.SPECIAL_ACADEMY_FREE)
      .put(Indicator.SPECIAL_INDEPENDENT, Placement.SPECIAL_INDEPENDENT)
      .put(Indicator.SPECIAL_NON_MAINTAINED, Placement.SPECIAL_NON_MAINTAINED)
      .put(Indicator.AP_PRU_TOTAL, Placement.AP_PRU)
      .put(Indicator.FE_TOTAL, Placement.FURTHER_EDUCATION)
      .put(Indicator.NM_EARLY_YEARS, Placement.EARLY_YEARS)
      .put(Indicator.ED_ELSEWHERE, Placement.ELSEWHERE)
      .put(Indicator.NEET, Placement.NEET)
      .put(Indicator.PLACEMENT_UNKNOWN, Placement.UNKNOWN)
      .build();

  private static final ImmutableMap<Indicator, String> NEEDS = ImmutableMap.<Indicator, String>builder()
      .put(Indicator.NEED_ASD, NeedType.ASD.censusCode()).put(Indicator.NEED_HI, NeedType.HI.censusCode())
      .put(Indicator.NEED_MLD, NeedType.MLD.censusCode()).put(Indicator.NEED_MSI, NeedType.MSI.censusCode())
      .put(Indicator.NEED_OTH, NeedType.OTH.censusCode()).put(Indicator.NEED_PD, NeedType.PD.censusCode())
      .put(Indicator.NEED_PMLD, NeedType.PMLD.censusCode()).put(Indicator.NEED_SEMH, NeedType.SEMH.censusCode())
      .put(Indicator.NEED_SLCN, NeedType.SLCN.censusCode()).put(Indicator.NEED_SLD, NeedType.SLD.censusCode())
      .put(Indicator.NEED_SPLD, NeedType.SPLD.censusCode()).put(Indicator.NEED_VI, NeedType.VI.censusCode())
      .put(Indicator.NEED_NEED_UNKNOWN, "UNKNOWN")
      .build();

  private static final ImmutableMap<Indicator, PublishedTable> FLOWS = ImmutableMap.of(
      Indicator.FLOWS_NEW_EHC_PLANS, PublishedTable.NEW_PLANS,
      Indicator.FLOWS_EHC_PLANS_CEASED, PublishedTable.CEASED_PLANS,
      Indicator.FLOWS_REQUESTS_RECEIVED, PublishedTable.REQUESTS,
      Indicator.FLOWS_ASSESSMENTS_COMPLETED, PublishedTable.ASSESSMENTS);

  /**
   * Said in the source of a figure left out because it equals its region's total: the rule that a count
   * in an LA's row equal to the count of its whole region (of several LAs) is the region's, printed in
   * the wrong row, not the LA's.
   */
  public static final String REGION_COPY = "refused: equals its region's total, not the LA's figure";

  private EnglandTables() {}

  /**
   * Every year of the embedded tables, for England's 153 current LAs.
   *
   * @param stats the statistics
   * @return the tables
   * @throws IllegalArgumentException listing every unsound figure (a negative count, a fractional count)
   */
  public static PublishedTables england(EnglandStatistics stats) {
    return build(stats, y -> true, y -> true, y -> true, y -> true);
  }

  /**
   * What had been published by January {@code january}: caseloads to that January, flows to the calendar
   * year before; ages and needs only as the earliest year published (a shape, see the class comment).
   *
   * @param stats the statistics
   * @param january the cut-off January, from {@value #FIRST_YEAR}
   * @return the tables
   */
  public static PublishedTables publishedBy(EnglandStatistics stats, int january) {
    Preconditions.checkArgument(january >= FIRST_YEAR, "EnglandTables.january: %s, EHC plans start in January %s",
        january, FIRST_YEAR);
    int firstAges = first(stats, Indicator.AGE_EHC_PLANS);
    int firstNeeds = first(stats, Indicator.NEED_ASD);
    return build(stats, y -> y <= january, y -> y < january,
        y -> y <= january || y == firstAges, y -> y <= january || y == firstNeeds);
  }

  private static int first(EnglandStatistics stats, Indicator m) {
    return stats.periods(m).first().year();
  }

  private static PublishedTables build(EnglandStatistics stats, IntPredicate january, IntPredicate calendar,
      IntPredicate ages, IntPredicate needs) {
    ImmutableList<LocalAuthority> las = LocalAuthorities.england().all();
    List<PublishedCount> counts = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (LocalAuthority la : las) {
      add(stats, counts, problems, stats.series(la.code(), Indicator.EHC_PLANS), PublishedTable.CASELOAD, "",
          y -> y >= FIRST_YEAR && january.test(y), la);
      for (Map.Entry<Indicator, Placement> e : PLACEMENTS.entrySet()) {
        add(stats, counts, problems, stats.series(la.code(), e.getKey()), PublishedTable.CASELOAD_BY_PLACEMENT,
            e.getValue().name(), january, la);
      }
      for (String breakdown : stats.breakdowns(Indicator.AGE_EHC_PLANS)) {
        String age = breakdown.equals("under 3") ? "2" : breakdown.replace("age ", "");
        add(stats, counts, problems, stats.series(la.code(), Indicator.AGE_EHC_PLANS, breakdown,
            org.sendfunding.data.england.Carry.SPLIT_BY_SHARE), PublishedTable.CASELOAD_BY_AGE, age, ages, la);
      }
      for (Map.Entry<Indicator, String> e : NEEDS.entrySet()) {
        add(stats, counts, problems, stats.series(la.code(), e.getKey()), PublishedTable.CASELOAD_BY_NEED, e.getValue(),
            needs, la);
      }
      for (Map.Entry<Indicator, PublishedTable> e : FLOWS.entrySet()) {
        add(stats, counts, problems, stats.series(la.code(), e.getKey()), e.getValue(), "", calendar, la);
      }
    }
    Preconditions.checkArgument(problems.isEmpty(), "EnglandTables: %s problem(s):\n  %s", problems.size(),
        String.join("\n  ", problems));
    return PublishedTables.builder().addAllAuthorities(las).addAllCounts(counts).build();
  }

  /** One series' periods kept by {@code keep}; a figure not available is given as unavailable. */
  private static void add(EnglandStatistics stats, List<PublishedCount> out, List<String> problems, Series s, PublishedTable table, String key,
      IntPredicate keep, LocalAuthority la) {
    for (Map.Entry<Period, Figure> e : s.figures().entrySet()) {
      int year = e.getKey().year();
      if (!keep.test(year)) {
        continue;
      }
      Figure f = e.getValue();
      String source = f.measure().table().resource() + " " + e.getKey() + " LA " + la.code()
          + f.derivation().map(d -> " (derived: " + d + ")").orElse("");
      Optional<java.math.BigDecimal> v = f.value();
      if (v.isEmpty()) {
        out.add(PublishedCount.unavailable(table, la.code(), year, key, source));
        continue;
      }
      Optional<java.math.BigDecimal> region = stats.figure(f.measure(), Area.region(la.region().displayName()),
          e.getKey(), f.breakdown()).value();
      if (region.isPresent() && region.get().signum() > 0 && region.get().compareTo(v.get()) == 0) {
        // A regional total printed in an LA's row (DfE's 2025 release gives every Yorkshire and The Humber LA
        // the region's 6,078 new plans of 2022): not the LA's figure, so not used.
        out.add(PublishedCount.unavailable(table, la.code(), year, key, source + " " + REGION_COPY + " ("
            + v.get().toPlainString() + ")"));
        continue;
      }
      try {
        out.add(PublishedCount.of(table, la.code(), year, key, v.get().longValueExact(), source));
      } catch (ArithmeticException x) {
        problems.add(source + ": " + v.get() + " is not a whole number of plans");
      }
    }
  }
}
