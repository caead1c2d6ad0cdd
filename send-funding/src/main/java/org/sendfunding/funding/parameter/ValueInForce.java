package org.sendfunding.funding.parameter;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.sendfunding.model.explain.ParameterUse;

/**
 * The value of a parameter in force on some date, with the date it came into force.
 *
 * <pre>{@code
 * ValueInForce floor = ParameterSet.defaults().get("highneeds.nff.floor", FinancialYear.of(2025));
 * floor.value();        // 7%
 * floor.inForceFrom();  // 2025-04-01
 * floor.toUse();        // highneeds.nff.floor = 7% (from 2025-04-01), for an Explanation
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class ValueInForce {

  ValueInForce() {}

  /**
   * Creates a value in force.
   *
   * @param parameter the parameter
   * @param value its value
   * @param inForceFrom the date the value came into force
   * @return the value in force
   */
  public static ValueInForce of(Parameter parameter, ParameterValue value, LocalDate inForceFrom) {
    return ImmutableValueInForce.of(parameter, value, inForceFrom);
  }

  /** The parameter. @return the parameter */
  @Value.Parameter
  public abstract Parameter parameter();

  /** The value. @return the value */
  @Value.Parameter
  public abstract ParameterValue value();

  /** The date this value came into force. @return the date */
  @Value.Parameter
  public abstract LocalDate inForceFrom();

  /** Whether this value is verified against a cited source. @return true if verified */
  public boolean verified() {
    return parameter().verifiedOn(inForceFrom());
  }

  /**
   * This value as a parameter use for an explanation: path, printed value, date, verified flag and
   * references.
   *
   * @return the parameter use
   */
  @Value.Lazy
  public ParameterUse toUse() {
    return ParameterUse.builder()
        .path(parameter().path())
        .value(value().toString())
        .inForceFrom(inForceFrom())
        .verified(verified())
        .addAllReferences(parameter().references())
        .build();
  }

  @Override
  public String toString() {
    return parameter().path() + " = " + value() + " (from " + inForceFrom() + ")";
  }
}
