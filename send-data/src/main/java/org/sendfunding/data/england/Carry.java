package org.sendfunding.data.england;

/**
 * How a series carries the years before a reorganisation, when the area did not yet exist.
 *
 * <pre>{@code
 * EnglandStatistics.england().series(942, Measure.EHC_PLANS, Carry.SPLIT_BY_SHARE)
 *     .figure(Period.january(2023)).derivation();
 * // Optional["Cumbria (909) 4489 split by Cumberland's share of the successors' EHC_PLANS in January 2024
 * //   (2656 of 4852, 54.7%) (CUMBRIA_2023, largest remainder)"]: 2,457 plans
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
public enum Carry {
  /**
   * The predecessors' figures added up: only for the successors taken together
   * ({@link EnglandStatistics#combinedSeries}), whose area is exactly the predecessors' area.
   */
  SUMMED,
  /**
   * The predecessors' total shared among the successors in proportion to each successor's figure in
   * the first period all of them are published (largest remainder, so the parts add back to the
   * total); a rate or percentage is carried unchanged where there was one predecessor, and is not
   * comparable where there were several.
   */
  SPLIT_BY_SHARE,
  /** The predecessors' years are present as "not comparable" figures, with the reorganisation named. */
  NOT_COMPARABLE
}
