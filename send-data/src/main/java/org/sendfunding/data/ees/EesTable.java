package org.sendfunding.data.ees;

import com.google.common.collect.ImmutableList;
import java.util.function.Predicate;

/**
 * The rows of one EES file that passed every check of {@link EesReader}.
 *
 * <pre>{@code
 * EesTable t = EesReader.DEFAULT.read(zip, "data/ceased_plans.csv", layout);
 * t.rows(r -> r.filter("breakdown_topic").equals("All ceased EHC plans")).size();  // 485
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EesTable {

  private final String source;
  private final EesLayout layout;
  private final ImmutableList<EesRow> rows;

  EesTable(String source, EesLayout layout, ImmutableList<EesRow> rows) {
    this.source = source;
    this.layout = layout;
    this.rows = rows;
  }

  /** The file (or zip entry) read. */
  public String source() {
    return source;
  }

  /** The layout it was read with. */
  public EesLayout layout() {
    return layout;
  }

  /** Every row, in file order. */
  public ImmutableList<EesRow> rows() {
    return rows;
  }

  /** The rows that match. */
  public ImmutableList<EesRow> rows(Predicate<EesRow> which) {
    return rows.stream().filter(which).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "EesTable{" + source + ", " + rows.size() + " rows}";
  }
}
