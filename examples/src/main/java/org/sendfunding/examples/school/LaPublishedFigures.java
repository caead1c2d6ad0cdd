package org.sendfunding.examples.school;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sendfunding.data.england.Area;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.data.england.Figure;
import org.sendfunding.data.england.Measure;
import org.sendfunding.data.england.Period;
import org.sendfunding.data.england.Reorganisation;
import org.sendfunding.data.england.Series;
import org.sendfunding.model.authority.LocalAuthority;

/**
 * The school's own LA in DfE's published figures, as sentences a head teacher can put in a letter,
 * each naming its source and year:
 *
 * <ul>
 *   <li>growth in EHC plans: January of the latest year against the year before and five years
 *       before (SEN2), beside England's;
 *   <li>the share of new EHC plans issued within 20 weeks, with and without exceptions, in the
 *       latest calendar year (SEN2), beside England's;
 *   <li>the high-needs block per head of the population aged 2–18: the 2021-22 block (DSG allocation
 *       tables, gross) ÷ the ONS mid-2021 projection of the population 2–18 that DfE's high needs
 *       benchmarking tool 2021-22 uses — the latest year both are published for — beside England's,
 *       which is the sum over the LAs with both figures (the tool has no England row and no City of
 *       London or Isles of Scilly).
 * </ul>
 *
 * <pre>{@code
 * LaPublishedFigures.of(LocalAuthorities.england().byCode(857)).sentences().get(0);
 * // "Rutland had 376 EHC plans in January 2025, up 36 (10.6%) on January 2024 and up 154 (69.4%) on
 * //  January 2020; England: 638,745, ... (source: DfE, Education, health and care plans, reporting year 2025,
 * //  SEN2 January census 2025)."
 * }</pre>
 *
 * <p>A successor authority's years before it existed are its predecessors' figures split by a stated
 * share ({@link Series}); the sentence then says so. Percentages are to 0.1%, half up (display);
 * £ per head to the penny, half up. This class is immutable and thread-safe.
 */
public final class LaPublishedFigures {

  static final Period BLOCK_YEAR = Period.financialYear("2021-22");

  private final LocalAuthority la;
  private final List<String> sentences;

  private LaPublishedFigures(LocalAuthority la, List<String> sentences) {
    this.la = la;
    this.sentences = List.copyOf(sentences);
  }

  /** The published figures of one current LA. */
  public static LaPublishedFigures of(LocalAuthority la) {
    EnglandStatistics stats = EnglandStatistics.england();
    List<String> out = new ArrayList<>();
    out.add(plans(stats, la));
    out.add(timeliness(stats, la));
    perHead(stats, la).ifPresent(out::add);
    return new LaPublishedFigures(la, out);
  }

  /** The authority. */
  public LocalAuthority authority() {
    return la;
  }

  /** One sentence per figure, each ending with its source and year. */
  public List<String> sentences() {
    return sentences;
  }

  private static String plans(EnglandStatistics stats, LocalAuthority la) {
    Series own = stats.series(la.code(), Measure.EHC_PLANS);
    Period latest = stats.periods(Measure.EHC_PLANS).last();
    Period year = Period.january(latest.year() - 1);
    Period five = Period.january(latest.year() - 5);
    Figure now = own.figure(latest);
    StringBuilder s = new StringBuilder(la.name()).append(" had ").append(count(now.number())).append(" EHC plans in ")
        .append(latest).append(", ").append(change(now.number(), own.figure(year))).append(" on ").append(year)
        .append(" and ").append(change(now.number(), own.figure(five))).append(" on ").append(five);
    Figure eNow = stats.figure(Measure.EHC_PLANS, Area.ENGLAND, latest);
    s.append("; England: ").append(count(eNow.number())).append(", ")
        .append(change(eNow.number(), stats.figure(Measure.EHC_PLANS, Area.ENGLAND, year))).append(" and ")
        .append(change(eNow.number(), stats.figure(Measure.EHC_PLANS, Area.ENGLAND, five)))
        .append(carried(own.figure(five))).append(" (source: DfE, ").append(now.publication().title())
        .append(", SEN2 January census ").append(latest.year()).append(").");
    return s.toString();
  }

  private static String timeliness(EnglandStatistics stats, LocalAuthority la) {
    Period year = stats.periods(Measure.FLOWS_PCT_WITHIN_20WKS_EXCL_EXCEPTIONS).last();
    Series incl = stats.series(la.code(), Measure.FLOWS_PCT_WITHIN_20WKS_INCL_EXCEPTIONS);
    Series excl = stats.series(la.code(), Measure.FLOWS_PCT_WITHIN_20WKS_EXCL_EXCEPTIONS);
    Figure i = incl.figure(year);
    Figure e = excl.figure(year);
    return "In " + year + " " + la.name() + " issued " + pct(i) + " of new EHC plans within the statutory 20 weeks ("
        + pct(e) + " excluding exceptions); England: " + pct(stats.figure(Measure.FLOWS_PCT_WITHIN_20WKS_INCL_EXCEPTIONS, Area.ENGLAND, year))
        + " (" + pct(stats.figure(Measure.FLOWS_PCT_WITHIN_20WKS_EXCL_EXCEPTIONS, Area.ENGLAND, year)) + ") (source: DfE, "
        + i.publication().title() + ", calendar year " + year + ").";
  }

  private static Optional<String> perHead(EnglandStatistics stats, LocalAuthority la) {
    Series block = stats.series(la.code(), Measure.DSG_HIGH_NEEDS_BLOCK_GROSS);
    Series population = Reorganisation.creating(la.code()).filter(r -> r.effective().getYear() > 2021)
        .map(r -> stats.series(la.code(), Measure.BENCH_POP_2_18_ONS_MID2021_PROJECTION, Measure.DSG_SCHOOLS_BLOCK_GROSS,
            Period.financialYear("2023-24")))
        .orElseGet(() -> stats.series(la.code(), Measure.BENCH_POP_2_18_ONS_MID2021_PROJECTION));
    Optional<Figure> b = Optional.ofNullable(block.figures().get(BLOCK_YEAR)).filter(Figure::isAvailable);
    Optional<Figure> p = Optional.ofNullable(population.figures().get(BLOCK_YEAR)).filter(Figure::isAvailable);
    if (b.isEmpty() || p.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal blockSum = BigDecimal.ZERO;
    BigDecimal popSum = BigDecimal.ZERO;
    int las = 0;
    for (var e : stats.localAuthorities(Measure.BENCH_POP_2_18_ONS_MID2021_PROJECTION, BLOCK_YEAR).entrySet()) {
      Optional<Figure> lb = stats.find(Measure.DSG_HIGH_NEEDS_BLOCK_GROSS, Area.la(e.getKey()), BLOCK_YEAR).filter(Figure::isAvailable);
      if (e.getValue().isAvailable() && lb.isPresent()) {
        blockSum = blockSum.add(lb.get().number());
        popSum = popSum.add(e.getValue().number());
        las++;
      }
    }
    BigDecimal own = b.get().number().divide(p.get().number(), 2, RoundingMode.HALF_UP);
    BigDecimal england = blockSum.divide(popSum, 2, RoundingMode.HALF_UP);
    BigDecimal rel = own.subtract(england).multiply(BigDecimal.valueOf(100)).divide(england, 1, RoundingMode.HALF_UP);
    return Optional.of("Its high-needs block for " + BLOCK_YEAR + " was £" + String.format(Locale.UK, "%,.2f", own)
        + " per head of the population aged 2-18 against £" + String.format(Locale.UK, "%,.2f", england) + " for England ("
        + las + " LAs), " + (rel.signum() < 0 ? rel.negate() + "% below" : rel + "% above") + " England's"
        + carried(b.get()) + carried(p.get()) + " (sources: DfE, " + b.get().publication().title() + ", high needs block "
        + BLOCK_YEAR + "; " + p.get().publication().title() + ", ONS mid-2021 projection of the population aged 2-18).");
  }

  private static String carried(Figure f) {
    return f.derivation().map(d -> " [" + f.period() + " carried from the predecessor: " + d + "]").orElse("");
  }

  private static String change(BigDecimal now, Figure then) {
    if (!then.isAvailable()) {
      return "not comparable with " + then.period() + " (" + then.reason().get().meaning() + ")";
    }
    BigDecimal d = now.subtract(then.number());
    String pct = then.number().signum() == 0 ? "" : " (" + d.abs().multiply(BigDecimal.valueOf(100)).divide(then.number(), 1, RoundingMode.HALF_UP) + "%)";
    return (d.signum() < 0 ? "down " : "up ") + count(d.abs()) + pct;
  }

  private static String count(BigDecimal v) {
    return String.format(Locale.UK, "%,d", v.setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  private static String pct(Figure f) {
    return f.value().map(v -> v.stripTrailingZeros().toPlainString() + "%")
        .orElseGet(() -> "not published (" + f.reason().get().meaning() + ")");
  }
}
