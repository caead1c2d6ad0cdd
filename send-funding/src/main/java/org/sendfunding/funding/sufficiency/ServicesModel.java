package org.sendfunding.funding.sufficiency;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.sendfunding.funding.dataset.CaseloadProjection;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * The specialist-services engine: for each LA and service, staff in post each year, requests for
 * advice from the projected caseload, one seeded {@link AdviceQueue} run over all the years, and the
 * 20-week share through {@link PlanTimeliness}.
 *
 * <p>Per LA, service and year {@code t}:
 * <ul>
 *   <li>requests a week = pupils with EHC plans(t) × {@code sufficiency.demand.assessments_per_pupil} ×
 *       the service's {@code assessment_share} / 52;
 *   <li>FTE in post = establishment × (1 − {@code vacancy_rate}) + extra FTE of investments in force +
 *       trainees qualified from extra training places ({@code training_lag_years} after starting),
 *       each retained with probability (1 − {@code attrition}) a year after qualifying;
 *   <li>advisers = whole FTE in post; mean weeks per advice = {@code hours_per_advice} /
 *       ({@code hours_per_fte} / 52 × {@code statutory_share});
 *   <li>investment cost = (extra FTE + trained FTE in post) × {@code cost_per_fte} + training places
 *       started × {@code training_cost_per_place}.
 * </ul>
 *
 * <pre>{@code
 * ServicesResult r = ServicesModel.DEFAULT.run(scenario);
 * }</pre>
 *
 * <p>The queue seed is {@code seed + 1,000,003 × LA code + 7,919 × service ordinal}, so a scenario
 * with an investment uses the same requests as its baseline (common random numbers). This class is
 * stateless, immutable and thread-safe.
 */
public final class ServicesModel {

  /** The default instance. */
  public static final ServicesModel DEFAULT = new ServicesModel();

  private ServicesModel() {}

  /**
   * Runs a scenario.
   *
   * @param s the scenario
   * @return every LA, service and year
   */
  public ServicesResult run(ServicesScenario s) {
    ParameterSet p = s.parameters();
    ImmutableList<FinancialYear> years = s.years();
    FinancialYear first = years.get(0);
    PlanTimeliness timeliness = PlanTimeliness.of(s.timelineEngine(),
        (int) p.count("sufficiency.timeline.decision_weeks", first), (int) p.count("sufficiency.timeline.drafting_weeks", first));
    ImmutableList.Builder<ServiceYear> rows = ImmutableList.builder();
    for (ServiceCapacity c : s.capacities()) {
      Prepared q = prepare(s, c);
      QueueRun run = AdviceQueue.DEFAULT.run(q.inputs);
      for (int t = 0; t < years.size(); t++) {
        rows.add(ServiceYear.builder().localAuthority(c.localAuthority()).service(c.service()).year(years.get(t))
            .fteInPost(q.inPost[t]).advisers(q.inputs.servers().get(t)).requests(run.arrivals(t)).utilisation(run.utilisation(t))
            .meanWaitWeeks(run.meanWaitWeeks(t)).meanAdviceWeeks(run.meanSojournWeeks(t)).waitingWeeks(run.totalWaitWeeks(t))
            .shareAdviceWithinLimit(run.shareWithinLimit(t)).sharePlansWithinTwentyWeeks(timeliness.shareWithinTwentyWeeks(run, t))
            .unbounded(run.unbounded(t)).investmentCost(q.cost[t]).build());
      }
    }
    return new ServicesResult(s, rows.build(), timeliness);
  }

  /**
   * The queue inputs of every LA and service of a scenario, in capacity order: what {@link #run}
   * simulates, for benchmarks and for users who want the raw queues.
   *
   * @param s the scenario
   * @return one input per capacity row
   */
  public ImmutableList<QueueInputs> queueInputs(ServicesScenario s) {
    return s.capacities().stream().map(c -> prepare(s, c).inputs).collect(ImmutableList.toImmutableList());
  }

  /** One queue's inputs with the FTE in post and investment cost of each year. */
  private static final class Prepared {
    final QueueInputs inputs;
    final BigDecimal[] inPost;
    final Money[] cost;

    Prepared(QueueInputs inputs, BigDecimal[] inPost, Money[] cost) {
      this.inputs = inputs;
      this.inPost = inPost;
      this.cost = cost;
    }
  }

  private static Prepared prepare(ServicesScenario s, ServiceCapacity c) {
    ParameterSet p = s.parameters();
    ImmutableList<FinancialYear> years = s.years();
    SupportService svc = c.service();
    int code = c.localAuthority().code();
    CaseloadProjection demand = s.demand().get(code);
    int n = years.size();
    Double[] rate = new Double[n];
    Integer[] servers = new Integer[n];
    BigDecimal[] inPost = new BigDecimal[n];
    Money[] cost = new Money[n];
    double meanService = 0;
    for (int t = 0; t < n; t++) {
      FinancialYear y = years.get(t);
      long pupils = 0;
      for (SettingType st : SettingType.values()) {
        pupils += demand.pupils(y, st);
      }
      BigDecimal perPupil = p.percentage("sufficiency.demand.assessments_per_pupil", y).toRate().value();
      BigDecimal share = p.percentage(svc.parameterPath("assessment_share"), y).toRate().value();
      rate[t] = BigDecimal.valueOf(pupils).multiply(perPupil).multiply(share).doubleValue() / AdviceQueue.WEEKS_PER_YEAR;
      BigDecimal vacancy = p.percentage(svc.parameterPath("vacancy_rate"), y).toRate().value();
      BigDecimal fte = c.fte().multiply(BigDecimal.ONE.subtract(vacancy));
      long extraFte = 0;
      double trained = 0;
      long placesStarted = 0;
      for (ServiceInvestment inv : s.investments()) {
        if (inv.service() != svc || !inv.covers(code) || y.startYear() < inv.from().startYear()) {
          continue;
        }
        extraFte = Math.addExact(extraFte, inv.extraFte());
        placesStarted = Math.addExact(placesStarted, inv.extraTrainingPlaces());
        long lag = p.count(svc.parameterPath("training_lag_years"), y);
        double keep = 1 - p.percentage(svc.parameterPath("attrition"), y).toRate().value().doubleValue();
        for (int cohort = inv.from().startYear(); cohort + lag <= y.startYear(); cohort++) {
          trained += inv.extraTrainingPlaces() * Math.pow(keep, y.startYear() - cohort - lag);
        }
      }
      // trained FTE are kept to 1 decimal place so that costs stay exact
      BigDecimal trainedFte = BigDecimal.valueOf(trained).setScale(1, RoundingMode.HALF_UP);
      inPost[t] = fte.add(BigDecimal.valueOf(extraFte)).add(trainedFte).setScale(2, RoundingMode.HALF_UP);
      servers[t] = inPost[t].setScale(0, RoundingMode.DOWN).intValueExact();
      Money perFte = p.money(svc.parameterPath("cost_per_fte"), y);
      try {
        cost[t] = perFte.times(extraFte)
            .plus(perFte.times(org.sendfunding.model.money.Rate.of(trainedFte), org.sendfunding.model.money.RoundingRule.HALF_UP_TO_PENNY))
            .plus(p.money(svc.parameterPath("training_cost_per_place"), y).times(placesStarted));
      } catch (org.sendfunding.model.money.MoneyOverflowException overflow) {
        throw overflow.at(c.localAuthority() + ", " + y + ", " + svc + " investment cost");
      }
      if (t == 0) {
        double hoursPerFte = p.count(svc.parameterPath("hours_per_fte"), y);
        double statutory = p.percentage(svc.parameterPath("statutory_share"), y).toRate().value().doubleValue();
        double hoursPerAdvice = p.rate(svc.parameterPath("hours_per_advice"), y).value().doubleValue();
        meanService = hoursPerAdvice / (hoursPerFte / AdviceQueue.WEEKS_PER_YEAR * statutory);
      }
    }
    QueueInputs in = QueueInputs.builder()
        .arrivalsPerWeek(java.util.Arrays.asList(rate)).servers(java.util.Arrays.asList(servers)).meanServiceWeeks(meanService)
        .seed(s.seed() + 1_000_003L * code + 7_919L * svc.ordinal()).build();
    return new Prepared(in, inPost, cost);
  }
}
