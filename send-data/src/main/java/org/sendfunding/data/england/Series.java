package org.sendfunding.data.england;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One area's figures of one measure over every period its table covers, with the years before a
 * reorganisation carried from the predecessor authorities by a stated {@link Carry} rule, never
 * silently dropped.
 *
 * <pre>{@code
 * Series s = EnglandStatistics.england().series(876, Measure.STATEMENTS_AND_EHC_PLANS);
 * s.figures().firstKey();                 // January 2010
 * s.value(Period.january(2010));          // Optional[554]
 * Series c = EnglandStatistics.england().series(942, Measure.EHC_PLANS);   // Cumberland
 * c.figure(Period.january(2023)).isReal(); // false: Cumbria's figure, split by a stated share
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Series {

  Series() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Series}. */
  public static final class Builder extends ImmutableSeries.Builder {
    Builder() {}
  }

  /** The measure. */
  public abstract Measure measure();

  /** The area: an LA, England, or (for {@link Carry#SUMMED}) the first successor standing for the group. */
  public abstract Area area();

  /** The breakdown ({@code ""} for none). */
  @Value.Default
  public String breakdown() {
    return "";
  }

  /** How years before a reorganisation are carried. */
  public abstract Carry carry();

  /** The reorganisation the series crosses, if any. */
  public abstract Optional<Reorganisation> reorganisation();

  /** Figures by period, every period of the measure's table. */
  public abstract ImmutableSortedMap<Period, Figure> figures();

  /** The figure of a period ({@link NotAvailable#NOT_PUBLISHED} if the table does not cover it). */
  public Figure figure(Period period) {
    Figure f = figures().get(period);
    return f != null ? f : Figure.notAvailable(measure(), area(), period, breakdown(), NotAvailable.NOT_PUBLISHED,
        measure().table().publication(), Optional.empty());
  }

  /** The number of a period, if there is one. */
  public Optional<BigDecimal> value(Period period) {
    return figure(period).value();
  }

  /** The latest period with a number as published (not carried). */
  public Optional<Period> latestReal() {
    return figures().descendingMap().values().stream().filter(Figure::isReal).map(Figure::period).findFirst();
  }
}
