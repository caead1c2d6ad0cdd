package org.sendfunding.accountability.senprogress;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.accountability.cohort.KeyStage4Pupil;
import org.sendfunding.accountability.cohort.School;
import org.sendfunding.accountability.comparison.ComparisonResult;
import org.sendfunding.accountability.inclusion.InclusionCalculator;
import org.sendfunding.accountability.inclusion.SchoolInclusion;
import org.sendfunding.accountability.progress8.Progress8Result;
import org.sendfunding.accountability.progress8.PupilProgress8;
import org.sendfunding.accountability.progress8.SchoolProgress8;
import org.sendfunding.accountability.timeonroll.SchoolTimeOnRollProgress8;
import org.sendfunding.accountability.timeonroll.TimeOnRollResult;
import org.sendfunding.model.pupil.SenProvision;

/**
 * Builds the side-by-side view of Progress 8 for pupils with an EHC plan, with SEN support and without
 * SEN, per school and for the cohort, from a Progress 8 result and its time-on-roll result.
 *
 * <p>A school's score is the sum of its provisions' contributions (share of pupils times mean capped
 * score), so the view says how much of the score its pupils with SEN make, beside its time-on-roll
 * Progress 8 and SEN leaving gap (inclusion indicators); the cohort rows (all schools,
 * and mainstream schools only) are the benchmark. Pupils outside Progress 8 are counted, not dropped:
 * those who left without a known destination and those without prior attainment.
 *
 * <pre>{@code
 * ComparisonResult c = ComparisonCalculator.DEFAULT.compare(cohort);
 * SenProgress8Report r = SenProgress8Calculator.DEFAULT.calculate(cohort, c);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SenProgress8Calculator {

  /** The calculator (it has no parameters: every figure comes from the results it is given). */
  public static final SenProgress8Calculator DEFAULT = new SenProgress8Calculator();

  private SenProgress8Calculator() {}

  /**
   * The view from a comparison's Progress 8 and time-on-roll results.
   *
   * @param cohort the cohort the comparison was computed from
   * @param comparison the comparison
   * @return the view
   */
  public SenProgress8Report calculate(Cohort cohort, ComparisonResult comparison) {
    return calculate(cohort, comparison.progress8(), comparison.timeOnRoll());
  }

  /**
   * The view from a Progress 8 result and its time-on-roll result.
   *
   * @param cohort the cohort both were computed from
   * @param progress8 the Progress 8 result
   * @param timeOnRoll the time-on-roll result computed from it
   * @return the view
   */
  public SenProgress8Report calculate(Cohort cohort, Progress8Result progress8, TimeOnRollResult timeOnRoll) {
    List<PupilProgress8> all = progress8.pupils();
    ImmutableMap<SenProvision, ProvisionProgress8> cohortRows = rows(all);
    ImmutableMap<SenProvision, ProvisionProgress8> mainstreamRows = rows(all.stream()
        .filter(p -> cohort.school(p.schoolUrn()).type().isMainstream()).toList());
    ImmutableSortedMap<Integer, SchoolInclusion> inclusion = InclusionCalculator.DEFAULT.calculate(cohort);
    ImmutableSortedMap.Builder<Integer, SchoolSenProgress8> schools = ImmutableSortedMap.naturalOrder();
    for (SchoolProgress8 s : progress8.schools().values()) {
      School school = cohort.school(s.urn());
      List<PupilProgress8> pupils = all.stream().filter(p -> p.schoolUrn() == s.urn()).toList();
      List<KeyStage4Pupil> roll = cohort.pupilsAt(s.urn());
      SchoolTimeOnRollProgress8 tor = timeOnRoll.schools().get(s.urn());
      schools.put(s.urn(), SchoolSenProgress8.builder()
          .urn(s.urn())
          .name(school.name())
          .special(school.isSpecial())
          .pupils(s.pupils())
          .score(s.score())
          .uncappedScore(s.uncappedScore())
          .byProvision(rows(pupils))
          .cohortByProvision(cohortRows)
          .timeOnRollScore(Optional.ofNullable(tor).map(SchoolTimeOnRollProgress8::score))
          .leftWithoutKnownDestination((int) roll.stream().filter(KeyStage4Pupil::leftWithoutKnownDestination).count())
          .senLeavingGap(Optional.ofNullable(inclusion.get(s.urn())).map(SchoolInclusion::senLeavingGap))
          .pupilsWithoutPriorAttainment(s.pupilsWithoutPriorAttainment())
          .pupilsWithNominalKs2((int) pupils.stream().filter(PupilProgress8::hasNominalKs2Score).count())
          .pupilsWithSingleKs2((int) pupils.stream().filter(PupilProgress8::singleKs2Score).count())
          .build());
    }
    return SenProgress8Report.builder()
        .estimates(progress8.estimates().source())
        .cohort(cohortRows)
        .mainstream(mainstreamRows)
        .schools(schools.build())
        .build();
  }

  private static ImmutableMap<SenProvision, ProvisionProgress8> rows(List<PupilProgress8> pupils) {
    Map<SenProvision, ProvisionProgress8> out = new EnumMap<>(SenProvision.class);
    for (SenProvision sp : SenProvision.values()) {
      int n = 0;
      int capped = 0;
      int nominal = 0;
      double score = 0;
      double uncapped = 0;
      for (PupilProgress8 p : pupils) {
        if (p.senProvision() == sp) {
          n++;
          score += p.cappedScore();
          uncapped += p.score();
          capped += p.isCapped() ? 1 : 0;
          nominal += p.hasNominalKs2Score() ? 1 : 0;
        }
      }
      out.put(sp, ProvisionProgress8.builder()
          .provision(sp)
          .pupils(n)
          .share(pupils.isEmpty() ? 0 : (double) n / pupils.size())
          .score(n == 0 ? 0 : score / n)
          .uncappedScore(n == 0 ? 0 : uncapped / n)
          .pupilsCapped(capped)
          .pupilsWithNominalKs2(nominal)
          .build());
    }
    return ImmutableMap.copyOf(out);
  }
}
