package org.sendfunding.funding.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.model.deficit.DeficitLedger;
import org.sendfunding.model.deficit.LedgerEntry;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.time.FinancialYear;

/** Invariants of scenario results, over random assumptions and policies (QuickTheories). */
class ScenarioPropertiesTest {

  private static final FundingDataset ENGLAND_SAMPLE =
      FundingDataset.england().restrictedTo(java.util.List.of(201, 202, 372, 800, 816, 838, 876, 886, 926, 936));

  /** The formula restored from 2027-28, so each LA's random data change takes part. */
  private static final org.sendfunding.funding.parameter.ParameterOverlay FORMULA =
      org.sendfunding.funding.parameter.ParameterOverlay.builder().name("formula from 2027-28")
          .override("highneeds.allocation.method", java.time.LocalDate.of(2027, 4, 1),
              org.sendfunding.funding.parameter.ParameterValue.ofRule("nff"))
          .build();

  private static Scenario scenario(FundingDataset data, int policy, int growth, int inflation, int volatility, long seed) {
    BuiltInPolicy p = BuiltInPolicy.values()[policy];
    return TinyDatasets.scenario(data, p, Assumptions.builder().years(5)
        .caseloadGrowth(Percentage.of(String.valueOf(growth))).inflation(Percentage.of(String.valueOf(inflation)))
        .allocationVolatility(Percentage.of(String.valueOf(volatility))).seed(seed).build())
        .withOverlay(p.title() + " with the formula", FORMULA);
  }

  @Test
  void ledgers_reconcile_every_year_and_national_totals_are_the_sum_of_las() {
    qt().withExamples(40).forAll(integers().between(0, BuiltInPolicy.values().length - 1), integers().between(0, 12),
        integers().between(0, 8), longs().all())
        .checkAssert((policy, growth, inflation, seed) -> {
          int volatility = (int) Math.floorMod(seed, 7L);
          ScenarioResult r = scenario(ENGLAND_SAMPLE, policy, growth, inflation, volatility, seed).run();
          for (var la : r.authorities()) {
            DeficitLedger ledger = r.ledger(la.code()); // checks each year opens where the last closed
            for (LedgerEntry e : ledger.entries()) {
              assertThat(e.closingBalance()).isEqualTo(r.money(la.code(), e.financialYear(), Measure.CLOSING_BALANCE));
              assertThat(e.openingBalance().plus(e.totalIncome()).minus(e.totalSpend())).isEqualTo(e.closingBalance());
            }
            assertThat(ledger.openingBalance()).isEqualTo(ENGLAND_SAMPLE.inputs(la.code()).dsgBalance());
          }
          for (FinancialYear y : r.years()) {
            for (Measure m : Measure.values()) {
              if (m.isPerUnit()) {
                continue;
              }
              long sum = r.authorities().stream().mapToLong(la -> r.value(la.code(), y, m)).sum();
              assertThat(r.nationalValue(y, m)).as(m + " " + y).isEqualTo(sum);
            }
          }
        });
  }

  @Test
  void a_write_off_never_increases_a_deficit() {
    qt().withExamples(30).forAll(integers().between(0, 12), integers().between(0, 8), longs().all())
        .checkAssert((growth, inflation, seed) -> {
          ScenarioResult none = scenario(ENGLAND_SAMPLE, BuiltInPolicy.TODAYS_RULES.ordinal(), growth, inflation, 2, seed).run();
          for (BuiltInPolicy p : new BuiltInPolicy[] {BuiltInPolicy.NINETY_PERCENT_COVER, BuiltInPolicy.DEFICIT_CANCELLATION}) {
            ScenarioResult w = scenario(ENGLAND_SAMPLE, p.ordinal(), growth, inflation, 2, seed).run();
            for (var la : w.authorities()) {
              Money accrued = ENGLAND_SAMPLE.inputs(la.code()).dsgBalance();
              for (FinancialYear y : w.years()) {
                Money writeOff = w.money(la.code(), y, Measure.WRITE_OFF);
                assertThat(writeOff.isNegative()).isFalse();
                assertThat(writeOff).isLessThanOrEqualTo(accrued.isNegative() ? accrued.negated() : Money.ZERO);
                assertThat(w.money(la.code(), y, Measure.CLOSING_BALANCE))
                    .isGreaterThanOrEqualTo(none.money(la.code(), y, Measure.CLOSING_BALANCE));
              }
            }
          }
        });
  }

  @Test
  void a_guaranteed_minimum_is_never_breached() {
    qt().withExamples(40).forAll(integers().between(0, 8), integers().between(0, 10), longs().all())
        .checkAssert((inflation, volatility, seed) -> {
          ScenarioResult r = scenario(ENGLAND_SAMPLE, BuiltInPolicy.THREE_YEAR_SETTLEMENT.ordinal(), 5, inflation, volatility, seed).run();
          for (var la : r.authorities()) {
            for (FinancialYear y : r.years()) {
              assertThat(r.money(la.code(), y, Measure.HIGH_NEEDS_ALLOCATION))
                  .isGreaterThanOrEqualTo(r.money(la.code(), y, Measure.GUARANTEED_ALLOCATION));
            }
          }
        });
  }

  @Test
  void consistency_measures_are_zero_for_identical_las() {
    qt().withExamples(20).forAll(integers().between(0, BuiltInPolicy.values().length - 1), integers().between(0, 12), integers().between(0, 8))
        .checkAssert((policy, growth, inflation) -> {
          // No random data change, so identical inputs stay identical.
          ScenarioResult r = scenario(TinyDatasets.identical(), policy, growth, inflation, 0, 1).run();
          for (FinancialYear y : r.years()) {
            assertThat(r.statistic(y, NationalStatistic.CV_FUNDING_PER_HEAD)).isZero();
            assertThat(r.statistic(y, NationalStatistic.GINI_FUNDING_PER_HEAD)).isZero();
            assertThat(r.statistic(y, NationalStatistic.P90_P10_FUNDING_PER_HEAD)).isEqualTo(1.0);
            assertThat(r.statistic(y, NationalStatistic.MAX_MIN_FUNDING_PER_HEAD)).isEqualTo(1.0);
            assertThat(r.statistic(y, NationalStatistic.CV_FUNDING_PER_EHCP)).isZero();
            assertThat(r.statistic(y, NationalStatistic.GINI_FUNDING_PER_EHCP)).isZero();
            assertThat(r.statistic(y, NationalStatistic.ALLOCATION_CHANGE_SD)).isZero();
          }
        });
  }

  @Test
  void explanations_of_sums_add_up_to_the_figure() {
    ScenarioResult r = BuiltInPolicy.NINETY_PERCENT_COVER.scenario(ENGLAND_SAMPLE).run();
    for (var la : r.authorities()) {
      for (FinancialYear y : r.years()) {
        for (Measure m : new Measure[] {Measure.TOTAL_INCOME, Measure.TOTAL_SPEND, Measure.PLACEMENT_SPEND, Measure.CLOSING_BALANCE,
            Measure.IN_YEAR_BALANCE, Measure.SUFFICIENCY_GAP}) {
          var e = r.explain(la.code(), y, m);
          assertThat(e.childrenTotal()).as(m + " " + la + " " + y).isEqualTo(r.money(la.code(), y, m));
        }
      }
    }
    FinancialYear first = r.years().get(0);
    assertThat(r.explainNational(first, Measure.WRITE_OFF).childrenTotal()).isEqualTo(r.national(first, Measure.WRITE_OFF));
  }
}
