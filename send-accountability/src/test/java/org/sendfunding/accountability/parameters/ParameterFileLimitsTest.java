package org.sendfunding.accountability.parameters;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ParameterFileLimitsTest {

  @Test
  void a_file_over_one_mebibyte_is_refused() {
    assertThatThrownBy(() -> AccountabilityParameters.read("p.csv",
        new StringReader(Strings.repeat("x", 1024 * 1024 + 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p.csv: more than the limit of 1048576 characters");
  }

  @Test
  void malformed_csv_is_a_line_error_naming_the_source() {
    String text = "path,value,unit,in_force_from,verified,description,title,paragraph,href\n\"unterminated\n";
    assertThatThrownBy(() -> AccountabilityParameters.read("p.csv", new StringReader(text)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("p.csv: 1 bad parameter row(s):\n  line ")
        .hasMessageContaining("not valid CSV");
  }
}
