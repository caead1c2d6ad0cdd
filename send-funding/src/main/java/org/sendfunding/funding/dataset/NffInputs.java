package org.sendfunding.funding.dataset;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sendfunding.funding.highneeds.HighNeedsNff;
import org.sendfunding.funding.highneeds.HighNeedsNffInput;
import org.sendfunding.funding.highneeds.HighNeedsNffNational;
import org.sendfunding.funding.highneeds.HighNeedsNffResult;
import org.sendfunding.funding.highneeds.ProxyFactor;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.RoundingRule;
import org.sendfunding.model.time.FinancialYear;

/**
 * Turns panel rows into inputs of the high-needs national funding formula engine
 * ({@link org.sendfunding.funding.highneeds.HighNeedsNff}), for the base year (formula year) or the
 * year after it (the 2026-27 rollover).
 *
 * <pre>{@code
 * ImmutableList<HighNeedsNffInput> inputs = NffInputs.forYear(FundingDataset.england(), FinancialYear.parse("2025-26"));
 * HighNeedsNffResult r = HighNeedsNff.DEFAULT.allocate(
 *     HighNeedsNffNational.fromInputs(inputs, pot), inputs, ParameterSet.defaults(), FinancialYear.parse("2025-26"));
 * }</pre>
 *
 * <p>In the base year the floor baseline is the previous year's allocation less what DfE's baseline
 * leaves out ("excluding basic entitlement factor and import/export adjustments", calculate-funding
 * template) and less the additions the engine pays after the floor and cap (hospital education):
 *
 * <pre>
 * baseline = previous allocation
 *          − special-school pupils × basic entitlement rate(previous year) × area cost adjustment
 *          − net imported pupils × import/export rate(previous year)
 *          − hospital education
 * </pre>
 *
 * <p>The panel holds one year of indicators, so the previous year's pupils, imports and ACA are taken
 * as this year's, and the population as unchanged. Without the deductions the floor would be
 * measured against a baseline that includes money the formula pays outside it, and a 7% floor would
 * cost more than the national total. In the rollover year the previous allocation is the base year's
 * and no grants are rolled in (per-LA amounts are not in the panel).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NffInputs {

  private NffInputs() {}

  /**
   * The NFF input of one LA.
   *
   * @param row the panel row
   * @param year the row's base year, or the year after it
   * @return the input
   * @throws IllegalArgumentException naming the year if it is neither
   */
  public static HighNeedsNffInput forYear(LocalAuthorityInputs row, FinancialYear year) {
    return forYear(row, year, ParameterSet.defaults());
  }

  /**
   * The NFF input of one LA, with the floor baseline computed from the given parameters' basic
   * entitlement and import/export rates in the previous year.
   *
   * @param row the panel row
   * @param year the row's base year, or the year after it
   * @param parameters the rules (for the previous year's rates)
   * @return the input
   * @throws IllegalArgumentException naming the year if it is neither, or the LA if its baseline
   *     would not be above zero
   */
  public static HighNeedsNffInput forYear(LocalAuthorityInputs row, FinancialYear year, ParameterSet parameters) {
    boolean base = year.equals(row.baseYear());
    Preconditions.checkArgument(base || year.equals(row.baseYear().next()),
        "NffInputs.year: %s is neither the panel's base year %s nor the year after (%s)", year, row.baseYear(), row.localAuthority());
    HighNeedsNffInput.Builder b = HighNeedsNffInput.builder()
        .localAuthority(row.localAuthority())
        .population2To18(row.population2To18())
        .putProxyIndicators(ProxyFactor.FREE_SCHOOL_MEALS, row.freeSchoolMeals())
        .putProxyIndicators(ProxyFactor.IDACI, row.idaci())
        .putProxyIndicators(ProxyFactor.KS2_LOW_ATTAINMENT, row.ks2LowAttainment())
        .putProxyIndicators(ProxyFactor.KS4_LOW_ATTAINMENT, row.ks4LowAttainment())
        .putProxyIndicators(ProxyFactor.BAD_HEALTH, row.childrenInBadHealth())
        .putProxyIndicators(ProxyFactor.DISABILITY_LIVING_ALLOWANCE, row.disabilityLivingAllowance())
        .specialSchoolPupils(row.specialSchoolPupils())
        .historicSpendBaseline(row.historicSpend())
        .areaCostAdjustment(row.areaCostAdjustment())
        .netImportedPupils(row.netImportedPupils())
        .putAdditions("hospital education", row.hospitalEducation())
        .floorBaselineYear(year.previous())
        .floorBaseline(base ? floorBaseline(row, year.previous(), parameters) : row.highNeedsAllocation())
        .floorBaselinePopulation2To18(row.population2To18())
        .putInputSources("population aged 2-18", row.provenance("population_2_18").label())
        .putInputSources("special-school pupils", row.provenance("special_school_pupils").label())
        .putInputSources("area cost adjustment", row.provenance("area_cost_adjustment").label())
        .putInputSources("2017-18 planned spend", row.provenance("historic_spend").label())
        .putInputSources("proxy indicators", row.provenance("free_school_meals").label())
        .putInputSources("net imported pupils", row.provenance("net_imported_pupils").label())
        .putInputSources("hospital education", row.provenance("hospital_education").label())
        .putInputSources("floor baseline", row.provenance(base ? "previous_allocation" : "high_needs_allocation").label());
    if (!base) {
      b.previousAllocation(row.highNeedsAllocation()).rolledInGrants(Money.ZERO);
    }
    return b.build();
  }

  /** The previous year's allocation less basic entitlement, import/export and hospital education. */
  static Money floorBaseline(LocalAuthorityInputs row, FinancialYear previous, ParameterSet parameters) {
    Money basicEntitlement = parameters.money("highneeds.nff.basic_entitlement", previous)
        .times(row.specialSchoolPupils())
        .times(row.areaCostAdjustment(), RoundingRule.HALF_UP_TO_PENNY);
    Money importExport = parameters.money("highneeds.nff.import_export_rate", previous).times(row.netImportedPupils());
    Money baseline = row.previousAllocation().minus(basicEntitlement).minus(importExport).minus(row.hospitalEducation());
    Preconditions.checkArgument(baseline.isPositive(),
        "NffInputs.floorBaseline: %s's %s allocation %s less basic entitlement %s, import/export %s and hospital"
            + " education %s leaves %s; the floor needs a baseline above zero",
        row.localAuthority(), previous, row.previousAllocation(), basicEntitlement, importExport,
        row.hospitalEducation(), baseline);
    return baseline;
  }

  /**
   * The national context of an NFF year with the proxy-factor pot set so that the formula before the
   * floor and gains cap (basic entitlement, historic spend, proxy factors, import/export and additions)
   * adds up to a given national total. The floor and gains cap then move the total away from it; the
   * difference is the floor's cost net of what the cap holds back, and is reported, not searched away.
   *
   * @param inputs one input per LA
   * @param parameters the rules
   * @param year an NFF year
   * @param nationalTotal the published national total the formula shares out
   * @return the national context
   * @throws IllegalArgumentException if the other factors already exceed the total
   */
  public static HighNeedsNffNational calibratedNational(
      List<HighNeedsNffInput> inputs, ParameterSet parameters, FinancialYear year, Money nationalTotal) {
    HighNeedsNffNational noPot = HighNeedsNffNational.fromInputs(inputs, Money.ZERO);
    HighNeedsNffResult withoutPot = HighNeedsNff.DEFAULT.allocate(noPot, inputs, parameters, year);
    Money formulaWithoutPot = Money.sum(withoutPot.allocations().stream()
        .map(a -> a.preFloorTotal().plus(Money.sum(a.additions().values())))
        .collect(ImmutableList.toImmutableList()));
    Money pot = nationalTotal.minus(formulaWithoutPot);
    Preconditions.checkArgument(!pot.isNegative(), "NffInputs.calibratedNational: in %s the factors other than the proxies"
        + " already come to %s, more than the national total %s", year, formulaWithoutPot, nationalTotal);
    return HighNeedsNffNational.fromInputs(inputs, pot);
  }

  /**
   * The NFF inputs of every LA in a dataset.
   *
   * @param dataset the dataset
   * @param year its base year or the year after
   * @return one input per LA, in dataset order
   */
  public static ImmutableList<HighNeedsNffInput> forYear(FundingDataset dataset, FinancialYear year) {
    return forYear(dataset, year, ParameterSet.defaults());
  }

  /**
   * The NFF inputs of every LA in a dataset, with floor baselines from the given parameters.
   *
   * @param dataset the dataset
   * @param year its base year or the year after
   * @param parameters the rules (for the previous year's rates)
   * @return one input per LA, in dataset order
   */
  public static ImmutableList<HighNeedsNffInput> forYear(
      FundingDataset dataset, FinancialYear year, ParameterSet parameters) {
    return dataset.panel().stream().map(r -> forYear(r, year, parameters)).collect(ImmutableList.toImmutableList());
  }
}
