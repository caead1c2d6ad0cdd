package org.sendfunding.data.england;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One published figure: a {@link Measure} for an {@link Area} and {@link Period} (and a breakdown
 * such as {@code age 10}), either a number or the reason there is none ({@link NotAvailable}, never
 * zero), with the {@link Publication} it comes from.
 *
 * <p>A figure is real (as published) unless {@link #derivation()} says how it was carried from a
 * predecessor authority's figure (see {@link Reorganisation}):
 *
 * <pre>{@code
 * Figure f = EnglandStatistics.england().figure(Measure.EHC_PLANS, Area.la(876), Period.january(2025));
 * f.value();          // Optional[1712]
 * f.isReal();         // true
 * f.publication();    // EHCP_2025
 * EnglandStatistics.england().figure(Measure.EHC_PLANS, Area.la(876), Period.january(2010)).reason();
 *                     // Optional[NOT_APPLICABLE]: "z", EHC plans did not exist yet
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Figure {

  Figure() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Figure}. */
  public static final class Builder extends ImmutableFigure.Builder {
    Builder() {}
  }

  /** The measure. */
  public abstract Measure measure();

  /** The area. */
  public abstract Area area();

  /** The period. */
  public abstract Period period();

  /** The breakdown within the measure ({@code age 10}), or {@code ""}. */
  @Value.Default
  public String breakdown() {
    return "";
  }

  /** The number, if there is one. */
  public abstract Optional<BigDecimal> value();

  /** Why there is no number, if there is none. */
  public abstract Optional<NotAvailable> reason();

  /** The publication. */
  public abstract Publication publication();

  /** How the figure was carried from predecessors' published figures; empty if it is as published. */
  public abstract Optional<String> derivation();

  /** Whether the figure is a number as published for this area (not carried from predecessors). */
  public boolean isReal() {
    return derivation().isEmpty() && value().isPresent();
  }

  /** Whether there is a number. */
  public boolean isAvailable() {
    return value().isPresent();
  }

  /**
   * The number.
   *
   * @return the value
   * @throws IllegalStateException naming the figure and the reason if there is none
   */
  public BigDecimal number() {
    return value().orElseThrow(() -> new IllegalStateException(
        "Figure: " + this + " has no number: " + reason().map(NotAvailable::meaning).orElse("?")));
  }

  /** A figure with no number. */
  public static Figure notAvailable(Measure measure, Area area, Period period, String breakdown, NotAvailable reason,
      Publication publication, Optional<String> derivation) {
    return builder().measure(measure).area(area).period(period).breakdown(breakdown).reason(reason)
        .publication(publication).derivation(derivation).build();
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(value().isPresent() != reason().isPresent(),
        "Figure: exactly one of value and reason is needed (%s %s %s: value %s, reason %s)",
        measure(), area(), period(), value(), reason());
  }

  @Override
  public String toString() {
    return measure() + " " + area() + " " + period() + (breakdown().isEmpty() ? "" : " " + breakdown()) + " = "
        + value().map(BigDecimal::toPlainString).orElseGet(() -> "not available (" + reason().get().meaning() + ")")
        + derivation().map(d -> " [" + d + "]").orElse("");
  }
}
