package org.sendfunding.funding.sufficiency;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * One LA's support service in one year: staff in post, assessment requests, advice waits, the share
 * of advice within 6 weeks and of plans within 20 weeks, and the cost of any investment.
 *
 * <pre>{@code
 * ServiceYear y = result.row(202, SupportService.EDUCATIONAL_PSYCHOLOGY, FinancialYear.parse("2030-31"));
 * y.shareAdviceWithinLimit();  // e.g. 0.84
 * y.unbounded();              // true when demand is at or above capacity: waits grow without bound
 * }</pre>
 *
 * <p>Waits are statistics (double); money is exact. Means are infinite, never NaN, when requests are
 * never answered. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServiceYear {

  ServiceYear() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceYear}. */
  public static final class Builder extends ImmutableServiceYear.Builder {
    Builder() {}
  }

  /** The LA. */
  public abstract LocalAuthority localAuthority();

  /** The service. */
  public abstract SupportService service();

  /** The year. */
  public abstract FinancialYear year();

  /** FTE in post: establishment less vacancies, plus investment. */
  public abstract BigDecimal fteInPost();

  /** Advisers in the queue: whole FTE in post (a fraction of an FTE cannot hold a case). */
  public abstract int advisers();

  /** Requests for this advice in the year. */
  public abstract long requests();

  /** Offered load over capacity. */
  public abstract double utilisation();

  /** Mean weeks waiting for an adviser. */
  public abstract double meanWaitWeeks();

  /** Mean weeks from request to advice returned. */
  public abstract double meanAdviceWeeks();

  /** Total pupil-weeks of waiting for an adviser. */
  public abstract double waitingWeeks();

  /** Share of advice returned within 6 weeks (reg 8). */
  public abstract double shareAdviceWithinLimit();

  /** Share of plans that could be issued within 20 weeks (reg 13(2)) given this advice's waits. */
  public abstract double sharePlansWithinTwentyWeeks();

  /** Whether waits grow without bound (demand at or above capacity, or no advisers). */
  public abstract boolean unbounded();

  /** Cost of the scenario's investments in this LA, service and year. */
  public abstract Money investmentCost();
}
