package org.sendfunding.funding.dataset;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
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
 * the year after. {@link #provenance(String)} says of each column whether it is the LA's published
 * value (with publication and period), derived from published values by a named rule, or
 * illustrative. A panel read from CSV names its real columns in {@link #realFields()} and its derived
 * ones in {@code derived_fields}; the embedded England panel ({@link EnglandPanel}) carries a full
 * {@link FieldProvenance} for every column.
 *
 * <pre>{@code
 * LocalAuthorityInputs halton = FundingDataset.england().inputs(876);
 * halton.schoolsBlock();                        // Halton's 2023-24 schools block, as published
 * halton.provenance("schools_block").label();   // "real (Dedicated schools grant (DSG): ..., 2023-24)"
 * halton.provenance("free_school_meals");       // illustrative: a share of England's total by real population 2-18
 * halton.provenance();                          // ILLUSTRATIVE (the weakest column)
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

  /** The weakest provenance of any column: ILLUSTRATIVE if any is, DERIVED if any is and none illustrative, else REAL. */
  public abstract Provenance provenance();

  /** Column names whose value is the LA's published figure. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<String> realFields();

  /** Column names computed from published figures by a named rule. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<String> derivedFields();

  /** Where each column comes from (the embedded panel has one per column; a CSV panel may have none). */
  public abstract ImmutableMap<String, FieldProvenance> fieldProvenance();

  /**
   * Where a column's value comes from.
   *
   * @param column a name in {@link DatasetCsv#PANEL_VALUE_COLUMNS}
   * @return its provenance: from {@link #fieldProvenance()} if given, else from the real and derived
   *     field lists of the row, with the file as the source
   * @throws IllegalArgumentException if the column is not a panel column
   */
  public FieldProvenance provenance(String column) {
    Preconditions.checkArgument(DatasetCsv.PANEL_VALUE_COLUMNS.contains(column), "LocalAuthorityInputs.provenance: '%s' is not a panel column", column);
    FieldProvenance p = fieldProvenance().get(column);
    if (p != null) {
      return p;
    }
    if (realFields().contains(column)) {
      return FieldProvenance.builder().provenance(Provenance.REAL).rule("marked real in the panel file").build();
    }
    if (derivedFields().contains(column)) {
      return FieldProvenance.builder().provenance(Provenance.DERIVED).rule("marked derived in the panel file").build();
    }
    return FieldProvenance.illustrative("not marked real or derived in the panel file");
  }

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
    for (String f : realFields()) {
      Preconditions.checkArgument(DatasetCsv.PANEL_VALUE_COLUMNS.contains(f), "LocalAuthorityInputs.realFields: '%s' is not a panel column (%s)", f, la);
      Preconditions.checkArgument(!derivedFields().contains(f), "LocalAuthorityInputs.derivedFields: '%s' is also marked real (%s)", f, la);
    }
    for (String f : derivedFields()) {
      Preconditions.checkArgument(DatasetCsv.PANEL_VALUE_COLUMNS.contains(f), "LocalAuthorityInputs.derivedFields: '%s' is not a panel column (%s)", f, la);
    }
    for (java.util.Map.Entry<String, FieldProvenance> e : fieldProvenance().entrySet()) {
      String f = e.getKey();
      Preconditions.checkArgument(DatasetCsv.PANEL_VALUE_COLUMNS.contains(f), "LocalAuthorityInputs.fieldProvenance: '%s' is not a panel column (%s)", f, la);
      Provenance listed = realFields().contains(f) ? Provenance.REAL : derivedFields().contains(f) ? Provenance.DERIVED : Provenance.ILLUSTRATIVE;
      Preconditions.checkArgument(e.getValue().provenance() == listed,
          "LocalAuthorityInputs.fieldProvenance: '%s' is %s but listed as %s (%s)", f, e.getValue().provenance(), listed, la);
    }
    Provenance weakest = Provenance.REAL;
    for (String f : DatasetCsv.PANEL_VALUE_COLUMNS) {
      weakest = weakest.and(realFields().contains(f) ? Provenance.REAL : derivedFields().contains(f) ? Provenance.DERIVED : Provenance.ILLUSTRATIVE);
    }
    Preconditions.checkArgument(provenance() == weakest,
        "LocalAuthorityInputs.provenance: %s, but its weakest column is %s (real %s, derived %s) (%s)", provenance(), weakest, realFields(), derivedFields(), la);
  }

  private static void checkNotNegative(String field, long value, String la) {
    Preconditions.checkArgument(value >= 0, "LocalAuthorityInputs.%s: %s is negative (%s)", field, value, la);
  }

  @Override
  public String toString() {
    return "LocalAuthorityInputs[" + localAuthority() + " " + baseYear() + ", " + provenance().code() + "]";
  }
}
