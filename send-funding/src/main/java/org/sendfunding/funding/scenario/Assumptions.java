package org.sendfunding.funding.scenario;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.funding.dataset.CaseloadProjection;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.time.FinancialYear;

/**
 * What a scenario assumes rather than takes from the rules: years to run, demand growth, inflation,
 * population growth, the spread of each LA's yearly formula change, the random seed, and which
 * conditions LAs meet.
 *
 * <pre>{@code
 * Assumptions a = Assumptions.builder()
 *     .years(5)
 *     .caseloadGrowth(Percentage.of("8"))     // pupils with EHC plans, a year
 *     .inflation(Percentage.of("3"))          // unit costs, schools block, indexation
 *     .seed(42)
 *     .putCaseloadProjections(876, haltonProjection) // from a demand model, instead of flat growth
 *     .build();
 * }</pre>
 *
 * <p>Defaults: 5 years from the year after the dataset's base year, caseload growth 8% (plans grew
 * 10.9% from January 2024 to January 2025), inflation 3%, population growth 0%, allocation volatility
 * 2%, seed 1, safety-valve conditions met, every LA with an approved reform plan.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Assumptions {

  Assumptions() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Assumptions}. */
  public static final class Builder extends ImmutableAssumptions.Builder {
    Builder() {}
  }

  /** Every default. */
  public static Assumptions defaults() {
    return builder().build();
  }

  /** The first projected year; empty means the year after the dataset's base year. */
  public abstract Optional<FinancialYear> firstYear();

  /** Number of years to project (1 to 30). */
  @Value.Default
  public int years() {
    return 5;
  }

  /** Yearly growth of pupils with EHC plans in every setting type, where no projection is given. */
  @Value.Default
  public Percentage caseloadGrowth() {
    return Percentage.of("8");
  }

  /** Yearly inflation of unit costs, other spend, the schools block and indexed settlements. */
  @Value.Default
  public Percentage inflation() {
    return Percentage.of("3");
  }

  /** Yearly growth of the population aged 2 to 18. */
  @Value.Default
  public Percentage populationGrowth() {
    return Percentage.of("0");
  }

  /**
   * Spread of each LA's own yearly formula change (data updates), drawn uniformly from minus to plus
   * this much with the seed; it applies only in years whose {@code highneeds.allocation.method} is
   * {@code nff}, not in rollover years.
   */
  @Value.Default
  public Percentage allocationVolatility() {
    return Percentage.of("2");
  }

  /** Seed of the random draws; the same seed gives the same figures. */
  @Value.Default
  public long seed() {
    return 1L;
  }

  /** Whether LAs meet their safety-valve conditions, so that due instalments are paid. */
  @Value.Default
  public boolean safetyValveConditionsMet() {
    return true;
  }

  /** LA codes without an approved local SEND reform plan (a condition of the 90% cover). */
  public abstract ImmutableSet<Integer> withoutReformPlan();

  /** Demand projections by LA code, used instead of flat caseload growth for the years they cover. */
  public abstract ImmutableMap<Integer, CaseloadProjection> caseloadProjections();

  @Value.Check
  void check() {
    Preconditions.checkArgument(years() >= 1 && years() <= 30, "Assumptions.years: %s is not between 1 and 30", years());
    Preconditions.checkArgument(caseloadGrowth().percent().signum() >= 0 || caseloadGrowth().percent().compareTo(java.math.BigDecimal.valueOf(-100)) > 0,
        "Assumptions.caseloadGrowth: %s would leave fewer than no pupils", caseloadGrowth());
    Preconditions.checkArgument(inflation().percent().compareTo(java.math.BigDecimal.valueOf(-100)) > 0, "Assumptions.inflation: %s is not above -100%%", inflation());
    Preconditions.checkArgument(populationGrowth().percent().compareTo(java.math.BigDecimal.valueOf(-100)) > 0, "Assumptions.populationGrowth: %s is not above -100%%", populationGrowth());
    Preconditions.checkArgument(allocationVolatility().percent().signum() >= 0, "Assumptions.allocationVolatility: %s is negative", allocationVolatility());
    caseloadProjections().forEach((code, p) -> Preconditions.checkArgument(p.localAuthority().code() == code,
        "Assumptions.caseloadProjections: key %s holds a projection for %s", code, p.localAuthority()));
  }
}
