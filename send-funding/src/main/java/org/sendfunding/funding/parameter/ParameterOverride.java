package org.sendfunding.funding.parameter;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One override in a {@link ParameterOverlay}: from a date (optionally until a date), a parameter
 * takes a given value, or ends if the value is empty.
 *
 * <pre>{@code
 * ParameterOverride.of("highneeds.nff.floor", LocalDate.of(2026, 4, 1),
 *     Optional.of(ParameterValue.of(Percentage.of("10"))), Optional.empty());
 * }</pre>
 *
 * <p>With an {@code until} date the base value in force on that date resumes from it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class ParameterOverride {

  ParameterOverride() {}

  /**
   * Creates an override.
   *
   * @param path the parameter's path
   * @param from the first date the override applies
   * @param value the value, or empty to end the rule
   * @param until the first date the override no longer applies, if any
   * @return the override
   */
  public static ParameterOverride of(
      String path,
      LocalDate from,
      Optional<? extends ParameterValue> value,
      Optional<? extends LocalDate> until) {
    return ImmutableParameterOverride.of(path, from, value, until);
  }

  /** The overridden parameter's path. @return the path */
  @Value.Parameter
  public abstract String path();

  /** The first date the override applies. @return the date */
  @Value.Parameter
  public abstract LocalDate from();

  /** The value from that date, or empty to end the rule. @return the value */
  @Value.Parameter
  public abstract Optional<ParameterValue> value();

  /** The date the base value resumes, if any. @return the date */
  @Value.Parameter
  public abstract Optional<LocalDate> until();

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        !path().isBlank(), "ParameterOverride.path: must not be blank");
    until()
        .ifPresent(
            u ->
                Preconditions.checkArgument(
                    u.isAfter(from()),
                    "ParameterOverride.until: %s is not after from %s (%s)", u, from(), path()));
  }

  @Override
  public String toString() {
    return path() + " = " + value().map(Object::toString).orElse("(ended)") + " from " + from()
        + until().map(u -> " until " + u).orElse("");
  }
}
