package org.sendfunding.ehcp.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendfunding.ehcp.calendar.BankHolidays;

/** The integer-day calendar of the fast path must agree with {@code java.time} and the bank-holiday calendar. */
class EpochDaysTest {

  @Test
  void range_ends_are_years_1_and_9999() {
    assertThat(EpochDays.MIN_DAY).isEqualTo(LocalDate.of(1, 1, 1).toEpochDay());
    assertThat(EpochDays.MAX_DAY).isEqualTo(LocalDate.of(9999, 12, 31).toEpochDay());
  }

  @Test
  void worked_examples_of_month_arithmetic() {
    // 31 Jan 2024 + 1 month = 29 Feb 2024 (leap year); 29 Feb 2024 + 12 months = 28 Feb 2025.
    int jan31 = (int) LocalDate.of(2024, 1, 31).toEpochDay();
    assertThat(LocalDate.ofEpochDay(EpochDays.plusMonths(jan31, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
    int feb29 = (int) LocalDate.of(2024, 2, 29).toEpochDay();
    assertThat(LocalDate.ofEpochDay(EpochDays.plusMonths(feb29, 12))).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(LocalDate.ofEpochDay(EpochDays.plusMonths(feb29, 48))).isEqualTo(LocalDate.of(2028, 2, 29));
    // 31 Dec 2024 - 5 months = 31 Jul 2024; 15 February in 2025 (fixed day of a school-phase transfer).
    int dec31 = (int) LocalDate.of(2024, 12, 31).toEpochDay();
    assertThat(LocalDate.ofEpochDay(EpochDays.plusMonths(dec31, -5))).isEqualTo(LocalDate.of(2024, 7, 31));
    assertThat(LocalDate.ofEpochDay(EpochDays.sameYear(dec31 + 1, 2, 15))).isEqualTo(LocalDate.of(2025, 2, 15));
  }

  @Test
  void civil_dates_agree_with_java_time_over_the_whole_range() {
    qt().withExamples(2000).forAll(integers().between(EpochDays.MIN_DAY, EpochDays.MAX_DAY)).checkAssert(day -> {
      LocalDate d = LocalDate.ofEpochDay(day);
      int c = EpochDays.civil(day);
      assertThat(EpochDays.year(c)).isEqualTo(d.getYear());
      assertThat(EpochDays.month(c)).isEqualTo(d.getMonthValue());
      assertThat(EpochDays.dayOfMonth(c)).isEqualTo(d.getDayOfMonth());
      assertThat(EpochDays.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).isEqualTo(day);
      assertThat(EpochDays.isLeap(d.getYear())).isEqualTo(d.isLeapYear());
      assertThat(EpochDays.lengthOfMonth(d.getYear(), d.getMonthValue())).isEqualTo(d.lengthOfMonth());
    });
  }

  @Test
  void month_arithmetic_agrees_with_java_time_at_month_ends_year_ends_and_leap_days() {
    // Days in the last 4 days of a month, so that the end-of-month rule is exercised in every month.
    qt().withExamples(3000)
        .forAll(integers().between(2, 9990), integers().between(1, 12), integers().between(0, 3),
            integers().between(-130, 130))
        .checkAssert((year, month, back, months) -> {
          LocalDate d = YearMonth.of(year, month).atEndOfMonth().minusDays(back);
          int day = (int) d.toEpochDay();
          assertThat(LocalDate.ofEpochDay(EpochDays.plusMonths(day, months))).isEqualTo(d.plusMonths(months));
        });
  }

  @Test
  void fixed_days_agree_with_month_day_at_year_including_29_february() {
    qt().withExamples(2000)
        .forAll(integers().between(EpochDays.MIN_DAY, EpochDays.MAX_DAY), integers().between(1, 12),
            integers().between(1, 31))
        .assuming((day, month, dom) -> dom <= java.time.Month.of(month).maxLength())
        .checkAssert((day, month, dom) -> {
          LocalDate d = LocalDate.ofEpochDay(day);
          assertThat(LocalDate.ofEpochDay(EpochDays.sameYear(day, month, dom)))
              .isEqualTo(MonthDay.of(month, dom).atYear(d.getYear()));
        });
  }

  @Test
  void working_day_table_agrees_with_the_calendar_on_every_day_it_covers() {
    BankHolidays cal = BankHolidays.englandAndWales();
    WorkingDayTable table = new WorkingDayTable(cal);
    LocalDate last = LocalDate.of(cal.lastYear(), 12, 31);
    for (LocalDate date = LocalDate.of(cal.firstYear(), 1, 1); !date.isAfter(last); date = date.plusDays(1)) {
      LocalDate d = date;
      int day = (int) d.toEpochDay();
      for (int count = 0; count <= 4; count++) {
        int n = count;
        assertThat(outcome(() -> table.plusWorkingDays(day, n)))
            .as("%s + %s working days", d, n)
            .isEqualTo(outcome(() -> cal.plusWorkingDays(d, n).toEpochDay()));
      }
      assertThat(outcome(() -> table.nextWorkingDayOnOrAfter(day)))
          .isEqualTo(outcome(() -> cal.nextWorkingDayOnOrAfter(d).toEpochDay()));
    }
  }

  @Test
  void working_day_table_throws_what_the_calendar_throws_outside_its_years() {
    // A calendar of 2021 alone, whose last working day is Fri 31 Dec 2021: nothing after it can be answered.
    BankHolidays cal = BankHolidays.of(Map.of(LocalDate.of(2021, 12, 27), "Christmas Day (substitute day)",
        LocalDate.of(2021, 12, 28), "Boxing Day (substitute day)"), 2021, 2021);
    WorkingDayTable table = new WorkingDayTable(cal);
    int dec31 = (int) LocalDate.of(2021, 12, 31).toEpochDay();
    assertThat(table.nextWorkingDayOnOrAfter(dec31)).isEqualTo(dec31);
    assertThat(LocalDate.ofEpochDay(table.plusWorkingDays(dec31 - 7, 2))).isEqualTo(LocalDate.of(2021, 12, 30));
    assertThatThrownBy(() -> table.plusWorkingDays(dec31, 1))
        .hasMessage("BankHolidays: 2022-01-01 is outside the years covered by the bank-holiday data (2021-2021)");
    assertThatThrownBy(() -> table.nextWorkingDayOnOrAfter(dec31 - 365))
        .hasMessage("BankHolidays: 2020-12-31 is outside the years covered by the bank-holiday data (2021-2021)");
    assertThatThrownBy(() -> table.plusWorkingDays(dec31, -1)).hasMessage("BankHolidays.workingDays: -1 is negative");
  }

  /** The value, or the exception's class and message. */
  static Object outcome(java.util.function.LongSupplier f) {
    try {
      return f.getAsLong();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
