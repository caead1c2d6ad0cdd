package org.sendfunding.ehcp.projection;

import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One published figure: a table, an LA (DfE three-digit code), a year, a key within the table (an age,
 * an age band, a placement, a need; empty for a table without one) and the count, with where it came
 * from so that a refused figure can be found. A cell DfE publishes as unavailable ({@code x}, {@code c})
 * is given with {@link #unavailable}: the LA is in the table, its figure is not.
 *
 * <pre>{@code
 * PublishedCount.of(PublishedTable.CASELOAD, 202, 2025, "", 1607, "caseload_january.csv line 2312");
 * }</pre>
 *
 * <p>Checked as part of {@link PublishedTables}, which lists every problem at once. This class is
 * immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class PublishedCount {

  PublishedCount() {}

  /**
   * A figure.
   *
   * @param table the table
   * @param laCode the LA's DfE code
   * @param year January of the year (caseload) or the calendar year (flows)
   * @param key the age, band, placement or need; "" for tables without a key
   * @param count the count as published
   * @param source where it came from, e.g. a file and line
   * @return the figure
   */
  public static PublishedCount of(PublishedTable table, int laCode, int year, String key, long count, String source) {
    return ImmutablePublishedCount.of(table, laCode, year, key, OptionalLong.of(count), source);
  }

  /**
   * A cell published as unavailable.
   *
   * @param table the table
   * @param laCode the LA's DfE code
   * @param year the year
   * @param key the key, "" for tables without a key
   * @param source where it came from
   * @return the figure, without a count
   */
  public static PublishedCount unavailable(PublishedTable table, int laCode, int year, String key, String source) {
    return ImmutablePublishedCount.of(table, laCode, year, key, OptionalLong.empty(), source);
  }

  /** The table. */
  @Value.Parameter
  public abstract PublishedTable table();

  /** The LA's DfE three-digit code. */
  @Value.Parameter
  public abstract int laCode();

  /** The year. */
  @Value.Parameter
  public abstract int year();

  /** The key within the table, "" if none. */
  @Value.Parameter
  public abstract String key();

  /** The count; empty if published as unavailable. */
  @Value.Parameter
  public abstract OptionalLong count();

  /** Where the figure came from. */
  @Value.Parameter
  public abstract String source();

  @Override
  public String toString() {
    return table() + " " + laCode() + " " + year() + (key().isEmpty() ? "" : " " + key()) + " = " + (count().isPresent() ? String.valueOf(count().getAsLong()) : "unavailable")
        + " (" + source() + ")";
  }
}
