package org.sendfunding.data.ees;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;

/**
 * The columns one EES data file must have, beyond the standard time and geography columns: its
 * filter columns (which subgroup a row is) and its indicator columns (the figures). Reading
 * checks the header against this exactly: a missing, renamed, added or repeated column is a located
 * error, so a changed layout is noticed, not half-read.
 *
 * <pre>{@code
 * EesLayout ceased = EesLayout.of("ceased_plans.csv",
 *     List.of("breakdown_topic", "breakdown"),
 *     List.of("max_age", "needs_met", "he", "employ", "transfer", "no_engage",
 *         "moved_outside_eng", "deceased", "not_rec", "other", "total_ceased"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EesLayout {

  /** The time and geography columns every file of these releases has, in any order. */
  public static final ImmutableList<String> STANDARD = ImmutableList.of("time_period",
      "time_identifier", "geographic_level", "country_code", "country_name", "region_code",
      "region_name", "old_la_code", "new_la_code", "la_name");

  private final String name;
  private final ImmutableList<String> filters;
  private final ImmutableList<String> indicators;

  private EesLayout(String name, ImmutableList<String> filters, ImmutableList<String> indicators) {
    this.name = name;
    this.filters = filters;
    this.indicators = indicators;
  }

  /**
   * A layout.
   *
   * @param name what the file is, for messages
   * @param filters the filter columns
   * @param indicators the indicator columns
   * @throws IllegalArgumentException if a column is named twice or is a standard column
   */
  public static EesLayout of(String name, List<String> filters, List<String> indicators) {
    ImmutableList<String> all = ImmutableList.<String>builder().addAll(STANDARD).addAll(filters)
        .addAll(indicators).build();
    if (ImmutableSet.copyOf(all).size() != all.size()) {
      throw new IllegalArgumentException("EesLayout " + name + ": a column is named twice in "
          + all);
    }
    return new EesLayout(name, ImmutableList.copyOf(filters), ImmutableList.copyOf(indicators));
  }

  /** What the file is. */
  public String name() {
    return name;
  }

  /** The filter columns. */
  public ImmutableList<String> filters() {
    return filters;
  }

  /** The indicator columns. */
  public ImmutableList<String> indicators() {
    return indicators;
  }

  /** Every column: standard, filters, indicators. */
  public ImmutableList<String> columns() {
    return ImmutableList.<String>builder().addAll(STANDARD).addAll(filters).addAll(indicators)
        .build();
  }

  @Override
  public String toString() {
    return "EesLayout{" + name + ", filters=" + filters + ", " + indicators.size() + " indicators}";
  }
}
