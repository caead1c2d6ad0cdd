package org.sendfunding.funding.sufficiency;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * The result of a {@link ServicesScenario}: a {@link ServiceYear} per LA, service and year, national
 * figures (weighted by requests), explanations, and the comparison measure cost per pupil-week of
 * waiting removed.
 *
 * <pre>{@code
 * ServicesResult base = scenario.run();
 * ServicesResult more = scenario.withInvestments("+2 EPs", investment).run();
 * base.nationalShareAdviceWithinLimit(SupportService.EDUCATIONAL_PSYCHOLOGY, year);
 * ServicesResult.costPerPupilWeekRemoved(base, more, SupportService.EDUCATIONAL_PSYCHOLOGY); // Optional<Money>
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ServicesResult {

  private static final SourceReference REG_8 = SourceReference.of(
      "SEND Regulations 2014 (SI 2014/1530)", "reg 8 (advice within 6 weeks); reg 6(1)(d); reg 13(2)",
      "https://www.legislation.gov.uk/uksi/2014/1530/regulation/8");

  private final ServicesScenario scenario;
  private final ImmutableList<ServiceYear> rows;
  private final ImmutableMap<String, ServiceYear> index;
  private final PlanTimeliness timeliness;

  ServicesResult(ServicesScenario scenario, ImmutableList<ServiceYear> rows, PlanTimeliness timeliness) {
    this.scenario = scenario;
    this.rows = rows;
    this.timeliness = timeliness;
    Map<String, ServiceYear> m = new LinkedHashMap<>();
    rows.forEach(r -> m.put(key(r.localAuthority().code(), r.service(), r.year()), r));
    this.index = ImmutableMap.copyOf(m);
  }

  private static String key(int code, SupportService s, FinancialYear y) {
    return code + "/" + s.name() + "/" + y;
  }

  /** The scenario run. */
  public ServicesScenario scenario() {
    return scenario;
  }

  /** How advice waits were turned into the 20-week share. */
  public PlanTimeliness timeliness() {
    return timeliness;
  }

  /** Every row, in capacity order then year. */
  public ImmutableList<ServiceYear> rows() {
    return rows;
  }

  /**
   * One row.
   *
   * @throws IllegalArgumentException naming the LA, service and year if there is no such row
   */
  public ServiceYear row(int laCode, SupportService service, FinancialYear year) {
    ServiceYear r = index.get(key(laCode, service, year));
    Preconditions.checkArgument(r != null, "ServicesResult: no row for LA %s, %s, %s", laCode, service, year);
    return r;
  }

  private ImmutableList<ServiceYear> rows(SupportService service, FinancialYear year) {
    return rows.stream().filter(r -> r.service() == service && r.year().equals(year)).collect(ImmutableList.toImmutableList());
  }

  /** Requests for the service nationally in a year. */
  public long nationalRequests(SupportService service, FinancialYear year) {
    return rows(service, year).stream().mapToLong(ServiceYear::requests).sum();
  }

  /** National share of advice within 6 weeks, weighted by requests. */
  public double nationalShareAdviceWithinLimit(SupportService service, FinancialYear year) {
    return weighted(service, year, true);
  }

  /** National share of plans within 20 weeks given this advice, weighted by requests. */
  public double nationalSharePlansWithinTwentyWeeks(SupportService service, FinancialYear year) {
    return weighted(service, year, false);
  }

  private double weighted(SupportService service, FinancialYear year, boolean advice) {
    double sum = 0;
    long n = 0;
    for (ServiceYear r : rows(service, year)) {
      sum += (advice ? r.shareAdviceWithinLimit() : r.sharePlansWithinTwentyWeeks()) * r.requests();
      n += r.requests();
    }
    return n == 0 ? 1.0 : sum / n;
  }

  /** National pupil-weeks of waiting for an adviser (infinite if some LA has no advisers). */
  public double nationalWaitingWeeks(SupportService service, FinancialYear year) {
    return rows(service, year).stream().mapToDouble(ServiceYear::waitingWeeks).sum();
  }

  /** LAs whose waits grow without bound in a year. */
  public long unboundedLas(SupportService service, FinancialYear year) {
    return rows(service, year).stream().filter(ServiceYear::unbounded).count();
  }

  /** National investment cost in a year. */
  public Money nationalInvestmentCost(SupportService service, FinancialYear year) {
    return Money.sum(rows(service, year).stream().map(ServiceYear::investmentCost)::iterator);
  }

  /**
   * The cost of an investment per pupil-week of waiting it removes, over all years: total investment
   * cost in {@code scenario} (less any in {@code base}) / (pupil-weeks waiting in {@code base} − in
   * {@code scenario}), rounded half up to the penny.
   *
   * @return empty when no waiting is removed, or when either run has unbounded (infinite) waiting
   */
  public static Optional<Money> costPerPupilWeekRemoved(ServicesResult base, ServicesResult scenario, SupportService service) {
    double removed = 0;
    Money cost = Money.ZERO;
    for (FinancialYear y : scenario.scenario.years()) {
      removed += base.nationalWaitingWeeks(service, y) - scenario.nationalWaitingWeeks(service, y);
      cost = cost.plus(scenario.nationalInvestmentCost(service, y)).minus(base.nationalInvestmentCost(service, y));
    }
    if (!(removed > 0) || Double.isInfinite(removed)) {
      return Optional.empty();
    }
    return Optional.of(Money.ofPence(Math.round(cost.pence() / removed)));
  }

  /**
   * Explains one row: the rule, the inputs and every parameter used with its source.
   */
  public Explanation explain(int laCode, SupportService service, FinancialYear year) {
    ServiceYear r = row(laCode, service, year);
    ParameterSet p = scenario.parameters();
    Explanation.Builder b = Explanation.builder()
        .rule(String.format(Locale.UK, "%s advice for EHC needs assessments (%s, %s)", service.displayName(), r.localAuthority(), year))
        .source(REG_8)
        .amount(r.investmentCost())
        .result(String.format(Locale.UK, "%.1f%% of advice within 6 weeks, %.1f%% of plans within 20 weeks%s",
            100 * r.shareAdviceWithinLimit(), 100 * r.sharePlansWithinTwentyWeeks(), r.unbounded() ? ", UNBOUNDED waits" : ""))
        .putInputs("data", scenario.capacities().stream().filter(c -> c.localAuthority().code() == laCode && c.service() == service)
            .findFirst().map(c -> c.provenance().code() + " establishment " + c.fte() + " FTE").orElse("none"))
        .putInputs("FTE in post", r.fteInPost().toPlainString())
        .putInputs("advisers", Integer.toString(r.advisers()))
        .putInputs("requests", Long.toString(r.requests()))
        .putInputs("utilisation", String.format(Locale.UK, "%.3f", r.utilisation()))
        .putInputs("mean wait for an adviser", String.format(Locale.UK, "%.2f weeks", r.meanWaitWeeks()))
        .putInputs("mean weeks to advice", String.format(Locale.UK, "%.2f weeks", r.meanAdviceWeeks()))
        .putInputs("latest advice for a plan in 20 weeks", timeliness.latestAdviceDays() + " days after the advice request")
        .putInputs("seed", Long.toString(scenario.seed()));
    for (String name : new String[] {"assessment_share", "hours_per_fte", "statutory_share", "hours_per_advice", "vacancy_rate",
        "cost_per_fte", "training_cost_per_place", "training_lag_years", "attrition"}) {
      b.addParameters(p.get(service.parameterPath(name), year).toUse());
    }
    b.addParameters(p.get("sufficiency.demand.assessments_per_pupil", year).toUse());
    b.addParameters(p.get("sufficiency.timeline.decision_weeks", scenario.years().get(0)).toUse());
    b.addParameters(p.get("sufficiency.timeline.drafting_weeks", scenario.years().get(0)).toUse());
    return b.build();
  }

  /**
   * Equal when made from equal scenarios: the services model computes every row from the scenario alone (including its seed), so a result is determined by its scenario
   * (runs are deterministic, docs/reliability.md section 3). send-json reads a result back this way.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj == this || (obj instanceof ServicesResult && scenario().equals(((ServicesResult) obj).scenario()));
  }

  @Override
  public int hashCode() {
    return scenario().hashCode();
  }
}
