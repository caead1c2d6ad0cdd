package org.sendfunding.funding.scenario;

/**
 * Runs scenarios: compiles the rules and assumptions once, projects every LA year by year, and wraps
 * the figures in an explained {@link ScenarioResult}.
 *
 * <p>Each year, for each LA: the settlement sets the high-needs allocation
 * ({@link org.sendfunding.funding.certainty.SettlementEngine}), where the LA's own data change
 * (drawn with the seed) applies only in years whose {@code highneeds.allocation.method} is
 * {@code nff} (a rollover year repays last year's allocation, moved by the national uplift); spend is pupils with EHC plans times
 * the unit cost of each setting type (local, or national tariffs under national banding), inflated,
 * plus other high-needs spend; income adds the block transfer (the LA's request, capped at the
 * limit in force), safety-valve instalments whose conditions are met, and any write-off; the DSG
 * balance carries forward, and the statutory override says whether a deficit is ring-fenced.
 *
 * <pre>{@code
 * ScenarioResult r = ScenarioEngine.DEFAULT.run(scenario);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioEngine {

  /** Path of the assumed yearly uplift before floor and cap. */
  public static final String UPLIFT = "settlement.annual.national_uplift";
  /** Path of the per-head floor in projected years. */
  public static final String FLOOR = "settlement.annual.floor";
  /** Path of the per-head gains cap in projected years. */
  public static final String CAP = "settlement.annual.gains_cap";
  /** Path of the allocation method ({@code nff} or {@code rollover}; owned by the high-needs rules). */
  public static final String ALLOCATION_METHOD = "highneeds.allocation.method";
  /** Path of the block transfer limit (owned by the DSG rules). */
  public static final String TRANSFER_LIMIT = "dsg.block_transfer_limit";

  /** The engine. */
  public static final ScenarioEngine DEFAULT = new ScenarioEngine();

  private ScenarioEngine() {}

  /**
   * Runs a scenario.
   *
   * @param scenario the scenario
   * @return its result
   */
  public ScenarioResult run(Scenario scenario) {
    CompiledScenario compiled = CompiledScenario.compile(scenario);
    return new ScenarioResult(scenario, compiled, compiled.project());
  }
}
