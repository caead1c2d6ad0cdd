package org.sendfunding.funding.sufficiency;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.immutables.value.Value;
import org.sendfunding.funding.dataset.CaseloadProjection;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.time.FinancialYear;

/**
 * A run of the places model: supply, a capital programme, projected demand, years, parameters, and
 * the funding dataset whose unit costs price the placements and whose deficit projection shows the
 * revenue effect.
 *
 * <pre>{@code
 * SufficiencyData data = SufficiencyData.england();
 * PlacesScenario today = PlacesScenario.builder().name("today's capital programme")
 *     .dataset(FundingDataset.england()).supply(data.places()).capital(data.capital())
 *     .demand(CaseloadProjections.grown(FundingDataset.england(), FinancialYear.parse("2026-27"), 10, Percentage.of("5")))
 *     .years(FinancialYear.range(FinancialYear.parse("2026-27"), FinancialYear.parse("2035-36")))
 *     .build();
 * PlacesResult r = today.run();
 * }</pre>
 *
 * <p>Validated completely when built. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlacesScenario {

  PlacesScenario() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlacesScenario}. */
  public static final class Builder extends ImmutablePlacesScenario.Builder {
    Builder() {}
  }

  /** A name for reports. */
  @Value.Default
  public String name() {
    return "places";
  }

  /** The funding dataset (unit costs, and the deficit projection). */
  public abstract FundingDataset dataset();

  /** Places in the base year. */
  public abstract ImmutableList<PlaceSupply> supply();

  /** The capital programme: new places and their opening years. */
  public abstract ImmutableList<CapitalProject> capital();

  /** Projected pupils with EHC plans by LA code. */
  public abstract ImmutableMap<Integer, CaseloadProjection> demand();

  /** The years run, consecutive. */
  public abstract ImmutableList<FinancialYear> years();

  /** The parameters. */
  @Value.Default
  public ParameterSet parameters() {
    return ParameterSet.defaults();
  }

  /** The same scenario with another capital programme and name. */
  public PlacesScenario withCapital(String name, Iterable<CapitalProject> programme) {
    return builder().from(this).name(name).capital(programme).build();
  }

  /** Runs the model. */
  public PlacesResult run() {
    return PlacesModel.DEFAULT.run(this);
  }

  @Value.Check
  void check() {
    // a set: an LA has a supply row per setting type, and its problem is reported once, not once a row
    Set<String> problems = new LinkedHashSet<>();
    ScenarioYears.check(years(), problems);
    for (PlaceSupply s : supply()) {
      int code = s.localAuthority().code();
      if (!dataset().caseloads().containsKey(code)) {
        problems.add("supply: " + s.localAuthority() + " is not in the dataset " + dataset().name());
      }
      CaseloadProjection d = demand().get(code);
      if (d == null) {
        problems.add("demand: no projection for " + s.localAuthority());
      } else if (!years().stream().allMatch(d::covers)) {
        problems.add("demand: the projection for " + s.localAuthority() + " does not cover every year " + years());
      }
    }
    Preconditions.checkArgument(problems.isEmpty(), "PlacesScenario %s: %s", name(),
        String.join("; ", new ArrayList<>(problems).subList(0, Math.min(20, problems.size()))));
  }
}
