package org.sendfunding.data.england;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sendfunding.model.input.CsvFile;
import org.sendfunding.model.input.CsvLimits;
import org.sendfunding.model.input.Problem;
import org.sendfunding.model.input.Problems;
import org.sendfunding.model.input.InputException;

/**
 * DfE's published per-LA statistics for England: the nine embedded {@link Table}s read into
 * {@link Figure}s, looked up by measure, area and period, and assembled into {@link Series} that cross
 * the LA reorganisations by a stated {@link Carry} rule.
 *
 * <pre>{@code
 * EnglandStatistics e = EnglandStatistics.england();
 * e.figure(Measure.EHC_PLANS, Area.ENGLAND, Period.january(2024)).value();   // Optional[576474] (2025 release, revised)
 * e.figure(Measure.FLOWS_NEW_EHC_PLANS, Area.ENGLAND, Period.calendarYear(2019)).value(); // Optional[53899]
 * e.figure(Measure.HNB_TOTAL_BEFORE_DEDUCTIONS, Area.la(876), Period.financialYear("2023-24"));
 * e.series(942, Measure.EHC_PLANS);           // Cumberland, Cumbria's years split by a stated share
 * e.allSeries(876);                           // every published series of Halton (for a per-LA report)
 * }</pre>
 *
 * <p>Rows join on the DfE three-digit code; the DSG balance table, which names its rows without codes,
 * is joined by name to the register and the abolished authorities. A cell holding an EES symbol or a
 * blank is a figure with a {@link NotAvailable} reason, never zero. Reading is all-or-nothing: any
 * unknown column, unknown LA, duplicated row or malformed number is a located {@link Problem}, and
 * every problem in every table is reported in one {@link InputException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EnglandStatistics {

  /** Classpath folder of the embedded tables. */
  public static final String RESOURCES = "/org/sendfunding/data/england/";

  private static final class Holder {
    static final EnglandStatistics ENGLAND = readResources();
  }

  private final ImmutableMap<Key, Figure> figures;
  private final ImmutableMap<Measure, ImmutableSortedSet<Period>> periods;
  private final ImmutableMap<Measure, ImmutableSortedSet<String>> breakdowns;

  private EnglandStatistics(Map<Key, Figure> figures) {
    this.figures = ImmutableMap.copyOf(figures);
    Map<Measure, ImmutableSortedSet.Builder<Period>> p = new HashMap<>();
    Map<Measure, ImmutableSortedSet.Builder<String>> b = new HashMap<>();
    for (Key k : figures.keySet()) {
      p.computeIfAbsent(k.measure, m -> ImmutableSortedSet.naturalOrder()).add(k.period);
      b.computeIfAbsent(k.measure, m -> ImmutableSortedSet.naturalOrder()).add(k.breakdown);
    }
    ImmutableMap.Builder<Measure, ImmutableSortedSet<Period>> pb = ImmutableMap.builder();
    p.forEach((m, s) -> pb.put(m, s.build()));
    this.periods = pb.build();
    ImmutableMap.Builder<Measure, ImmutableSortedSet<String>> bb = ImmutableMap.builder();
    b.forEach((m, s) -> bb.put(m, s.build()));
    this.breakdowns = bb.build();
  }

  /** The embedded tables (read once). */
  public static EnglandStatistics england() {
    return Holder.ENGLAND;
  }

  /**
   * Reads the nine tables from a folder (e.g. one the importers wrote from a new release), file names
   * as {@link Table#resource()}.
   *
   * @param folder the folder
   * @return the statistics
   * @throws InputException listing every problem in every file
   */
  public static EnglandStatistics read(Path folder) {
    Map<Table, CsvFile> files = new LinkedHashMap<>();
    Problems missing = Problems.in(folder.toString());
    for (Table t : Table.values()) {
      Path file = folder.resolve(t.resource());
      if (!Files.isRegularFile(file)) {
        missing.add(Problem.file(t.resource(), "missing from " + folder));
        continue;
      }
      try {
        files.put(t, CsvFile.read(file, CsvLimits.DEFAULT));
      } catch (InputException e) {
        missing.addAll(e.problems());
      }
    }
    missing.throwIfAny();
    return of(files);
  }

  private static EnglandStatistics readResources() {
    Map<Table, CsvFile> files = new LinkedHashMap<>();
    for (Table t : Table.values()) {
      files.put(t, CsvFile.readResource(EnglandStatistics.class, RESOURCES + t.resource(), CsvLimits.DEFAULT));
    }
    return of(files);
  }

  /**
   * Reads parsed tables (one CSV file for every {@link Table}).
   *
   * @param files the files
   * @return the statistics
   * @throws InputException listing every problem
   */
  public static EnglandStatistics of(Map<Table, CsvFile> files) {
    List<Problem> all = new ArrayList<>();
    Map<Key, Figure> figures = new HashMap<>();
    for (Table t : Table.values()) {
      CsvFile file = files.get(t);
      if (file == null) {
        all.add(Problem.file(t.resource(), "no file given for table " + t));
        continue;
      }
      Problems problems = Problems.in(file.source());
      TableReader.read(t, file, problems, figures);
      all.addAll(problems.list());
    }
    if (!all.isEmpty()) {
      Problems p = Problems.in("england");
      p.addAll(all);
      throw p.toException();
    }
    return new EnglandStatistics(figures);
  }

  /** The figure, or a {@link NotAvailable#NOT_PUBLISHED} figure if the table has no row for it. */
  public Figure figure(Measure measure, Area area, Period period) {
    return figure(measure, area, period, "");
  }

  /** The figure of a breakdown ({@code age 10}), as {@link #figure(Measure, Area, Period)}. */
  public Figure figure(Measure measure, Area area, Period period, String breakdown) {
    Figure f = figures.get(new Key(measure, area, period, breakdown));
    return f != null ? f : Figure.notAvailable(measure, area, period, breakdown, NotAvailable.NOT_PUBLISHED,
        measure.table().publication(), Optional.empty());
  }

  /** The figure if the table has a row for it. */
  public Optional<Figure> find(Measure measure, Area area, Period period) {
    return Optional.ofNullable(figures.get(new Key(measure, area, period, "")));
  }

  /** The periods a measure's table covers, in order. */
  public ImmutableSortedSet<Period> periods(Measure measure) {
    return periods.getOrDefault(measure, ImmutableSortedSet.of());
  }

  /** The breakdowns of a measure ({@code [""]} if it has none). */
  public ImmutableSortedSet<String> breakdowns(Measure measure) {
    return breakdowns.getOrDefault(measure, ImmutableSortedSet.of());
  }

  /** Every LA-level figure of a measure in a period (and breakdown), by DfE code. */
  public ImmutableSortedMap<Integer, Figure> localAuthorities(Measure measure, Period period, String breakdown) {
    ImmutableSortedMap.Builder<Integer, Figure> b = ImmutableSortedMap.naturalOrder();
    figures.forEach((k, f) -> {
      if (k.measure == measure && k.period.equals(period) && k.breakdown.equals(breakdown)
          && k.area.level() == Area.Level.LOCAL_AUTHORITY) {
        b.put(k.area.code(), f);
      }
    });
    return b.build();
  }

  /** As {@link #localAuthorities(Measure, Period, String)} without a breakdown. */
  public ImmutableSortedMap<Integer, Figure> localAuthorities(Measure measure, Period period) {
    return localAuthorities(measure, period, "");
  }

  /** A current LA's series, years before its creation split by share ({@link Carry#SPLIT_BY_SHARE}). */
  public Series series(int laCode, Measure measure) {
    return series(laCode, measure, "", Carry.SPLIT_BY_SHARE);
  }

  /** A current LA's series with a chosen carry rule. */
  public Series series(int laCode, Measure measure, Carry carry) {
    return series(laCode, measure, "", carry);
  }

  /**
   * An LA's series of one measure and breakdown. Years before the LA was created (see
   * {@link Reorganisation#creating}) are carried from its predecessors by the rule; with
   * {@link Carry#SPLIT_BY_SHARE} the share is the LA's part of the successors' total in the first
   * period all successors are published for this measure.
   *
   * @param laCode DfE code
   * @param measure the measure
   * @param breakdown the breakdown, {@code ""} for none
   * @param carry the rule; {@link Carry#SUMMED} only applies to {@link #combinedSeries}
   * @return the series
   * @throws IllegalArgumentException for {@link Carry#SUMMED} on one LA
   */
  public Series series(int laCode, Measure measure, String breakdown, Carry carry) {
    Preconditions.checkArgument(carry != Carry.SUMMED,
        "EnglandStatistics.series: SUMMED needs the successors together (combinedSeries), LA %s alone is only part of its predecessors' area", laCode);
    Optional<Reorganisation> reorg = Reorganisation.creating(laCode);
    Optional<Share> share = reorg.flatMap(r -> ownShare(r, laCode, measure, breakdown));
    return series(laCode, measure, breakdown, carry, reorg, share);
  }

  /**
   * An LA's series with predecessors' years split by a stated share taken from another measure, for
   * tables that cover no year after the reorganisation (e.g. the 2021-22 benchmarking population for
   * Cumberland, split by the successors' shares of the January 2024 EHC plans).
   *
   * @param laCode DfE code of a successor authority
   * @param measure the measure
   * @param shareMeasure the measure whose successors' figures give the share
   * @param sharePeriod the period of the share
   * @return the series
   * @throws IllegalArgumentException if the LA is no successor or the share's figures are not all published
   */
  public Series series(int laCode, Measure measure, Measure shareMeasure, Period sharePeriod) {
    Reorganisation r = Reorganisation.creating(laCode).orElseThrow(() -> new IllegalArgumentException(
        "EnglandStatistics.series: LA " + laCode + " was not created by a reorganisation; no share to state"));
    Share share = shareIn(r, laCode, shareMeasure, "", sharePeriod).orElseThrow(() -> new IllegalArgumentException(
        "EnglandStatistics.series: " + shareMeasure + " " + sharePeriod + " is not published for every successor of " + r));
    return series(laCode, measure, "", Carry.SPLIT_BY_SHARE, Optional.of(r), Optional.of(share));
  }

  /**
   * The successors of a reorganisation taken together: their sum where all are published, and the
   * predecessors' sum before ({@link Carry#SUMMED}); the area is the first successor's code.
   *
   * @param reorganisation the reorganisation
   * @param measure an additive measure
   * @return the series
   */
  public Series combinedSeries(Reorganisation reorganisation, Measure measure) {
    Preconditions.checkArgument(measure.unit().additive(), "EnglandStatistics.combinedSeries: %s (%s) does not add up", measure, measure.unit());
    ImmutableSortedMap.Builder<Period, Figure> out = ImmutableSortedMap.naturalOrder();
    Area area = Area.la(reorganisation.successors().get(0));
    for (Period p : periods(measure)) {
      Optional<Figure> succ = sum(measure, reorganisation.successors(), p, "", area,
          "sum of " + names(reorganisation));
      Optional<Figure> pred = sum(measure, reorganisation.predecessors().keySet().asList(), p, "", area,
          "sum of the predecessors " + reorganisation.describePredecessors());
      succ.or(() -> pred).ifPresent(f -> out.put(p, f));
    }
    return Series.builder().measure(measure).area(area).carry(Carry.SUMMED).reorganisation(reorganisation)
        .figures(out.build()).build();
  }

  /**
   * Every series of an LA: each measure of each table (and each breakdown), carried by
   * {@link Carry#SPLIT_BY_SHARE}. The hook for a per-LA report.
   *
   * @param laCode DfE code of a current LA
   * @return the series, in measure order
   */
  public ImmutableList<Series> allSeries(int laCode) {
    ImmutableList.Builder<Series> b = ImmutableList.builder();
    for (Measure m : Measure.values()) {
      for (String breakdown : breakdowns(m)) {
        b.add(series(laCode, m, breakdown, Carry.SPLIT_BY_SHARE));
      }
    }
    return b.build();
  }

  private Series series(int laCode, Measure measure, String breakdown, Carry carry, Optional<Reorganisation> reorg,
      Optional<Share> share) {
    Area area = Area.la(laCode);
    ImmutableSortedMap.Builder<Period, Figure> out = ImmutableSortedMap.naturalOrder();
    for (Period p : periods(measure)) {
      Figure own = figures.get(new Key(measure, area, p, breakdown));
      if (own != null) {
        out.put(p, own);
        continue;
      }
      if (reorg.isEmpty()) {
        continue;
      }
      Reorganisation r = reorg.get();
      List<Figure> preds = new ArrayList<>();
      for (int code : r.predecessors().keySet()) {
        Figure f = figures.get(new Key(measure, Area.la(code), p, breakdown));
        if (f != null) {
          preds.add(f);
        }
      }
      if (preds.isEmpty()) {
        continue;
      }
      out.put(p, carried(measure, area, p, breakdown, carry, r, preds, share));
    }
    return Series.builder().measure(measure).area(area).breakdown(breakdown).carry(carry).reorganisation(reorg)
        .figures(out.build()).build();
  }

  private Figure carried(Measure measure, Area area, Period p, String breakdown, Carry carry, Reorganisation r,
      List<Figure> preds, Optional<Share> share) {
    String from = r.describePredecessors();
    String name = r.successorName(area.code());
    Publication pub = preds.get(0).publication();
    if (carry == Carry.NOT_COMPARABLE) {
      return Figure.notAvailable(measure, area, p, breakdown, NotAvailable.NOT_COMPARABLE, pub,
          Optional.of(name + " was created on " + r.effective() + " from " + from + " (" + r + "): not comparable"));
    }
    for (Figure f : preds) {
      if (!f.isAvailable()) {
        return Figure.notAvailable(measure, area, p, breakdown, f.reason().get(), pub,
            Optional.of("carried from " + from + ", whose figure is not available"));
      }
    }
    if (!measure.unit().additive()) {
      if (preds.size() == 1 && r.predecessors().size() == 1) {
        return Figure.builder().measure(measure).area(area).period(p).breakdown(breakdown).value(preds.get(0).number())
            .publication(pub).derivation(from + "'s " + measure.unit().name().toLowerCase(Locale.ROOT)
                + " carried unchanged (" + r + ")").build();
      }
      return Figure.notAvailable(measure, area, p, breakdown, NotAvailable.NOT_COMPARABLE, pub,
          Optional.of("a rate of " + from + " cannot be split among " + names(r) + " (" + r + ")"));
    }
    if (share.isEmpty()) {
      return Figure.notAvailable(measure, area, p, breakdown, NotAvailable.NOT_COMPARABLE, pub,
          Optional.of("no period after " + r + " publishes " + measure + " for every successor, so no share to split "
              + from + " by"));
    }
    BigDecimal total = preds.stream().map(Figure::number).reduce(BigDecimal.ZERO, BigDecimal::add);
    Share s = share.get();
    // Split at the precision published (whole plans; population projections to 2 decimals).
    int scale = Math.max(measure.unit().splitScale(), preds.stream().mapToInt(f -> Math.max(0, f.number().scale())).max().orElse(0));
    BigDecimal part = s.split(total, scale);
    String totalText = preds.size() == 1 ? total.toPlainString() : "their total " + total.toPlainString();
    return Figure.builder().measure(measure).area(area).period(p).breakdown(breakdown).value(part).publication(pub)
        .derivation(from + " " + totalText + " split by " + name + "'s share of the successors' " + s.describe()
            + " (" + r + ", largest remainder)")
        .build();
  }

  private Optional<Share> ownShare(Reorganisation r, int laCode, Measure measure, String breakdown) {
    for (Period p : periods(measure)) {
      Optional<Share> s = shareIn(r, laCode, measure, breakdown, p);
      if (s.isPresent()) {
        return s;
      }
    }
    return Optional.empty();
  }

  private Optional<Share> shareIn(Reorganisation r, int laCode, Measure measure, String breakdown, Period p) {
    List<BigDecimal> weights = new ArrayList<>();
    int index = -1;
    for (int code : r.successors()) {
      Figure f = figures.get(new Key(measure, Area.la(code), p, breakdown));
      if (f == null || !f.isAvailable() || f.number().signum() < 0) {
        return Optional.empty();
      }
      if (code == laCode) {
        index = weights.size();
      }
      weights.add(f.number());
    }
    BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.signum() == 0 || index < 0) {
      return Optional.empty();
    }
    return Optional.of(new Share(measure, p, ImmutableList.copyOf(weights), index));
  }

  private Optional<Figure> sum(Measure measure, List<Integer> codes, Period p, String breakdown, Area area, String how) {
    BigDecimal total = BigDecimal.ZERO;
    Publication pub = null;
    for (int code : codes) {
      Figure f = figures.get(new Key(measure, Area.la(code), p, breakdown));
      if (f == null) {
        return Optional.empty();
      }
      if (!f.isAvailable()) {
        return Optional.of(Figure.notAvailable(measure, area, p, breakdown, f.reason().get(), f.publication(),
            Optional.of(how + ": LA " + code + " not available")));
      }
      total = total.add(f.number());
      pub = f.publication();
    }
    return Optional.of(Figure.builder().measure(measure).area(area).period(p).breakdown(breakdown).value(total)
        .publication(pub).derivation(how).build());
  }

  private static String names(Reorganisation r) {
    StringBuilder b = new StringBuilder();
    for (int code : r.successors()) {
      b.append(b.length() == 0 ? "" : " + ").append(r.successorName(code)).append(" (").append(code).append(')');
    }
    return b.toString();
  }

  /** A successor's share: its figure over the successors' total in one period. */
  static final class Share {
    final Measure measure;
    final Period period;
    final ImmutableList<BigDecimal> weights;
    final int index;

    Share(Measure measure, Period period, ImmutableList<BigDecimal> weights, int index) {
      this.measure = measure;
      this.period = period;
      this.weights = weights;
      this.index = index;
    }

    /** The part of a total that falls to this successor: largest remainder at the scale, ties to the earlier successor. */
    BigDecimal split(BigDecimal total, int scale) {
      BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal units = total.setScale(scale, RoundingMode.HALF_UP).movePointRight(scale);
      long[] parts = new long[weights.size()];
      BigDecimal[] remainders = new BigDecimal[weights.size()];
      long given = 0;
      for (int i = 0; i < parts.length; i++) {
        BigDecimal exact = units.multiply(weights.get(i)).divide(sum, 12, RoundingMode.HALF_EVEN);
        BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
        parts[i] = floor.longValueExact();
        remainders[i] = exact.subtract(floor);
        given = Math.addExact(given, parts[i]);
      }
      long left = units.longValueExact() - given;
      while (left > 0) {
        int best = 0;
        for (int i = 1; i < parts.length; i++) {
          if (remainders[i].compareTo(remainders[best]) > 0) {
            best = i;
          }
        }
        parts[best]++;
        remainders[best] = BigDecimal.valueOf(-1);
        left--;
      }
      return BigDecimal.valueOf(parts[index]).movePointLeft(scale).setScale(scale);
    }

    String describe() {
      BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal pct = weights.get(index).multiply(BigDecimal.valueOf(100)).divide(sum, 1, RoundingMode.HALF_UP);
      return measure + " in " + period + " (" + weights.get(index).toPlainString() + " of " + sum.toPlainString() + ", "
          + pct.toPlainString() + "%)";
    }
  }

  /** The key of a figure. */
  static final class Key {
    final Measure measure;
    final Area area;
    final Period period;
    final String breakdown;

    Key(Measure measure, Area area, Period period, String breakdown) {
      this.measure = measure;
      this.area = area;
      this.period = period;
      this.breakdown = breakdown;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Key)) {
        return false;
      }
      Key k = (Key) o;
      return measure == k.measure && area.equals(k.area) && period.equals(k.period) && breakdown.equals(k.breakdown);
    }

    @Override
    public int hashCode() {
      return Objects.hash(measure, area, period, breakdown);
    }
  }
}
