package org.sendfunding.funding.outlook;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import java.util.Optional;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * The projected high-needs spend and DSG balance of each LA and of England, as bands over the Monte
 * Carlo runs ({@link SpendProjector}).
 *
 * <pre>{@code
 * SpendOutlook o = SpendProjector.DEFAULT.project(dataset, costs, runs);
 * o.england().balance().get(FinancialYear.parse("2030-31")).p10();   // the deficit one run in ten exceeds
 * o.la(202).spend().get(FinancialYear.parse("2026-27")).median();
 * }</pre>
 *
 * @param las one outlook per LA, in the order of the runs given
 * @param england the sum over LAs, run by run (each run of England is the sum of the LAs' same run)
 * @param runs the number of runs
 * @param assumptions what the projection holds fixed, one sentence each
 */
public record SpendOutlook(ImmutableList<Area> las, Area england, int runs, ImmutableList<String> assumptions) {

  /**
   * One LA's (or England's) outlook.
   *
   * @param name the LA's name, or "England" for the sum over England's 153 LAs ("these N LAs" for fewer)
   * @param localAuthority the LA; empty for the sum
   * @param income the high-needs income assumed each year
   * @param openingBalance the DSG balance the first year starts from
   * @param spend the high-needs spend band per financial year
   * @param balance the cumulative DSG balance band at the end of each financial year (negative: deficit)
   */
  public record Area(String name, Optional<LocalAuthority> localAuthority, Money income, Money openingBalance,
      ImmutableSortedMap<FinancialYear, MoneyBand> spend, ImmutableSortedMap<FinancialYear, MoneyBand> balance) {}

  /**
   * An LA's outlook.
   *
   * @param laCode the LA's DfE code
   * @return the outlook
   */
  public Area la(int laCode) {
    return las.stream().filter(a -> a.localAuthority().orElseThrow().code() == laCode).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("SpendOutlook: no LA " + laCode));
  }

  /** The years, in order. */
  public ImmutableList<FinancialYear> years() {
    return england.spend().keySet().asList();
  }

  /** A text table of an area: spend and balance bands by year, in £m. */
  public static String toText(Area a) {
    Preconditions.checkNotNull(a);
    StringBuilder s = new StringBuilder(String.format(Locale.UK, "%s: high-needs spend and DSG balance, £m "
        + "(10th percentile / median / 90th percentile of the runs)%n", a.name()));
    s.append(String.format(Locale.UK, "%-8s %32s %32s%n", "year", "spend", "balance at 31 March"));
    for (FinancialYear y : a.spend().keySet()) {
      s.append(String.format(Locale.UK, "%-8s %32s %32s%n", y, band(a.spend().get(y)), band(a.balance().get(y))));
    }
    return s.toString();
  }

  static String band(MoneyBand b) {
    return m(b.p10()) + " / " + m(b.median()) + " / " + m(b.p90());
  }

  /** £m to one decimal, rounded half up (display only; the amounts stay exact pence). */
  static String m(Money x) {
    return String.format(Locale.UK, "%,.1f", x.toPounds().movePointLeft(6).setScale(1, java.math.RoundingMode.HALF_UP));
  }
}
