package org.sendfunding.examples.england;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendfunding.examples.report.ChartFile;
import org.sendfunding.examples.report.TextTable;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.dataset.NationalFigure;
import org.sendfunding.funding.dataset.NffInputs;
import org.sendfunding.funding.highneeds.AllocationMethod;
import org.sendfunding.funding.highneeds.HighNeedsAllocation;
import org.sendfunding.funding.highneeds.HighNeedsNff;
import org.sendfunding.funding.highneeds.HighNeedsNffInput;
import org.sendfunding.funding.highneeds.HighNeedsNffNational;
import org.sendfunding.funding.highneeds.HighNeedsNffResult;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.authority.Region;
import org.sendfunding.model.money.CheckedPence;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.RoundingRule;
import org.sendfunding.model.time.FinancialYear;

/**
 * Section 1: the national high-needs allocation of the chosen year, every LA through the high-needs
 * national funding formula (NFF) engine.
 *
 * <p>In a formula year (2025-26) the proxy-factor pot is set so that the formula before the floor
 * adds up to the cited national total ({@link NffInputs#calibratedNational}), and the published floor
 * (7%) and gains cap (10%) apply as published. The result differs from the cited total by what the
 * floor adds less what the cap holds back; the section prints that difference and both parts instead
 * of searching a cap DfE did not publish. In the rollover year (2026-27) each LA gets its previous
 * allocation. Prints the national total against the cited figure, the LAs with the most and least
 * funding per head aged 2-18, and how many LAs the floor lifted or the cap held back; writes {@code
 * allocations-<year>.csv} (all 153 LAs, with the provenance of each input) and {@code
 * allocation-per-head-by-region-<year>.png}.
 */
final class NationalAllocationSection implements ReportSection {

  static final String NATIONAL_TOTAL = "high_needs_total";

  @Override
  public String title() {
    return "National high-needs allocation";
  }

  @Override
  public void run(ReportContext context) {
    FinancialYear year = context.year();
    FundingDataset england = context.dataset();
    ImmutableList<HighNeedsNffInput> inputs = NffInputs.forYear(england, year);
    ParameterSet parameters = context.parameters();
    Optional<NationalFigure> cited = england.nationalSeries().findFigure(NATIONAL_TOTAL, year.toString());
    HighNeedsNffResult result = allocate(inputs, parameters, year, cited.map(f -> money(f.value())));
    Money total = result.total();
    TextTable national = TextTable.withHeader("figure", "value");
    national.addRow("method", result.method().ruleName());
    national.addRow("local authorities", result.allocations().size());
    national.addRow("national total (computed)", total);
    cited.ifPresent(f -> {
      national.addRow("national total (cited)", money(f.value()));
      national.addRow("computed minus cited", total.minus(money(f.value())));
      national.addRow("source of the cited figure", f.source().title());
    });
    result.gainsCapApplied().ifPresent(cap -> national.addRow("gains cap (published)", cap));
    long floored = result.allocations().stream().filter(a -> a.floorAdjustment().isPositive()).count();
    long capped = result.allocations().stream().filter(a -> a.floorAdjustment().isNegative()).count();
    Money lifted = Money.sum(result.allocations().stream().map(a -> a.floorAdjustment().max(Money.ZERO))::iterator);
    Money heldBack = Money.sum(result.allocations().stream().map(a -> a.floorAdjustment().min(Money.ZERO))::iterator);
    if (result.method() == AllocationMethod.NFF) {
      national.addRow("LAs lifted by the funding floor", floored);
      national.addRow("added by the funding floor", lifted);
      national.addRow("LAs held back by the gains cap", capped);
      national.addRow("held back by the gains cap", heldBack);
    }
    context.print("High-needs allocations " + year + " (" + context.panelNote() + ")", national);
    if (result.method() == AllocationMethod.NFF && cited.isPresent()) {
      Money gap = total.minus(money(cited.get().value()));
      context.out().println("The formula before the floor and cap shares out the cited " + money(cited.get().value())
          + "; the published floor adds " + lifted + " and the published gains cap holds back " + heldBack.negated()
          + ", so the allocations come to " + total + " (" + gap + " against the cited total). The model's 2024-25"
          + " baselines are the real 2023-24 high-needs blocks carried through the 2024-25 floor and cap, without"
          + " anything DfE added to baselines since (the embedded tables stop at 2023-24); where each LA falls between"
          + " floor and cap depends on the NFF proxy counts, which the model has only as illustrative shares of each"
          + " LA's population. No cap other than the published one is searched to close the gap.");
      context.out().println();
    }

    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      rows.add(new Row(inputs.get(i), result.allocations().get(i)));
    }
    List<Row> byPerHead = new ArrayList<>(rows);
    byPerHead.sort(Comparator.comparing((Row r) -> r.perHead).reversed().thenComparing(r -> r.input.localAuthority().code()));
    TextTable extremes = TextTable.withHeader("rank", "LA", "region", "allocation", "per head aged 2-18");
    for (int i = 0; i < Math.min(5, byPerHead.size()); i++) {
      Row r = byPerHead.get(i);
      extremes.addRow(i + 1, r.input.localAuthority().name(), r.input.localAuthority().region().displayName(),
          Figures.millions(r.allocation.finalAllocation()), r.perHead);
    }
    for (int i = Math.max(Math.min(5, byPerHead.size()), byPerHead.size() - 5); i < byPerHead.size(); i++) {
      Row r = byPerHead.get(i);
      extremes.addRow(i + 1, r.input.localAuthority().name(), r.input.localAuthority().region().displayName(),
          Figures.millions(r.allocation.finalAllocation()), r.perHead);
    }
    context.print("Most and least funding per head aged 2-18, " + year + " (" + context.panelNote() + ")", extremes);

    TextTable csv = TextTable.withHeader("la_code", "la_name", "region", "population_2_18", "method",
        "basic_entitlement", "historic_spend", "proxy_factors", "import_export", "pre_floor_total",
        "floor_or_cap_adjustment", "final_allocation", "per_head_2_18", "per_head_change_percent",
        "population_2_18_provenance", "special_school_pupils_provenance", "area_cost_adjustment_provenance",
        "net_imported_pupils_provenance", "floor_baseline_provenance", "proxy_indicators_provenance", "historic_spend_provenance");
    for (Row r : rows) {
      HighNeedsAllocation a = r.allocation;
      csv.addRow(r.input.localAuthority().code(), r.input.localAuthority().name(),
          r.input.localAuthority().region().displayName(), r.input.population2To18(), a.method().ruleName(),
          a.basicEntitlement().toPounds(), a.historicSpend().toPounds(), a.proxyFactorsTotal().toPounds(),
          a.importExport().toPounds(), a.preFloorTotal().toPounds(), a.floorAdjustment().toPounds(),
          a.finalAllocation().toPounds(), r.perHead.toPounds(),
          a.perHeadChange().map(p -> p.percent().toPlainString()).orElse(""),
          provenance(england, r, "population_2_18"), provenance(england, r, "special_school_pupils"),
          provenance(england, r, "area_cost_adjustment"), provenance(england, r, "net_imported_pupils"),
          provenance(england, r, "previous_allocation"), provenance(england, r, "free_school_meals"),
          provenance(england, r, "historic_spend"));
    }
    context.csv("allocations-" + year + ".csv", csv);

    Map<Region, long[]> byRegion = new LinkedHashMap<>();
    for (Region region : Region.values()) {
      byRegion.put(region, new long[2]);
    }
    for (Row r : rows) {
      long[] sums = byRegion.get(r.input.localAuthority().region());
      sums[0] = CheckedPence.add(sums[0], r.allocation.finalAllocation().pence(), "regional high-needs allocation",
          r.input.localAuthority().region().displayName(), year);
      sums[1] = Math.addExact(sums[1], r.input.population2To18());
    }
    List<String> regions = new ArrayList<>();
    List<Double> perHead = new ArrayList<>();
    byRegion.forEach((region, sums) -> {
      regions.add(region.displayName());
      perHead.add(sums[1] == 0 ? 0.0 : sums[0] / 100.0 / sums[1]);
    });
    context.record(ChartFile.bars(context.outputDir().resolve("allocation-per-head-by-region-" + year + ".png"),
        "High-needs allocation per head aged 2-18, " + year + " (" + context.panelNote() + ")", "region", "£ per head",
        regions, Map.of("allocation per head", perHead)));
  }

  /**
   * The allocations of a year under the published floor and gains cap. In a formula year with a cited
   * total, the proxy pot makes the formula before the floor add up to the total; the floor and cap then
   * move the total away from it, and the difference is reported, not searched away.
   */
  static HighNeedsNffResult allocate(
      List<HighNeedsNffInput> inputs, ParameterSet parameters, FinancialYear year, Optional<Money> citedTotal) {
    HighNeedsNffNational noPot = HighNeedsNffNational.fromInputs(inputs, Money.ZERO);
    HighNeedsNffResult withoutPot = HighNeedsNff.DEFAULT.allocate(noPot, inputs, parameters, year);
    if (withoutPot.method() != AllocationMethod.NFF || citedTotal.isEmpty()) {
      return withoutPot;
    }
    return HighNeedsNff.DEFAULT.allocate(NffInputs.calibratedNational(inputs, parameters, year, citedTotal.get()), inputs, parameters, year);
  }

  /** A field's provenance label for the CSV (the 2025-26 inputs of the LA). */
  private static String provenance(FundingDataset england, Row r, String field) {
    return england.provenance(r.input.localAuthority().code(), field).label();
  }

  static Money money(BigDecimal pounds) {
    return Money.ofPounds(pounds, RoundingRule.HALF_UP_TO_PENNY);
  }

  private static final class Row {
    final HighNeedsNffInput input;
    final HighNeedsAllocation allocation;
    final Money perHead;

    Row(HighNeedsNffInput input, HighNeedsAllocation allocation) {
      this.input = input;
      this.allocation = allocation;
      this.perHead = allocation.finalAllocation().dividedBy(input.population2To18(), RoundingRule.HALF_UP_TO_PENNY);
    }
  }
}
