package org.sendfunding.data.published;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sendfunding.model.input.CsvOutput;

/**
 * One tidy table the importer makes: a file name, a header, and rows of cells as text (numbers as
 * published, symbols as published, "" where nothing is published).
 *
 * <pre>{@code
 * TidyTable t = TidyTable.of("example.csv", List.of("la_code", "ehc_plans"), List.of(List.of("202", "1607")));
 * t.toCsv();   // "la_code,ehc_plans\n202,1607\n"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TidyTable {

  private final String name;
  private final ImmutableList<String> header;
  private final ImmutableList<ImmutableList<String>> rows;

  private TidyTable(String name, ImmutableList<String> header, ImmutableList<ImmutableList<String>> rows) {
    this.name = name;
    this.header = header;
    this.rows = rows;
  }

  /**
   * A table.
   *
   * @throws IllegalArgumentException if the name is not a plain {@code .csv} file name or a row's
   *     width differs from the header's
   */
  public static TidyTable of(String name, List<String> header, List<? extends List<String>> rows) {
    Preconditions.checkArgument(name.matches("[A-Za-z0-9_.-]+\\.csv") && !name.contains(".."),
        "TidyTable name must be a plain .csv file name: %s", name);
    ImmutableList.Builder<ImmutableList<String>> b = ImmutableList.builder();
    for (List<String> r : rows) {
      Preconditions.checkArgument(r.size() == header.size(), "TidyTable %s: a row has %s cells, the "
          + "header %s: %s", name, r.size(), header.size(), r);
      b.add(ImmutableList.copyOf(r));
    }
    return new TidyTable(name, ImmutableList.copyOf(header), b.build());
  }

  /** The file name, e.g. {@code sen2_ehcp_caseload_by_primary_need_by_la.csv}. */
  public String name() {
    return name;
  }

  /** The column names. */
  public ImmutableList<String> header() {
    return header;
  }

  /** The rows. */
  public ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /** The table as RFC 4180 CSV, LF line ends, no byte-order mark. */
  public String toCsv() {
    return CsvOutput.DEFAULT.toCsv(header, rows);
  }

  @Override
  public String toString() {
    return "TidyTable{" + name + ", " + header.size() + " columns, " + rows.size() + " rows}";
  }
}
