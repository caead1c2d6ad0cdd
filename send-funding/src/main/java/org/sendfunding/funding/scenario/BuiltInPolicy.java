package org.sendfunding.funding.scenario;

import java.time.LocalDate;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.model.money.Percentage;

/**
 * Documented policies a scenario can switch on, each a {@link ParameterOverlay} in force from
 * 1 April 2026 (the first projected year of the embedded dataset).
 *
 * <pre>{@code
 * for (BuiltInPolicy p : BuiltInPolicy.values()) {
 *   ScenarioResult r = p.scenario(FundingDataset.england()).run();
 *   System.out.println(p + ": " + r.national(FinancialYear.parse("2030-31"), Measure.CLOSING_BALANCE));
 * }
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
public enum BuiltInPolicy {
  /** Today's rules: annual settlements, no write-off, local banding, the 0.5% transfer limit, override to March 2028. */
  TODAYS_RULES("Today's rules", "No overlay: the embedded parameters as they stand."),
  /** The NAHT ask: every deficit accrued to 31 March 2026 cancelled, without conditions, paid in 2026-27. */
  DEFICIT_CANCELLATION("Deficit cancellation", "deficit.write_off.policy = cancel_accrued from 2026-04-01 (NAHT ask)."),
  /** Government covers 90% of deficits accrued to 31 March 2026 where a local SEND reform plan is approved. */
  NINETY_PERCENT_COVER("90% government cover", "deficit.write_off.policy = cover_accrued (90%, reform plan required) from 2026-04-01 (final local government settlement 2026)."),
  /** Three-year settlements from 2026-27 with a 2% a year cash guarantee, indexed to inflation. */
  THREE_YEAR_SETTLEMENT("Three-year settlement with floor", "settlement.multi_year.kind = multi_year, length 3, guaranteed minimum 2% a year, from 2026-04-01 (NAHT ask: funding certain for at least three years)."),
  /** National tariffs, area-cost adjusted, replace local bands from 2026-27. */
  NATIONAL_BANDING("National banding", "consistency.national_banding.mode = national from 2026-04-01 (SEND and AP Improvement Plan 2023)."),
  /** A 5% per-head floor on every LA's allocation from 2026-27. */
  HIGHER_FUNDING_FLOOR("Higher funding floor", "settlement.annual.floor = 5% from 2026-04-01."),
  /** The block transfer limit raised to 1.5% of the schools block from 2026-27. */
  BLOCK_TRANSFER_LIMIT_RAISED("Block transfer limit 1.5%", "dsg.block_transfer_limit = 1.5% from 2026-04-01."),
  /** No block transfers from 2026-27. */
  NO_BLOCK_TRANSFERS("No block transfers", "dsg.block_transfer_limit = 0% from 2026-04-01.");

  /** The date every built-in overlay starts. */
  public static final LocalDate FROM = LocalDate.of(2026, 4, 1);

  private final String title;
  private final String description;

  BuiltInPolicy(String title, String description) {
    this.title = title;
    this.description = description;
  }

  /** A readable title. */
  public String title() {
    return title;
  }

  /** What the overlay changes, and why. */
  public String description() {
    return description;
  }

  /** The overlay. */
  public ParameterOverlay overlay() {
    ParameterOverlay.Builder b = ParameterOverlay.builder();
    b.name(title).description(description);
    switch (this) {
      case DEFICIT_CANCELLATION:
        b.override("deficit.write_off.policy", FROM, ParameterValue.ofRule("cancel_accrued"));
        break;
      case NINETY_PERCENT_COVER:
        b.override("deficit.write_off.policy", FROM, ParameterValue.ofRule("cover_accrued"));
        b.override("deficit.write_off.share", FROM, ParameterValue.of(Percentage.of("90")));
        break;
      case THREE_YEAR_SETTLEMENT:
        b.override("settlement.multi_year.kind", FROM, ParameterValue.ofRule("multi_year"));
        b.override("settlement.multi_year.length", FROM, ParameterValue.of(3L));
        b.override("settlement.multi_year.guaranteed_minimum", FROM, ParameterValue.of(Percentage.of("2")));
        break;
      case NATIONAL_BANDING:
        b.override("consistency.national_banding.mode", FROM, ParameterValue.ofRule("national"));
        break;
      case HIGHER_FUNDING_FLOOR:
        b.override("settlement.annual.floor", FROM, ParameterValue.of(Percentage.of("5")));
        break;
      case BLOCK_TRANSFER_LIMIT_RAISED:
        b.override("dsg.block_transfer_limit", FROM, ParameterValue.of(Percentage.of("1.5")));
        break;
      case NO_BLOCK_TRANSFERS:
        b.override("dsg.block_transfer_limit", FROM, ParameterValue.of(Percentage.of("0")));
        break;
      default:
        break;
    }
    return b.build();
  }

  /**
   * A scenario of this policy over a dataset with default assumptions.
   *
   * @param dataset the dataset
   * @return the scenario
   */
  public Scenario scenario(FundingDataset dataset) {
    Scenario.Builder b = Scenario.builder().name(title).dataset(dataset);
    if (this != TODAYS_RULES) {
      b.addOverlays(overlay());
    }
    return b.build();
  }
}
