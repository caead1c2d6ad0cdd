package org.sendfunding.funding.outlook;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendfunding.ehcp.projection.SettingRuns;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.dataset.LocalAuthorityInputs;
import org.sendfunding.funding.sufficiency.DemandProjections;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * Prices every Monte Carlo run of each LA's projected caseload: the run's high-needs spend in a financial
 * year is its plans in each setting in the January census of that year × the LA's cost of a plan a year
 * in the setting ({@link SettingUnitCosts}), plus the LA's other high-needs spend (the dataset's, held
 * level); its DSG balance at the end of the year is the balance a year before plus the high-needs income
 * (the dataset's base-year allocation, held level) less that spend, from the dataset's balance at the end
 * of its base year. The bands are the runs' 10th, 50th and 90th percentiles; England's run {@code r} is
 * the sum of every LA's run {@code r} (the LAs' runs are independent, so the sum is a draw of England's).
 *
 * <pre>{@code
 * List<SettingRuns> runs = calibrations.stream()
 *     .map(c -> SettingRuns.project(c.model(), ProjectionSettings.of(6, 1000, 42L))).toList();   // from January 2025
 * SpendOutlook o = SpendProjector.DEFAULT.project(FundingDataset.england(), costs, runs);
 * SpendOutlook.toText(o.england());
 * }</pre>
 *
 * <p>The census of January {@code Y} falls in financial year {@code (Y-1)-Y}
 * ({@link DemandProjections#financialYearOfCensus}); years up to the dataset's base year are skipped, as
 * the opening balance is at its end. All amounts are pence in {@code long}, every product and sum
 * overflow-checked. This class is immutable and thread-safe.
 */
public final class SpendProjector {

  /** The projector. */
  public static final SpendProjector DEFAULT = new SpendProjector();

  /** England's LAs: the sum over this many is called England. */
  static final int ENGLAND_LAS = 153;

  private SpendProjector() {}

  /**
   * Projects spend and balances.
   *
   * @param dataset the dataset: each LA's high-needs allocation, other high-needs spend, DSG balance at the end
   *     of its base year
   * @param costs the unit costs
   * @param runs one projection per LA, every one with the same January, years and number of runs, each naming its LA
   * @return the outlook
   * @throws IllegalArgumentException if the runs disagree, name no LA or an LA missing from the dataset or costs,
   *     or no projected year falls after the dataset's base year
   */
  public SpendOutlook project(FundingDataset dataset, SettingUnitCosts costs, List<SettingRuns> runs) {
    Preconditions.checkArgument(!runs.isEmpty(), "SpendProjector.runs: none");
    SettingRuns first = runs.get(0);
    List<String> problems = new ArrayList<>();
    for (SettingRuns r : runs) {
      if (r.localAuthority().isEmpty()) {
        problems.add("a projection names no LA");
      } else if (!costs.laCodes().contains(r.localAuthority().get().code())) {
        problems.add("LA " + r.localAuthority().get().code() + " has no unit costs");
      }
      if (r.baseYear() != first.baseYear() || r.years().size() != first.years().size() || r.runs() != first.runs()) {
        problems.add(r.localAuthority().map(LocalAuthority::name).orElse("?") + " is projected from January "
            + r.baseYear() + " over " + r.years().size() + " years and " + r.runs() + " runs, not as the first");
      }
    }
    Preconditions.checkArgument(problems.isEmpty(), "SpendProjector.runs: %s", problems);
    List<Integer> censuses = new ArrayList<>();
    for (int y : first.years()) {
      if (DemandProjections.financialYearOfCensus(y).compareTo(dataset.baseYear()) > 0) {
        censuses.add(y);
      }
    }
    Preconditions.checkArgument(!censuses.isEmpty(), "SpendProjector.runs: no projected January (%s) falls after "
        + "the dataset's base year %s", first.years(), dataset.baseYear());
    int n = first.runs();
    int years = censuses.size();
    long[][] englandSpend = new long[years][n];
    long[][] englandBalance = new long[years][n];
    long income = 0;
    long opening = 0;
    ImmutableList.Builder<SpendOutlook.Area> las = ImmutableList.builder();
    for (SettingRuns r : runs) {
      LocalAuthority la = r.localAuthority().get();
      LocalAuthorityInputs in = dataset.inputs(la.code());
      long inc = in.highNeedsAllocation().pence();
      long other = in.otherHighNeedsSpend().pence();
      long open = in.dsgBalance().pence();
      income = Math.addExact(income, inc);
      opening = Math.addExact(opening, open);
      long[][] spend = new long[years][n];
      long[][] balance = new long[years][n];
      for (int run = 0; run < n; run++) {
        long b = open;
        for (int k = 0; k < years; k++) {
          long s = other;
          for (SettingType t : SettingType.values()) {
            int count = r.count(censuses.get(k), t, run);
            if (count > 0) {
              s = Math.addExact(s, Math.multiplyExact(costs.cost(la.code(), t).pence(), (long) count));
            }
          }
          b = Math.addExact(b, Math.subtractExact(inc, s));
          spend[k][run] = s;
          balance[k][run] = b;
          englandSpend[k][run] = Math.addExact(englandSpend[k][run], s);
          englandBalance[k][run] = Math.addExact(englandBalance[k][run], b);
        }
      }
      las.add(area(la.name(), Optional.of(la), inc, open, censuses, spend, balance));
    }
    String all = runs.size() == ENGLAND_LAS ? "England" : "these " + runs.size() + " LAs";
    return new SpendOutlook(las.build(), area(all, Optional.empty(), income, opening, censuses, englandSpend, englandBalance),
        n, ImmutableList.of(
            "caseload by setting: each run of the calibrated Monte Carlo projection from January " + first.baseYear(),
            "unit costs: s251 2021-22 budgets per placed pupil where published (derived), illustrative elsewhere, held in cash",
            "high-needs income: the dataset's " + dataset.baseYear() + " allocation, held level",
            "other high-needs spend: the dataset's, held level",
            "opening DSG balance: the dataset's at 31 March " + (dataset.baseYear().startYear() + 1)));
  }

  private static SpendOutlook.Area area(String name, Optional<LocalAuthority> la, long income, long opening, List<Integer> censuses,
      long[][] spend, long[][] balance) {
    ImmutableSortedMap.Builder<FinancialYear, MoneyBand> s = ImmutableSortedMap.naturalOrder();
    ImmutableSortedMap.Builder<FinancialYear, MoneyBand> b = ImmutableSortedMap.naturalOrder();
    for (int k = 0; k < censuses.size(); k++) {
      FinancialYear fy = DemandProjections.financialYearOfCensus(censuses.get(k));
      s.put(fy, MoneyBand.of(spend[k]));
      b.put(fy, MoneyBand.of(balance[k]));
    }
    return new SpendOutlook.Area(name, la, Money.ofPence(income), Money.ofPence(opening), s.build(), b.build());
  }
}
