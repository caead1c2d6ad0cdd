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
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.RoundingRule;
import org.sendfunding.model.time.FinancialYear;

/**
 * Section 1: the national high-needs allocation of the chosen year, every LA through the high-needs
 * national funding formula (NFF) engine.
 *
 * <p>In a formula year (2025-26) the proxy-factor pot is set so that the formula before the floor
 * adds up to the cited national total, and the gains cap is searched (to 0.0001%) so that the floor
 * is paid for within that total, as DfE does. In the rollover year (2026-27) each LA gets its
 * previous allocation. Prints the national total against the cited figure, the LAs with the most and
 * least funding per head aged 2-18, and how many LAs the floor lifted or the cap held back; writes
 * {@code allocations-<year>.csv} (all 153 LAs) and {@code allocation-per-head-by-region-<year>.png}.
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
    Allocated allocated = allocate(inputs, parameters, year, cited.map(f -> money(f.value())));
    HighNeedsNffResult result = allocated.result;

    allocated.note.ifPresent(note -> {
      context.out().println("Note: " + note + ". The allocation below uses the published gains cap instead.");
      context.out().println();
    });
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
    result.gainsCapApplied().ifPresent(cap -> national.addRow(
        result.gainsCapSearched() ? "gains cap found (affordable within the cited total)" : "gains cap (published)", cap));
    long floored = result.allocations().stream().filter(a -> a.floorAdjustment().isPositive()).count();
    long capped = result.allocations().stream().filter(a -> a.floorAdjustment().isNegative()).count();
    if (result.method() == AllocationMethod.NFF) {
      national.addRow("LAs lifted by the funding floor", floored);
      national.addRow("LAs held back by the gains cap", capped);
    }
    context.print("High-needs allocations " + year + " (per-LA inputs: ILLUSTRATIVE panel)", national);

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
    context.print("Most and least funding per head aged 2-18, " + year + " (ILLUSTRATIVE panel)", extremes);

    TextTable csv = TextTable.withHeader("la_code", "la_name", "region", "population_2_18", "method",
        "basic_entitlement", "historic_spend", "proxy_factors", "import_export", "pre_floor_total",
        "floor_or_cap_adjustment", "final_allocation", "per_head_2_18", "per_head_change_percent", "illustrative");
    for (Row r : rows) {
      HighNeedsAllocation a = r.allocation;
      csv.addRow(r.input.localAuthority().code(), r.input.localAuthority().name(),
          r.input.localAuthority().region().displayName(), r.input.population2To18(), a.method().ruleName(),
          a.basicEntitlement().toPounds(), a.historicSpend().toPounds(), a.proxyFactorsTotal().toPounds(),
          a.importExport().toPounds(), a.preFloorTotal().toPounds(), a.floorAdjustment().toPounds(),
          a.finalAllocation().toPounds(), r.perHead.toPounds(),
          a.perHeadChange().map(p -> p.percent().toPlainString()).orElse(""), england.illustrative());
    }
    context.csv("allocations-" + year + ".csv", csv);

    Map<Region, long[]> byRegion = new LinkedHashMap<>();
    for (Region region : Region.values()) {
      byRegion.put(region, new long[2]);
    }
    for (Row r : rows) {
      long[] sums = byRegion.get(r.input.localAuthority().region());
      sums[0] += r.allocation.finalAllocation().pence();
      sums[1] += r.input.population2To18();
    }
    List<String> regions = new ArrayList<>();
    List<Double> perHead = new ArrayList<>();
    byRegion.forEach((region, sums) -> {
      regions.add(region.displayName());
      perHead.add(sums[1] == 0 ? 0.0 : sums[0] / 100.0 / sums[1]);
    });
    context.record(ChartFile.bars(context.outputDir().resolve("allocation-per-head-by-region-" + year + ".png"),
        "High-needs allocation per head aged 2-18, " + year + " (ILLUSTRATIVE panel)", "region", "£ per head",
        regions, Map.of("allocation per head", perHead)));
  }

  /**
   * The allocations of a year. In a formula year with a cited total, the proxy pot makes the formula
   * before the floor add up to the total and the gains cap is searched so the floor is affordable.
   */
  static Allocated allocate(
      List<HighNeedsNffInput> inputs, ParameterSet parameters, FinancialYear year, Optional<Money> citedTotal) {
    HighNeedsNffNational noPot = HighNeedsNffNational.fromInputs(inputs, Money.ZERO);
    HighNeedsNffResult withoutPot = HighNeedsNff.DEFAULT.allocate(noPot, inputs, parameters, year);
    if (withoutPot.method() != AllocationMethod.NFF || citedTotal.isEmpty()) {
      return new Allocated(withoutPot, Optional.empty());
    }
    Money formulaWithoutPot = Money.sum(withoutPot.allocations().stream()
        .map(a -> a.preFloorTotal().plus(Money.sum(a.additions().values())))
        .collect(ImmutableList.toImmutableList()));
    Money pot = citedTotal.get().minus(formulaWithoutPot);
    HighNeedsNffNational national = HighNeedsNffNational.fromInputs(inputs, pot);
    try {
      return new Allocated(
          HighNeedsNff.DEFAULT.allocateWithAffordableCap(national, inputs, parameters, year, citedTotal.get()), Optional.empty());
    } catch (IllegalArgumentException floorUnaffordable) {
      // On the illustrative panel the floor costs more than the cited total leaves: say so, and
      // allocate with the published gains cap rather than hide the shortfall.
      return new Allocated(HighNeedsNff.DEFAULT.allocate(national, inputs, parameters, year),
          Optional.of(floorUnaffordable.getMessage()));
    }
  }

  static Money money(BigDecimal pounds) {
    return Money.ofPounds(pounds, RoundingRule.HALF_UP_TO_PENNY);
  }

  /** The allocations, and why the gains cap could not be searched if it could not. */
  static final class Allocated {
    final HighNeedsNffResult result;
    final Optional<String> note;

    Allocated(HighNeedsNffResult result, Optional<String> note) {
      this.result = result;
      this.note = note;
    }
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
