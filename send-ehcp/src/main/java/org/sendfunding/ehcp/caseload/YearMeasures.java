package org.sendfunding.ehcp.caseload;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;

/**
 * The DfE-style measures of a caseload for one calendar year, for all LAs or for one.
 *
 * <p>For example 10 new plans in 2024 of which 5 within 20 weeks, 2 of them with an exception (both
 * late): {@code percentWithin20WeeksIncludingExceptions()} is 50.0 and
 * {@code percentWithin20WeeksExcludingExceptions()} is 5 of 8 = 62.5.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class YearMeasures {

  YearMeasures() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link YearMeasures}. */
  public static final class Builder extends ImmutableYearMeasures.Builder {
    Builder() {}
  }

  /** The calendar year. */
  public abstract int year();

  /** The LA, or empty for all LAs together. */
  public abstract Optional<LocalAuthority> localAuthority();

  /** Initial requests for assessment received in the year. */
  public abstract int requests();

  /** Decisions to assess made in the year. */
  public abstract int assessments();

  /** New plans issued in the year. */
  public abstract int newPlans();

  /** New plans issued in the year within 20 weeks of the request. */
  public abstract int newPlansWithin20Weeks();

  /** New plans issued in the year whose case had no reg 10(4) exception. */
  public abstract int newPlansExcludingExceptions();

  /** Of those, the ones issued within 20 weeks. */
  public abstract int newPlansWithin20WeeksExcludingExceptions();

  /** Plans ceased in the year. */
  public abstract int ceased();

  /** Annual reviews that fell due in the year, up to the report date. */
  public abstract int reviewsDue();

  /** Of those, reviews held by the due date. */
  public abstract int reviewsOnTime();

  /** The percentage of new plans within 20 weeks, all cases. */
  public OptionalDouble percentWithin20WeeksIncludingExceptions() {
    return percent(newPlansWithin20Weeks(), newPlans());
  }

  /** The percentage of new plans within 20 weeks, cases with an exception left out (DfE's headline). */
  public OptionalDouble percentWithin20WeeksExcludingExceptions() {
    return percent(newPlansWithin20WeeksExcludingExceptions(), newPlansExcludingExceptions());
  }

  /** The percentage of reviews due that were held on time. */
  public OptionalDouble percentReviewsOnTime() {
    return percent(reviewsOnTime(), reviewsDue());
  }

  private static OptionalDouble percent(int part, int whole) {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * part / whole);
  }
}
