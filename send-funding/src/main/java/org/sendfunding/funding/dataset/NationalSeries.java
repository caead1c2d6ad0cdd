package org.sendfunding.funding.dataset;

import com.google.common.collect.ImmutableList;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Published national figures by measure and period, each cited: high-needs totals, EHC plan and SEN
 * support counts, 20-week rates, deficit estimates, floors and gains caps.
 *
 * <pre>{@code
 * NationalSeries s = FundingDataset.england().nationalSeries();
 * s.figure("high_needs_total", "2025-26").value(); // 11900000000
 * s.series("ehcp_plans_all_ages");                  // 2019 .. 2025
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NationalSeries {

  NationalSeries() {}

  /**
   * A series holding the figures.
   *
   * @param figures the figures, at most one per measure and period
   * @return the series
   */
  public static NationalSeries of(Iterable<NationalFigure> figures) {
    return ImmutableNationalSeries.builder().addAllFigures(figures).build();
  }

  /** Every figure, in file order. */
  public abstract ImmutableList<NationalFigure> figures();

  /** The figures of one measure, in file order. */
  public ImmutableList<NationalFigure> series(String measure) {
    return figures().stream().filter(f -> f.measure().equals(measure)).collect(ImmutableList.toImmutableList());
  }

  /** The figure for a measure and period, if published. */
  public Optional<NationalFigure> findFigure(String measure, String period) {
    return figures().stream().filter(f -> f.measure().equals(measure) && f.period().equals(period)).findFirst();
  }

  /**
   * The figure for a measure and period.
   *
   * @param measure the measure
   * @param period the period
   * @return the figure
   * @throws NoSuchElementException naming both if there is none
   */
  public NationalFigure figure(String measure, String period) {
    return findFigure(measure, period)
        .orElseThrow(() -> new NoSuchElementException("NationalSeries: no figure for " + measure + " " + period));
  }

  @Value.Check
  void check() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (NationalFigure f : figures()) {
      com.google.common.base.Preconditions.checkArgument(
          seen.add(f.measure() + " " + f.period()),
          "NationalSeries.figures: %s %s appears twice", f.measure(), f.period());
    }
  }
}
