package org.sendfunding.ehcp.fuzz;

import org.sendfunding.model.testing.LoaderProperty;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.sendfunding.ehcp.calendar.BankHolidays;
import org.sendfunding.ehcp.caseload.Sen2Series;
import org.sendfunding.ehcp.timeline.StatutoryPeriods;

/**
 * Fuzzes the three loaders of send-ehcp, whose own error is an {@code IllegalArgumentException}
 * naming the source and listing every bad line. Seed corpora are in
 * {@code EhcpLoaderFuzzTestInputs/<method>/}.
 */
class EhcpLoaderFuzzTest {

  private static final Pattern PERIOD_LINE = Pattern.compile("\\s*([A-Za-z0-9-]+)\\.[A-Za-z]+\\s*=.*");

  @FuzzTest(maxDuration = "60s")
  void bankHolidays(byte[] data) {
    LoaderProperty.loadsOrFailsCleanly("fuzzed-holidays.csv", IllegalArgumentException.class,
        () -> BankHolidays.parse(new ByteArrayInputStream(data), "fuzzed-holidays.csv"),
        holidays -> {
          assertThat(holidays.holidays()).isNotEmpty();
          assertThat(holidays.firstYear()).isLessThanOrEqualTo(holidays.lastYear());
        });
  }

  @FuzzTest(maxDuration = "60s")
  void statutoryPeriods(byte[] data) {
    // The loader drops a UTF-8 byte-order mark, so the count of periods is taken without it.
    String text = LoaderProperty.text(data).replaceFirst("^\uFEFF", "");
    LoaderProperty.loadsOrFailsCleanly("fuzzed-periods.properties", IllegalArgumentException.class,
        () -> StatutoryPeriods.parse(new ByteArrayInputStream(data), "fuzzed-periods.properties"),
        periods -> assertThat(periods.periods()).hasSize((int) Arrays.stream(text.split("\\R"))
            .map(String::strip)
            .filter(l -> !l.startsWith("#"))
            .map(PERIOD_LINE::matcher)
            .filter(m -> m.matches())
            .map(m -> m.group(1))
            .distinct()
            .count()));
  }

  @FuzzTest(maxDuration = "60s")
  void nationalSeries(byte[] data) {
    LoaderProperty.loadsOrFailsCleanly("fuzzed-series.csv", IllegalArgumentException.class,
        () -> Sen2Series.parse(new ByteArrayInputStream(data), "fuzzed-series.csv"),
        series -> assertThat(series).isNotNull());
  }
}
