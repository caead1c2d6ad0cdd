package org.sendfunding.ehcp.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The edges of the bank-holiday calendar: parsing a small file, names, and dates outside its years. */
class BankHolidaysEdgesTest {

  @Test
  void a_small_calendar_parses_names_and_refuses_other_years() {
    String csv = "date,name,status\n2025-12-25,Christmas Day,published\n2026-01-01,New Year's Day,projected\n";
    BankHolidays cal = BankHolidays.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv");
    assertThat(cal.firstYear()).isEqualTo(2025);
    assertThat(cal.lastYear()).isEqualTo(2026);
    assertThat(cal.holidayName(LocalDate.of(2025, 12, 25))).contains("Christmas Day");
    assertThat(cal.holidayName(LocalDate.of(2025, 12, 24))).isEmpty();
    assertThat(cal.toString()).isEqualTo("BankHolidays[England and Wales 2025-2026, 2 days]");
    assertThatThrownBy(() -> cal.holidayName(LocalDate.of(2027, 1, 1)))
        .hasMessage("BankHolidays: 2027-01-01 is outside the years covered by the bank-holiday data (2025-2026)");
    assertThatThrownBy(() -> cal.holidayName(LocalDate.of(2024, 12, 31)))
        .hasMessage("BankHolidays: 2024-12-31 is outside the years covered by the bank-holiday data (2025-2026)");
  }
}
