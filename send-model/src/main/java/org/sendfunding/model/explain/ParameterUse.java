package org.sendfunding.model.explain;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One parameter value that a calculation used: its path, the value as printed, the date that value
 * came into force, whether it is verified against a primary source, and its references.
 *
 * <pre>{@code
 * ParameterUse.builder()
 *     .path("highneeds.nff.floor")
 *     .value("7%")
 *     .inForceFrom(LocalDate.of(2025, 4, 1))
 *     .verified(true)
 *     .addReferences(SourceReference.of("School Funding: Provisional 2025-26 Allocations (HCWS264)", "https://..."))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ParameterUse {

  ParameterUse() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParameterUse}. */
  public static final class Builder extends ImmutableParameterUse.Builder {
    Builder() {}
  }

  /** The parameter's path, e.g. {@code highneeds.nff.floor}. */
  public abstract String path();

  /** The value used, as printed (e.g. "7%", "£10,000.00"). */
  public abstract String value();

  /** The date from which that value was in force. */
  public abstract LocalDate inForceFrom();

  /** Whether the value was confirmed in a primary source. */
  public abstract boolean verified();

  /** Where the value comes from. */
  public abstract ImmutableList<SourceReference> references();

  @Override
  public String toString() {
    return path() + " = " + value() + " (from " + inForceFrom() + (verified() ? "" : ", UNVERIFIED") + ")";
  }
}
