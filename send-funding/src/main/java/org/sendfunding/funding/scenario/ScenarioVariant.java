package org.sendfunding.funding.scenario;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * The policy levers a sweep varies, as rates in millionths (30000 = 3%), held for every projected
 * year: floor and gains cap per head, caseload growth, inflation, block transfer limit, and the
 * share of the accrued deficit written off.
 *
 * <p>{@link CompiledScenario#withVariant(ScenarioVariant)} applies them to a compiled scenario
 * without re-reading parameters, and gives exactly the figures of the equivalent {@link Scenario}
 * (overlays on {@code settlement.annual.floor}, {@code settlement.annual.gains_cap},
 * {@code dsg.block_transfer_limit} and {@code deficit.write_off.*}; assumptions on growth and
 * inflation):
 *
 * <pre>{@code
 * CompiledScenario base = CompiledScenario.compile(BuiltInPolicy.TODAYS_RULES.scenario(england));
 * Projection p = base.withVariant(ScenarioVariant.of(20_000, 80_000, 60_000, 25_000, 10_000, 900_000)).project();
 * }</pre>
 *
 * <p>A write-off share of zero means no write-off; above zero it is the 90%-cover rule with that
 * share, keeping the base scenario's reform-plan condition. This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class ScenarioVariant {

  ScenarioVariant() {}

  /**
   * Creates a variant.
   *
   * @param floorMillionths floor per head
   * @param capMillionths gains cap per head
   * @param caseloadGrowthMillionths yearly growth of pupils with EHC plans
   * @param inflationMillionths yearly inflation
   * @param transferLimitMillionths block transfer limit (share of the schools block)
   * @param writeOffShareMillionths share of the deficit at the accrual date written off (0 to 1,000,000)
   * @return the variant
   */
  public static ScenarioVariant of(long floorMillionths, long capMillionths, long caseloadGrowthMillionths,
      long inflationMillionths, long transferLimitMillionths, long writeOffShareMillionths) {
    return ImmutableScenarioVariant.of(floorMillionths, capMillionths, caseloadGrowthMillionths, inflationMillionths,
        transferLimitMillionths, writeOffShareMillionths);
  }

  /** Floor per head, millionths. */
  @Value.Parameter
  public abstract long floorMillionths();

  /** Gains cap per head, millionths. */
  @Value.Parameter
  public abstract long capMillionths();

  /** Caseload growth a year, millionths. */
  @Value.Parameter
  public abstract long caseloadGrowthMillionths();

  /** Inflation a year, millionths. */
  @Value.Parameter
  public abstract long inflationMillionths();

  /** Block transfer limit, millionths of the schools block. */
  @Value.Parameter
  public abstract long transferLimitMillionths();

  /** Share of the accrued deficit written off, millionths. */
  @Value.Parameter
  public abstract long writeOffShareMillionths();

  @Value.Check
  void check() {
    Preconditions.checkArgument(capMillionths() >= floorMillionths(), "ScenarioVariant.cap: %s is below the floor %s", capMillionths(), floorMillionths());
    Preconditions.checkArgument(caseloadGrowthMillionths() > -1_000_000 && inflationMillionths() > -1_000_000,
        "ScenarioVariant: growth %s and inflation %s must be above -100%%", caseloadGrowthMillionths(), inflationMillionths());
    Preconditions.checkArgument(transferLimitMillionths() >= 0, "ScenarioVariant.transferLimit: %s is negative", transferLimitMillionths());
    Preconditions.checkArgument(writeOffShareMillionths() >= 0 && writeOffShareMillionths() <= 1_000_000,
        "ScenarioVariant.writeOffShare: %s is not between 0 and 1,000,000", writeOffShareMillionths());
  }
}
