package org.sendfunding.funding.outlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.ehcp.projection.Calibration;
import org.sendfunding.ehcp.projection.CaseloadCalibrator;
import org.sendfunding.ehcp.projection.EnglandTables;
import org.sendfunding.ehcp.projection.ProjectionSettings;
import org.sendfunding.ehcp.projection.SettingRuns;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.dataset.Provenance;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/** Unit costs from the real s251 budgets, and every run priced and summed exactly. */
class SpendProjectorTest {

  static final EnglandStatistics STATS = EnglandStatistics.england();
  static final FundingDataset DATASET = FundingDataset.england();
  static final SettingUnitCosts COSTS = SettingUnitCosts.england(STATS, DATASET);

  @Test
  void unit_costs_are_derby_s251_budgets_over_its_placed_pupils() {
    // High needs benchmarking 2021-22, Derby (831): place funding special £8,333,280 + maintained top-up
    // special £10,459,683 over 806 placed in maintained special or special academies = £23,316.33 a plan.
    assertThat(COSTS.cost(831, SettingType.MAINTAINED_SPECIAL)).isEqualTo(Money.ofPounds("23316.33"));
    assertThat(COSTS.cost(831, SettingType.ACADEMY_SPECIAL)).isEqualTo(Money.ofPounds("23316.33"));
    // NMSS/independent top-up special £10,050,000 over 166 = £60,542.17.
    assertThat(COSTS.cost(831, SettingType.INDEPENDENT_SPECIAL)).isEqualTo(Money.ofPounds("60542.17"));
    // Mainstream: place funding primary £652,000 + secondary £425,500 + top-ups £6,080,990 + £2,420,470 over
    // 814 mainstream + 155 resourced provision = £9,885.41.
    assertThat(COSTS.cost(831, SettingType.MAINSTREAM_MAINTAINED)).isEqualTo(Money.ofPounds("9885.41"));
    assertThat(COSTS.provenance(831, SettingType.MAINTAINED_SPECIAL).provenance()).isEqualTo(Provenance.DERIVED);
    assertThat(COSTS.provenance(831, SettingType.MAINTAINED_SPECIAL).rule()).contains("s251 2021-22 budget");
    // No placed count for early years is published: the dataset's illustrative cost.
    assertThat(COSTS.provenance(831, SettingType.EARLY_YEARS).provenance()).isEqualTo(Provenance.ILLUSTRATIVE);
    assertThat(COSTS.cost(831, SettingType.EARLY_YEARS)).isEqualTo(DATASET.caseload(831).unitCosts().get(SettingType.EARLY_YEARS));
    // Cumberland takes Cumbria's 2021-22 cost per plan.
    assertThat(COSTS.cost(942, SettingType.MAINTAINED_SPECIAL)).isEqualTo(COSTS.cost(943, SettingType.MAINTAINED_SPECIAL));
    assertThat(COSTS.provenance(942, SettingType.MAINTAINED_SPECIAL).rule()).contains("Cumbria's, 909");
    // Nottingham's PRU/AP budget (£6.4m) is mostly for pupils without plans; 2 plans are placed in AP: illustrative.
    assertThat(COSTS.provenance(892, SettingType.ALTERNATIVE_PROVISION).provenance()).isEqualTo(Provenance.ILLUSTRATIVE);
    // No derived cost is more than PLAUSIBLE_MULTIPLE times the illustrative one.
    for (int la : COSTS.laCodes()) {
      for (SettingType t : SettingType.values()) {
        Money illustrative = DATASET.caseload(la).unitCosts().get(t);
        if (illustrative != null && COSTS.provenance(la, t).provenance() == Provenance.DERIVED) {
          assertThat(COSTS.cost(la, t).pence()).as("%s %s", la, t)
              .isLessThanOrEqualTo(illustrative.pence() * SettingUnitCosts.PLAUSIBLE_MULTIPLE);
        }
      }
    }
    assertThat(COSTS.laCodes()).hasSize(153);
    assertThat(COSTS.derivedCount()).isGreaterThan(COSTS.count() / 2);
  }

  @Test
  void every_run_is_priced_by_hand_and_england_is_the_sum_of_the_las_runs() {
    List<Calibration> cals = CaseloadCalibrator.DEFAULT.calibrateAll(EnglandTables.england(STATS), 2025);
    ProjectionSettings settings = ProjectionSettings.of(3, 40, 7L);
    List<SettingRuns> runs = cals.stream().filter(c -> c.localAuthority().code() == 202 || c.localAuthority().code() == 876)
        .map(c -> SettingRuns.project(c.model(), settings)).toList();
    SpendOutlook o = SpendProjector.DEFAULT.project(DATASET, COSTS, runs);
    // Januaries 2026-2028: 2026 is the dataset's base year 2025-26 (its balance is the opening one), skipped.
    assertThat(o.years()).containsExactly(FinancialYear.parse("2026-27"), FinancialYear.parse("2027-28"));
    assertThat(o.england().name()).isEqualTo("these 2 LAs");
    long[][] englandBalance = new long[2][40];
    for (SettingRuns r : runs) {
      int la = r.localAuthority().orElseThrow().code();
      long income = DATASET.inputs(la).highNeedsAllocation().pence();
      long other = DATASET.inputs(la).otherHighNeedsSpend().pence();
      long[][] spend = new long[2][40];
      long[][] balance = new long[2][40];
      for (int run = 0; run < 40; run++) {
        long b = DATASET.inputs(la).dsgBalance().pence();
        for (int k = 0; k < 2; k++) {
          long s = other;
          for (SettingType t : SettingType.values()) {
            int n = r.count(2027 + k, t, run);
            s += n == 0 ? 0 : COSTS.cost(la, t).pence() * n;
          }
          b += income - s;
          spend[k][run] = s;
          balance[k][run] = b;
          englandBalance[k][run] += b;
        }
      }
      for (int k = 0; k < 2; k++) {
        FinancialYear y = o.years().get(k);
        assertThat(o.la(la).spend().get(y)).isEqualTo(MoneyBand.of(spend[k]));
        assertThat(o.la(la).balance().get(y)).isEqualTo(MoneyBand.of(balance[k]));
      }
    }
    for (int k = 0; k < 2; k++) {
      assertThat(o.england().balance().get(o.years().get(k))).isEqualTo(MoneyBand.of(englandBalance[k]));
    }
    // The caseload varies between runs, so the band has width.
    MoneyBand last = o.la(202).spend().get(FinancialYear.parse("2027-28"));
    assertThat(last.p90().pence()).isGreaterThan(last.p10().pence());
  }

  @Test
  void the_band_is_the_nearest_rank_percentiles() {
    long[] pence = new long[100];
    for (int i = 0; i < 100; i++) {
      pence[i] = (i * 37) % 100;   // 0..99, shuffled
    }
    MoneyBand b = MoneyBand.of(pence);
    assertThat(b.p10()).isEqualTo(Money.ofPence(9));
    assertThat(b.median()).isEqualTo(Money.ofPence(49));
    assertThat(b.p90()).isEqualTo(Money.ofPence(89));
    assertThatThrownBy(() -> MoneyBand.of(new long[0])).hasMessageContaining("no runs");
  }

  @Test
  void mismatched_runs_are_refused_naming_the_la() {
    List<Calibration> cals = CaseloadCalibrator.DEFAULT.calibrateAll(EnglandTables.england(STATS), 2025);
    SettingRuns a = SettingRuns.project(cals.get(0).model(), ProjectionSettings.of(3, 20, 1L));
    SettingRuns b = SettingRuns.project(cals.get(1).model(), ProjectionSettings.of(3, 30, 1L));
    assertThatThrownBy(() -> SpendProjector.DEFAULT.project(DATASET, COSTS, List.of(a, b)))
        .hasMessageContaining(cals.get(1).localAuthority().name()).hasMessageContaining("30 runs, not as the first");
  }
}
