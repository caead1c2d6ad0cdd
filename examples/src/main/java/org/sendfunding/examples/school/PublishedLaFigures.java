package org.sendfunding.examples.school;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendfunding.data.england.Area;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.data.england.Figure;
import org.sendfunding.data.england.Measure;
import org.sendfunding.data.england.Period;
import org.sendfunding.model.authority.LocalAuthority;

/**
 * The school's own LA's published figures for the letter to the MP, each with its source and year:
 * the growth in EHC plans (January 2019 to the latest January), the share of new plans issued within
 * 20 weeks in the latest calendar year against England's, and the high-needs block per resident aged
 * 2 to 18 in 2021-22 (the year DfE's benchmarking tool gives the population) against England's.
 *
 * <pre>{@code
 * PublishedLaFigures.sentences(LocalAuthorities.england().byCode(893));
 * // ["Shropshire's EHC plans rose from 1,9xx in January 2019 to ... (DfE, Education, health and care plans, reporting year 2025).", ...]
 * }</pre>
 *
 * <p>A figure DfE does not publish for the LA is left out, never estimated. This class is stateless and thread-safe.
 */
public final class PublishedLaFigures {

  static final int FROM_YEAR = 2019;
  static final Period HNB_YEAR = Period.financialYear("2021-22");

  private PublishedLaFigures() {}

  /**
   * The sentences, in the order above; empty if DfE publishes none of the figures for the LA.
   *
   * @param la the LA
   * @return the sentences
   */
  public static List<String> sentences(LocalAuthority la) {
    EnglandStatistics e = EnglandStatistics.england();
    Area area = Area.la(la.code());
    List<String> out = new ArrayList<>();
    Period latest = e.periods(Measure.EHC_PLANS).last();
    Optional<Figure> from = e.find(Measure.EHC_PLANS, area, Period.january(FROM_YEAR)).filter(Figure::isAvailable);
    Optional<Figure> to = e.find(Measure.EHC_PLANS, area, latest).filter(Figure::isAvailable);
    if (from.isPresent() && to.isPresent() && from.get().number().signum() > 0) {
      BigDecimal growth = to.get().number().subtract(from.get().number()).multiply(BigDecimal.valueOf(100))
          .divide(from.get().number(), 0, RoundingMode.HALF_UP);
      out.add(String.format(java.util.Locale.UK, "%s's EHC plans rose from %,d in %s to %,d in %s (%s%s%%) (DfE, %s).",
          la.name(), from.get().number().longValue(), from.get().period(), to.get().number().longValue(), to.get().period(),
          growth.signum() >= 0 ? "+" : "", growth.toPlainString(), to.get().publication().title()));
    }
    Measure within = Measure.FLOWS_PCT_WITHIN_20WKS_INCL_EXCEPTIONS;
    Period year = e.periods(within).last();
    Optional<Figure> own = e.find(within, area, year).filter(Figure::isAvailable);
    Optional<Figure> england = e.find(within, Area.ENGLAND, year).filter(Figure::isAvailable);
    if (own.isPresent()) {
      out.add(String.format(java.util.Locale.UK, "In %s, %s%% of its new EHC plans were issued within the 20 weeks the law allows%s (DfE, %s).",
          year, one(own.get().number()), england.map(f -> ", against " + one(f.number()) + "% in England").orElse(""),
          own.get().publication().title()));
    }
    Optional<BigDecimal> perHead = perHead(e, area);
    Optional<BigDecimal> englandPerHead = perHead(e, Area.ENGLAND).or(() -> englandBySum(e));
    if (perHead.isPresent()) {
      out.add(String.format(java.util.Locale.UK, "Its high-needs block in %s was £%,.2f for each resident aged 2 to 18%s"
          + " (DfE, %s; population: %s).", HNB_YEAR, perHead.get(),
          englandPerHead.map(v -> String.format(java.util.Locale.UK, ", against £%,.2f in England", v)).orElse(""),
          Measure.HNB_TOTAL_BEFORE_DEDUCTIONS.table().publication().title(),
          Measure.BENCH_POP_2_18_ONS_MID2021_PROJECTION.table().publication().title()));
    }
    return out;
  }

  private static Optional<BigDecimal> perHead(EnglandStatistics e, Area area) {
    Optional<Figure> hnb = e.find(Measure.HNB_TOTAL_BEFORE_DEDUCTIONS, area, HNB_YEAR).filter(Figure::isAvailable);
    Optional<Figure> pop = e.find(Measure.BENCH_POP_2_18_ONS_MID2021_PROJECTION, area, HNB_YEAR).filter(Figure::isAvailable);
    if (hnb.isEmpty() || pop.isEmpty() || pop.get().number().signum() <= 0) {
      return Optional.empty();
    }
    // A ratio for a letter, to the penny: exact decimals, rounded half up once.
    return Optional.of(hnb.get().number().divide(pop.get().number(), 2, RoundingMode.HALF_UP));
  }

  /** England's per head from the LA rows where the tables give no England row. */
  private static Optional<BigDecimal> englandBySum(EnglandStatistics e) {
    BigDecimal hnb = BigDecimal.ZERO;
    BigDecimal pop = BigDecimal.ZERO;
    var blocks = e.localAuthorities(Measure.HNB_TOTAL_BEFORE_DEDUCTIONS, HNB_YEAR);
    var pops = e.localAuthorities(Measure.BENCH_POP_2_18_ONS_MID2021_PROJECTION, HNB_YEAR);
    for (var entry : blocks.entrySet()) {
      Figure p = pops.get(entry.getKey());
      if (entry.getValue().isAvailable() && p != null && p.isAvailable()) {
        hnb = hnb.add(entry.getValue().number());
        pop = pop.add(p.number());
      }
    }
    return pop.signum() > 0 ? Optional.of(hnb.divide(pop, 2, RoundingMode.HALF_UP)) : Optional.empty();
  }

  private static String one(BigDecimal v) {
    return v.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }
}
