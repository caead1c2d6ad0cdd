package org.sendfunding.examples.england;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.data.england.Figure;
import org.sendfunding.data.england.Indicator;
import org.sendfunding.data.england.Period;
import org.sendfunding.examples.report.TextTable;
import org.sendfunding.funding.highneeds.HighNeedsAllocation;
import org.sendfunding.funding.highneeds.HighNeedsNffInput;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.RoundingRule;
import org.sendfunding.model.time.FinancialYear;

/**
 * Section 1's real comparator: each LA's high-needs block for 2023-24 as DfE published it (DSG
 * allocation tables, high-needs block gross of deductions, the latest year embedded) beside the
 * model's allocation for the report's year.
 *
 * <p>Prints the national totals, the distribution of the change and the LAs with the largest and
 * smallest change; {@link #csvValue} and {@link #csvSource} give the allocations CSV its columns.
 * The change is (model − real) ÷ real, to 0.1% half up (display); the CSV keeps both exact figures.
 */
final class RealHighNeedsBlock {

  static final Period YEAR = Period.financialYear("2023-24");
  static final Indicator MEASURE = Indicator.DSG_HIGH_NEEDS_BLOCK_GROSS;

  private RealHighNeedsBlock() {}

  /** The LA's real 2023-24 high-needs block, if DfE published one (City of London, Scilly: none). */
  static Optional<Figure> figure(int laCode) {
    return EnglandStatistics.england().find(MEASURE, org.sendfunding.data.england.Area.la(laCode), YEAR)
        .filter(Figure::isAvailable);
  }

  /** The CSV cell: exact pounds, or blank. */
  static String csvValue(int laCode) {
    return figure(laCode).map(f -> f.number().toPlainString()).orElse("");
  }

  /** The CSV cell naming the figure's status and publication, or why there is none. */
  static String csvSource(int laCode) {
    return figure(laCode).map(f -> (f.isReal() ? "real" : "derived: " + f.derivation().get()) + " (" + f.publication().title()
        + ", high_needs_block_gross " + YEAR + ")").orElse("not published for this LA (not in the DSG tables)");
  }

  static void print(ReportContext context, FinancialYear year, List<HighNeedsNffInput> inputs, List<HighNeedsAllocation> allocations) {
    List<Object[]> rows = new ArrayList<>();
    Money realTotal = Money.ZERO;
    Money modelTotal = Money.ZERO;
    int missing = 0;
    for (int i = 0; i < inputs.size(); i++) {
      int code = inputs.get(i).localAuthority().code();
      Optional<Figure> real = figure(code);
      if (real.isEmpty()) {
        missing++;
        continue;
      }
      Money r = Money.ofPounds(real.get().number(), RoundingRule.HALF_UP_TO_PENNY);
      Money m = allocations.get(i).finalAllocation();
      realTotal = realTotal.plus(r);
      modelTotal = modelTotal.plus(m);
      BigDecimal change = m.toPounds().subtract(r.toPounds()).multiply(BigDecimal.valueOf(100)).divide(r.toPounds(), 1, RoundingMode.HALF_UP);
      rows.add(new Object[] {inputs.get(i).localAuthority().name() + " (" + code + ")", r, m, change});
    }
    rows.sort(Comparator.comparing((Object[] r) -> (BigDecimal) r[3]).thenComparing(r -> (String) r[0]));
    TextTable t = TextTable.withHeader("LA", "real high-needs block " + YEAR, "model " + year, "change");
    t.addRow("England (" + rows.size() + " LAs with both)", Figures.millions(realTotal), Figures.millions(modelTotal),
        modelTotal.toPounds().subtract(realTotal.toPounds()).multiply(BigDecimal.valueOf(100))
            .divide(realTotal.toPounds(), 1, RoundingMode.HALF_UP) + "%");
    List<Object[]> shown = new ArrayList<>(rows.subList(0, 5));
    shown.addAll(rows.subList(rows.size() - 5, rows.size()));
    for (Object[] r : shown) {
      t.addRow(r[0], Figures.millions((Money) r[1]), Figures.millions((Money) r[2]), r[3] + "%");
    }
    BigDecimal median = (BigDecimal) rows.get((rows.size() - 1) / 2)[3];
    context.print("Each LA's real " + YEAR + " high-needs block (DfE DSG allocation tables, gross) beside the model's " + year
        + " allocation: smallest and largest change (all " + inputs.size() + " LAs in allocations-" + year + ".csv)", t);
    context.out().println("Median change " + median + "% (lower median of " + rows.size() + " LAs); " + missing
        + " LAs have no published block (City of London and the Isles of Scilly are not in the DSG tables).");
    context.out().println();
  }
}
