package org.sendfunding.examples.england;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendfunding.data.england.Area;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.data.england.Figure;
import org.sendfunding.data.england.Measure;
import org.sendfunding.data.england.Period;
import org.sendfunding.examples.report.TextTable;
import org.sendfunding.model.authority.LocalAuthorities;

/**
 * Section 6's real per-LA figures: the share of new EHC plans each LA issued within 20 weeks, as DfE
 * publishes it (SEN2, "Education, health and care plans", reporting year 2025), with and without
 * exceptions, for the latest calendar year; the distribution across LAs and the LAs furthest below.
 *
 * <p>Percentiles are nearest-rank over the LAs with a published percentage (an LA whose cell is a
 * symbol is counted apart, never as 0). Ranked by the share excluding exceptions, the measure the
 * section's national column uses (ties by DfE code). Writes {@code ehcp-timeliness-by-la.csv}: every
 * LA, both percentages and the counts behind them, each with its status and publication.
 */
final class PublishedTimeliness {

  static final Measure INCL = Measure.FLOWS_PCT_WITHIN_20WKS_INCL_EXCEPTIONS;
  static final Measure EXCL = Measure.FLOWS_PCT_WITHIN_20WKS_EXCL_EXCEPTIONS;
  static final int FURTHEST_BELOW = 10;

  private PublishedTimeliness() {}

  /** The latest calendar year with the percentage published. */
  static Period latest(EnglandStatistics stats) {
    return stats.periods(EXCL).last();
  }

  /**
   * The nearest-rank percentile of sorted values: the smallest value with at least {@code p} of the
   * values at or below it (p in (0, 1]).
   */
  static BigDecimal nearestRank(List<BigDecimal> sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(1, rank) - 1);
  }

  static void run(ReportContext context) {
    EnglandStatistics stats = EnglandStatistics.england();
    Period year = latest(stats);
    Map<Integer, Figure> incl = stats.localAuthorities(INCL, year);
    Map<Integer, Figure> excl = stats.localAuthorities(EXCL, year);
    Figure englandIncl = stats.figure(INCL, Area.ENGLAND, year);
    Figure englandExcl = stats.figure(EXCL, Area.ENGLAND, year);
    LocalAuthorities register = LocalAuthorities.england();

    List<BigDecimal> inclValues = values(incl);
    List<BigDecimal> exclValues = values(excl);
    TextTable dist = TextTable.withHeader("", "including exceptions", "excluding exceptions");
    dist.addRow("England", AuthorityReport.cell(englandIncl), AuthorityReport.cell(englandExcl));
    dist.addRow("LAs with a published %", inclValues.size(), exclValues.size());
    dist.addRow("LAs with a symbol instead", incl.size() - inclValues.size(), excl.size() - exclValues.size());
    for (double[] q : new double[][] {{0.0, 0}, {0.1, 10}, {0.25, 25}, {0.5, 50}, {0.75, 75}, {0.9, 90}, {1.0, 100}}) {
      String label = q[0] == 0.0 ? "lowest" : q[0] == 1.0 ? "highest" : "percentile " + (int) q[1];
      dist.addRow(label, pct(q[0] == 0.0 ? inclValues.get(0) : nearestRank(inclValues, q[0])),
          pct(q[0] == 0.0 ? exclValues.get(0) : nearestRank(exclValues, q[0])));
    }
    long belowHalf = exclValues.stream().filter(v -> v.compareTo(BigDecimal.valueOf(50)) < 0).count();
    dist.addRow("LAs below 50%", inclValues.stream().filter(v -> v.compareTo(BigDecimal.valueOf(50)) < 0).count(), belowHalf);
    context.print("New EHC plans issued within 20 weeks by LA, " + year + " (REAL: DfE SEN2, "
        + englandExcl.publication().title() + "; nearest-rank percentiles across LAs)", dist);

    List<Integer> ranked = excl.entrySet().stream().filter(e -> e.getValue().value().isPresent())
        .sorted(Comparator.comparing((Map.Entry<Integer, Figure> e) -> e.getValue().value().get()).thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).collect(Collectors.toList());
    TextTable below = TextTable.withHeader("LA", "within 20 weeks", "excl. exceptions", "below England (excl.)", "plans issued");
    for (int code : ranked.subList(0, Math.min(FURTHEST_BELOW, ranked.size()))) {
      Figure e = excl.get(code);
      Optional<Figure> i = Optional.ofNullable(incl.get(code));
      Figure issued = stats.figure(Measure.FLOWS_PLANS_ISSUED_INCL_EXCEPTIONS, Area.la(code), year);
      below.addRow(register.byCode(code).name() + " (" + code + ")", i.map(AuthorityReport::cell).orElse(""),
          AuthorityReport.cell(e), englandExcl.value().map(n -> e.number().subtract(n).toPlainString() + " points").orElse(""),
          AuthorityReport.cell(issued));
    }
    context.print("The " + FURTHEST_BELOW + " LAs furthest below, " + year + " (REAL, excluding exceptions; "
        + "bin/send-report --la CODE for one LA's years)", below);

    TextTable csv = TextTable.withHeader("la_code", "la_name", "calendar_year", "plans_issued_incl_exceptions",
        "issued_within_20wks_incl_exceptions", "pct_within_20wks_incl_exceptions", "plans_issued_excl_exceptions",
        "issued_within_20wks_excl_exceptions", "pct_within_20wks_excl_exceptions", "status", "publication");
    for (int code : excl.keySet()) {
      List<Object> row = new ArrayList<>();
      row.add(code);
      row.add(register.findByCode(code).map(l -> l.name()).orElse(""));
      row.add(year);
      boolean allReal = true;
      for (Measure m : List.of(Measure.FLOWS_PLANS_ISSUED_INCL_EXCEPTIONS, Measure.FLOWS_ISSUED_WITHIN_20WKS_INCL_EXCEPTIONS, INCL,
          Measure.FLOWS_PLANS_ISSUED_EXCL_EXCEPTIONS, Measure.FLOWS_ISSUED_WITHIN_20WKS_EXCL_EXCEPTIONS, EXCL)) {
        Figure f = stats.figure(m, Area.la(code), year);
        row.add(f.value().map(BigDecimal::toPlainString).orElseGet(() -> f.reason().get().symbol()));
        allReal &= f.isReal();
      }
      row.add(allReal ? "real" : "real; symbols as published");
      row.add(englandExcl.publication().title() + ", " + englandExcl.publication().href());
      csv.addRow(row.toArray());
    }
    context.csv("ehcp-timeliness-by-la.csv", csv);
  }

  private static List<BigDecimal> values(Map<Integer, Figure> figures) {
    return figures.values().stream().flatMap(f -> f.value().stream()).sorted().collect(Collectors.toList());
  }

  private static String pct(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString() + "%";
  }
}
