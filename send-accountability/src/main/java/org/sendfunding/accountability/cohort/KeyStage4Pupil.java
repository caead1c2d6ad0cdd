package org.sendfunding.accountability.cohort;

import com.google.common.base.Preconditions;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.sendfunding.accountability.parameters.AccountabilityParameters;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.SenProvision;

/**
 * One pupil at the end of key stage 4 (year 11), as accountability measures see them.
 *
 * <p>Prior attainment is either the key stage 2 (KS2) reading and maths scores or a prior-attainment
 * group supplied directly; a pupil with neither is excluded from Progress 8 and counted. A KS2 score is
 * a scaled score (80 to 120) or, for a pupil working below the standard of the tests, a nominal score
 * below 80 (down to {@code priorattainment.ks2.nominalScore.minimum}, 59; 79 for a pupil who sat a test
 * but scored too few marks for a scaled score, from 2017). A pupil may have one score only: DfE then uses
 * that score (the single-score rule). Attainment 8 (A8) is the sum of the pupil's eight best-qualifying slot points with English
 * and maths double weighted (0 to 90). {@link #termsOnRoll()} records how many of the key stage's terms
 * the pupil spent at each school, by URN. A pupil who left the roll of {@link #schoolUrn()} during the
 * key stage without a known destination has no Attainment 8.
 *
 * <pre>{@code
 * KeyStage4Pupil p = KeyStage4Pupil.builder()
 *     .id("P0001").schoolUrn(100001)
 *     .ks2ReadingScore(104.0).ks2MathsScore(100.0)
 *     .attainment8(48.5)
 *     .senProvision(SenProvision.SEN_SUPPORT).primaryNeed(NeedType.SPLD)
 *     .freeSchoolMeals(true).idaci(0.31).englishAdditionalLanguage(false).lookedAfter(false)
 *     .monthOfBirth(11)
 *     .putTermsOnRoll(100002, 2).putTermsOnRoll(100001, 4)
 *     .build();
 * p.ks2AverageScore();   // Optional[102.0]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class KeyStage4Pupil {

  // The score range is a cited, dated rule (accountability-parameters.csv); read once from the shipped file.
  private static final double LOWEST_NOMINAL_SCORE =
      AccountabilityParameters.DEFAULT.get(AccountabilityParameters.KS2_NOMINAL_MINIMUM).value();
  private static final double LOWEST_SCALED_SCORE =
      AccountabilityParameters.DEFAULT.get(AccountabilityParameters.KS2_MINIMUM).value();
  private static final double HIGHEST_SCALED_SCORE =
      AccountabilityParameters.DEFAULT.get(AccountabilityParameters.KS2_MAXIMUM).value();

  KeyStage4Pupil() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KeyStage4Pupil}; {@code build()} checks every field. */
  public static final class Builder extends ImmutableKeyStage4Pupil.Builder {
    Builder() {}
  }

  /** An identifier unique in the cohort (never a real UPN in shipped data). */
  public abstract String id();

  /**
   * The school whose roll the pupil was on at the end of the key stage or, for a pupil who left
   * without a known destination, the school they left.
   */
  public abstract int schoolUrn();

  /** KS2 reading scaled score (80 to 120) or nominal score (59 to 79). */
  public abstract Optional<Double> ks2ReadingScore();

  /** KS2 maths scaled score (80 to 120) or nominal score (59 to 79). */
  public abstract Optional<Double> ks2MathsScore();

  /** The prior-attainment group when supplied directly (1 is the lowest), rather than from KS2 scores. */
  public abstract Optional<Integer> priorAttainmentGroup();

  /** Attainment 8, 0 to 90; absent only for a pupil who left without a known destination. */
  public abstract Optional<Double> attainment8();

  /** SEN provision at the end of the key stage: E, K or N. */
  public abstract SenProvision senProvision();

  /** Primary type of need, present exactly when the provision is E or K. */
  public abstract Optional<NeedType> primaryNeed();

  /** Eligible for free school meals (FSM). */
  public abstract boolean freeSchoolMeals();

  /** Income Deprivation Affecting Children Index (IDACI) score of the pupil's home area, 0 to 1. */
  public abstract double idaci();

  /** English as an additional language (EAL). */
  public abstract boolean englishAdditionalLanguage();

  /** Looked after by a local authority (in care) during the key stage. */
  public abstract boolean lookedAfter();

  /** Month of birth, 1 (January) to 12; September-born pupils are the oldest in the year group. */
  public abstract int monthOfBirth();

  /** Terms spent on each school's roll during the key stage, by URN; includes {@link #schoolUrn()}. */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, Integer> termsOnRoll();

  /** Whether the pupil left {@link #schoolUrn()}'s roll during the key stage with no known destination. */
  public abstract boolean leftWithoutKnownDestination();

  /**
   * KS2 prior attainment: the mean of the reading and maths scores (nominal scores included), or the
   * one score the pupil has (DfE's single-score rule); empty with neither. Not rounded: scaled and
   * nominal scores are whole numbers, so the mean moves in steps of 0.5 as DfE's tables do.
   */
  @Value.Derived
  public Optional<Double> ks2AverageScore() {
    if (ks2ReadingScore().isPresent() && ks2MathsScore().isPresent()) {
      return Optional.of((ks2ReadingScore().get() + ks2MathsScore().get()) / 2);
    }
    return ks2ReadingScore().isPresent() ? ks2ReadingScore() : ks2MathsScore();
  }

  /** How many KS2 scores the pupil has: 0, 1 or 2. */
  public int ks2ScoreCount() {
    return (ks2ReadingScore().isPresent() ? 1 : 0) + (ks2MathsScore().isPresent() ? 1 : 0);
  }

  /** Whether either KS2 score is a nominal score (below the lowest scaled score, 80). */
  public boolean hasNominalKs2Score() {
    return ks2ReadingScore().filter(s -> s < LOWEST_SCALED_SCORE).isPresent()
        || ks2MathsScore().filter(s -> s < LOWEST_SCALED_SCORE).isPresent();
  }

  /** Whether the pupil has prior attainment (a KS2 score or a supplied group). */
  public boolean hasPriorAttainment() {
    return ks2AverageScore().isPresent() || priorAttainmentGroup().isPresent();
  }

  /**
   * Months younger than a September-born pupil: 0 for September, 11 for August. Summer-born pupils
   * are the youngest in their year group.
   */
  public int monthsYoungerThanOldest() {
    return Math.floorMod(monthOfBirth() - 9, 12);
  }

  /** Total terms on any school's roll during the key stage. */
  public int totalTerms() {
    return termsOnRoll().values().stream().mapToInt(Integer::intValue).sum();
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(!id().isBlank(), "KeyStage4Pupil.id: must not be blank");
    checkScore("ks2ReadingScore", ks2ReadingScore());
    checkScore("ks2MathsScore", ks2MathsScore());
    priorAttainmentGroup().ifPresent(g -> Preconditions.checkArgument(g >= 1,
        "KeyStage4Pupil.priorAttainmentGroup: %s is below 1 (pupil %s)", g, id()));
    Preconditions.checkArgument(!(ks2AverageScore().isPresent() && priorAttainmentGroup().isPresent()),
        "KeyStage4Pupil.priorAttainmentGroup: give KS2 scores or a group, not both (pupil %s)", id());
    attainment8().ifPresent(a8 -> Preconditions.checkArgument(Double.isFinite(a8) && a8 >= 0 && a8 <= 90,
        "KeyStage4Pupil.attainment8: %s is outside 0 to 90 (pupil %s)", a8, id()));
    Preconditions.checkArgument(attainment8().isPresent() != leftWithoutKnownDestination(),
        leftWithoutKnownDestination()
            ? "KeyStage4Pupil.attainment8: a pupil who left without a known destination has no result (pupil %s)"
            : "KeyStage4Pupil.attainment8: required for a pupil on roll at the end of key stage 4 (pupil %s)",
        id());
    Preconditions.checkArgument(senProvision().hasSen() == primaryNeed().isPresent(),
        senProvision().hasSen()
            ? "KeyStage4Pupil.primaryNeed: required for SEN provision %s (pupil %s)"
            : "KeyStage4Pupil.primaryNeed: provision %s (no SEN) has no need type (pupil %s)",
        senProvision().censusCode(), id());
    if (primaryNeed().orElse(null) == NeedType.NSA) {
      Preconditions.checkArgument(senProvision() == SenProvision.SEN_SUPPORT,
          "KeyStage4Pupil.primaryNeed: NSA is only valid with SEN support (K), got %s (pupil %s)",
          senProvision().censusCode(), id());
    }
    Preconditions.checkArgument(Double.isFinite(idaci()) && idaci() >= 0 && idaci() <= 1,
        "KeyStage4Pupil.idaci: %s is outside 0 to 1 (pupil %s)", idaci(), id());
    Preconditions.checkArgument(monthOfBirth() >= 1 && monthOfBirth() <= 12,
        "KeyStage4Pupil.monthOfBirth: %s is outside 1 to 12 (pupil %s)", monthOfBirth(), id());
    Preconditions.checkArgument(termsOnRoll().containsKey(schoolUrn()),
        "KeyStage4Pupil.termsOnRoll: %s has no terms at the pupil's school %s (pupil %s)",
        termsOnRoll(), schoolUrn(), id());
    for (Map.Entry<Integer, Integer> e : termsOnRoll().entrySet()) {
      Preconditions.checkArgument(e.getValue() >= 1,
          "KeyStage4Pupil.termsOnRoll: %s terms at school %s; each must be at least 1 (pupil %s)",
          e.getValue(), e.getKey(), id());
    }
  }

  private void checkScore(String field, Optional<Double> score) {
    score.ifPresent(s -> Preconditions.checkArgument(Double.isFinite(s) && s >= LOWEST_NOMINAL_SCORE && s <= HIGHEST_SCALED_SCORE,
        "KeyStage4Pupil.%s: %s is outside the KS2 range %s to %s (scaled scores from %s, nominal scores below) (pupil %s)",
        field, s, printed(LOWEST_NOMINAL_SCORE), printed(HIGHEST_SCALED_SCORE), printed(LOWEST_SCALED_SCORE), id()));
  }

  private static String printed(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  @Override
  public String toString() {
    return "KeyStage4Pupil{" + id() + " at " + schoolUrn() + ", " + senProvision().censusCode()
        + ", A8 " + attainment8().map(String::valueOf).orElse("none") + "}";
  }
}
