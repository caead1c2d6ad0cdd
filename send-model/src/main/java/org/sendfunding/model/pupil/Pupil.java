package org.sendfunding.model.pupil;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.setting.Setting;

/**
 * A child or young person (0 to 25) as the school census and SEN2 return describe them.
 *
 * <pre>{@code
 * Pupil pupil = Pupil.builder()
 *     .id("P-0001")
 *     .dateOfBirth(LocalDate.of(2014, 3, 2))
 *     .nationalCurriculumYear(6)
 *     .senProvision(SenProvision.EHC_PLAN)
 *     .primaryNeed(NeedType.ASD)
 *     .secondaryNeed(NeedType.SLCN)
 *     .freeSchoolMeals(true)
 *     .homeLocalAuthority(LocalAuthorities.england().byCode(202))
 *     .build();
 * }</pre>
 *
 * <p>Rules checked at construction: a pupil with provision E or K has a primary need and one with N
 * has none; {@code NSA} is valid only with K; a secondary need needs a primary need, differs from it,
 * and is never {@code NSA}; the national curriculum year is in -5 to 20 (the 0–25 range as the SEN2
 * return and witan.send code it: reception is 0, nursery -1 and -2, year 14 is the last post-16 year).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Pupil {

  /** The lowest national curriculum year code (a child of about one year old). */
  public static final int MIN_NC_YEAR = -5;
  /** The highest national curriculum year code (a young person of about 25). */
  public static final int MAX_NC_YEAR = 20;

  Pupil() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Pupil}; {@code build()} validates every rule. */
  public static final class Builder extends ImmutablePupil.Builder {
    Builder() {}
  }

  /** An identifier unique within the data set (never a real pupil's UPN in shipped data). */
  public abstract String id();

  /** Date of birth. */
  public abstract LocalDate dateOfBirth();

  /** National curriculum year: 0 is reception, 1–13 school years, 14+ post-19, negatives pre-school. */
  public abstract int nationalCurriculumYear();

  /** SEN provision: E (EHC plan), K (SEN support) or N (none). */
  public abstract SenProvision senProvision();

  /** Primary type of need (rank 1), present exactly when provision is E or K. */
  public abstract Optional<NeedType> primaryNeed();

  /** Secondary type of need (rank 2), if recorded. */
  public abstract Optional<NeedType> secondaryNeed();

  /** Eligible for free school meals. */
  @Value.Default
  public boolean freeSchoolMeals() {
    return false;
  }

  /** The LA where the pupil lives, which commissions their high-needs provision. */
  public abstract LocalAuthority homeLocalAuthority();

  /** The setting the pupil attends, if any (absent for home education or a pupil awaiting a place). */
  public abstract Optional<Setting> setting();

  @Value.Check
  void check() {
    Preconditions.checkArgument(!id().isBlank(), "Pupil.id: must not be blank");
    int ncy = nationalCurriculumYear();
    Preconditions.checkArgument(
        ncy >= MIN_NC_YEAR && ncy <= MAX_NC_YEAR,
        "Pupil.nationalCurriculumYear: %s is outside %s to %s (pupil %s)",
        ncy, MIN_NC_YEAR, MAX_NC_YEAR, id());
    if (senProvision().hasSen()) {
      Preconditions.checkArgument(
          primaryNeed().isPresent(),
          "Pupil.primaryNeed: required for SEN provision %s (pupil %s)",
          senProvision().censusCode(), id());
    } else {
      Preconditions.checkArgument(
          primaryNeed().isEmpty() && secondaryNeed().isEmpty(),
          "Pupil.primaryNeed: pupil %s has SEN provision N but need %s; only E or K pupils have a need type",
          id(), primaryNeed().or(this::secondaryNeed).map(NeedType::censusCode).orElse(""));
    }
    if (primaryNeed().orElse(null) == NeedType.NSA) {
      Preconditions.checkArgument(
          senProvision() == SenProvision.SEN_SUPPORT,
          "Pupil.primaryNeed: NSA is only valid with SEN provision K (SEN support), got %s (pupil %s)",
          senProvision().censusCode(), id());
    }
    if (secondaryNeed().isPresent()) {
      NeedType secondary = secondaryNeed().get();
      Preconditions.checkArgument(
          secondary != NeedType.NSA,
          "Pupil.secondaryNeed: NSA cannot be a secondary need (pupil %s)", id());
      Preconditions.checkArgument(
          secondary != primaryNeed().orElse(null),
          "Pupil.secondaryNeed: %s repeats the primary need (pupil %s)", secondary.censusCode(), id());
    }
  }
}
