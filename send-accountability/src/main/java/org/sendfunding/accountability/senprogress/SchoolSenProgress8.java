package org.sendfunding.accountability.senprogress;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.pupil.SenProvision;

/**
 * One school's Progress 8 by SEN provision beside the cohort's, with and without the cap, and the
 * figures that show which pupils the score rests on: time-on-roll Progress 8, pupils who left without a
 * known destination (in no results-based measure), pupils excluded for want of prior attainment, and
 * pupils included only because DfE gives nominal KS2 scores or uses a single KS2 score.
 *
 * <p>{@link #toText()} prints a table such as (the illustrative cohort against DfE's 2023 estimates):
 *
 * <pre>
 * 140058 Highgate Vale Special School (special): P8 -1.02 (uncapped -1.69), 16 pupils scored
 *   provision          pupils  share  P8 capped  uncapped  cohort capped  cohort uncapped  contribution
 *   EHC plan               16 100.0%      -1.02     -1.69          -1.49            -1.74         -1.02
 *   SEN support             0   0.0%          -         -          -0.91            -0.95             -
 *   No SEN                  0   0.0%          -         -          -0.18            -0.18             -
 *   pupils with SEN make -1.02 of the score; time-on-roll P8 -1.02; left without a known destination 0; SEN leaving gap ...
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SchoolSenProgress8 {

  SchoolSenProgress8() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SchoolSenProgress8}. */
  public static final class Builder extends ImmutableSchoolSenProgress8.Builder {
    Builder() {}
  }

  /** The school's URN. */
  public abstract int urn();

  /** The school's name. */
  public abstract String name();

  /** Whether it is a special school. */
  public abstract boolean special();

  /** Pupils with a Progress 8 score. */
  public abstract int pupils();

  /** The school's Progress 8 (mean capped score). */
  public abstract double score();

  /** The school's mean uncapped score. */
  public abstract double uncappedScore();

  /** The school's figures by provision (every provision, with 0 pupils where it has none). */
  public abstract ImmutableMap<SenProvision, ProvisionProgress8> byProvision();

  /** The cohort's figures by provision, for comparison. */
  public abstract ImmutableMap<SenProvision, ProvisionProgress8> cohortByProvision();

  /** Time-on-roll Progress 8, when any pupil spent time on the school's roll. */
  public abstract Optional<Double> timeOnRollScore();

  /** Pupils who left the school's roll without a known destination: in no Progress 8 at all. */
  public abstract int leftWithoutKnownDestination();

  /**
   * The school's SEN leaving gap: the share of its pupils with SEN who left its roll during the key
   * stage minus the share of its other pupils who did ({@code SchoolInclusion#senLeavingGap}).
   */
  public abstract Optional<Double> senLeavingGap();

  /** Pupils with a result but no prior attainment: excluded from Progress 8. */
  public abstract int pupilsWithoutPriorAttainment();

  /** Pupils scored with a KS2 nominal score (below the standard of the tests). */
  public abstract int pupilsWithNominalKs2();

  /** Pupils scored on a single KS2 score. */
  public abstract int pupilsWithSingleKs2();

  /** The part of the score that pupils with SEN (EHC plan or SEN support) make. */
  public double senContribution() {
    return byProvision().get(SenProvision.EHC_PLAN).contribution() + byProvision().get(SenProvision.SEN_SUPPORT).contribution();
  }

  /** The table, as printed in the class description. */
  public String toText() {
    StringBuilder b = new StringBuilder(String.format(Locale.UK, "%d %s%s: P8 %+.2f (uncapped %+.2f), %d pupils scored%n",
        urn(), name(), special() ? " (special)" : "", score(), uncappedScore(), pupils()));
    b.append(String.format(Locale.UK, "  %-18s %6s %6s %10s %9s %14s %16s %13s%n", "provision", "pupils", "share",
        "P8 capped", "uncapped", "cohort capped", "cohort uncapped", "contribution"));
    for (SenProvision sp : SenProvision.values()) {
      ProvisionProgress8 s = byProvision().get(sp);
      ProvisionProgress8 c = cohortByProvision().get(sp);
      b.append(String.format(Locale.UK, "  %-18s %6d %5.1f%% %10s %9s %14s %16s %13s%n", ProvisionProgress8.label(sp), s.pupils(),
          100 * s.share(), signed(s, s.score()), signed(s, s.uncappedScore()), signed(c, c.score()),
          signed(c, c.uncappedScore()), signed(s, s.contribution())));
    }
    b.append(String.format(Locale.UK,
        "  pupils with SEN make %+.2f of the score; time-on-roll P8 %s; left without a known destination %d; "
            + "SEN leaving gap %s; excluded without prior attainment %d; scored on KS2 nominal scores %d, on a single KS2 score %d",
        senContribution(), timeOnRollScore().map(v -> String.format(Locale.UK, "%+.2f", v)).orElse("none"),
        leftWithoutKnownDestination(), senLeavingGap().map(v -> String.format(Locale.UK, "%+.1f pts", 100 * v)).orElse("none"),
        pupilsWithoutPriorAttainment(), pupilsWithNominalKs2(), pupilsWithSingleKs2()));
    return b.toString();
  }

  private static String signed(ProvisionProgress8 p, double v) {
    return p.pupils() == 0 ? "-" : String.format(Locale.UK, "%+.2f", v);
  }

  @Override
  public String toString() {
    return String.format(Locale.UK, "%d %s: P8 %+.2f, pupils with SEN make %+.2f", urn(), name(), score(), senContribution());
  }
}
