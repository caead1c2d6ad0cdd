package org.sendfunding.funding.sufficiency;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import org.sendfunding.model.time.FinancialYear;

/**
 * An investment in a support service from a year: extra funded FTE in post in every LA it covers,
 * extra training places started each year, or both.
 *
 * <pre>{@code
 * ServiceInvestment.builder().service(SupportService.EDUCATIONAL_PSYCHOLOGY)
 *     .from(FinancialYear.parse("2026-27")).extraFte(2).extraTrainingPlaces(1)
 *     .build();   // every LA: 2 more EPs from 2026-27, 1 more trainee a year qualifying 3 years later
 * }</pre>
 *
 * <p>Extra FTE cost {@code cost_per_fte} a year; a training place costs {@code training_cost_per_place}
 * in the year it starts and yields an FTE {@code training_lag_years} later, retained at
 * {@code 1 - attrition} a year and then paid {@code cost_per_fte}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ServiceInvestment {

  ServiceInvestment() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceInvestment}. */
  public static final class Builder extends ImmutableServiceInvestment.Builder {
    Builder() {}
  }

  /** The service. */
  public abstract SupportService service();

  /** The first year of the investment. */
  public abstract FinancialYear from();

  /** Extra FTE in post in each LA covered, from {@link #from()}. */
  @Value.Default
  public int extraFte() {
    return 0;
  }

  /** Extra training places started each year in each LA covered, from {@link #from()}. */
  @Value.Default
  public int extraTrainingPlaces() {
    return 0;
  }

  /** The LA codes covered; empty means every LA. */
  public abstract ImmutableSet<Integer> laCodes();

  /** Whether the investment covers an LA. */
  public boolean covers(int laCode) {
    return laCodes().isEmpty() || laCodes().contains(laCode);
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(extraFte() >= 0, "ServiceInvestment.extraFte: %s is negative", extraFte());
    Preconditions.checkArgument(extraTrainingPlaces() >= 0, "ServiceInvestment.extraTrainingPlaces: %s is negative", extraTrainingPlaces());
    Preconditions.checkArgument(extraFte() + extraTrainingPlaces() > 0,
        "ServiceInvestment: %s from %s adds neither FTE nor training places", service(), from());
  }

  @Override
  public String toString() {
    return service().displayName() + " from " + from() + ": +" + extraFte() + " FTE, +" + extraTrainingPlaces()
        + " training places a year" + (laCodes().isEmpty() ? " in every LA" : " in LAs " + laCodes());
  }
}
