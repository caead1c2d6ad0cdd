package org.sendfunding.ehcp.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The back-test on the real figures of four LAs (DfE "Education, health and care plans", 2025 release):
 * calibrated on January 2023, projected to January 2024 and 2025, compared with what was published.
 */
class BacktestTest {

  @Test
  void naive_baselines_on_the_published_totals() throws IOException {
    // Published January totals 2022, 2023, 2024, 2025: Rutland 279, 314, 340, 376; Camden 1,440, 1,446,
    // 1,532, 1,607; Hackney 3,062, 3,243, 3,525, 3,681; Islington 1,634, 1,893, 2,035, 2,119. Camden's own
    // growth repeated gives 1,446 x 1,446/1,440 = 1,452.0 for 2024 (5.22% under 1,532); the four LAs' growth
    // (6,896 / 6,415) gives 1,554.4 (1.46% over). Errors worked in the same way for all four:
    Backtest.Result r = Backtest.DEFAULT.run(CaseloadCalibratorTest.fixture(), 2023, 2, 400, 42L);
    Backtest.Errors last2024 = r.find("last year's growth", 2024);
    assertThat(last2024.las()).isEqualTo(4);
    assertThat(last2024.medianAbsPct()).isCloseTo(3.9384, within(1e-4));   // nearest rank: the 2nd of 4
    assertThat(last2024.p90AbsPct()).isCloseTo(7.7667, within(1e-4));
    assertThat(last2024.nationalPct()).isCloseTo(0.0157, within(1e-4));
    Backtest.Errors all2024 = r.find("all LAs' growth", 2024);
    assertThat(all2024.medianAbsPct()).isCloseTo(0.7224, within(1e-4));
    assertThat(all2024.nationalPct()).isCloseTo(-0.2548, within(1e-4));
    Backtest.Errors last2025 = r.find("last year's growth", 2025);
    assertThat(last2025.p90AbsPct()).isCloseTo(19.8993, within(1e-4));
    assertThat(r.find("all LAs' growth", 2025).nationalPct()).isCloseTo(2.3886, within(1e-4));
    Backtest.LaYear camden = r.rows().stream().filter(x -> x.la().code() == 202 && x.year() == 2024).findFirst()
        .orElseThrow();
    assertThat(camden.published()).isEqualTo(1532);
    assertThat(camden.lastGrowth()).isCloseTo(1446.0 * 1446 / 1440, within(1e-9));
  }

  @Test
  void the_model_s_errors_and_intervals() throws IOException {
    Backtest.Result r = Backtest.DEFAULT.run(CaseloadCalibratorTest.fixture(), 2023, 2, 400, 42L);
    for (int year : new int[] {2024, 2025}) {
      Backtest.Errors model = r.find("model", year);
      assertThat(model.las()).isEqualTo(4);
      assertThat(model.p90AbsPct()).isGreaterThanOrEqualTo(model.medianAbsPct()).isNotNegative();
    }
    // Intervals nest and hold the median; coverage is a share of the four LAs.
    for (Backtest.LaYear x : r.rows()) {
      assertThat(x.low95()).isLessThanOrEqualTo(x.low80());
      assertThat(x.low80()).isLessThanOrEqualTo(x.median());
      assertThat(x.median()).isLessThanOrEqualTo(x.high80());
      assertThat(x.high80()).isLessThanOrEqualTo(x.high95());
    }
    assertThat(r.coverage80()).allMatch(c -> c >= 0 && c <= 1 && c * 4 == Math.rint(c * 4));
    assertThat(r.coverage95().get(0)).isGreaterThanOrEqualTo(r.coverage80().get(0));
    // The model's national error is its summed medians against the published sum.
    double sum = 0;
    double real = 0;
    for (Backtest.LaYear x : r.rows()) {
      if (x.year() == 2024) {
        sum += x.median();
        real += x.published();
      }
    }
    assertThat(r.find("model", 2024).nationalPct()).isCloseTo(100 * (sum - real) / real, within(1e-9));
    assertThat(r.toText()).contains("Back-test: calibrated on January 2023, projected January 2024 to 2025")
        .containsPattern("2024: inside 80% interval \\d+% of LAs");
    // The same seed gives the same back-test.
    assertThat(Backtest.DEFAULT.run(CaseloadCalibratorTest.fixture(), 2023, 2, 400, 42L).rows()).isEqualTo(r.rows());
  }

  @Test
  void an_la_without_the_fit_years_caseload_is_refused() throws IOException {
    assertThatThrownBy(() -> Backtest.DEFAULT.run(CaseloadCalibratorTest.fixture(), 2015, 1, 10, 1L))
        .hasMessageContaining("have no January caseload for 2014 and 2015");
  }
}
