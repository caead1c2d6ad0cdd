package org.sendfunding.funding.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sendfunding.funding.highneeds.HighNeedsNff;
import org.sendfunding.funding.highneeds.HighNeedsNffInput;
import org.sendfunding.funding.highneeds.HighNeedsNffNational;
import org.sendfunding.funding.highneeds.HighNeedsNffResult;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

class NffInputsTest {

  private static final FundingDataset ENGLAND = FundingDataset.england();

  @Test
  void the_panel_carries_every_input_the_nff_engine_needs_for_2025_26() {
    FinancialYear y = FinancialYear.parse("2025-26");
    var inputs = NffInputs.forYear(ENGLAND, y);
    HighNeedsNffResult r = HighNeedsNff.DEFAULT.allocate(
        HighNeedsNffNational.fromInputs(inputs, Money.ofPounds(5_000_000_000L)), inputs, ParameterSet.defaults(), y);
    assertThat(r.allocations()).hasSize(153);
    assertThat(r.total().isPositive()).isTrue();
  }

  @Test
  void the_2026_27_rollover_repays_each_las_2025_26_allocation() {
    FinancialYear y = FinancialYear.parse("2026-27");
    var inputs = NffInputs.forYear(ENGLAND, y);
    HighNeedsNffResult r = HighNeedsNff.DEFAULT.allocate(
        HighNeedsNffNational.fromInputs(inputs, Money.ofPounds(5_000_000_000L)), inputs, ParameterSet.defaults(), y);
    // Rollover (written statement 17 Dec 2025): 2025-26 allocations, no grants rolled in here → £11.9bn.
    assertThat(r.total()).isEqualTo(ENGLAND.totalHighNeedsAllocation());
  }

  @Test
  void other_years_are_refused() {
    HighNeedsNffInput ok = NffInputs.forYear(ENGLAND.inputs(876), FinancialYear.parse("2025-26"));
    // Halton (DSG high-needs block 2023-24: A £22,983,005, B £4,686.64, C 492.5, D −£366,000, F £67,645,
    // H £1,055,230): 2024-25 allocation £26,771,541.17 (the 3% floor on A + H = £24,038,235)
    //   − basic entitlement 493 pupils × £4,660 × ACA 1.005717 = £2,310,514.12 (half-up to the penny)
    //   − import/export −61 × £6,000 = −£366,000.00 (a net exporter, so it adds back)
    //   − hospital education (E + F) £67,645.00
    //   = £24,759,382.05 = £24,038,235 × 1.03, the floored 2024-25 formula
    assertThat(ok.floorBaseline()).isEqualTo(Money.ofPounds("24759382.05"));
    assertThatThrownBy(() -> NffInputs.forYear(ENGLAND.inputs(876), FinancialYear.parse("2027-28")))
        .hasMessage("NffInputs.year: 2027-28 is neither the panel's base year 2025-26 nor the year after (Halton (876))");
  }

  @Test
  void the_nff_explanation_shows_where_each_input_comes_from() {
    java.util.List<org.sendfunding.funding.highneeds.HighNeedsNffInput> inputs = NffInputs.forYear(ENGLAND, FinancialYear.parse("2025-26"));
    org.sendfunding.funding.highneeds.HighNeedsNffResult r = org.sendfunding.funding.highneeds.HighNeedsNff.DEFAULT.allocate(
        NffInputs.calibratedNational(inputs, org.sendfunding.funding.parameter.ParameterSet.defaults(), FinancialYear.parse("2025-26"),
            Money.ofPounds(11_900_000_000L)),
        inputs, org.sendfunding.funding.parameter.ParameterSet.defaults(), FinancialYear.parse("2025-26"));
    int halton = ENGLAND.panel().indexOf(ENGLAND.inputs(876));
    String text = r.allocations().get(halton).explanation().toText();
    assertThat(text).contains("source of population aged 2-18: derived: ONS mid-2021 projection")
        .contains("source of area cost adjustment: derived: element B")
        .contains("source of proxy indicators: illustrative: England's illustrative total")
        .contains("source of floor baseline: derived: the high-needs NFF of 2024-25");
  }
}
