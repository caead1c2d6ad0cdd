package org.sendfunding.funding.sufficiency;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.sendfunding.funding.dataset.Provenance;
import org.sendfunding.model.authority.LocalAuthority;

/**
 * An LA's funded establishment of one support service in full-time equivalents (FTE), in the base
 * year, with whether the figure is the LA's own or illustrative.
 *
 * <pre>{@code
 * ServiceCapacity.of(LocalAuthorities.england().byCode(202), SupportService.EDUCATIONAL_PSYCHOLOGY,
 *     new BigDecimal("21.4"), Provenance.ILLUSTRATIVE);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class ServiceCapacity {

  ServiceCapacity() {}

  /**
   * A capacity.
   *
   * @param la the LA
   * @param service the service
   * @param fte funded FTE, not negative
   * @param provenance real or illustrative
   * @return the capacity
   */
  public static ServiceCapacity of(LocalAuthority la, SupportService service, BigDecimal fte, Provenance provenance) {
    return ImmutableServiceCapacity.of(la, service, fte, provenance);
  }

  /** The LA. */
  @Value.Parameter
  public abstract LocalAuthority localAuthority();

  /** The service. */
  @Value.Parameter
  public abstract SupportService service();

  /** The funded establishment in FTE (posts in post plus vacancies). */
  @Value.Parameter
  public abstract BigDecimal fte();

  /** Whether the figure is published for this LA. */
  @Value.Parameter
  public abstract Provenance provenance();

  @Value.Check
  void check() {
    Preconditions.checkArgument(fte().signum() >= 0, "ServiceCapacity.fte: %s is negative (%s, %s)", fte(), localAuthority(), service());
  }
}
