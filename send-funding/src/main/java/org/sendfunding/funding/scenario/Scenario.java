package org.sendfunding.funding.scenario;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.time.FinancialYear;

/**
 * A "what if": a dataset, policy overlays on the rules, and assumptions, run year by year for every
 * LA into an explained {@link ScenarioResult}.
 *
 * <p>Overlays are applied to the base parameters in order and validated in full when the scenario is
 * built, so a bad overlay fails before anything is computed. The same scenario always gives
 * byte-identical output.
 *
 * <pre>{@code
 * Scenario today = BuiltInPolicy.TODAYS_RULES.scenario(FundingDataset.england());
 * Scenario cover = Scenario.builder()
 *     .name("90% cover, 3% inflation")
 *     .dataset(FundingDataset.england())
 *     .addOverlays(BuiltInPolicy.NINETY_PERCENT_COVER.overlay())
 *     .assumptions(Assumptions.builder().inflation(Percentage.of("3")).build())
 *     .build();
 * ScenarioComparison diff = Scenario.compare(today, cover);
 * diff.national(FinancialYear.parse("2030-31"), Measure.CLOSING_BALANCE); // + about £4.5bn
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scenario {

  Scenario() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Scenario}. */
  public static final class Builder extends ImmutableScenario.Builder {
    Builder() {}
  }

  /** The scenario's name, printed in every export. */
  public abstract String name();

  /** The inputs. */
  public abstract FundingDataset dataset();

  /** The rules before overlays; defaults to the embedded parameters. */
  @Value.Default
  public ParameterSet baseParameters() {
    return ParameterSet.defaults();
  }

  /** Policy overlays, applied in order. */
  public abstract ImmutableList<ParameterOverlay> overlays();

  /** Assumptions; defaults to {@link Assumptions#defaults()}. */
  @Value.Default
  public Assumptions assumptions() {
    return Assumptions.defaults();
  }

  /** The rules with every overlay applied. */
  @Value.Lazy
  public ParameterSet parameters() {
    ParameterSet p = baseParameters();
    for (ParameterOverlay o : overlays()) {
      p = p.withOverlay(o);
    }
    return p;
  }

  /** The first projected year. */
  public FinancialYear firstYear() {
    return assumptions().firstYear().orElse(dataset().baseYear().next());
  }

  /** The projected years. */
  public ImmutableList<FinancialYear> years() {
    return FinancialYear.range(firstYear(), firstYear().plusYears(assumptions().years() - 1));
  }

  /** Runs the scenario. */
  public ScenarioResult run() {
    return ScenarioEngine.DEFAULT.run(this);
  }

  /**
   * Runs two scenarios and compares them figure by figure (b minus a).
   *
   * @param a the baseline
   * @param b the alternative
   * @return the differences
   */
  public static ScenarioComparison compare(Scenario a, Scenario b) {
    return ScenarioComparison.of(a.run(), b.run());
  }

  /** This scenario with one more overlay and a new name. */
  public Scenario withOverlay(String newName, ParameterOverlay overlay) {
    return builder().name(newName).dataset(dataset()).baseParameters(baseParameters()).addAllOverlays(overlays())
        .addOverlays(overlay).assumptions(assumptions()).build();
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(!name().isBlank(), "Scenario.name: must not be blank");
    Preconditions.checkArgument(!firstYear().start().isBefore(dataset().baseYear().next().start()),
        "Scenario.firstYear: %s is before the year after the dataset's base year %s", firstYear(), dataset().baseYear());
    Preconditions.checkArgument(firstYear().equals(dataset().baseYear().next()),
        "Scenario.firstYear: %s must be the year after the dataset's base year %s (balances are at its end)", firstYear(), dataset().baseYear());
    parameters(); // validates every overlay now, listing every problem in one ParameterException
  }

  @Override
  public String toString() {
    return "Scenario[" + name() + ", " + dataset().name() + ", " + overlays().size() + " overlays, " + years().get(0) + " to "
        + years().get(years().size() - 1) + "]";
  }
}
