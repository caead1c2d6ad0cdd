package org.sendfunding.funding.dataset;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSortedSet;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.time.FinancialYear;

/**
 * One LA's row of the panel: the high-needs national funding formula (NFF) indicators, its
 * allocations, schools block, other high-needs spend and the DSG balance at the end of the base year.
 *
 * <p>Figures are for the {@link #baseYear()} (2025-26 in the embedded panel); the projection starts
 * the year after. {@link #realFields()} names the columns holding the LA's published value; every
 * other column is illustrative.
 *
 * <pre>{@code
 * LocalAuthorityInputs halton = FundingDataset.england().inputs(876);
 * halton.highNeedsAllocation();  // £29,267,000.00 (Halton committee papers, real)
 * halton.provenance();           // ILLUSTRATIVE (other columns are generated)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LocalAuthorityInputs {

  LocalAuthorityInputs() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LocalAuthorityInputs}. */
  public static final class Builder extends ImmutableLocalAuthorityInputs.Builder {
    Builder() {}
  }

  /** The LA. */
  public abstract LocalAuthority localAuthority();

  /** The year the figures describe; the DSG balance is at its end. */
  public abstract FinancialYear baseYear();

  /** ILLUSTRATIVE if any column is illustrative, REAL only if every column is published. */
  public abstract Provenance provenance();

  /** Column names whose value is the LA's published figure. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<String> realFields();

  /** Resident population aged 2 to 18 (NFF population factor). */
  public abstract long population2To18();

  /** Pupils eligible for free school meals (FSM proxy factor). */
  public abstract long freeSchoolMeals();

  /** Children in IDACI (Income Deprivation Affecting Children Index) bands (IDACI proxy factor). */
  public abstract long idaci();

  /** Pupils with low attainment at key stage 2. */
  public abstract long ks2LowAttainment();

  /** Pupils with low attainment at key stage 4. */
  public abstract long ks4LowAttainment();

  /** Children in bad health (census). */
  public abstract long childrenInBadHealth();

  /** Children receiving disability living allowance (DLA). */
  public abstract long disabilityLivingAllowance();

  /** Pupils in special schools (basic entitlement factor). */
  public abstract long specialSchoolPupils();

  /** The historic spend factor baseline (2017-18 planned high-needs spend). */
  public abstract Money historicSpend();

  /** Area cost adjustment (ACA) multiplier, e.g. 1.0523. */
  public abstract Rate areaCostAdjustment();

  /** Pupils imported from other LAs minus pupils exported (negative for a net exporter). */
  public abstract long netImportedPupils();

  /** Hospital education funding. */
  public abstract Money hospitalEducation();

  /** High-needs allocation of the year before the base year (the floor's baseline). */
  public abstract Money previousAllocation();

  /** High-needs allocation in the base year. */
  public abstract Money highNeedsAllocation();

  /** Schools block in the base year (the base of the block-transfer limit). */
  public abstract Money schoolsBlock();

  /** The share of the schools block the LA asks to move to high needs each year. */
  public abstract Percentage requestedBlockTransfer();

  /** High-needs spend beyond placements of pupils with EHC plans (SEN support, hospital, central). */
  public abstract Money otherHighNeedsSpend();

  /** The cumulative DSG balance at the end of the base year (negative: a deficit). */
  public abstract Money dsgBalance();

  /** Whether the column is the LA's published value. */
  public boolean isReal(String column) {
    return realFields().contains(column);
  }

  @Value.Check
  void check() {
    String la = localAuthority().toString();
    Preconditions.checkArgument(population2To18() > 0, "LocalAuthorityInputs.population2To18: %s must be above zero (%s)", population2To18(), la);
    checkNotNegative("freeSchoolMeals", freeSchoolMeals(), la);
    checkNotNegative("idaci", idaci(), la);
    checkNotNegative("ks2LowAttainment", ks2LowAttainment(), la);
    checkNotNegative("ks4LowAttainment", ks4LowAttainment(), la);
    checkNotNegative("childrenInBadHealth", childrenInBadHealth(), la);
    checkNotNegative("disabilityLivingAllowance", disabilityLivingAllowance(), la);
    checkNotNegative("specialSchoolPupils", specialSchoolPupils(), la);
    Preconditions.checkArgument(areaCostAdjustment().value().signum() > 0, "LocalAuthorityInputs.areaCostAdjustment: %s must be above zero (%s)", areaCostAdjustment(), la);
    Preconditions.checkArgument(!historicSpend().isNegative(), "LocalAuthorityInputs.historicSpend: %s is negative (%s)", historicSpend(), la);
    Preconditions.checkArgument(!hospitalEducation().isNegative(), "LocalAuthorityInputs.hospitalEducation: %s is negative (%s)", hospitalEducation(), la);
    Preconditions.checkArgument(previousAllocation().isPositive(), "LocalAuthorityInputs.previousAllocation: %s must be above zero (%s)", previousAllocation(), la);
    Preconditions.checkArgument(highNeedsAllocation().isPositive(), "LocalAuthorityInputs.highNeedsAllocation: %s must be above zero (%s)", highNeedsAllocation(), la);
    Preconditions.checkArgument(!schoolsBlock().isNegative(), "LocalAuthorityInputs.schoolsBlock: %s is negative (%s)", schoolsBlock(), la);
    Preconditions.checkArgument(requestedBlockTransfer().percent().signum() >= 0, "LocalAuthorityInputs.requestedBlockTransfer: %s is negative (%s)", requestedBlockTransfer(), la);
    Preconditions.checkArgument(!otherHighNeedsSpend().isNegative(), "LocalAuthorityInputs.otherHighNeedsSpend: %s is negative (%s)", otherHighNeedsSpend(), la);
    Preconditions.checkArgument(provenance() == Provenance.ILLUSTRATIVE || realFields().containsAll(DatasetCsv.PANEL_VALUE_COLUMNS),
        "LocalAuthorityInputs.provenance: REAL but columns %s are not marked real (%s)", realFields(), la);
    for (String f : realFields()) {
      Preconditions.checkArgument(DatasetCsv.PANEL_VALUE_COLUMNS.contains(f), "LocalAuthorityInputs.realFields: '%s' is not a panel column (%s)", f, la);
    }
  }

  private static void checkNotNegative(String field, long value, String la) {
    Preconditions.checkArgument(value >= 0, "LocalAuthorityInputs.%s: %s is negative (%s)", field, value, la);
  }

  @Override
  public String toString() {
    return "LocalAuthorityInputs[" + localAuthority() + " " + baseYear() + ", " + provenance().code() + "]";
  }
}
