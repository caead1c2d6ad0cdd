package org.sendfunding.accountability.parameters;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.sendfunding.model.explain.ParameterUse;
import org.sendfunding.model.explain.SourceReference;

/**
 * One dated value of an accountability parameter, with its unit, description and source.
 *
 * <p>For example the negative-score cap's multiple: path {@code progress8.cap.sdMultiple}, value 2.3,
 * unit "standard deviations", in force from 2018-09-01, not verified against the DfE table (it is
 * SIG+'s estimate of the 1% point). Statistics are not money, so the value is a {@code double}.
 *
 * <pre>{@code
 * AccountabilityParameter cap = AccountabilityParameter.builder()
 *     .path("progress8.cap.sdMultiple").value(2.3).unit("standard deviations")
 *     .inForceFrom(LocalDate.of(2018, 9, 1)).verified(false)
 *     .description("floor below each group's mean")
 *     .reference(SourceReference.of("Capped scores in 2018 progress measures", "https://sigplus.co.uk/..."))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AccountabilityParameter {

  AccountabilityParameter() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountabilityParameter}. */
  public static final class Builder extends ImmutableAccountabilityParameter.Builder {
    Builder() {}
  }

  /** The dotted path, e.g. {@code progress8.confidenceInterval.z}. */
  public abstract String path();

  /** The value. */
  public abstract double value();

  /** The unit the value is in, e.g. "standard deviations". */
  public abstract String unit();

  /** The date from which the value applies. */
  public abstract LocalDate inForceFrom();

  /** Whether the value was confirmed in a primary source. */
  public abstract boolean verified();

  /** What the parameter means. */
  public abstract String description();

  /** Where the value comes from. */
  public abstract SourceReference reference();

  /** The parameter as an explanation records it. */
  @Value.Lazy
  public ParameterUse use() {
    return ParameterUse.builder()
        .path(path())
        .value(printedValue() + " " + unit())
        .inForceFrom(inForceFrom())
        .verified(verified())
        .addReferences(reference())
        .build();
  }

  /** The value without a trailing ".0" for whole numbers. */
  public String printedValue() {
    double v = value();
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(!path().isBlank(), "AccountabilityParameter.path: must not be blank");
    Preconditions.checkArgument(
        Double.isFinite(value()), "AccountabilityParameter.value: %s is not finite (%s)", value(), path());
    Preconditions.checkArgument(
        !unit().isBlank(), "AccountabilityParameter.unit: must not be blank (%s)", path());
  }

  @Override
  public String toString() {
    return path() + " = " + printedValue() + " " + unit() + " (from " + inForceFrom() + ")";
  }
}
