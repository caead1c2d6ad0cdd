package org.sendfunding.ehcp.projection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.pupil.NeedType;

/**
 * The published per-LA EHC plan tables a calibration reads: the LAs they cover and every figure, each a
 * {@link PublishedCount}. This is the plain input of {@link CaseloadCalibrator}; whoever reads the DfE
 * files (CSV, the EES API) turns each cell into one count.
 *
 * <pre>{@code
 * PublishedTables t = PublishedTables.builder().addAuthorities(camden)
 *     .addCounts(PublishedCount.of(PublishedTable.CASELOAD, 202, 2025, "", 1607, "caseload.csv line 2"))
 *     .build();
 * t.count(PublishedTable.CASELOAD, 202, 2025, "");   // Optional[1607]
 * }</pre>
 *
 * <p>Built only if every figure is sound, else refused with every problem at once, each located by the
 * figure's source: a negative count; an LA that is not among the authorities; a key the table cannot
 * have (an age outside 0 to 25, an unknown band, placement or need); a figure given twice; and a missing
 * LA, an authority with no figure in a table and year for which other LAs have figures. A cell DfE
 * published as unavailable is given as such ({@link PublishedCount#unavailable}), so an LA left out by
 * mistake cannot pass for one whose figure was withheld. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedTables {

  PublishedTables() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PublishedTables}. */
  public static final class Builder extends ImmutablePublishedTables.Builder {
    Builder() {}
  }

  /** The LAs the tables cover (England's 153, or a few for a test). */
  public abstract ImmutableList<LocalAuthority> authorities();

  /** Every figure. */
  public abstract ImmutableList<PublishedCount> counts();

  /** Figures by table, LA, year and key. */
  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<String, Long> index() {
    Map<String, Long> m = new HashMap<>();
    for (PublishedCount c : counts()) {
      if (c.count().isPresent()) {
        m.putIfAbsent(key(c.table(), c.laCode(), c.year(), c.key()), c.count().getAsLong());
      }
    }
    return ImmutableMap.copyOf(m);
  }

  /** Figures by table and LA, in the order given: every look-up below reads one LA's rows of one table. */
  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<String, ImmutableList<PublishedCount>> byTableAndLa() {
    Map<String, ImmutableList.Builder<PublishedCount>> m = new LinkedHashMap<>();
    for (PublishedCount c : counts()) {
      m.computeIfAbsent(c.table().name() + "|" + c.laCode(), x -> ImmutableList.builder()).add(c);
    }
    ImmutableMap.Builder<String, ImmutableList<PublishedCount>> out = ImmutableMap.builder();
    m.forEach((k, v) -> out.put(k, v.build()));
    return out.build();
  }

  private ImmutableList<PublishedCount> of(PublishedTable table, int laCode) {
    return byTableAndLa().getOrDefault(table.name() + "|" + laCode, ImmutableList.of());
  }

  private static String key(PublishedTable t, int la, int year, String k) {
    return t.name() + "|" + la + "|" + year + "|" + k;
  }

  /**
   * One figure.
   *
   * @param table the table
   * @param laCode the LA
   * @param year the year
   * @param key the key, "" if the table has none
   * @return the count, if published
   */
  public Optional<Long> count(PublishedTable table, int laCode, int year, String key) {
    return Optional.ofNullable(index().get(key(table, laCode, year, key)));
  }

  /**
   * The years for which an LA has figures (not all unavailable) in a table, in order.
   *
   * @param table the table
   * @param laCode the LA
   * @return the years
   */
  public ImmutableSortedSet<Integer> years(PublishedTable table, int laCode) {
    TreeSet<Integer> years = new TreeSet<>();
    for (PublishedCount c : of(table, laCode)) {
      if (c.count().isPresent()) {
        years.add(c.year());
      }
    }
    return ImmutableSortedSet.copyOf(years);
  }

  /** An LA's available figures in one table and year, by key, in the order given. */
  Map<String, Long> row(PublishedTable table, int laCode, int year) {
    Map<String, Long> row = new LinkedHashMap<>();
    for (PublishedCount c : of(table, laCode)) {
      if (c.year() == year && c.count().isPresent()) {
        row.put(c.key(), c.count().getAsLong());
      }
    }
    return row;
  }

  /**
   * An LA's counts by age (0 to 25) in a table and year, or empty if it has no available figure there.
   */
  Optional<long[]> byAge(PublishedTable table, int laCode, int year) {
    Map<String, Long> row = row(table, laCode, year);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    long[] ages = new long[CaseloadCalibrator.AGES];
    row.forEach((k, v) -> ages[Integer.parseInt(k)] += v);
    return Optional.of(ages);
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    Map<Integer, LocalAuthority> las = new HashMap<>();
    for (LocalAuthority la : authorities()) {
      if (las.put(la.code(), la) != null) {
        problems.add("authorities: LA " + la.code() + " is listed twice");
      }
    }
    Map<String, String> seen = new HashMap<>();
    // table|year -> LAs with figures, to find missing LAs.
    Map<String, TreeSet<Integer>> present = new TreeMap<>();
    for (PublishedCount c : counts()) {
      String where = c.source() + ": " + c.table() + " " + c.year() + (c.key().isEmpty() ? "" : " '" + c.key() + "'")
          + " for LA " + c.laCode();
      if (c.count().isPresent() && c.count().getAsLong() < 0) {
        problems.add(where + ": count " + c.count().getAsLong() + " is negative");
      }
      if (!las.containsKey(c.laCode())) {
        problems.add(where + ": LA " + c.laCode() + " is not among the tables' authorities");
      }
      keyProblem(c).ifPresent(p -> problems.add(where + ": " + p));
      String k = key(c.table(), c.laCode(), c.year(), c.key());
      String before = seen.putIfAbsent(k, c.source());
      if (before != null) {
        problems.add(where + ": given twice (first at " + before + ")");
      }
      present.computeIfAbsent(c.table() + " " + c.year(), x -> new TreeSet<>()).add(c.laCode());
    }
    present.forEach((tableYear, codes) -> {
      for (LocalAuthority la : authorities()) {
        if (!codes.contains(la.code())) {
          problems.add(tableYear + ": no figure for LA " + la.code() + " " + la.name() + " (the table has figures for "
              + codes.size() + " LAs that year)");
        }
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "PublishedTables has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }
  }

  private static Optional<String> keyProblem(PublishedCount c) {
    String k = c.key();
    switch (c.table().key()) {
      case NONE:
        return k.isEmpty() ? Optional.empty() : Optional.of("key '" + k + "' given for a table without keys");
      case AGE:
        try {
          int age = Integer.parseInt(k);
          return age >= 0 && age < CaseloadCalibrator.AGES ? Optional.empty()
              : Optional.of("age " + age + " is outside 0 to 25");
        } catch (NumberFormatException e) {
          return Optional.of("age '" + k + "' is not a whole number of years");
        }
      case AGE_BAND:
        for (String b : PublishedTable.BANDS) {
          if (b.equals(k)) {
            return Optional.empty();
          }
        }
        return Optional.of("age band '" + k + "' is not one of " + String.join(", ", PublishedTable.BANDS));
      case PLACEMENT:
        try {
          Placement.valueOf(k);
          return Optional.empty();
        } catch (IllegalArgumentException e) {
          return Optional.of("placement '" + k + "' is not a Placement");
        }
      default:
        if (k.equals("UNKNOWN")) {
          return Optional.empty();
        }
        for (NeedType n : NeedType.values()) {
          if (n != NeedType.NSA && n.censusCode().equals(k)) {
            return Optional.empty();
          }
        }
        return Optional.of("need '" + k + "' is not a census need code of a plan (ASD, SEMH, ... or UNKNOWN)");
    }
  }
}
