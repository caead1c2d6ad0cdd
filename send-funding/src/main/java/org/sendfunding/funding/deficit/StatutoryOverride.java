package org.sendfunding.funding.deficit;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.sendfunding.funding.parameter.Parameter;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.funding.parameter.ValueInForce;
import org.sendfunding.model.deficit.StatutoryOverridePeriod;
import org.sendfunding.model.time.FinancialYear;

/**
 * The statutory override read from the dated parameter {@code deficit.statutory_override}: whether a
 * year's closing deficit sits in the ring-fenced DSG account or falls on the council's general fund.
 *
 * <pre>{@code
 * StatutoryOverride.DEFAULT.ringFenced(ParameterSet.defaults(), FinancialYear.parse("2027-28")); // true
 * StatutoryOverride.DEFAULT.ringFenced(ParameterSet.defaults(), FinancialYear.parse("2028-29")); // false
 * StatutoryOverride.DEFAULT.period(ParameterSet.defaults(), FinancialYear.parse("2026-27"));
 *     // 2020-11-29 to 2028-03-31
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatutoryOverride {

  /** The parameter's path. */
  public static final String PATH = "deficit.statutory_override";

  /** The rule. */
  public static final StatutoryOverride DEFAULT = new StatutoryOverride();

  private StatutoryOverride() {}

  /**
   * Whether the override holds a deficit at the end of a year (31 March).
   *
   * @param parameters the parameter set
   * @param year the year
   * @return true if ring-fenced
   */
  public boolean ringFenced(ParameterSet parameters, FinancialYear year) {
    return parameters.find(PATH, year.end()).map(v -> v.value().asBoolean()).orElse(false);
  }

  /** The value in force at the end of a year, for explanations. */
  public Optional<ValueInForce> valueAtYearEnd(ParameterSet parameters, FinancialYear year) {
    return parameters.find(PATH, year.end());
  }

  /**
   * The unbroken override period covering the end of a year, if the override holds then.
   *
   * @param parameters the parameter set
   * @param year the year
   * @return the period, until the day before the override next ends (or 9999-12-31)
   */
  public Optional<StatutoryOverridePeriod> period(ParameterSet parameters, FinancialYear year) {
    if (!ringFenced(parameters, year)) {
      return Optional.empty();
    }
    Parameter p = parameters.parameter(PATH);
    LocalDate from = null;
    LocalDate until = LocalDate.of(9999, 12, 31);
    for (Map.Entry<LocalDate, Optional<ParameterValue>> e : p.values().entrySet()) {
      boolean on = e.getValue().map(ParameterValue::asBoolean).orElse(false);
      if (!e.getKey().isAfter(year.end())) {
        from = on ? (from == null ? e.getKey() : from) : null;
      } else if (!on) {
        until = e.getKey().minusDays(1);
        break;
      }
    }
    return Optional.of(StatutoryOverridePeriod.of(from, until, p.description().length() > 0 ? instrument(p) : PATH));
  }

  private static String instrument(Parameter p) {
    return p.references().isEmpty() ? PATH : p.references().get(0).title();
  }
}
