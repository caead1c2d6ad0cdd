package org.sendfunding.examples.report;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * A table printed with aligned columns: text left-aligned, figures right-aligned.
 *
 * <pre>{@code
 * TextTable t = TextTable.withHeader("LA", "allocation");
 * t.addRow("Camden", "£52,430,000.00");
 * System.out.print(t.render());
 * }</pre>
 *
 * <p>A column is right-aligned when every value in it looks like a figure (starts with a digit, a
 * sign or £). Instances are built up row by row and are not thread-safe.
 */
public final class TextTable {

  private final ImmutableList<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(List<String> header) {
    this.header = ImmutableList.copyOf(header);
  }

  /** A table with these column headings. */
  public static TextTable withHeader(String... header) {
    return new TextTable(List.of(header));
  }

  /** Adds a row; it must have one value per column. */
  public TextTable addRow(Object... values) {
    Preconditions.checkArgument(
        values.length == header.size(), "TextTable: row has %s values for %s columns", values.length, header.size());
    List<String> row = new ArrayList<>(values.length);
    for (Object v : values) {
      row.add(String.valueOf(v));
    }
    rows.add(row);
    return this;
  }

  /** The rows added so far, as text. */
  public ImmutableList<ImmutableList<String>> rows() {
    return rows.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
  }

  /** The header. */
  public ImmutableList<String> header() {
    return header;
  }

  /** The table as lines of text, with a rule under the header. */
  public String render() {
    int n = header.size();
    int[] width = new int[n];
    boolean[] numeric = new boolean[n];
    for (int c = 0; c < n; c++) {
      width[c] = header.get(c).length();
      numeric[c] = !rows.isEmpty();
      for (List<String> row : rows) {
        width[c] = Math.max(width[c], row.get(c).length());
        numeric[c] &= looksNumeric(row.get(c));
      }
    }
    StringBuilder out = new StringBuilder();
    appendRow(out, header, width, numeric);
    for (int c = 0; c < n; c++) {
      out.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
    }
    out.append('\n');
    for (List<String> row : rows) {
      appendRow(out, row, width, numeric);
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, List<String> row, int[] width, boolean[] numeric) {
    for (int c = 0; c < row.size(); c++) {
      String v = row.get(c);
      String pad = " ".repeat(width[c] - v.length());
      out.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + v : v + (c == row.size() - 1 ? "" : pad));
    }
    out.append('\n');
  }

  private static boolean looksNumeric(String v) {
    if (v.isEmpty()) {
      return true;
    }
    char c = v.charAt(0);
    return Character.isDigit(c) || c == '-' || c == '+' || c == '£' || v.equals("n/a");
  }
}
