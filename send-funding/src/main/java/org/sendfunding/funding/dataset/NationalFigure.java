package org.sendfunding.funding.dataset;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.explain.SourceReference;

/**
 * One published national figure for a period, with its source: for example England's high-needs
 * block total for 2025-26.
 *
 * <pre>{@code
 * NationalFigure f = NationalFigure.builder()
 *     .measure("high_needs_total").period("2025-26").unit("gbp")
 *     .value(new BigDecimal("11900000000"))
 *     .source(SourceReference.of("Written answer to Priti Patel", "https://..."))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NationalFigure {

  NationalFigure() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NationalFigure}. */
  public static final class Builder extends ImmutableNationalFigure.Builder {
    Builder() {}
  }

  /** The measure's name, e.g. {@code high_needs_total}, {@code ehcp_pupils_in_schools}. */
  public abstract String measure();

  /** The period as the source states it: a financial year "2025-26", a census "2025-01", an end date. */
  public abstract String period();

  /** The figure (pounds for {@code gbp}, a count, or a percentage). */
  public abstract BigDecimal value();

  /** The unit: {@code gbp}, {@code count} or {@code percent}. */
  public abstract String unit();

  /** Where the figure was published. */
  public abstract SourceReference source();

  /** A caveat (e.g. later revised), if any. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    Preconditions.checkArgument(!measure().isBlank(), "NationalFigure.measure: must not be blank");
    Preconditions.checkArgument(!period().isBlank(), "NationalFigure.period: must not be blank (%s)", measure());
    Preconditions.checkArgument(
        unit().equals("gbp") || unit().equals("count") || unit().equals("percent"),
        "NationalFigure.unit: '%s' is not one of gbp, count, percent (%s %s)", unit(), measure(), period());
  }

  @Override
  public String toString() {
    return measure() + " " + period() + " = " + value().toPlainString() + " " + unit() + " (" + source().title() + ")";
  }
}
