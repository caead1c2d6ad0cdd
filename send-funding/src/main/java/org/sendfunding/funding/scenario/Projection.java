package org.sendfunding.funding.scenario;

/**
 * The raw figures of one projection: every {@link Measure} for every LA and year, in pence or counts,
 * and the unit cost used per setting type. Produced by {@link CompiledScenario#project()} and read
 * through {@link ScenarioResult}, which adds national totals, statistics and explanations.
 *
 * <pre>{@code
 * Projection p = CompiledScenario.compile(scenario).project();
 * p.value(Measure.CLOSING_BALANCE, 0, 4); // first LA, fifth year, in pence
 * }</pre>
 *
 * <p>Instances are effectively immutable once returned: nothing writes to them after the loop, and
 * their arrays are never exposed. This class is thread-safe for reading.
 */
public final class Projection {

  final int authorities;
  final int years;
  final long[][] values;
  final int settings;
  final long[] unitCost;

  Projection(int authorities, int years, int settings) {
    this.authorities = authorities;
    this.years = years;
    this.values = new long[Measure.values().length][authorities * years];
    this.settings = settings;
    this.unitCost = new long[authorities * years * settings];
  }

  /**
   * One figure.
   *
   * @param measure the measure
   * @param authority index of the LA in dataset order
   * @param year index of the year from 0
   * @return pence for money, or the count
   */
  public long value(Measure measure, int authority, int year) {
    return values[measure.ordinal()][authority * years + year];
  }

  /** The unit cost (pence) used for a setting type's index in {@code SettingType.values()}. */
  long unitCost(int authority, int year, int setting) {
    return unitCost[(authority * years + year) * settings + setting];
  }
}
