package org.sendfunding.ehcp.fuzz;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.sendfunding.ehcp.calendar.BankHolidays;
import org.sendfunding.ehcp.caseload.Sen2Series;
import org.sendfunding.ehcp.timeline.StatutoryPeriods;

class FileLimitsTest {

  /** One byte over the 1 MiB limit; the content never matters because nothing is parsed. */
  private static ByteArrayInputStream overLimit() {
    byte[] bytes = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(bytes, (byte) '#');
    return new ByteArrayInputStream(bytes);
  }

  @Test
  void each_reference_file_loader_refuses_a_file_over_one_mebibyte() {
    assertThatThrownBy(() -> BankHolidays.parse(overLimit(), "h.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1 problem in h.csv:\n  larger than the limit of 1048576 bytes");
    assertThatThrownBy(() -> StatutoryPeriods.parse(overLimit(), "p.properties"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1 problem in p.properties:\n  larger than the limit of 1048576 bytes");
    assertThatThrownBy(() -> Sen2Series.parse(overLimit(), "n.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1 problem in n.csv:\n  larger than the limit of 1048576 bytes");
  }

  @Test
  void an_over_long_period_length_is_a_line_error_not_a_number_format_exception() {
    String text = "x.length = 99999999999 days\nx.rule = r\nx.source = s\nx.href = h\n"
        + "x.inForce = 2014-09-01\nx.verified = true\n";
    assertThatThrownBy(() -> StatutoryPeriods.parse(new ByteArrayInputStream(text.getBytes()), "p.properties"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("25 problems in p.properties:\n  line 1, column 'x.length' ('99999999999 days'): too large\n");
  }
}
