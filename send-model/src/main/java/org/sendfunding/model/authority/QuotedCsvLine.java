package org.sendfunding.model.authority;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of RFC 4180 CSV, where a field may be quoted to hold commas ({@code "Bristol, City
 * of"}) and a doubled quote stands for a quote. The register is read with this instead of a CSV
 * library because send-model depends on Guava alone.
 */
final class QuotedCsvLine {

  private QuotedCsvLine() {}

  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unterminated quoted field in: " + line);
    }
    fields.add(field.toString());
    return fields;
  }
}
