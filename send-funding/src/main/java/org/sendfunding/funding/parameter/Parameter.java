package org.sendfunding.funding.parameter;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.explain.SourceReference;

/**
 * One rule as data: a path, a unit, dated values, whether verified, and where the values come from.
 *
 * <p>A value applies from its date until the next dated value; an empty value (written {@code null}
 * in a file) ends the rule from that date. For example the high-needs floor:
 *
 * <pre>{@code
 * Parameter floor = ParameterSet.defaults().parameter("highneeds.nff.floor");
 * floor.valueOn(LocalDate.of(2025, 9, 1)).get().value();   // 7%  (in force from 2025-04-01)
 * floor.valueOn(LocalDate.of(2026, 9, 1));                 // Optional.empty(): the NFF was paused
 * }</pre>
 *
 * <p>Verification is recorded for the parameter as a whole and may be overridden for single dated
 * values ({@link #valueVerified()}), because some years of a rule are confirmed in a primary source
 * and others are not.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Parameter {

  Parameter() {}

  /** Starts a builder. @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Parameter}. */
  public static final class Builder extends ImmutableParameter.Builder {
    Builder() {}
  }

  /** The dotted path, e.g. {@code highneeds.nff.floor}. @return the path */
  public abstract String path();

  /** What the parameter means, in one line. @return the description */
  public abstract String description();

  /** The unit of every value. @return the unit */
  public abstract ParameterUnit unit();

  /**
   * Whether the values were confirmed in a cited source (unless {@link #valueVerified()} says
   * otherwise for a date).
   *
   * @return true if verified
   */
  public abstract boolean verified();

  /** Free text, e.g. why a value is unverified. @return the note */
  public abstract Optional<String> note();

  /** The sources of the values, at least one. @return the references */
  public abstract ImmutableList<SourceReference> references();

  /**
   * The dated values, earliest first; an empty value ends the rule from its date.
   *
   * @return the values by the date each comes into force
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<LocalDate, Optional<ParameterValue>> values();

  /**
   * Per-value verification that differs from {@link #verified()}, by the value's date.
   *
   * @return the verification flags that override the parameter's
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<LocalDate, Boolean> valueVerified();

  /**
   * The value in force on a date: the latest dated value on or before it, unless that value ends
   * the rule.
   *
   * @param date the date
   * @return the value in force, or empty if none has started or the rule has ended
   */
  public Optional<ValueInForce> valueOn(LocalDate date) {
    Map.Entry<LocalDate, Optional<ParameterValue>> entry = values().floorEntry(date);
    if (entry == null || entry.getValue().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ValueInForce.of(this, entry.getValue().get(), entry.getKey()));
  }

  /**
   * Whether the value dated {@code from} is verified.
   *
   * @param from the date a value came into force
   * @return the per-value flag if given, else {@link #verified()}
   */
  public boolean verifiedOn(LocalDate from) {
    Boolean flag = valueVerified().get(from);
    return flag == null ? verified() : flag;
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        path().matches("[a-z0-9_]+(\\.[a-z0-9_]+)*"),
        "Parameter.path: '%s' must be dotted lower-case words", path());
    Preconditions.checkArgument(
        !description().isBlank(), "Parameter.description: must not be blank (%s)", path());
    Preconditions.checkArgument(
        !references().isEmpty(), "Parameter.references: must not be empty (%s)", path());
    Preconditions.checkArgument(
        !values().isEmpty(), "Parameter.values: must not be empty (%s)", path());
    for (Map.Entry<LocalDate, Optional<ParameterValue>> e : values().entrySet()) {
      e.getValue()
          .ifPresent(
              v ->
                  Preconditions.checkArgument(
                      v.unit() == unit(),
                      "Parameter.values: %s on %s is %s, not %s (%s)",
                      v, e.getKey(), v.unit().fileName(), unit().fileName(), path()));
    }
    for (LocalDate d : valueVerified().keySet()) {
      Preconditions.checkArgument(
          values().containsKey(d),
          "Parameter.valueVerified: %s has no value on that date (%s)", d, path());
    }
  }

  @Override
  public String toString() {
    return path() + " (" + unit().fileName() + ") " + values();
  }
}
