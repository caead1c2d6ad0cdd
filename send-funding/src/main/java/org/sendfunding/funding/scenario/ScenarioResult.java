package org.sendfunding.funding.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.sendfunding.funding.certainty.CertaintyMeasures;
import org.sendfunding.funding.consistency.DistributionMeasures;
import org.sendfunding.funding.consistency.NationalBanding;
import org.sendfunding.funding.deficit.StatutoryOverride;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.deficit.DeficitLedger;
import org.sendfunding.model.deficit.LedgerEntry;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.ParameterUse;
import org.sendfunding.model.money.CheckedPence;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * The result of running a {@link Scenario}: every {@link Measure} for every LA and year, national
 * totals, national statistics, deficit ledgers, and an explanation for every figure.
 *
 * <pre>{@code
 * ScenarioResult r = BuiltInPolicy.TODAYS_RULES.scenario(FundingDataset.england()).run();
 * r.illustrative();                                                   // true: say so in reports
 * r.money(886, FinancialYear.parse("2028-29"), Measure.GENERAL_FUND_DEFICIT);
 * r.national(FinancialYear.parse("2028-29"), Measure.CLOSING_BALANCE);
 * r.statistic(FinancialYear.parse("2026-27"), NationalStatistic.GINI_FUNDING_PER_HEAD);
 * System.out.println(r.explain(886, FinancialYear.parse("2026-27"), Measure.CLOSING_BALANCE).toText());
 * Files.writeString(Path.of("today.csv"), r.toCsv());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioResult {

  private final Scenario scenario;
  private final CompiledScenario compiled;
  private final Projection projection;
  private final long[][] national;
  private final double[][] statistics;

  ScenarioResult(Scenario scenario, CompiledScenario compiled, Projection projection) {
    this.scenario = scenario;
    this.compiled = compiled;
    this.projection = projection;
    int y = compiled.years.size();
    int n = compiled.authorities.size();
    this.national = new long[Measure.values().length][y];
    for (Measure m : Measure.values()) {
      for (int t = 0; t < y; t++) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
          sum = CheckedPence.add(sum, projection.value(m, i, t), m, "England (sum over LAs)", compiled.years.get(t));
        }
        national[m.ordinal()][t] = sum;
      }
    }
    for (int t = 0; t < y; t++) {
      long alloc = national[Measure.HIGH_NEEDS_ALLOCATION.ordinal()][t];
      national[Measure.FUNDING_PER_HEAD_2_18.ordinal()][t] =
          CompiledScenario.divideHalfUp(alloc, national[Measure.POPULATION_2_18.ordinal()][t]);
      long pupils = national[Measure.EHCP_PUPILS.ordinal()][t];
      national[Measure.FUNDING_PER_EHCP.ordinal()][t] = pupils == 0 ? 0 : CompiledScenario.divideHalfUp(alloc, pupils);
    }
    this.statistics = new double[NationalStatistic.values().length][y];
    for (int t = 0; t < y; t++) {
      double[] perHead = new double[n];
      double[] perPlan = new double[n];
      int plans = 0;
      double surprise = 0;
      double[] change = new double[n];
      for (int i = 0; i < n; i++) {
        long alloc = projection.value(Measure.HIGH_NEEDS_ALLOCATION, i, t);
        perHead[i] = (double) alloc / projection.value(Measure.POPULATION_2_18, i, t);
        long pupils = projection.value(Measure.EHCP_PUPILS, i, t);
        if (pupils > 0) {
          perPlan[plans++] = (double) alloc / pupils;
        }
        surprise += Math.abs((double) (alloc - projection.value(Measure.INDICATIVE_ALLOCATION, i, t))) / alloc;
        long prev = t == 0 ? compiled.baseAllocation[i] : projection.value(Measure.HIGH_NEEDS_ALLOCATION, i, t - 1);
        change[i] = (double) alloc / prev - 1.0;
      }
      DistributionMeasures head = DistributionMeasures.of(perHead);
      DistributionMeasures plan = DistributionMeasures.of(java.util.Arrays.copyOf(perPlan, plans));
      statistics[NationalStatistic.CV_FUNDING_PER_HEAD.ordinal()][t] = head.coefficientOfVariation();
      statistics[NationalStatistic.GINI_FUNDING_PER_HEAD.ordinal()][t] = head.gini();
      statistics[NationalStatistic.P90_P10_FUNDING_PER_HEAD.ordinal()][t] = head.p90OverP10();
      statistics[NationalStatistic.MAX_MIN_FUNDING_PER_HEAD.ordinal()][t] = head.maxOverMin();
      statistics[NationalStatistic.CV_FUNDING_PER_EHCP.ordinal()][t] = plan.coefficientOfVariation();
      statistics[NationalStatistic.GINI_FUNDING_PER_EHCP.ordinal()][t] = plan.gini();
      statistics[NationalStatistic.P90_P10_FUNDING_PER_EHCP.ordinal()][t] = plan.p90OverP10();
      statistics[NationalStatistic.MAX_MIN_FUNDING_PER_EHCP.ordinal()][t] = plan.maxOverMin();
      statistics[NationalStatistic.MEAN_ABSOLUTE_SURPRISE.ordinal()][t] = surprise / n;
      double mean = 0;
      for (double c : change) {
        mean += c;
      }
      mean /= n;
      double ss = 0;
      for (double c : change) {
        ss += (c - mean) * (c - mean);
      }
      double sd = Math.sqrt(ss / n);
      statistics[NationalStatistic.ALLOCATION_CHANGE_SD.ordinal()][t] = sd < 1e-12 ? 0.0 : sd;
    }
  }

  /** The scenario run. */
  public Scenario scenario() {
    return scenario;
  }

  /** The projected years. */
  public ImmutableList<FinancialYear> years() {
    return compiled.years;
  }

  /** The LAs, in dataset order. */
  public ImmutableList<LocalAuthority> authorities() {
    return compiled.authorities;
  }

  /** Whether any input is illustrative: every report of this result must say so. */
  public boolean illustrative() {
    return scenario.dataset().illustrative();
  }

  private int la(int laCode) {
    for (int i = 0; i < compiled.authorities.size(); i++) {
      if (compiled.authorities.get(i).code() == laCode) {
        return i;
      }
    }
    throw new IllegalArgumentException("ScenarioResult: LA " + laCode + " is not in scenario '" + scenario.name() + "'");
  }

  private int year(FinancialYear year) {
    int t = compiled.years.indexOf(year);
    Preconditions.checkArgument(t >= 0, "ScenarioResult: %s is not projected (%s)", year, compiled.years);
    return t;
  }

  /** A figure in pence or as a count. */
  public long value(int laCode, FinancialYear year, Measure measure) {
    return projection.value(measure, la(laCode), year(year));
  }

  /** A money figure. */
  public Money money(int laCode, FinancialYear year, Measure measure) {
    Preconditions.checkArgument(measure.unit() == MeasureUnit.GBP, "ScenarioResult.money: %s is a %s", measure, measure.unit());
    return Money.ofPence(value(laCode, year, measure));
  }

  /** A national figure in pence or as a count: the sum over LAs, or a ratio of sums for per-unit measures. */
  public long nationalValue(FinancialYear year, Measure measure) {
    return national[measure.ordinal()][year(year)];
  }

  /** A national money figure. */
  public Money national(FinancialYear year, Measure measure) {
    Preconditions.checkArgument(measure.unit() == MeasureUnit.GBP, "ScenarioResult.national: %s is a %s", measure, measure.unit());
    return Money.ofPence(nationalValue(year, measure));
  }

  /** A national statistic. */
  public double statistic(FinancialYear year, NationalStatistic statistic) {
    return statistics[statistic.ordinal()][year(year)];
  }

  /** The LA's DSG ledger over the projected years, with the statutory override in force. */
  public DeficitLedger ledger(int laCode) {
    int i = la(laCode);
    DeficitLedger.Builder b = DeficitLedger.builder().localAuthority(compiled.authorities.get(i));
    for (int t = 0; t < compiled.years.size(); t++) {
      b.addEntries(LedgerEntry.builder()
          .financialYear(compiled.years.get(t))
          .openingBalance(Money.ofPence(projection.value(Measure.OPENING_BALANCE, i, t)))
          .putIncome("high needs allocation", Money.ofPence(projection.value(Measure.HIGH_NEEDS_ALLOCATION, i, t)))
          .putIncome("block transfer", Money.ofPence(projection.value(Measure.BLOCK_TRANSFER, i, t)))
          .putIncome("safety valve", Money.ofPence(projection.value(Measure.SAFETY_VALVE, i, t)))
          .putIncome("write-off", Money.ofPence(projection.value(Measure.WRITE_OFF, i, t)))
          .putSpend("placements", Money.ofPence(projection.value(Measure.PLACEMENT_SPEND, i, t)))
          .putSpend("other high needs", Money.ofPence(projection.value(Measure.OTHER_SPEND, i, t)))
          .build());
    }
    StatutoryOverride.DEFAULT.period(scenario.parameters(), compiled.years.get(0)).ifPresent(b::statutoryOverride);
    return b.build();
  }

  /** The LA's certainty measures: allocations against what it knew in advance. */
  public CertaintyMeasures certainty(int laCode) {
    int i = la(laCode);
    int y = compiled.years.size();
    long[] alloc = new long[y + 1];
    long[] known = new long[y];
    alloc[0] = compiled.baseAllocation[i];
    for (int t = 0; t < y; t++) {
      alloc[t + 1] = projection.value(Measure.HIGH_NEEDS_ALLOCATION, i, t);
      known[t] = projection.value(Measure.INDICATIVE_ALLOCATION, i, t);
    }
    return CertaintyMeasures.of(alloc, known);
  }

  /**
   * Explains one figure: the rule, its inputs and the parameters in force, with child explanations.
   *
   * @param laCode the LA
   * @param year the year
   * @param measure the measure
   * @return the explanation
   */
  public Explanation explain(int laCode, FinancialYear year, Measure measure) {
    return ScenarioExplainer.explain(this, la(laCode), year(year), measure);
  }

  /**
   * Explains a national figure: the sum (or ratio) of the LAs' figures, one child per LA.
   *
   * @param year the year
   * @param measure the measure
   * @return the explanation
   */
  public Explanation explainNational(FinancialYear year, Measure measure) {
    int t = year(year);
    Explanation.Builder b = Explanation.builder()
        .rule(measure.isPerUnit() ? "National " + measure.label() + ": national allocation divided by the national count"
            : "National " + measure.label() + ": sum over local authorities")
        .result(print(measure, national[measure.ordinal()][t]))
        .putInputs("scenario", scenario.name())
        .putInputs("illustrative data", String.valueOf(illustrative()));
    if (measure.unit() == MeasureUnit.GBP) {
      b.amount(Money.ofPence(national[measure.ordinal()][t]));
    }
    if (!measure.isPerUnit()) {
      for (int i = 0; i < compiled.authorities.size(); i++) {
        b.addChildren(Explanation.builder().rule(measure.label() + ", " + compiled.authorities.get(i))
            .result(print(measure, projection.value(measure, i, t)))
            .amount(measure.unit() == MeasureUnit.GBP ? Optional.of(Money.ofPence(projection.value(measure, i, t))) : Optional.empty())
            .build());
      }
    }
    return b.build();
  }

  /**
   * Explains a national statistic: what it measures, over which LAs, with its value.
   *
   * @param year the year
   * @param statistic the statistic
   * @return the explanation
   */
  public Explanation explainStatistic(FinancialYear year, NationalStatistic statistic) {
    int t = year(year);
    String what;
    switch (statistic) {
      case MEAN_ABSOLUTE_SURPRISE:
        what = "mean over LAs of |final allocation - allocation known in advance| / final allocation";
        break;
      case ALLOCATION_CHANGE_SD:
        what = "population standard deviation over LAs of the year-on-year change in allocation";
        break;
      default:
        String name = statistic.name();
        String measure = name.endsWith("PER_HEAD") ? "allocation per head aged 2-18" : "allocation per pupil with an EHC plan";
        String stat = name.startsWith("CV") ? "coefficient of variation (population sd / mean)"
            : name.startsWith("GINI") ? "Gini coefficient" : name.startsWith("P90") ? "90th over 10th percentile (linear interpolation)"
            : "largest over smallest";
        what = stat + " of " + measure + " across LAs";
    }
    return Explanation.builder()
        .rule(statistic.name() + ": " + what + " (" + year + ")")
        .result(plain(statistics[statistic.ordinal()][t]))
        .putInputs("local authorities", String.valueOf(compiled.authorities.size()))
        .putInputs("scenario", scenario.name())
        .putInputs("illustrative data", String.valueOf(illustrative()))
        .build();
  }

  CompiledScenario compiled() {
    return compiled;
  }

  Projection projection() {
    return projection;
  }

  ParameterSet parameters() {
    return scenario.parameters();
  }

  static String print(Measure measure, long value) {
    return measure.unit() == MeasureUnit.GBP ? Money.ofPence(value).toString() : String.valueOf(value);
  }

  static String plain(Measure measure, long value) {
    return measure.unit() == MeasureUnit.GBP ? BigDecimal.valueOf(value, 2).toPlainString() : String.valueOf(value);
  }

  static String plain(double statistic) {
    return BigDecimal.valueOf(statistic).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
  }

  /**
   * The whole result as CSV: one row per LA (then England), year and measure, then one row per
   * national statistic and year. Money is in pounds with two decimals; the {@code illustrative}
   * column repeats the data flag on every row.
   *
   * @return the CSV text, identical for identical scenarios
   */
  public String toCsv() {
    StringBuilder out = new StringBuilder("scenario,illustrative,la_code,la_name,financial_year,measure,value\n");
    String name = csv(scenario.name());
    String flag = String.valueOf(illustrative());
    for (int i = 0; i < compiled.authorities.size(); i++) {
      LocalAuthority la = compiled.authorities.get(i);
      for (int t = 0; t < compiled.years.size(); t++) {
        for (Measure m : Measure.values()) {
          out.append(name).append(',').append(flag).append(',').append(la.code()).append(',').append(csv(la.name())).append(',')
              .append(compiled.years.get(t)).append(',').append(m.name()).append(',').append(plain(m, projection.value(m, i, t))).append('\n');
        }
      }
    }
    for (int t = 0; t < compiled.years.size(); t++) {
      for (Measure m : Measure.values()) {
        out.append(name).append(',').append(flag).append(",,England,").append(compiled.years.get(t)).append(',').append(m.name()).append(',')
            .append(plain(m, national[m.ordinal()][t])).append('\n');
      }
      for (NationalStatistic s : NationalStatistic.values()) {
        out.append(name).append(',').append(flag).append(",,England,").append(compiled.years.get(t)).append(',').append(s.name()).append(',')
            .append(plain(statistics[s.ordinal()][t])).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * The whole result as JSON: scenario, overlays, assumptions, the illustrative flag, then figures by
   * LA and year, national totals and statistics. Money is a string of pounds so it stays exact.
   *
   * @return the JSON text, identical for identical scenarios
   */
  public String toJson() {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("scenario", scenario.name());
      g.writeStringField("dataset", scenario.dataset().name());
      g.writeBooleanField("illustrative", illustrative());
      g.writeArrayFieldStart("overlays");
      for (ParameterOverlay o : scenario.overlays()) {
        g.writeString(o.name());
      }
      g.writeEndArray();
      Assumptions a = scenario.assumptions();
      g.writeObjectFieldStart("assumptions");
      g.writeNumberField("years", a.years());
      g.writeStringField("caseload_growth_percent", a.caseloadGrowth().percent().toPlainString());
      g.writeStringField("inflation_percent", a.inflation().percent().toPlainString());
      g.writeStringField("population_growth_percent", a.populationGrowth().percent().toPlainString());
      g.writeStringField("allocation_volatility_percent", a.allocationVolatility().percent().toPlainString());
      g.writeNumberField("seed", a.seed());
      g.writeBooleanField("safety_valve_conditions_met", a.safetyValveConditionsMet());
      g.writeEndObject();
      g.writeArrayFieldStart("authorities");
      for (int i = 0; i < compiled.authorities.size(); i++) {
        LocalAuthority la = compiled.authorities.get(i);
        g.writeStartObject();
        g.writeNumberField("la_code", la.code());
        g.writeStringField("name", la.name());
        g.writeObjectFieldStart("years");
        for (int t = 0; t < compiled.years.size(); t++) {
          g.writeObjectFieldStart(compiled.years.get(t).toString());
          for (Measure m : Measure.values()) {
            g.writeStringField(m.name(), plain(m, projection.value(m, i, t)));
          }
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("england");
      for (int t = 0; t < compiled.years.size(); t++) {
        g.writeObjectFieldStart(compiled.years.get(t).toString());
        for (Measure m : Measure.values()) {
          g.writeStringField(m.name(), plain(m, national[m.ordinal()][t]));
        }
        for (NationalStatistic s : NationalStatistic.values()) {
          g.writeStringField(s.name(), plain(statistics[s.ordinal()][t]));
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString() + "\n";
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  /**
   * Equal when made from equal scenarios: the engine computes every figure from the scenario alone, so a result is determined by its scenario
   * (runs are deterministic, docs/reliability.md section 3). send-json reads a result back this way.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj == this || (obj instanceof ScenarioResult && scenario().equals(((ScenarioResult) obj).scenario()));
  }

  @Override
  public int hashCode() {
    return scenario().hashCode();
  }

  @Override
  public String toString() {
    return "ScenarioResult[" + scenario.name() + ", " + compiled.authorities.size() + " LAs, " + compiled.years.get(0) + " to "
        + compiled.years.get(compiled.years.size() - 1) + (illustrative() ? ", ILLUSTRATIVE data" : "") + "]";
  }

  static ImmutableList<ParameterUse> uses(ParameterSet p, FinancialYear y, String... paths) {
    ImmutableList.Builder<ParameterUse> b = ImmutableList.builder();
    for (String path : paths) {
      p.find(path, y.start()).ifPresent(v -> b.add(v.toUse()));
    }
    return b.build();
  }

  static String modeOf(ParameterSet p, FinancialYear y) {
    return NationalBanding.DEFAULT.isNational(p, y) ? "national tariffs" : "local bands";
  }
}
