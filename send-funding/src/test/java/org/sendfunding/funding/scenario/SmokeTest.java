package org.sendfunding.funding.scenario;

import org.junit.jupiter.api.Test;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.model.time.FinancialYear;

class SmokeTest {
  @Test
  void smoke() {
    for (BuiltInPolicy p : BuiltInPolicy.values()) {
      long t0 = System.nanoTime();
      ScenarioResult r = p.scenario(FundingDataset.england()).run();
      long t1 = System.nanoTime();
      StringBuilder sb = new StringBuilder(p + " " + (t1 - t0) / 1_000_000 + "ms\n");
      for (FinancialYear y : r.years()) {
        sb.append(y).append(" alloc ").append(r.national(y, Measure.HIGH_NEEDS_ALLOCATION))
            .append(" spend ").append(r.national(y, Measure.TOTAL_SPEND))
            .append(" transfer ").append(r.national(y, Measure.BLOCK_TRANSFER))
            .append(" wo ").append(r.national(y, Measure.WRITE_OFF))
            .append(" close ").append(r.national(y, Measure.CLOSING_BALANCE))
            .append(" GF ").append(r.national(y, Measure.GENERAL_FUND_DEFICIT))
            .append(" gini ").append(String.format("%.4f", r.statistic(y, NationalStatistic.GINI_FUNDING_PER_HEAD)))
            .append(" cvEhcp ").append(String.format("%.4f", r.statistic(y, NationalStatistic.CV_FUNDING_PER_EHCP)))
            .append(" surprise ").append(String.format("%.4f", r.statistic(y, NationalStatistic.MEAN_ABSOLUTE_SURPRISE)))
            .append('\n');
      }
      System.out.println(sb);
    }
    ScenarioResult r = BuiltInPolicy.TODAYS_RULES.scenario(FundingDataset.england()).run();
    System.out.println(r.explain(876, FinancialYear.parse("2026-27"), Measure.CLOSING_BALANCE).toText());
  }
}
