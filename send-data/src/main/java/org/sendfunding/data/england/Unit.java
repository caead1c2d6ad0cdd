package org.sendfunding.data.england;

/**
 * What a published figure counts, and whether figures of it add up across areas.
 *
 * <p>Counts and money add (an LA's predecessors can be summed, England is the sum of its LAs);
 * percentages and per-pupil rates do not (a successor inherits its predecessor's rate instead):
 *
 * <pre>{@code
 * Unit.COUNT.additive();        // true
 * Unit.PERCENT.additive();      // false
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
public enum Unit {
  /** A number of children, plans, places or people; may be fractional where DfE counts FTE or projects population. */
  COUNT(true, 0),
  /** Whole pounds, as DfE publishes allocations. */
  POUNDS(true, 0),
  /** Millions of pounds, unrounded as stored in the 2019-20 workbook. */
  POUNDS_MILLIONS(true, 6),
  /** Pounds per pupil (a unit rate), not additive. */
  POUNDS_RATE(false, 2),
  /** A percentage (0 to 100, or negative for a balance), not additive. */
  PERCENT(false, 2);

  private final boolean additive;
  private final int splitScale;

  Unit(boolean additive, int splitScale) {
    this.additive = additive;
    this.splitScale = splitScale;
  }

  /** Whether figures of this unit add across areas. */
  public boolean additive() {
    return additive;
  }

  /** Decimal places kept when a predecessor's figure is split by a share (whole counts and pounds). */
  int splitScale() {
    return splitScale;
  }
}
