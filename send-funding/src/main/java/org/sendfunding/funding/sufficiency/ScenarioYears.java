package org.sendfunding.funding.sufficiency;

import java.util.Collection;
import java.util.List;
import org.sendfunding.model.time.FinancialYear;

/**
 * The check both sufficiency scenarios make of their years: at least one, each the year after the one
 * before ({@code 2026-27, 2027-28, ...}), since their stocks and queues carry from one year to the next.
 */
final class ScenarioYears {

  private ScenarioYears() {}

  /** Adds to {@code problems} every way {@code years} breaks the rule, in the scenario's own words. */
  static void check(List<FinancialYear> years, Collection<String> problems) {
    if (years.isEmpty()) {
      problems.add("years: at least one year is required");
    }
    for (int i = 1; i < years.size(); i++) {
      if (!years.get(i).equals(years.get(i - 1).next())) {
        problems.add("years: " + years.get(i) + " does not follow " + years.get(i - 1));
      }
    }
  }
}
