package org.sendfunding.funding.sufficiency;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.sendfunding.ehcp.timeline.TimelineEngine;
import org.sendfunding.funding.dataset.CaseloadProjection;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.time.FinancialYear;

/**
 * A run of the specialist-services model: each LA's service establishment, its projected pupils with
 * EHC plans (the source of assessment requests), the years, the parameters, any investments, and the
 * seed.
 *
 * <pre>{@code
 * ServicesScenario base = ServicesScenario.builder().name("today")
 *     .capacities(SufficiencyData.england().services())
 *     .demand(CaseloadProjections.grown(FundingDataset.england(), 10, Percentage.of("5")))
 *     .years(FinancialYear.range(FinancialYear.parse("2026-27"), FinancialYear.parse("2035-36")))
 *     .build();
 * ServicesResult r = base.run();
 * }</pre>
 *
 * <p>Validated completely when built. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServicesScenario {

  ServicesScenario() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServicesScenario}. */
  public static final class Builder extends ImmutableServicesScenario.Builder {
    Builder() {}
  }

  /** A name for reports. */
  @Value.Default
  public String name() {
    return "services";
  }

  /** Funded establishment per LA and service. */
  public abstract ImmutableList<ServiceCapacity> capacities();

  /** Projected pupils with EHC plans by LA code, covering every year. */
  public abstract ImmutableMap<Integer, CaseloadProjection> demand();

  /** The years run, consecutive. */
  public abstract ImmutableList<FinancialYear> years();

  /** The parameters (the shipped defaults unless overridden). */
  @Value.Default
  public ParameterSet parameters() {
    return ParameterSet.defaults();
  }

  /** Investments applied. */
  public abstract ImmutableList<ServiceInvestment> investments();

  /** The seed; LA and service are mixed in so each queue has its own stream. */
  @Value.Default
  public long seed() {
    return 1L;
  }

  /** The timeline engine the 20-week share is computed with. */
  @Value.Default
  public TimelineEngine timelineEngine() {
    return TimelineEngine.DEFAULT;
  }

  /** The same scenario with more investments and a new name. */
  public ServicesScenario withInvestments(String name, ServiceInvestment... more) {
    return builder().from(this).name(name).addInvestments(more).build();
  }

  /** Runs the model. */
  public ServicesResult run() {
    return ServicesModel.DEFAULT.run(this);
  }

  @Value.Check
  void check() {
    // a set: an LA has a row per service, and a problem with its demand is reported once, not once a row
    Set<String> problems = new LinkedHashSet<>();
    ScenarioYears.check(years(), problems);
    List<String> keys = new ArrayList<>();
    for (ServiceCapacity c : capacities()) {
      String key = c.localAuthority().code() + "/" + c.service().key();
      if (keys.contains(key)) {
        problems.add("capacities: " + c.localAuthority() + " has two rows for " + c.service().key());
      }
      keys.add(key);
      CaseloadProjection d = demand().get(c.localAuthority().code());
      if (d == null) {
        problems.add("demand: no projection for " + c.localAuthority());
      } else {
        for (FinancialYear y : years()) {
          if (!d.covers(y)) {
            problems.add("demand: the projection for " + c.localAuthority() + " does not cover " + y);
            break;
          }
        }
      }
    }
    Preconditions.checkArgument(problems.isEmpty(), "ServicesScenario %s: %s", name(), String.join("; ", problems));
  }
}
