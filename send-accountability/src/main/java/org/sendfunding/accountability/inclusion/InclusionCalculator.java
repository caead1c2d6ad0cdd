package org.sendfunding.accountability.inclusion;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.accountability.cohort.KeyStage4Pupil;
import org.sendfunding.accountability.cohort.School;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.pupil.SenProvision;
import org.sendfunding.model.setting.SettingType;

/**
 * Computes each school's inclusion indicators ({@link SchoolInclusion}) from a cohort.
 *
 * <pre>{@code
 * ImmutableSortedMap<Integer, SchoolInclusion> inclusion = InclusionCalculator.DEFAULT.calculate(cohort);
 * inclusion.get(140001).ehcPlanRepresentation();   // e.g. Optional[0.8]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InclusionCalculator {

  /** The calculator. */
  public static final InclusionCalculator DEFAULT = new InclusionCalculator();

  static final SourceReference COMMITTEE = SourceReference.of(
      "House of Commons Education Committee (2025) Solving the SEND Crisis",
      "recommendations on inclusion and exclusion metrics in inspection",
      "https://committees.parliament.uk/committee/203/education-committee/");

  private InclusionCalculator() {}

  /**
   * The indicators of every school with at least one pupil ever on its roll.
   *
   * @param cohort the cohort
   * @return the indicators by URN
   */
  public ImmutableSortedMap<Integer, SchoolInclusion> calculate(Cohort cohort) {
    // Counters per school: {end, endE, endK, ever, everSen, everSenLeft, everNonSen, everNonSenLeft, leftUnknown}
    Map<Integer, int[]> c = new TreeMap<>();
    for (KeyStage4Pupil p : cohort.pupils()) {
      boolean onEndRoll = !p.leftWithoutKnownDestination();
      int[] end = c.computeIfAbsent(p.schoolUrn(), u -> new int[9]);
      if (onEndRoll) {
        end[0]++;
        end[1] += p.senProvision() == SenProvision.EHC_PLAN ? 1 : 0;
        end[2] += p.senProvision() == SenProvision.SEN_SUPPORT ? 1 : 0;
      } else {
        end[8]++;
      }
      for (int urn : p.termsOnRoll().keySet()) {
        int[] s = c.computeIfAbsent(urn, u -> new int[9]);
        boolean stayed = urn == p.schoolUrn() && onEndRoll;
        s[3]++;
        if (p.senProvision().hasSen()) {
          s[4]++;
          s[5] += stayed ? 0 : 1;
        } else {
          s[6]++;
          s[7] += stayed ? 0 : 1;
        }
      }
    }
    Map<Integer, int[]> la = new TreeMap<>(); // {end, endE, endK} over mainstream schools
    for (Map.Entry<Integer, int[]> e : c.entrySet()) {
      School school = cohort.school(e.getKey());
      if (isMainstream(school.type())) {
        int[] l = la.computeIfAbsent(school.localAuthority().code(), k -> new int[3]);
        for (int i = 0; i < 3; i++) {
          l[i] += e.getValue()[i];
        }
      }
    }
    ImmutableSortedMap.Builder<Integer, SchoolInclusion> out = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<Integer, int[]> e : c.entrySet()) {
      School school = cohort.school(e.getKey());
      int[] s = e.getValue();
      int[] l = la.getOrDefault(school.localAuthority().code(), new int[3]);
      double ehcp = ratio(s[1], s[0]);
      double support = ratio(s[2], s[0]);
      double laEhcp = ratio(l[1], l[0]);
      double laSupport = ratio(l[2], l[0]);
      Explanation explanation = Explanation.builder()
          .rule("Inclusion indicators: SEN shares of the end roll against the LA's mainstream schools; leavers")
          .source(COMMITTEE)
          .result(String.format("EHCP %.1f%% vs LA %.1f%%; %d left without known destination", 100 * ehcp, 100 * laEhcp, s[8]))
          .putInputs("school", school.toString())
          .putInputs("LA", school.localAuthority().name())
          .putInputs("end roll", Integer.toString(s[0]))
          .putInputs("EHC plans on end roll", Integer.toString(s[1]))
          .putInputs("SEN support on end roll", Integer.toString(s[2]))
          .putInputs("LA mainstream end roll", Integer.toString(l[0]))
          .putInputs("LA mainstream EHC plans", Integer.toString(l[1]))
          .putInputs("LA mainstream SEN support", Integer.toString(l[2]))
          .putInputs("ever on roll (with SEN / without)", s[3] + " (" + s[4] + " / " + s[6] + ")")
          .putInputs("not on end roll (with SEN / without)", s[5] + " / " + s[7])
          .putInputs("left without known destination", Integer.toString(s[8]))
          .build();
      out.put(e.getKey(), SchoolInclusion.builder()
          .urn(e.getKey())
          .pupilsAtEnd(s[0])
          .pupilsEverOnRoll(s[3])
          .ehcPlanShare(ehcp)
          .senSupportShare(support)
          .laEhcPlanShare(laEhcp)
          .laSenSupportShare(laSupport)
          .ehcPlanRepresentation(laEhcp > 0 ? Optional.of(ehcp / laEhcp) : Optional.empty())
          .senSupportRepresentation(laSupport > 0 ? Optional.of(support / laSupport) : Optional.empty())
          .leftWithoutKnownDestination(s[8])
          .unknownDestinationRate(ratio(s[8], s[3]))
          .senLeavingRate(ratio(s[5], s[4]))
          .nonSenLeavingRate(ratio(s[7], s[6]))
          .explanation(explanation)
          .build());
    }
    return out.build();
  }

  private static boolean isMainstream(SettingType type) {
    return type == SettingType.MAINSTREAM_ACADEMY || type == SettingType.MAINSTREAM_MAINTAINED;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
