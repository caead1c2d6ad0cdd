package org.sendfunding.funding.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.base.Strings;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;

class DatasetLimitsTest {

  private static final String HEADER = String.join(",", DatasetCsv.NATIONAL_COLUMNS) + "\n";
  private static final String ROW = "high_needs_total,%s,6115000000,gbp,Written question 129210,table,https://example.org,%s\n";

  private static String rows(int n, String note) {
    StringBuilder b = new StringBuilder(HEADER);
    for (int i = 0; i < n; i++) {
      b.append(String.format(ROW, (2000 + i) + "-" + String.format("%02d", (i + 1) % 100), note));
    }
    return b.toString();
  }

  @Test
  void a_file_within_the_limits_loads() {
    NationalSeries s = DatasetCsv.readNationalSeries(new StringReader(rows(3, "n")), "s.csv", DatasetLimits.of(10_000, 3, 40));
    assertThat(s.figures()).hasSize(3);
  }

  @Test
  void too_many_rows_fail_the_whole_file_naming_the_line() {
    DatasetException e = catchThrowableOfType(DatasetException.class, () ->
        DatasetCsv.readNationalSeries(new StringReader(rows(4, "n")), "s.csv", DatasetLimits.of(10_000, 3, 40)));
    assertThat(e.messages()).containsExactly("s.csv line 5: more than the limit of 3 rows");
  }

  @Test
  void an_over_long_field_names_line_and_column() {
    DatasetException e = catchThrowableOfType(DatasetException.class, () ->
        DatasetCsv.readNationalSeries(new StringReader(rows(1, Strings.repeat("x", 41))), "s.csv",
            DatasetLimits.of(10_000, 3, 40)));
    assertThat(e.messages()).containsExactly("s.csv line 2 column note: 41 characters, more than the limit of 40");
  }

  @Test
  void an_over_size_file_fails_before_rows_are_checked() {
    DatasetException e = catchThrowableOfType(DatasetException.class, () ->
        DatasetCsv.readPanel(new StringReader(rows(50, "n")), "p.csv", LocalAuthorities.england(),
            DatasetLimits.of(500, 1000, 100)));
    assertThat(e.messages()).containsExactly("p.csv: more than the limit of 500 characters");
  }

  @Test
  void limits_must_be_positive() {
    assertThatThrownBy(() -> DatasetLimits.of(0, 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DatasetLimits: limits must be positive, got 0 characters, 1 rows, 1 field length");
    assertThat(DatasetLimits.DEFAULT.maxRows()).isEqualTo(1_000_000);
  }
}
