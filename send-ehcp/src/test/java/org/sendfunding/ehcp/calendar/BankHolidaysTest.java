package org.sendfunding.ehcp.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.NumberSyntax;

class BankHolidaysTest {

  private final BankHolidays cal = BankHolidays.englandAndWales();

  @Test
  void covers_2014_to_2030_with_eight_or_more_days_a_year() {
    assertThat(cal.firstYear()).isEqualTo(2014);
    assertThat(cal.lastYear()).isEqualTo(2030);
    for (int y = 2014; y <= 2030; y++) {
      int year = y;
      long n = cal.holidays().keySet().stream().filter(d -> d.getYear() == year).count();
      assertThat(n).as("holidays in %s", y).isGreaterThanOrEqualTo(8);
    }
  }

  @Test
  void one_off_holidays_by_royal_proclamation_are_listed() {
    // gov.uk/bank-holidays: VE day 2020, Platinum Jubilee 2022, State Funeral 2022, Coronation 2023.
    assertThat(cal.holidayName(LocalDate.of(2020, 5, 8))).hasValueSatisfying(n -> assertThat(n).contains("VE day"));
    assertThat(cal.isWorkingDay(LocalDate.of(2020, 5, 4))).isTrue(); // the early May Monday it replaced
    assertThat(cal.isWorkingDay(LocalDate.of(2022, 6, 2))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2022, 6, 3))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2022, 5, 30))).isTrue(); // spring holiday moved to 2 June
    assertThat(cal.holidayName(LocalDate.of(2022, 9, 19))).hasValueSatisfying(n -> assertThat(n).contains("State Funeral"));
    assertThat(cal.holidayName(LocalDate.of(2023, 5, 8))).hasValueSatisfying(n -> assertThat(n).contains("coronation"));
  }

  @Test
  void substitute_days_when_christmas_falls_at_a_weekend() {
    // 25 Dec 2022 was a Sunday: Boxing Day Mon 26, Christmas substitute Tue 27.
    assertThat(cal.isWorkingDay(LocalDate.of(2022, 12, 26))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2022, 12, 27))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2022, 12, 28))).isTrue();
    // 1 Jan 2022 was a Saturday: substitute Mon 3 Jan.
    assertThat(cal.isWorkingDay(LocalDate.of(2022, 1, 3))).isFalse();
  }

  @Test
  void three_working_days_across_the_state_funeral() {
    // Fri 16 Sep 2022 + 3 working days: Mon 19 is a bank holiday, so Tue 20, Wed 21, Thu 22.
    assertThat(cal.plusWorkingDays(LocalDate.of(2022, 9, 16), 3)).isEqualTo(LocalDate.of(2022, 9, 22));
    assertThat(cal.workingDaysBetween(LocalDate.of(2022, 9, 16), LocalDate.of(2022, 9, 22))).isEqualTo(3);
  }

  @Test
  void next_working_day_in_january_after_new_year_2026() {
    // 1 Jan 2026 (Thursday) is a bank holiday; 2 Jan 2026 (Friday) is a working day.
    assertThat(cal.nextWorkingDayOnOrAfter(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 1, 2));
  }

  @Test
  void working_day_count_round_trips_with_addition() {
    qt().withExamples(200)
        .forAll(integers().between(0, 5000), integers().between(0, 40))
        .check((offset, n) -> {
          LocalDate start = LocalDate.of(2015, 1, 1).plusDays(offset);
          LocalDate end = cal.plusWorkingDays(start, n);
          return cal.workingDaysBetween(start, end) == n && (n == 0 || cal.isWorkingDay(end));
        });
  }

  @Test
  void dates_outside_the_data_are_refused_not_guessed() {
    assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(2031, 1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BankHolidays: 2031-01-02 is outside the years covered by the bank-holiday data (2014-2030)");
  }

  @Test
  void parse_reports_every_bad_line() {
    String data = "# test\n"
        + "date,name,status\n"
        + "2024-12-25,Christmas Day,published\n"
        + "2024-12-28,Saturday holiday,published\n"
        + "2024-13-01,Bad month,published\n"
        + "2024-12-25,Again,published\n"
        + "2024-12-26,Boxing Day,guessed\n"
        + "2024-05-06,too,many,fields\n";
    assertThatThrownBy(() -> BankHolidays.parse(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)), "test.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .isInstanceOf(InputException.class)
        .hasMessage("5 problems in test.csv:\n"
            + "  line 4, column 'date' ('2024-12-28'): falls on a SATURDAY (Saturday holiday)\n"
            + "  line 5, column 'date' ('2024-13-01'): " + NumberSyntax.DATE + "\n"
            + "  line 6, column 'date' ('2024-12-25'): listed twice\n"
            + "  line 7, column 'status' ('guessed'): not 'published' or 'projected'\n"
            + "  line 8: 4 cells but the header has 3 columns");
  }

  @Test
  void parse_checks_header_blank_names_and_empty_files() {
    String data = "day,name\n2024-12-25,,published\n";
    assertThatThrownBy(() -> BankHolidays.parse(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)), "h.csv"))
        .hasMessage("4 problems in h.csv:\n"
            + "  line 1, column 'day': unknown column (expected date,name,status)\n"
            + "  line 1, column 'date': missing column (expected date,name,status)\n"
            + "  line 1, column 'status': missing column (expected date,name,status)\n"
            + "  line 2: 3 cells but the header has 2 columns");
    assertThatThrownBy(() -> BankHolidays.parse(new ByteArrayInputStream(
            "date,name,status\n2024-12-25,,published\n".getBytes(StandardCharsets.UTF_8)), "n.csv"))
        .hasMessage("1 problem in n.csv:\n  line 2, column 'name': is blank; a value is required");
    assertThatThrownBy(() -> BankHolidays.parse(new ByteArrayInputStream("# nothing\n".getBytes(StandardCharsets.UTF_8)), "e.csv"))
        .hasMessage("1 problem in e.csv:\n  no holidays listed");
    // A header alone is the same as an empty file.
    assertThatThrownBy(() -> BankHolidays.parse(new ByteArrayInputStream("date,name,status\r\n".getBytes(StandardCharsets.UTF_8)), "e.csv"))
        .hasMessage("1 problem in e.csv:\n  no holidays listed");
  }

  @Test
  void parse_reads_excel_csv_utf8_with_a_bom_crlf_and_quoted_names() {
    String data = "\uFEFFdate,name,status\r\n2024-12-25,\"Christmas Day, observed\",published\r\n";
    BankHolidays cal = BankHolidays.parse(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)), "x.csv");
    assertThat(cal.holidayName(LocalDate.of(2024, 12, 25))).contains("Christmas Day, observed");
  }

  @Test
  void explicit_calendars_and_arithmetic_check_their_arguments() {
    assertThatThrownBy(() -> BankHolidays.of(java.util.Map.of(), 2025, 2024))
        .hasMessage("BankHolidays.firstYear: 2025 is after lastYear 2024");
    assertThatThrownBy(() -> BankHolidays.of(java.util.Map.of(LocalDate.of(2023, 12, 25), "Christmas Day"), 2024, 2024))
        .hasMessage("BankHolidays.holidays: 2023-12-25 is outside the years covered 2024-2024");
    assertThatThrownBy(() -> cal.plusWorkingDays(LocalDate.of(2024, 1, 2), -1))
        .hasMessage("BankHolidays.workingDays: -1 is negative");
    assertThatThrownBy(() -> cal.workingDaysBetween(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)))
        .hasMessage("BankHolidays.to: 2024-01-01 is before from 2024-01-02");
    BankHolidays custom = BankHolidays.of(java.util.Map.of(LocalDate.of(2024, 1, 2), "Local holiday"), 2024, 2024);
    assertThat(custom.isWorkingDay(LocalDate.of(2024, 1, 2))).isFalse();
    assertThat(custom.isWorkingDay(LocalDate.of(2024, 1, 1))).isTrue(); // not listed in this calendar
  }
}
