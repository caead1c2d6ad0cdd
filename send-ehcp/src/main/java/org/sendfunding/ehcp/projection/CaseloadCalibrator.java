package org.sendfunding.ehcp.projection;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.SettingType;

/**
 * Estimates an LA's {@link TransitionModel} from the tables DfE publishes per LA ({@link PublishedTables}):
 * the January caseload by age, placement and need, new and ceased plans per calendar year (by age where
 * published). The model starts from the January of the base year and is estimated only from figures up to
 * it (flows of the calendar years before it), so a calibration at 2023 can be tested against 2024 and 2025.
 *
 * <pre>{@code
 * Calibration c = CaseloadCalibrator.DEFAULT.calibrate(tables, 202, 2025);
 * DemandProjection p = LockstepProjector.DEFAULT.project(c.model(), ProjectionSettings.of(10, 1000, 42L));
 * System.out.print(c.toText());
 * }</pre>
 *
 * <p>How each part is estimated (docs/projection.md gives the reasons and the comparison with witan.send):
 * <ul>
 *   <li><b>Ages and NCYs.</b> A plan of January age {@code a} (0 to 25; SEN2's "under 3" is given as 2)
 *       is in NCY {@code a - 5}, which maps the published ages onto the model's NCYs -5 to 20; everyone
 *       ages a year a year, and plans at 25 cease. Without the base January's ages, its total is spread
 *       by an earlier year's ages, else an earlier year's age bands (single ages within a band shaped by
 *       a later year's ages, or evenly), else a later year's ages, else the group's.
 *   <li><b>Leavers and joiners by age.</b> Calendar year {@code y}'s flows are taken as the change from
 *       January {@code y} to January {@code y + 1}. Where ceased plans and new plans by age are published,
 *       they are the leavers and joiners. Otherwise, from the caseload by age in two consecutive Januaries,
 *       each cohort's change {@code D = N(a + 1, y + 1) - N(a, y)} is split into the smallest flows that
 *       explain it (a fall is leavers, a rise joiners), plus the churn the published totals of ceased and
 *       new plans show beyond those, spread over ages in proportion to the stock (the mean of the two
 *       totals' excess, each the same plan-years counted from the other side). Years are pooled.
 *   <li><b>Small counts.</b> Every rate is shrunk towards the rate pooled over the LA's region, or England
 *       when fewer than {@value #MIN_GROUP} LAs of the region have figures ({@link EmpiricalBayes}: a
 *       beta-binomial posterior mean with the strength estimated from how much the group's LAs differ).
 *       Leaving rates are shrunk age by age; the shares of joiners by age and of needs as a Dirichlet with
 *       one strength, the median of the ages' or needs' strengths.
 *   <li><b>Joiners a year</b>: the new plans of the calendar year before the base January.
 *   <li><b>Placements by age.</b> Placements are published for all ages together, ages for all placements:
 *       the table of setting by age is fitted to both margins by iterative proportional fitting, from a
 *       table of which settings take which ages ({@link #eligible}). Plans elsewhere, NEET or with no known
 *       placement have no setting in the model and are spread over the others.
 *   <li><b>Need</b> is published only as the LA's mix over all ages: every age and setting gets it.
 *   <li><b>Movers.</b> The tables publish no movements between settings, so a plan keeps its need and
 *       setting while the setting takes its age, and moves by next year's age mix when it no longer does
 *       (early years to school at 5, school to further education after 19).
 * </ul>
 * Where a table the LA needs is missing for the base year, the nearest earlier year is used, then the
 * nearest later year, then the group's pooled figures; each such choice is a note, and
 * {@link Calibration#sufficientData()} is false when one was needed or the LA's own figures weigh less
 * than half in an estimate. A base year without the LA's January caseload is refused. This class is
 * immutable and thread-safe.
 */
public final class CaseloadCalibrator {

  /** Ages 0 to 25. */
  static final int AGES = 26;
  /** A region needs figures from at least this many LAs before its pooled rates are used, else England's. */
  static final int MIN_GROUP = 3;

  /** The calibrator. */
  public static final CaseloadCalibrator DEFAULT = new CaseloadCalibrator();

  private static final SettingType[] SETTINGS = SettingType.values();
  /** The needs a plan can record. */
  private static final NeedType[] NEEDS =
      Arrays.stream(NeedType.values()).filter(n -> n != NeedType.NSA).toArray(NeedType[]::new);

  private CaseloadCalibrator() {}

  /**
   * Whether a setting takes plans at an age: early years 0-4; mainstream, maintained and academy special
   * schools 2-19; alternative provision 5-18; independent and non-maintained special schools and colleges
   * 2-25 (specialist post-16 institutions are mostly independent); further education 16-25. A modelling
   * assumption, not a published table.
   */
  static boolean eligible(SettingType s, int age) {
    switch (s) {
      case EARLY_YEARS:
        return age <= 4;
      case ALTERNATIVE_PROVISION:
        return age >= 5 && age <= 18;
      case POST_16_FE:
        return age >= 16;
      case INDEPENDENT_SPECIAL:
      case NON_MAINTAINED_SPECIAL:
        return age >= 2;
      default:
        return age >= 2 && age <= 19;
    }
  }

  /**
   * Calibrates one LA.
   *
   * @param tables the published tables
   * @param laCode the LA's DfE code, one of the tables' authorities
   * @param baseYear the January to project from; figures after it are not used
   * @return the calibration
   * @throws IllegalArgumentException if the LA is not in the tables or has no January caseload for the base year
   */
  public Calibration calibrate(PublishedTables tables, int laCode, int baseYear) {
    return new Fit(tables, baseYear).calibrate(laCode);
  }

  /**
   * Calibrates every LA of the tables, in the order of their authorities, sharing the pooled figures.
   *
   * @param tables the published tables
   * @param baseYear the January to project from
   * @return one calibration per LA
   * @throws IllegalArgumentException listing every LA without a January caseload for the base year
   */
  public ImmutableList<Calibration> calibrateAll(PublishedTables tables, int baseYear) {
    List<String> missing = tables.authorities().stream()
        .filter(la -> tables.count(PublishedTable.CASELOAD, la.code(), baseYear, "").isEmpty()
            && tables.byAge(PublishedTable.CASELOAD_BY_AGE, la.code(), baseYear).isEmpty())
        .map(la -> la.code() + " " + la.name()).collect(Collectors.toList());
    Preconditions.checkArgument(missing.isEmpty(),
        "CaseloadCalibrator.baseYear: no January %s caseload for LA(s) %s", baseYear, missing);
    Fit fit = new Fit(tables, baseYear);
    return tables.authorities().stream().map(la -> fit.calibrate(la.code())).collect(ImmutableList.toImmutableList());
  }

  /** Leavers, exposure and joiners by age pooled over the years with flows, for one LA. */
  static final class Flows {
    final double[] leavers = new double[AGES];
    final double[] exposure = new double[AGES];
    final double[] joiners = new double[AGES];
    final List<String> how = new ArrayList<>();

    double exposureTotal() {
      return Arrays.stream(exposure).sum();
    }

    double joinersTotal() {
      return Arrays.stream(joiners).sum();
    }
  }

  /**
   * The flows of calendar years {@code y < baseYear} of one LA, from the published flows by age where
   * there are any, else from consecutive caseloads by age (see the class comment).
   */
  static Flows flows(PublishedTables t, int la, int baseYear) {
    Flows f = new Flows();
    TreeSet<Integer> years = new TreeSet<>(t.years(PublishedTable.CASELOAD_BY_AGE, la));
    for (int y : years) {
      if (y + 1 > baseYear) {
        continue;
      }
      long[] n0 = t.byAge(PublishedTable.CASELOAD_BY_AGE, la, y).orElseThrow();
      Optional<long[]> ceasedByAge = t.byAge(PublishedTable.CEASED_PLANS_BY_AGE, la, y);
      Optional<long[]> newByAge = t.byAge(PublishedTable.NEW_PLANS_BY_AGE, la, y);
      if (ceasedByAge.isPresent() && newByAge.isPresent()) {
        for (int a = 0; a < AGES; a++) {
          f.exposure[a] += n0[a];
          f.leavers[a] += Math.min(n0[a], ceasedByAge.get()[a]);
          f.joiners[a] += newByAge.get()[a];
        }
        f.how.add(y + ": ceased and new plans by age");
        continue;
      }
      Optional<long[]> next = t.byAge(PublishedTable.CASELOAD_BY_AGE, la, y + 1);
      if (next.isEmpty()) {
        continue;
      }
      long[] n1 = next.get();
      double[] lMin = new double[AGES];
      double[] jMin = new double[AGES];
      jMin[0] = n1[0];
      for (int a = 0; a + 1 < AGES; a++) {
        long d = n1[a + 1] - n0[a];
        lMin[a] = Math.max(0, -d);
        jMin[a + 1] = Math.max(0, d);
      }
      lMin[AGES - 1] = n0[AGES - 1];
      double sumL = Arrays.stream(lMin).sum();
      double sumJ = Arrays.stream(jMin).sum();
      Optional<Long> ceased = t.count(PublishedTable.CEASED_PLANS, la, y, "");
      Optional<Long> made = t.count(PublishedTable.NEW_PLANS, la, y, "");
      double churn = 0;
      int sides = 0;
      if (ceased.isPresent()) {
        churn += ceased.get() - sumL;
        sides++;
      }
      if (made.isPresent()) {
        churn += made.get() - sumJ;
        sides++;
      }
      churn = sides == 0 ? 0 : Math.max(0, churn / sides);
      double stock = 0;
      for (int a = 0; a + 1 < AGES; a++) {
        stock += n0[a];
      }
      for (int a = 0; a < AGES; a++) {
        f.exposure[a] += n0[a];
        if (a + 1 < AGES) {
          double x = stock > 0 ? Math.min(churn * n0[a] / stock, n0[a] - lMin[a]) : 0;
          f.leavers[a] += lMin[a] + x;
          f.joiners[a + 1] += jMin[a + 1] + x;
        } else {
          f.leavers[a] += lMin[a];
        }
      }
      f.joiners[0] += jMin[0];
      f.how.add(y + ": caseload by age in January " + y + " and " + (y + 1) + ", cohort changes"
          + (sides == 2 ? " and the churn of ceased and new plans" : sides == 1 ? " and the churn of "
          + (ceased.isPresent() ? "ceased" : "new") + " plans" : " only (no flow totals)"));
    }
    return f;
  }

  /** One calibration run: the base year and every LA's flows, computed once. */
  private static final class Fit {
    final PublishedTables t;
    final int baseYear;
    final Map<Integer, Flows> flows = new HashMap<>();

    Fit(PublishedTables t, int baseYear) {
      this.t = t;
      this.baseYear = baseYear;
      for (LocalAuthority la : t.authorities()) {
        flows.put(la.code(), CaseloadCalibrator.flows(t, la.code(), baseYear));
      }
    }

    /** The LA's region's LAs with data, or every LA with data if the region has fewer than MIN_GROUP. */
    List<LocalAuthority> group(LocalAuthority la, java.util.function.Predicate<LocalAuthority> hasData) {
      List<LocalAuthority> region = t.authorities().stream().filter(x -> x.region() == la.region())
          .filter(hasData).collect(Collectors.toList());
      return region.size() >= MIN_GROUP ? region
          : t.authorities().stream().filter(hasData).collect(Collectors.toList());
    }

    /** The name of a group made by {@link #group}: the region's, or "England". */
    String groupName(LocalAuthority la, List<LocalAuthority> group) {
      return group.size() >= MIN_GROUP && group.stream().allMatch(x -> x.region() == la.region())
          ? la.region().displayName() : "England";
    }

    Calibration calibrate(int laCode) {
      LocalAuthority la = t.authorities().stream().filter(x -> x.code() == laCode).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(
              "CaseloadCalibrator.laCode: LA " + laCode + " is not among the tables' authorities"));
      List<String> notes = new ArrayList<>();
      boolean[] sufficient = {true};
      long[] base = baselineByAge(la, notes, sufficient);
      long total = Arrays.stream(base).sum();

      // Leaving by age.
      Flows own = flows.get(laCode);
      List<LocalAuthority> leaveGroup = group(la, x -> flows.get(x.code()).exposureTotal() > 0);
      String pooledTowards = groupName(la, leaveGroup);
      double[] leave = new double[AGES];
      if (own.exposureTotal() == 0 && leaveGroup.isEmpty()) {
        double rate = overallLeavingRate(la, notes);
        Arrays.fill(leave, rate);
        sufficient[0] = false;
      } else {
        double ownWeight = 0;
        double allWeight = 0;
        for (int a = 0; a < AGES; a++) {
          double[] x = new double[leaveGroup.size()];
          double[] n = new double[leaveGroup.size()];
          for (int i = 0; i < x.length; i++) {
            Flows g = flows.get(leaveGroup.get(i).code());
            x[i] = g.leavers[a];
            n[i] = g.exposure[a];
          }
          double p = EmpiricalBayes.pooled(x, n);
          double m = EmpiricalBayes.strength(x, n);
          if (Double.isNaN(p)) {
            // Nobody in the group held plans at this age: the nearest younger age's rate.
            leave[a] = a > 0 ? leave[a - 1] : 0.0;
            continue;
          }
          leave[a] = Math.min(1.0, EmpiricalBayes.shrink(own.leavers[a], own.exposure[a], p, m));
          ownWeight += own.exposure[a];
          allWeight += own.exposure[a] + Math.min(m, EmpiricalBayes.FULL_POOLING);
        }
        double w = allWeight > 0 ? ownWeight / allWeight : 0;
        notes.add(String.format(Locale.UK, "leaving by age: own figures %s weigh %.0f%% against %s's pooled rates (%d LAs)",
            own.how.isEmpty() ? "(none)" : own.how, 100 * w, pooledTowards, leaveGroup.size()));
        if (w < 0.5) {
          sufficient[0] = false;
          notes.add("leaving by age: too little data of its own; the rates are mostly " + pooledTowards + "'s");
        }
      }
      leave[AGES - 1] = 1.0;

      // Joiners by age and a year.
      List<LocalAuthority> joinGroup = group(la, x -> flows.get(x.code()).joinersTotal() > 0);
      double[] joinShares = shares(own.joiners, joinGroup, x -> flows.get(x.code()).joiners, AGES);
      if (joinShares == null) {
        joinShares = new double[AGES];
        for (int a = 0; a < AGES; a++) {
          joinShares[a] = total > 0 ? (double) base[a] / total : 1.0 / AGES;
        }
        notes.add("joiners by age: no flows by age anywhere; new plans take the ages of the January caseload");
        sufficient[0] = false;
      } else {
        double w = weight(own.joiners, joinGroup, x -> flows.get(x.code()).joiners, AGES);
        notes.add(String.format(Locale.UK, "joiners by age: own figures weigh %.0f%% against %s's pooled shares (%d LAs)",
            100 * w, groupName(la, joinGroup), joinGroup.size()));
        if (w < 0.5) {
          sufficient[0] = false;
          notes.add("joiners by age: too little data of its own; the shares are mostly " + groupName(la, joinGroup) + "'s");
        }
      }
      double joinersPerYear = joinersPerYear(la, own, notes, sufficient);

      // Need mix.
      double[] needs = needShares(la, notes, sufficient);
      // Setting mix by age.
      double[][] settingByAge = settingsByAge(la, base, notes, sufficient);

      TransitionModel model = build(la, baseYear, base, leave, joinShares, joinersPerYear, needs, settingByAge);
      ImmutableMap.Builder<NeedType, Double> needMap = ImmutableMap.builder();
      for (int k = 0; k < NEEDS.length; k++) {
        needMap.put(NEEDS[k], needs[k]);
      }
      ImmutableList.Builder<ImmutableMap<SettingType, Double>> byAge = ImmutableList.builder();
      for (int a = 0; a < AGES; a++) {
        ImmutableMap.Builder<SettingType, Double> m = ImmutableMap.builder();
        for (int k = 0; k < SETTINGS.length; k++) {
          if (settingByAge[a][k] > 0) {
            m.put(SETTINGS[k], settingByAge[a][k]);
          }
        }
        byAge.add(m.build());
      }
      return Calibration.builder().localAuthority(la).baseYear(baseYear).model(model)
          .baselineByAge(Arrays.stream(base).mapToObj(x -> (int) x).collect(ImmutableList.toImmutableList()))
          .leaverRates(Arrays.stream(leave).boxed().collect(ImmutableList.toImmutableList()))
          .joinersPerYear(joinersPerYear)
          .joinerAgeShares(Arrays.stream(joinShares).boxed().collect(ImmutableList.toImmutableList()))
          .needShares(needMap.build()).settingSharesByAge(byAge.build()).pooledTowards(pooledTowards)
          .sufficientData(sufficient[0]).notes(notes).build();
    }

    /** The January base-year caseload by age: published, or the total spread by the nearest age mix. */
    long[] baselineByAge(LocalAuthority la, List<String> notes, boolean[] sufficient) {
      Optional<long[]> byAge = t.byAge(PublishedTable.CASELOAD_BY_AGE, la.code(), baseYear);
      Optional<Long> total = t.count(PublishedTable.CASELOAD, la.code(), baseYear, "");
      if (byAge.isPresent()) {
        long sum = Arrays.stream(byAge.get()).sum();
        if (total.isPresent() && total.get() != sum) {
          notes.add("baseline: the ages sum to " + sum + ", the January " + baseYear + " total is " + total.get()
              + "; the ages are used");
        }
        return byAge.get();
      }
      Preconditions.checkArgument(total.isPresent(),
          "CaseloadCalibrator.baseYear: LA %s %s has no January %s caseload (total or by age)", la.code(), la.name(),
          baseYear);
      sufficient[0] = false;
      NavigableSet<Integer> years = t.years(PublishedTable.CASELOAD_BY_AGE, la.code());
      Integer before = years.floor(baseYear);
      Integer after = years.ceiling(baseYear);
      double[] mix = new double[AGES];
      Integer bandYear = t.years(PublishedTable.CASELOAD_BY_AGE_BAND, la.code()).floor(baseYear);
      if (before == null && bandYear != null) {
        // Age bands of an earlier (or the same) January: the bands' shares, single ages within a band
        // shaped by the LA's nearest caseload by age, or evenly if it has none.
        Map<String, Long> bands = t.row(PublishedTable.CASELOAD_BY_AGE_BAND, la.code(), bandYear);
        long[] shape = after != null ? t.byAge(PublishedTable.CASELOAD_BY_AGE, la.code(), after).orElseThrow() : null;
        for (int b = 0; b < PublishedTable.BANDS.length; b++) {
          long count = bands.getOrDefault(PublishedTable.BANDS[b], 0L);
          int lo = PublishedTable.BAND_AGES[b][0];
          int hi = PublishedTable.BAND_AGES[b][1];
          double within = 0;
          for (int a = lo; a <= hi; a++) {
            within += shape == null ? 1 : shape[a];
          }
          for (int a = lo; a <= hi; a++) {
            double w = within > 0 ? (shape == null ? 1 : shape[a]) / within : 1.0 / (hi - lo + 1);
            mix[a] = count * w;
          }
        }
        notes.add("baseline: no caseload by age for January " + baseYear + "; the total " + total.get()
            + " is spread by the age bands of January " + bandYear + ", single ages within a band "
            + (shape == null ? "evenly" : "by the ages of January " + after + " (a later year)"));
        return largestRemainder(mix, total.get());
      }
      if (before != null || after != null) {
        int y = before != null ? before : after;
        long[] ages = t.byAge(PublishedTable.CASELOAD_BY_AGE, la.code(), y).orElseThrow();
        for (int a = 0; a < AGES; a++) {
          mix[a] = ages[a];
        }
        notes.add("baseline: no caseload by age for January " + baseYear + "; the total " + total.get()
            + " is spread by the ages of January " + y + (before == null ? " (a later year)" : ""));
      } else {
        List<LocalAuthority> g = group(la, x -> !t.years(PublishedTable.CASELOAD_BY_AGE, x.code()).isEmpty());
        for (LocalAuthority x : g) {
          NavigableSet<Integer> ys = t.years(PublishedTable.CASELOAD_BY_AGE, x.code());
          Integer y = ys.floor(baseYear) != null ? ys.floor(baseYear) : ys.ceiling(baseYear);
          long[] ages = t.byAge(PublishedTable.CASELOAD_BY_AGE, x.code(), y).orElseThrow();
          for (int a = 0; a < AGES; a++) {
            mix[a] += ages[a];
          }
        }
        Preconditions.checkArgument(Arrays.stream(mix).sum() > 0,
            "CaseloadCalibrator: no caseload by age for any LA, so the ages of LA %s's plans cannot be estimated",
            la.code());
        notes.add("baseline: no caseload by age for the LA; the total " + total.get() + " is spread by "
            + groupName(la, g) + "'s ages");
      }
      return largestRemainder(mix, total.get());
    }

    /** The LA's ceased plans of the last calendar year over its plans of that January, for every age. */
    double overallLeavingRate(LocalAuthority la, List<String> notes) {
      for (int y = baseYear - 1; y >= baseYear - 5; y--) {
        Optional<Long> ceased = t.count(PublishedTable.CEASED_PLANS, la.code(), y, "");
        Optional<Long> stock = t.count(PublishedTable.CASELOAD, la.code(), y, "");
        if (ceased.isPresent() && stock.isPresent() && stock.get() > 0) {
          double rate = Math.min(1.0, (double) ceased.get() / stock.get());
          notes.add(String.format(Locale.UK, "leaving by age: no flows by age for any LA; every age gets the LA's"
              + " overall rate, %d ceased in %d over %d plans in January %d = %.3f", ceased.get(), y, stock.get(), y,
              rate));
          return rate;
        }
      }
      throw new IllegalArgumentException("CaseloadCalibrator: LA " + la.code() + " " + la.name()
          + " has no ceased plans and caseload for any of the 5 years before " + baseYear
          + ", and no LA has flows by age: its leaving rates cannot be estimated");
    }

    double joinersPerYear(LocalAuthority la, Flows own, List<String> notes, boolean[] sufficient) {
      Optional<Long> made = t.count(PublishedTable.NEW_PLANS, la.code(), baseYear - 1, "");
      if (made.isPresent()) {
        notes.add("joiners a year: " + made.get() + " new plans in " + (baseYear - 1));
        return made.get();
      }
      sufficient[0] = false;
      Integer y = t.years(PublishedTable.NEW_PLANS, la.code()).floor(baseYear - 1);
      if (y != null) {
        long n = t.count(PublishedTable.NEW_PLANS, la.code(), y, "").orElseThrow();
        notes.add("joiners a year: no new plans published for " + (baseYear - 1) + "; " + n + " of " + y + " used");
        return n;
      }
      if (own.joinersTotal() > 0) {
        double years = own.how.size();
        notes.add("joiners a year: no new plans published; the cohort changes' joiners, a mean over " + (int) years
            + " year(s)");
        return own.joinersTotal() / years;
      }
      throw new IllegalArgumentException("CaseloadCalibrator: LA " + la.code() + " " + la.name()
          + " has no new plans published up to " + (baseYear - 1) + " and no caseload by age in consecutive years");
    }

    double[] needShares(LocalAuthority la, List<String> notes, boolean[] sufficient) {
      Map<Integer, double[]> counts = new HashMap<>();
      Map<Integer, Integer> yearOf = new HashMap<>();
      for (LocalAuthority x : t.authorities()) {
        NavigableSet<Integer> ys = t.years(PublishedTable.CASELOAD_BY_NEED, x.code());
        Integer y = ys.floor(baseYear) != null ? ys.floor(baseYear) : ys.ceiling(baseYear);
        if (y == null) {
          continue;
        }
        double[] c = new double[NEEDS.length];
        Map<String, Long> row = t.row(PublishedTable.CASELOAD_BY_NEED, x.code(), y);
        for (int k = 0; k < NEEDS.length; k++) {
          c[k] = row.getOrDefault(NEEDS[k].censusCode(), 0L);
        }
        counts.put(x.code(), c);
        yearOf.put(x.code(), y);
      }
      List<LocalAuthority> g = group(la, x -> counts.containsKey(x.code()));
      double[] own = counts.getOrDefault(la.code(), new double[NEEDS.length]);
      double[] s = shares(own, g, x -> counts.get(x.code()), NEEDS.length);
      if (s == null) {
        notes.add("need: no need table for any LA; the 12 needs in equal shares");
        sufficient[0] = false;
        double[] equal = new double[NEEDS.length];
        Arrays.fill(equal, 1.0 / NEEDS.length);
        return equal;
      }
      Integer y = yearOf.get(la.code());
      if (y == null) {
        notes.add("need: the LA has no need table; " + groupName(la, g) + "'s pooled mix");
        sufficient[0] = false;
      } else {
        double w = weight(own, g, x -> counts.get(x.code()), NEEDS.length);
        notes.add(String.format(Locale.UK, "need: January %d mix, own figures weigh %.0f%% against %s's (%d LAs)%s", y,
            100 * w, groupName(la, g), g.size(), y > baseYear ? ", a later year than the base" : ""));
        if (w < 0.5 || y > baseYear) {
          sufficient[0] = false;
        }
      }
      return s;
    }

    double[][] settingsByAge(LocalAuthority la, long[] base, List<String> notes, boolean[] sufficient) {
      double[] margin = new double[SETTINGS.length];
      NavigableSet<Integer> ys = t.years(PublishedTable.CASELOAD_BY_PLACEMENT, la.code());
      Integer y = ys.floor(baseYear) != null ? ys.floor(baseYear) : ys.ceiling(baseYear);
      double unplaced = 0;
      if (y != null) {
        Map<String, Long> row = t.row(PublishedTable.CASELOAD_BY_PLACEMENT, la.code(), y);
        for (Map.Entry<String, Long> e : row.entrySet()) {
          Optional<SettingType> s = Placement.valueOf(e.getKey()).setting();
          if (s.isPresent()) {
            margin[s.get().ordinal()] += e.getValue();
          } else {
            unplaced += e.getValue();
          }
        }
        if (y != baseYear) {
          notes.add("placements: January " + y + " used for January " + baseYear);
          sufficient[0] = false;
        }
        if (unplaced > 0) {
          notes.add(String.format(Locale.UK, "placements: %.0f plans elsewhere, NEET or unknown spread over the settings",
              unplaced));
        }
      } else {
        for (LocalAuthority x : group(la, z -> !t.years(PublishedTable.CASELOAD_BY_PLACEMENT, z.code()).isEmpty())) {
          NavigableSet<Integer> xs = t.years(PublishedTable.CASELOAD_BY_PLACEMENT, x.code());
          int xy = xs.floor(baseYear) != null ? xs.floor(baseYear) : xs.ceiling(baseYear);
          t.row(PublishedTable.CASELOAD_BY_PLACEMENT, x.code(), xy).forEach((k, v) ->
              Placement.valueOf(k).setting().ifPresent(s -> margin[s.ordinal()] += v));
        }
        notes.add("placements: the LA has no placement table; the group's pooled placements");
        sufficient[0] = false;
      }
      return fitSettings(base, margin, notes);
    }

    /** The LA's shares shrunk towards the group's pooled shares; null if neither has any count. */
    double[] shares(double[] own, List<LocalAuthority> group, java.util.function.Function<LocalAuthority, double[]> counts,
        int k) {
      double[] pooled = new double[k];
      double all = 0;
      for (LocalAuthority x : group) {
        double[] c = counts.apply(x);
        for (int i = 0; i < k; i++) {
          pooled[i] += c[i];
          all += c[i];
        }
      }
      double ownTotal = Arrays.stream(own).sum();
      if (all == 0 && ownTotal == 0) {
        return null;
      }
      if (all == 0) {
        double[] s = new double[k];
        for (int i = 0; i < k; i++) {
          s[i] = own[i] / ownTotal;
        }
        return s;
      }
      double m = dirichletStrength(group, counts, k);
      double[] s = new double[k];
      for (int i = 0; i < k; i++) {
        s[i] = EmpiricalBayes.shrink(own[i], ownTotal, pooled[i] / all, m);
      }
      return s;
    }

    /** The LA's own share of the weight, {@code n / (n + m)}. */
    double weight(double[] own, List<LocalAuthority> group, java.util.function.Function<LocalAuthority, double[]> counts,
        int k) {
      double n = Arrays.stream(own).sum();
      double m = dirichletStrength(group, counts, k);
      return n / (n + m);
    }

    /** The median over categories of the beta-binomial strength of each category's share. */
    static double dirichletStrength(List<LocalAuthority> group, java.util.function.Function<LocalAuthority, double[]> counts,
        int k) {
      List<Double> ms = new ArrayList<>();
      double[] n = new double[group.size()];
      for (int i = 0; i < n.length; i++) {
        n[i] = Arrays.stream(counts.apply(group.get(i))).sum();
      }
      for (int c = 0; c < k; c++) {
        double[] x = new double[group.size()];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
          x[i] = counts.apply(group.get(i))[c];
          sum += x[i];
        }
        if (sum > 0) {
          ms.add(EmpiricalBayes.strength(x, n));
        }
      }
      if (ms.isEmpty()) {
        return EmpiricalBayes.FULL_POOLING;
      }
      ms.sort(Double::compare);
      int h = ms.size() / 2;
      return ms.size() % 2 == 1 ? ms.get(h) : (ms.get(h - 1) + ms.get(h)) / 2;
    }
  }

  /**
   * Setting shares at each age: the eligibility table fitted to the caseload by age (rows) and the
   * placements (columns, rescaled to the same total) by iterative proportional fitting; an age no
   * published placement can take is spread evenly over its eligible settings.
   */
  static double[][] fitSettings(long[] byAge, double[] placements, List<String> notes) {
    int k = SETTINGS.length;
    double[][] m = new double[AGES][k];
    double rows = Arrays.stream(byAge).sum();
    double cols = Arrays.stream(placements).sum();
    double[] target = new double[k];
    for (int j = 0; j < k; j++) {
      target[j] = cols > 0 ? placements[j] * rows / cols : 0;
    }
    for (int a = 0; a < AGES; a++) {
      for (int j = 0; j < k; j++) {
        m[a][j] = eligible(SETTINGS[j], a) && (cols == 0 || target[j] > 0) ? 1.0 : 0.0;
      }
    }
    for (int it = 0; it < 200; it++) {
      for (int a = 0; a < AGES; a++) {
        double s = Arrays.stream(m[a]).sum();
        if (s > 0) {
          for (int j = 0; j < k; j++) {
            m[a][j] *= byAge[a] / s;
          }
        }
      }
      if (cols == 0) {
        break;
      }
      for (int j = 0; j < k; j++) {
        double s = 0;
        for (int a = 0; a < AGES; a++) {
          s += m[a][j];
        }
        if (s > 0) {
          for (int a = 0; a < AGES; a++) {
            m[a][j] *= target[j] / s;
          }
        }
      }
    }
    double[][] shares = new double[AGES][k];
    List<Integer> spread = new ArrayList<>();
    for (int a = 0; a < AGES; a++) {
      double s = Arrays.stream(m[a]).sum();
      if (s > 0) {
        for (int j = 0; j < k; j++) {
          shares[a][j] = m[a][j] / s;
        }
      } else {
        int n = 0;
        for (int j = 0; j < k; j++) {
          n += eligible(SETTINGS[j], a) ? 1 : 0;
        }
        for (int j = 0; j < k; j++) {
          shares[a][j] = eligible(SETTINGS[j], a) ? 1.0 / n : 0.0;
        }
        if (byAge[a] > 0) {
          spread.add(a);
        }
      }
    }
    if (!spread.isEmpty()) {
      notes.add("placements: no published placement takes age(s) " + spread + "; spread evenly over their settings");
    }
    return shares;
  }

  /** The model's arrays from the estimates (see the class comment). */
  static TransitionModel build(LocalAuthority la, int baseYear, long[] base, double[] leave, double[] joinShares,
      double joinersPerYear, double[] needs, double[][] settingByAge) {
    int states = CaseloadState.STATES;
    int[] baseline = new int[states];
    double[] lv = new double[states];
    int[][] dest = new int[states][];
    double[][] shares = new double[states][];
    double[] join = new double[states];
    for (int a = 0; a < AGES; a++) {
      int ncy = a - 5;
      double[] w = new double[SETTINGS.length * NEEDS.length];
      for (int j = 0; j < SETTINGS.length; j++) {
        for (int n = 0; n < NEEDS.length; n++) {
          w[j * NEEDS.length + n] = settingByAge[a][j] * needs[n];
        }
      }
      long[] counts = largestRemainder(w, base[a]);
      for (int j = 0; j < SETTINGS.length; j++) {
        for (int n = 0; n < NEEDS.length; n++) {
          int s = CaseloadState.index(ncy, NEEDS[n].ordinal(), j);
          baseline[s] = Math.toIntExact(counts[j * NEEDS.length + n]);
          lv[s] = leave[a];
          join[s] = joinersPerYear * joinShares[a] * w[j * NEEDS.length + n];
          if (a + 1 < AGES && !eligible(SETTINGS[j], a + 1)) {
            List<Integer> cells = new ArrayList<>();
            List<Double> p = new ArrayList<>();
            for (int j2 = 0; j2 < SETTINGS.length; j2++) {
              if (settingByAge[a + 1][j2] > 0 && eligible(SETTINGS[j2], a + 1)) {
                cells.add(CaseloadState.cell(NEEDS[n].ordinal(), j2));
                p.add(settingByAge[a + 1][j2]);
              }
            }
            double sum = p.stream().mapToDouble(Double::doubleValue).sum();
            dest[s] = cells.stream().mapToInt(Integer::intValue).toArray();
            shares[s] = p.stream().mapToDouble(x -> x / sum).toArray();
          }
        }
      }
    }
    return TransitionModel.of(Optional.of(la), baseYear, baseline, lv, dest, shares, join);
  }

  /**
   * Whole numbers in proportion to {@code weights} summing to {@code total}: floors, then one more to the
   * largest remainders (ties to the lower index).
   */
  static long[] largestRemainder(double[] weights, long total) {
    double sum = Arrays.stream(weights).sum();
    long[] out = new long[weights.length];
    if (total == 0 || sum <= 0) {
      return out;
    }
    double[] rem = new double[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = weights[i] * total / sum;
      out[i] = (long) Math.floor(exact);
      rem[i] = exact - out[i];
      given += out[i];
    }
    Integer[] order = new Integer[weights.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> rem[y] != rem[x] ? Double.compare(rem[y], rem[x]) : Integer.compare(x, y));
    for (int i = 0; given < total; i++) {
      if (weights[order[i % order.length]] > 0) {
        out[order[i % order.length]]++;
        given++;
      }
    }
    return out;
  }
}
