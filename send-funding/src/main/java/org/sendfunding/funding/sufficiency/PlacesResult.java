package org.sendfunding.funding.sufficiency;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendfunding.funding.dataset.CaseloadProjection;
import org.sendfunding.funding.scenario.Assumptions;
import org.sendfunding.funding.scenario.Scenario;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * The result of a {@link PlacesScenario}: a {@link PlacementYear} per LA and year, national totals,
 * the capital cost of the programme, a needs-led programme derived from the gaps, payback, and the
 * deficit projection of the placement mix.
 *
 * <pre>{@code
 * PlacesResult today = scenario.run();
 * PlacesResult needsLed = scenario.withCapital("needs-led by 2029-30", today.needsLedProgramme(FinancialYear.parse("2029-30"))).run();
 * PlacesResult.paybackYear(today, needsLed);               // first year cumulative revenue saved covers the extra capital
 * ScenarioResult dsg = needsLed.deficitScenario(Assumptions.defaults()).run();   // every LA's DSG balance
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlacesResult {

  private static final SourceReference S43 = SourceReference.of(
      "Children and Families Act 2014", "s43 (duty to admit a child whose EHC plan names the school)",
      "https://www.legislation.gov.uk/ukpga/2014/6/section/43");

  private final PlacesScenario scenario;
  private final ImmutableList<PlacementYear> rows;
  private final ImmutableMap<String, PlacementYear> index;

  PlacesResult(PlacesScenario scenario, ImmutableList<PlacementYear> rows) {
    this.scenario = scenario;
    this.rows = rows;
    Map<String, PlacementYear> m = new LinkedHashMap<>();
    rows.forEach(r -> m.put(r.localAuthority().code() + "/" + r.year(), r));
    this.index = ImmutableMap.copyOf(m);
  }

  /** The scenario run. */
  public PlacesScenario scenario() {
    return scenario;
  }

  /** Every row, by LA then year. */
  public ImmutableList<PlacementYear> rows() {
    return rows;
  }

  /**
   * One LA's year.
   *
   * @throws IllegalArgumentException naming the LA and year if there is no such row
   */
  public PlacementYear row(int laCode, FinancialYear year) {
    PlacementYear r = index.get(laCode + "/" + year);
    Preconditions.checkArgument(r != null, "PlacesResult: no row for LA %s in %s", laCode, year);
    return r;
  }

  private List<PlacementYear> rows(FinancialYear year) {
    return rows.stream().filter(r -> r.year().equals(year)).collect(ImmutableList.toImmutableList());
  }

  /** National shortfall of state specialist places (sum of LAs' positive gaps) in a year. */
  public long nationalShortfall(FinancialYear year) {
    return rows(year).stream().mapToLong(PlacementYear::stateShortfall).sum();
  }

  /** National gap (demand − places, summed with sign) in a setting type and year. */
  public long nationalGap(SettingType setting, FinancialYear year) {
    return rows(year).stream().mapToLong(r -> r.gap(setting)).sum();
  }

  /** National admissions over capacity (CFA 2014 s43) in a year. */
  public long nationalAdmittedOverCapacity(FinancialYear year) {
    return rows(year).stream().mapToLong(PlacementYear::admittedOverCapacity).sum();
  }

  /** National overflow to independent special schools in a year. */
  public long nationalOverflowToIndependent(FinancialYear year) {
    return rows(year).stream().mapToLong(PlacementYear::overflowToIndependent).sum();
  }

  /** National pupils placed out of area in a year. */
  public long nationalOutOfArea(FinancialYear year) {
    return rows(year).stream().mapToLong(PlacementYear::outOfArea).sum();
  }

  /** National unplaced pupils in a year. */
  public long nationalUnplaced(FinancialYear year) {
    return rows(year).stream().mapToLong(PlacementYear::unplaced).sum();
  }

  /** National placement revenue cost in a year (base-year unit costs). */
  public Money nationalRevenueCost(FinancialYear year) {
    return Money.sum(rows(year).stream().map(PlacementYear::revenueCost)::iterator);
  }

  /** Capital cost of the projects opening in a year: new places × the cost per place in force that year. */
  public Money capitalCost(FinancialYear year) {
    return Money.sum(scenario.capital().stream().filter(c -> c.opens().equals(year))
        .map(c -> costPerPlace(c.opens()).times(c.places()))::iterator);
  }

  /** Capital cost of the whole programme. */
  public Money totalCapitalCost() {
    return Money.sum(scenario.capital().stream().map(c -> costPerPlace(c.opens()).times(c.places()))::iterator);
  }

  /** New places in the programme. */
  public long totalNewPlaces() {
    return scenario.capital().stream().mapToLong(CapitalProject::places).sum();
  }

  private Money costPerPlace(FinancialYear year) {
    return scenario.parameters().money("sufficiency.places.capital_cost_per_place", year);
  }

  /**
   * A needs-led programme on top of this run's: for each LA and state setting type, new places equal
   * to the positive gap in {@code target}, opening in {@code target}, so that projected demand that
   * year is met. The projects of this run's programme are kept.
   *
   * @param target the year by which demand is met; one of the run's years
   * @return the whole programme
   */
  public ImmutableList<CapitalProject> needsLedProgramme(FinancialYear target) {
    Preconditions.checkArgument(scenario.years().contains(target), "PlacesResult.target: %s is not one of the years %s", target, scenario.years());
    ImmutableList.Builder<CapitalProject> out = ImmutableList.<CapitalProject>builder().addAll(scenario.capital());
    for (PlacementYear r : rows(target)) {
      for (SettingType s : PlacesModel.STATE_SETTINGS) {
        long gap = r.gap(s);
        if (gap > 0) {
          out.add(CapitalProject.of(r.localAuthority(), s, gap, target, "needs-led by " + target,
              scenario.dataset().caseload(r.localAuthority().code()).provenance()));
        }
      }
    }
    return out.build();
  }

  /**
   * The first year in which the revenue saved by {@code scenario} against {@code base}, added up from
   * the first year, covers its extra capital cost.
   *
   * @return the year, or empty if not within the years run (or nothing is saved)
   */
  public static Optional<FinancialYear> paybackYear(PlacesResult base, PlacesResult scenario) {
    Money extraCapital = scenario.totalCapitalCost().minus(base.totalCapitalCost());
    Money saved = Money.ZERO;
    for (FinancialYear y : scenario.scenario.years()) {
      saved = saved.plus(base.nationalRevenueCost(y).minus(scenario.nationalRevenueCost(y)));
      if (saved.isPositive() && saved.compareTo(extraCapital) >= 0) {
        return Optional.of(y);
      }
    }
    return Optional.empty();
  }

  /**
   * The placement mix as the caseload of a funding scenario: pupils in each setting type they are
   * placed in (out-of-area pupils under the setting type they needed, at the LA's unit cost),
   * unplaced pupils left out because nobody pays for them.
   */
  public ImmutableMap<Integer, CaseloadProjection> toCaseloadProjections() {
    Map<Integer, CaseloadProjection.Builder> builders = new LinkedHashMap<>();
    for (PlacementYear r : rows) {
      Map<SettingType, Long> m = new EnumMap<>(SettingType.class);
      for (SettingType s : SettingType.values()) {
        m.put(s, r.placed().getOrDefault(s, 0L) + r.outOfAreaBySetting().getOrDefault(s, 0L));
      }
      builders.computeIfAbsent(r.localAuthority().code(), k -> CaseloadProjection.builder().localAuthority(r.localAuthority()))
          .putYears(r.year(), ImmutableMap.copyOf(m));
    }
    ImmutableMap.Builder<Integer, CaseloadProjection> out = ImmutableMap.builder();
    builders.forEach((k, b) -> out.put(k, b.build()));
    return out.build();
  }

  /**
   * A funding scenario whose caseload is this placement mix, over this run's years, so that the
   * revenue effect of a capital programme shows in every LA's DSG balance.
   *
   * @param base assumptions to start from (inflation, seed, etc.); its years and caseload projections are replaced
   * @return the scenario, ready to run
   */
  public Scenario deficitScenario(Assumptions base) {
    Assumptions a = Assumptions.builder().from(base)
        .firstYear(scenario.years().get(0)).years(scenario.years().size())
        .caseloadProjections(toCaseloadProjections()).build();
    return Scenario.builder().name(scenario.name()).dataset(scenario.dataset()).assumptions(a).build();
  }

  /** Explains one LA's year: where its pupils went and why. */
  public Explanation explain(int laCode, FinancialYear year) {
    PlacementYear r = row(laCode, year);
    Explanation.Builder b = Explanation.builder()
        .rule("Specialist places: demand against places, overflow rule and placement cost (" + r.localAuthority() + ", " + year + ")")
        .source(S43).amount(r.revenueCost())
        .result(r.stateShortfall() + " state places short; " + r.admittedOverCapacity() + " admitted over capacity, "
            + r.outOfArea() + " out of area, " + r.overflowToIndependent() + " to independent, " + r.unplaced() + " unplaced")
        .putInputs("data", scenario.dataset().caseload(laCode).provenance().code() + " caseload and places")
        .putInputs("programme", scenario.name());
    for (SettingType s : PlacesModel.SUPPLY_SETTINGS) {
      b.putInputs(s.displayName(), "demand " + r.demand().getOrDefault(s, 0L) + ", places " + r.capacity().getOrDefault(s, 0L)
          + ", placed " + r.placed().getOrDefault(s, 0L));
    }
    for (String path : new String[] {"sufficiency.places.named_over_capacity_share", "sufficiency.places.out_of_area_state_share",
        "highneeds.nff.import_export_rate", "sufficiency.places.capital_cost_per_place"}) {
      b.addParameters(scenario.parameters().get(path, year).toUse());
    }
    return b.build();
  }

  /**
   * Equal when made from equal scenarios: the places model computes every row from the scenario alone, so a result is determined by its scenario
   * (runs are deterministic, docs/reliability.md section 3). send-json reads a result back this way.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj == this || (obj instanceof PlacesResult && scenario().equals(((PlacesResult) obj).scenario()));
  }

  @Override
  public int hashCode() {
    return scenario().hashCode();
  }
}
