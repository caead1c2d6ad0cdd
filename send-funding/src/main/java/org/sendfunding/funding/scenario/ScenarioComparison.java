package org.sendfunding.funding.scenario;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * Two scenario results compared figure by figure: every LA, national and statistic figure that
 * differs, as b minus a.
 *
 * <pre>{@code
 * ScenarioComparison c = ScenarioComparison.of(today.run(), cancellation.run());
 * c.national(FinancialYear.parse("2026-27"), Measure.WRITE_OFF);  // the cost of cancellation in 2026-27
 * c.differences().size();                                          // figures that changed
 * }</pre>
 *
 * <p>Both results must cover the same LAs and years. This class is immutable and thread-safe.
 */
public final class ScenarioComparison {

  /**
   * One figure that differs.
   *
   * <p>This class is immutable and thread-safe.
   */
  @Value.Immutable(builder = false)
  public abstract static class Difference {

    Difference() {}

    /**
     * One difference.
     *
     * @param laCode LA code, or 0 for England
     * @param year the year
     * @param measure the measure or statistic name
     * @param a value in a
     * @param b value in b
     * @return the difference
     */
    public static Difference of(int laCode, FinancialYear year, String measure, BigDecimal a, BigDecimal b) {
      return ImmutableDifference.of(laCode, year, measure, a, b);
    }

    /** LA code, or 0 for England. */
    @Value.Parameter
    public abstract int laCode();

    /** The year. */
    @Value.Parameter
    public abstract FinancialYear year();

    /** The measure or statistic name. */
    @Value.Parameter
    public abstract String measure();

    /** Value in a (pounds for money). */
    @Value.Parameter
    public abstract BigDecimal a();

    /** Value in b. */
    @Value.Parameter
    public abstract BigDecimal b();

    /** b minus a. */
    public BigDecimal difference() {
      return b().subtract(a());
    }
  }

  private final ScenarioResult a;
  private final ScenarioResult b;
  private final ImmutableList<Difference> differences;

  private ScenarioComparison(ScenarioResult a, ScenarioResult b) {
    Preconditions.checkArgument(a.authorities().equals(b.authorities()),
        "ScenarioComparison: '%s' and '%s' cover different LAs", a.scenario().name(), b.scenario().name());
    Preconditions.checkArgument(a.years().equals(b.years()),
        "ScenarioComparison: '%s' covers %s but '%s' covers %s", a.scenario().name(), a.years(), b.scenario().name(), b.years());
    this.a = a;
    this.b = b;
    ImmutableList.Builder<Difference> out = ImmutableList.builder();
    for (int i = 0; i < a.authorities().size(); i++) {
      int code = a.authorities().get(i).code();
      for (FinancialYear y : a.years()) {
        for (Measure m : Measure.values()) {
          long va = a.value(code, y, m);
          long vb = b.value(code, y, m);
          if (va != vb) {
            out.add(ImmutableDifference.of(code, y, m.name(), decimal(m, va), decimal(m, vb)));
          }
        }
      }
    }
    for (FinancialYear y : a.years()) {
      for (Measure m : Measure.values()) {
        long va = a.nationalValue(y, m);
        long vb = b.nationalValue(y, m);
        if (va != vb) {
          out.add(ImmutableDifference.of(0, y, m.name(), decimal(m, va), decimal(m, vb)));
        }
      }
      for (NationalStatistic s : NationalStatistic.values()) {
        double va = a.statistic(y, s);
        double vb = b.statistic(y, s);
        if (Double.compare(va, vb) != 0) {
          out.add(ImmutableDifference.of(0, y, s.name(), BigDecimal.valueOf(va), BigDecimal.valueOf(vb)));
        }
      }
    }
    this.differences = out.build();
  }

  /**
   * Compares two results.
   *
   * @param a the baseline
   * @param b the alternative
   * @return the comparison
   */
  public static ScenarioComparison of(ScenarioResult a, ScenarioResult b) {
    return new ScenarioComparison(a, b);
  }

  /** The baseline. */
  public ScenarioResult a() {
    return a;
  }

  /** The alternative. */
  public ScenarioResult b() {
    return b;
  }

  /** Every figure that differs: LAs in order, then England. */
  public ImmutableList<Difference> differences() {
    return differences;
  }

  /** The national difference (b − a) in a money measure. */
  public Money national(FinancialYear year, Measure measure) {
    return b.national(year, measure).minus(a.national(year, measure));
  }

  /** The difference (b − a) in one LA's money measure: positive for a winner of income. */
  public Money money(int laCode, FinancialYear year, Measure measure) {
    return b.money(laCode, year, measure).minus(a.money(laCode, year, measure));
  }

  /**
   * Each LA's change (b − a) in a money measure, in dataset order: the winners and losers of a policy.
   * For income measures a positive change is a gain; for spend and deficit measures it is a cost.
   *
   * @param year the year
   * @param measure a money measure
   * @return the change per LA
   */
  public ImmutableMap<LocalAuthority, Money> changes(FinancialYear year, Measure measure) {
    ImmutableMap.Builder<LocalAuthority, Money> out = ImmutableMap.builder();
    for (LocalAuthority la : a.authorities()) {
      out.put(la, money(la.code(), year, measure));
    }
    return out.build();
  }

  /** The difference (b − a) in a national statistic. */
  public double statistic(FinancialYear year, NationalStatistic statistic) {
    return b.statistic(year, statistic) - a.statistic(year, statistic);
  }

  /** CSV of the differences, with the illustrative flag on every row. */
  public String toCsv() {
    StringBuilder out = new StringBuilder("scenario_a,scenario_b,illustrative,la_code,financial_year,measure,a,b,difference\n");
    boolean flag = a.illustrative() || b.illustrative();
    for (Difference d : differences) {
      out.append(csv(a.scenario().name())).append(',').append(csv(b.scenario().name())).append(',').append(flag).append(',')
          .append(d.laCode() == 0 ? "England" : String.valueOf(d.laCode())).append(',').append(d.year()).append(',').append(d.measure()).append(',')
          .append(d.a().toPlainString()).append(',').append(d.b().toPlainString()).append(',').append(d.difference().toPlainString()).append('\n');
    }
    return out.toString();
  }

  private static BigDecimal decimal(Measure m, long v) {
    return m.unit() == MeasureUnit.GBP ? BigDecimal.valueOf(v, 2) : BigDecimal.valueOf(v);
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
