package org.sendfunding.funding.dataset;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import org.sendfunding.funding.highneeds.HighNeedsNffInput;
import org.sendfunding.funding.highneeds.ProxyFactor;
import org.sendfunding.model.money.Money;
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
 * <p>In the base year the floor baseline is the previous year's allocation (the panel does not split
 * out basic entitlement and import/export, which DfE's baseline excludes) and the population is
 * taken as unchanged. In the rollover year the previous allocation is the base year's and no grants
 * are rolled in (per-LA amounts are not in the panel).
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
        .floorBaseline(base ? row.previousAllocation() : row.highNeedsAllocation())
        .floorBaselinePopulation2To18(row.population2To18());
    if (!base) {
      b.previousAllocation(row.highNeedsAllocation()).rolledInGrants(Money.ZERO);
    }
    return b.build();
  }

  /**
   * The NFF inputs of every LA in a dataset.
   *
   * @param dataset the dataset
   * @param year its base year or the year after
   * @return one input per LA, in dataset order
   */
  public static ImmutableList<HighNeedsNffInput> forYear(FundingDataset dataset, FinancialYear year) {
    return dataset.panel().stream().map(r -> forYear(r, year)).collect(ImmutableList.toImmutableList());
  }
}
