package org.sendfunding.ehcp.caseload;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;

/**
 * The measures of a caseload by calendar year, for all LAs and for each LA, with the national series to
 * compare against.
 *
 * <pre>{@code
 * CaseloadReport r = CaseloadMeasures.DEFAULT.report(cases, LocalDate.of(2025, 1, 31));
 * r.year(2024).percentWithin20WeeksExcludingExceptions();   // e.g. 47.5
 * System.out.println(r.toText());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseloadReport {

  CaseloadReport() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseloadReport}. */
  public static final class Builder extends ImmutableCaseloadReport.Builder {
    Builder() {}
  }

  /** The date the report was made as at. */
  public abstract LocalDate asOf();

  /** The measures of every year, all LAs together. */
  public abstract ImmutableList<YearMeasures> byYear();

  /** The measures of every year and LA. */
  public abstract ImmutableList<YearMeasures> byYearAndLocalAuthority();

  /** The national series used for comparison. */
  @Value.Auxiliary
  public abstract Sen2Series national();

  /**
   * The measures of a year, all LAs together.
   *
   * @param year the calendar year
   * @return the measures, all zero if the caseload has nothing in that year
   */
  public YearMeasures year(int year) {
    return byYear().stream().filter(m -> m.year() == year).findFirst()
        .orElse(YearMeasures.builder().year(year).requests(0).assessments(0).newPlans(0).newPlansWithin20Weeks(0)
            .newPlansExcludingExceptions(0).newPlansWithin20WeeksExcludingExceptions(0).ceased(0).reviewsDue(0)
            .reviewsOnTime(0).build());
  }

  /**
   * The measures of a year for one LA.
   *
   * @param year the calendar year
   * @param la the LA
   * @return the measures, if the LA has any in that year
   */
  public Optional<YearMeasures> year(int year, LocalAuthority la) {
    return byYearAndLocalAuthority().stream()
        .filter(m -> m.year() == year && m.localAuthority().equals(Optional.of(la))).findFirst();
  }

  /**
   * The difference, in percentage points, between the caseload's 20-week rate excluding exceptions and
   * the national rate, for a year.
   *
   * @param year the calendar year
   * @return caseload minus national, if both exist
   */
  public OptionalDouble differenceFromNational(int year) {
    OptionalDouble mine = year(year).percentWithin20WeeksExcludingExceptions();
    Optional<Double> nat = national().value(NationalMeasure.PCT_WITHIN_20_WEEKS_EXCL_EXCEPTIONS, year);
    return mine.isPresent() && nat.isPresent() ? OptionalDouble.of(mine.getAsDouble() - nat.get()) : OptionalDouble.empty();
  }

  /** The report as a table, one line a year, with the national rate where known. */
  public String toText() {
    StringBuilder out = new StringBuilder(String.format(Locale.UK,
        "%-5s %8s %8s %8s %7s %10s %10s %10s %9s%n", "year", "requests", "assessed", "issued", "ceased",
        "20wk incl", "20wk excl", "national", "reviews"));
    for (YearMeasures m : byYear()) {
      out.append(String.format(Locale.UK, "%-5d %8d %8d %8d %7d %10s %10s %10s %9s%n", m.year(), m.requests(),
          m.assessments(), m.newPlans(), m.ceased(), pct(m.percentWithin20WeeksIncludingExceptions()),
          pct(m.percentWithin20WeeksExcludingExceptions()),
          national().value(NationalMeasure.PCT_WITHIN_20_WEEKS_EXCL_EXCEPTIONS, m.year())
              .map(v -> String.format(Locale.UK, "%.1f%%", v)).orElse("-"),
          pct(m.percentReviewsOnTime())));
    }
    return out.toString();
  }

  private static String pct(OptionalDouble d) {
    return d.isPresent() ? String.format(Locale.UK, "%.1f%%", d.getAsDouble()) : "-";
  }
}
