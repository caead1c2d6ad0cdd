package org.sendfunding.accountability.senprogress;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.immutables.value.Value;
import org.sendfunding.model.pupil.SenProvision;

/**
 * Progress 8 by SEN provision for every school and for the cohort (all schools and mainstream schools),
 * capped and uncapped.
 *
 * <pre>{@code
 * SenProgress8Report r = SenProgress8Calculator.DEFAULT.calculate(cohort, ComparisonCalculator.DEFAULT.compare(cohort));
 * r.cohort().get(SenProvision.EHC_PLAN).score();   // e.g. -0.95
 * System.out.println(r.school(140058).toText());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SenProgress8Report {

  SenProgress8Report() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SenProgress8Report}. */
  public static final class Builder extends ImmutableSenProgress8Report.Builder {
    Builder() {}
  }

  /** What the scores were computed against, e.g. the estimates' source. */
  public abstract String estimates();

  /** The cohort's figures by provision, every school included. */
  public abstract ImmutableMap<SenProvision, ProvisionProgress8> cohort();

  /** The cohort's figures by provision over mainstream schools only (DfE's national reference). */
  public abstract ImmutableMap<SenProvision, ProvisionProgress8> mainstream();

  /** Each school's view, by URN. */
  public abstract ImmutableSortedMap<Integer, SchoolSenProgress8> schools();

  /**
   * A school's view.
   *
   * @param urn the URN
   * @return the view
   * @throws NoSuchElementException if the school has no scored pupil
   */
  public SchoolSenProgress8 school(int urn) {
    SchoolSenProgress8 s = schools().get(urn);
    if (s == null) {
      throw new NoSuchElementException("SenProgress8Report: school " + urn + " has no pupil with a Progress 8 score");
    }
    return s;
  }

  /** The cohort table: provision, pupils, capped and uncapped, all schools and mainstream only. */
  public String cohortText() {
    StringBuilder b = new StringBuilder(String.format(Locale.UK, "Progress 8 by SEN provision, whole cohort (%s)%n", estimates()));
    b.append(String.format(Locale.UK, "  %-18s %8s %10s %9s %18s %19s%n", "provision", "pupils", "P8 capped", "uncapped",
        "mainstream capped", "mainstream uncapped"));
    for (SenProvision sp : SenProvision.values()) {
      ProvisionProgress8 a = cohort().get(sp);
      ProvisionProgress8 m = mainstream().get(sp);
      b.append(String.format(Locale.UK, "  %-18s %8d %+10.2f %+9.2f %+18.2f %+19.2f%n", ProvisionProgress8.label(sp), a.pupils(),
          a.score(), a.uncappedScore(), m.score(), m.uncappedScore()));
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "SenProgress8Report{" + schools().size() + " schools, " + estimates() + "}";
  }
}
