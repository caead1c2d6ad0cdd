package org.sendfunding.funding.scenario;

import org.sendfunding.model.money.CheckedPence;

/**
 * A figure a scenario computes for every LA and year; the national figure is the sum over LAs,
 * except per-head and per-plan figures, which are national totals divided by national counts.
 *
 * <pre>{@code
 * result.money(886, FinancialYear.parse("2027-28"), Measure.CLOSING_BALANCE);
 * result.national(FinancialYear.parse("2027-28"), Measure.GENERAL_FUND_DEFICIT);
 * }</pre>
 *
 * <p>This type is immutable and thread-safe.
 */
public enum Measure implements CheckedPence.Labelled {
  /** The high-needs allocation (the settlement's final figure). */
  HIGH_NEEDS_ALLOCATION(MeasureUnit.GBP, "High-needs allocation"),
  /** What was published or planned in advance: last year's cash (annual) or the indicative allocation (multi-year). */
  INDICATIVE_ALLOCATION(MeasureUnit.GBP, "Indicative allocation known in advance"),
  /** The minimum the LA could count on in advance: the floor (annual) or the guarantee (multi-year). */
  GUARANTEED_ALLOCATION(MeasureUnit.GBP, "Guaranteed minimum allocation"),
  /** Schools block moved to high needs. */
  BLOCK_TRANSFER(MeasureUnit.GBP, "Block transfer from the schools block"),
  /** Safety-valve instalment paid. */
  SAFETY_VALVE(MeasureUnit.GBP, "Safety-valve instalment"),
  /** Government write-off of the accrued deficit. */
  WRITE_OFF(MeasureUnit.GBP, "Government write-off"),
  /** Sum of income lines. */
  TOTAL_INCOME(MeasureUnit.GBP, "Total high-needs income"),
  /** Pupils with EHC plans times unit cost, over setting types. */
  PLACEMENT_SPEND(MeasureUnit.GBP, "Placement spend"),
  /** Other high-needs spend (SEN support services, hospital education, central). */
  OTHER_SPEND(MeasureUnit.GBP, "Other high-needs spend"),
  /** Sum of spend lines. */
  TOTAL_SPEND(MeasureUnit.GBP, "Total high-needs spend"),
  /** DSG balance brought forward. */
  OPENING_BALANCE(MeasureUnit.GBP, "Opening DSG balance"),
  /** Income minus spend this year. */
  IN_YEAR_BALANCE(MeasureUnit.GBP, "In-year balance"),
  /** Cumulative DSG balance at 31 March (negative: deficit). */
  CLOSING_BALANCE(MeasureUnit.GBP, "Closing DSG balance"),
  /** Deficit held in the ring-fenced account under the statutory override. */
  RING_FENCED_DEFICIT(MeasureUnit.GBP, "Deficit held under the statutory override"),
  /** Deficit falling outside the override (general fund or central government). */
  GENERAL_FUND_DEFICIT(MeasureUnit.GBP, "Deficit outside the statutory override"),
  /** The cost of meeting every assessed need: total spend. */
  NEEDS_LED_COST(MeasureUnit.GBP, "Needs-led cost"),
  /** Needs-led cost minus the resource-limited allocation (allocation plus block transfer). */
  SUFFICIENCY_GAP(MeasureUnit.GBP, "Sufficiency gap"),
  /** Pupils with EHC plans. */
  EHCP_PUPILS(MeasureUnit.COUNT, "Pupils with EHC plans"),
  /** Population aged 2 to 18. */
  POPULATION_2_18(MeasureUnit.COUNT, "Population aged 2-18"),
  /** Allocation per head of population aged 2 to 18. */
  FUNDING_PER_HEAD_2_18(MeasureUnit.GBP, "High-needs funding per head aged 2-18"),
  /** Allocation per pupil with an EHC plan. */
  FUNDING_PER_EHCP(MeasureUnit.GBP, "High-needs funding per EHC plan");

  private final MeasureUnit unit;
  private final String label;

  Measure(MeasureUnit unit, String label) {
    this.unit = unit;
    this.label = label;
  }

  /** The unit. */
  public MeasureUnit unit() {
    return unit;
  }

  /** A readable label. */
  @Override
  public String label() {
    return label;
  }

  /** Whether the national figure is a ratio of national totals rather than a sum. */
  public boolean isPerUnit() {
    return this == FUNDING_PER_HEAD_2_18 || this == FUNDING_PER_EHCP;
  }
}
