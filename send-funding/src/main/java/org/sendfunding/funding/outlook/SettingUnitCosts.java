package org.sendfunding.funding.outlook;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendfunding.data.england.Area;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.data.england.Indicator;
import org.sendfunding.data.england.Period;
import org.sendfunding.data.england.Publication;
import org.sendfunding.data.england.Reorganisation;
import org.sendfunding.funding.dataset.FieldProvenance;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.dataset.Provenance;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.RoundingRule;
import org.sendfunding.model.setting.SettingType;

/**
 * The high-needs cost of a plan a year by setting, per LA: derived from the LA's s251 2021-22 high-needs
 * budget (place funding and top-ups) over the pupils it placed in that setting (DfE, "High needs
 * benchmarking tool" 2021-22, gov.uk, Open Government Licence v3.0) where both are published; the
 * dataset's illustrative unit cost (England's cost of a place × the LA's ACA) elsewhere. Each cost says
 * which ({@link #provenance}).
 *
 * <pre>{@code
 * SettingUnitCosts c = SettingUnitCosts.england(EnglandStatistics.england(), FundingDataset.england());
 * c.cost(831, SettingType.MAINTAINED_SPECIAL);              // Derby: (£8,333,280 + £10,459,683) ÷ 806 = £23,316.33
 * c.provenance(831, SettingType.MAINTAINED_SPECIAL).rule(); // "s251 2021-22 budget (place funding special + ..."
 * }</pre>
 *
 * <p>The rules (named, one per setting group; each cost rounded half up to the penny after one exact
 * division of the budget in pence):
 * <ul>
 *   <li>maintained and academy special: (place funding special + maintained top-up special) ÷ placed in
 *       maintained special schools or special academies;
 *   <li>independent and non-maintained special: non-maintained/independent top-up special ÷ placed in
 *       NMSS or independent schools;
 *   <li>mainstream (maintained, academies, resourced provision): (place funding primary + secondary +
 *       maintained top-up primary + secondary) ÷ placed in mainstream and resourced provision or SEN units;
 *   <li>alternative provision: illustrative everywhere: the PRU/AP budget pays mostly for pupils without
 *       plans (excluded pupils), so over the plans placed there it gives millions a plan (Nottingham:
 *       £6.4m over 2);
 *   <li>further education: (place funding post-school + both top-ups post-school) ÷ placed post-16;
 *   <li>early years: no placed count is published, so illustrative everywhere.
 * </ul>
 * A derived cost more than {@value #PLAUSIBLE_MULTIPLE} times the dataset's illustrative cost of the
 * setting is taken to share a budget with pupils the placed count leaves out and is not used (the
 * illustrative cost is, and its provenance says why). Cumberland and Westmorland and Furness take Cumbria's 2021-22 cost (a cost per plan does not split);
 * a budget of zero or a placed count of zero leaves the cost illustrative. Costs are 2021-22 budgets held
 * in cash: a projection using them states it. This class is immutable and thread-safe.
 */
public final class SettingUnitCosts {

  static final Period YEAR = Period.financialYear("2021-22");
  /** How each cost is rounded: the budget's pence shared over the plans, to the nearest penny. */
  public static final RoundingRule ROUNDING = RoundingRule.HALF_UP_TO_PENNY;

  /** A derived cost above this multiple of the illustrative one is implausible (see the class comment). */
  public static final int PLAUSIBLE_MULTIPLE = 4;

  private record Rule(List<SettingType> settings, List<Indicator> budget, Indicator placed, String name) {}

  private static final List<Rule> RULES = List.of(
      new Rule(List.of(SettingType.MAINTAINED_SPECIAL, SettingType.ACADEMY_SPECIAL),
          List.of(Indicator.BENCH_PLACE_SPECIAL, Indicator.BENCH_TOPUP_M_SPECIAL),
          Indicator.BENCH_PLACED_MAINTAINED_SPECIAL_OR_SPECIAL_ACADEMY,
          "(place funding special + maintained top-up special) ÷ placed in maintained special or special academies"),
      new Rule(List.of(SettingType.INDEPENDENT_SPECIAL, SettingType.NON_MAINTAINED_SPECIAL),
          List.of(Indicator.BENCH_TOPUP_NMI_SPECIAL), Indicator.BENCH_PLACED_NMSS_OR_INDEPENDENT,
          "non-maintained/independent top-up special ÷ placed in NMSS or independent"),
      new Rule(List.of(SettingType.MAINSTREAM_MAINTAINED, SettingType.MAINSTREAM_ACADEMY, SettingType.RESOURCED_PROVISION),
          List.of(Indicator.BENCH_PLACE_PRIMARY, Indicator.BENCH_PLACE_SECONDARY, Indicator.BENCH_TOPUP_M_PRIMARY,
              Indicator.BENCH_TOPUP_M_SECONDARY), null,
          "(place funding primary + secondary + maintained top-up primary + secondary) ÷ placed in mainstream and "
              + "resourced provision or SEN units"),
      new Rule(List.of(SettingType.POST_16_FE),
          List.of(Indicator.BENCH_PLACE_POST_SCHOOL, Indicator.BENCH_TOPUP_M_POST_SCHOOL, Indicator.BENCH_TOPUP_NMI_POST_SCHOOL),
          Indicator.BENCH_PLACED_POST16, "(place funding post-school + top-ups post-school) ÷ placed post-16"));

  private final ImmutableMap<Integer, ImmutableMap<SettingType, Money>> costs;
  private final ImmutableMap<Integer, ImmutableMap<SettingType, FieldProvenance>> provenance;

  private SettingUnitCosts(ImmutableMap<Integer, ImmutableMap<SettingType, Money>> costs,
      ImmutableMap<Integer, ImmutableMap<SettingType, FieldProvenance>> provenance) {
    this.costs = costs;
    this.provenance = provenance;
  }

  /**
   * The costs of every LA of the dataset.
   *
   * @param stats the published statistics (high needs benchmarking 2021-22)
   * @param dataset the dataset whose illustrative unit costs fill the gaps
   * @return the costs
   */
  public static SettingUnitCosts england(EnglandStatistics stats, FundingDataset dataset) {
    ImmutableMap.Builder<Integer, ImmutableMap<SettingType, Money>> costs = ImmutableMap.builder();
    ImmutableMap.Builder<Integer, ImmutableMap<SettingType, FieldProvenance>> prov = ImmutableMap.builder();
    for (Integer code : dataset.caseloads().keySet()) {
      Map<SettingType, Money> c = new EnumMap<>(SettingType.class);
      Map<SettingType, FieldProvenance> p = new EnumMap<>(SettingType.class);
      Map<SettingType, Money> fallback = dataset.caseload(code).unitCosts();
      int source = Reorganisation.CUMBRIA_2023.successors().contains(code) ? 909 : code;
      for (Rule r : RULES) {
        Optional<Money> cost = derive(stats, source, r);
        for (SettingType s : r.settings()) {
          if (cost.isPresent() && fallback.containsKey(s)
              && cost.get().pence() > Math.multiplyExact(fallback.get(s).pence(), (long) PLAUSIBLE_MULTIPLE)) {
            c.put(s, fallback.get(s));
            p.put(s, FieldProvenance.illustrative("the dataset's illustrative cost: the s251 2021-22 budget rule "
                + r.name() + " gives " + cost.get() + ", more than " + PLAUSIBLE_MULTIPLE + " times it"));
          } else if (cost.isPresent()) {
            c.put(s, cost.get());
            p.put(s, FieldProvenance.derived("s251 2021-22 budget " + r.name()
                + (source != code ? " (Cumbria's, 909)" : "") + ", rounded half up to the penny",
                Publication.HIGH_NEEDS_BENCHMARKING_2021_22.source(), "2021-22"));
          } else if (fallback.containsKey(s)) {
            c.put(s, fallback.get(s));
            p.put(s, illustrative(dataset, code, s));
          }
        }
      }
      for (SettingType s : SettingType.values()) {
        if (!c.containsKey(s) && fallback.containsKey(s)) {
          c.put(s, fallback.get(s));
          p.put(s, illustrative(dataset, code, s));
        }
      }
      costs.put(code, ImmutableMap.copyOf(c));
      prov.put(code, ImmutableMap.copyOf(p));
    }
    return new SettingUnitCosts(costs.build(), prov.build());
  }

  private static FieldProvenance illustrative(FundingDataset dataset, int code, SettingType s) {
    FieldProvenance p = dataset.caseload(code).fieldProvenance().get("unit_cost." + s);
    return p != null ? p : FieldProvenance.illustrative("the dataset's unit cost of " + s);
  }

  private static Optional<Money> derive(EnglandStatistics stats, int code, Rule r) {
    Money budget = Money.ZERO;
    for (Indicator m : r.budget()) {
      Optional<BigDecimal> v = stats.figure(m, Area.la(code), YEAR).value();
      if (v.isEmpty()) {
        return Optional.empty();
      }
      budget = budget.plus(Money.ofPounds(v.get(), ROUNDING));
    }
    long placed = 0;
    for (Indicator m : r.placed() == null
        ? List.of(Indicator.BENCH_PLACED_MAINSTREAM, Indicator.BENCH_PLACED_RESOURCED_PROVISION_SEN_UNIT)
        : List.of(r.placed())) {
      Optional<BigDecimal> v = stats.figure(m, Area.la(code), YEAR).value();
      if (v.isEmpty()) {
        return Optional.empty();
      }
      placed = Math.addExact(placed, v.get().longValueExact());
    }
    if (placed == 0 || budget.pence() <= 0) {
      return Optional.empty();
    }
    return Optional.of(budget.dividedBy(placed, ROUNDING));
  }

  /** The LAs covered, by DfE code. */
  public ImmutableList<Integer> laCodes() {
    return costs.keySet().asList();
  }

  /**
   * An LA's cost of a plan a year in a setting.
   *
   * @param laCode the LA
   * @param setting the setting
   * @return the cost
   * @throws IllegalArgumentException if the LA or the setting has no cost
   */
  public Money cost(int laCode, SettingType setting) {
    Map<SettingType, Money> c = costs.get(laCode);
    Preconditions.checkArgument(c != null && c.containsKey(setting), "SettingUnitCosts: no cost for LA %s, %s", laCode,
        setting);
    return c.get(setting);
  }

  /** Whether the cost is derived from the LA's published budget or illustrative, and how. */
  public FieldProvenance provenance(int laCode, SettingType setting) {
    cost(laCode, setting);
    return provenance.get(laCode).get(setting);
  }

  /** How many of the LA-setting costs are derived from published budgets. */
  public long derivedCount() {
    return provenance.values().stream().flatMap(m -> m.values().stream())
        .filter(p -> p.provenance() == Provenance.DERIVED).count();
  }

  /** How many LA-setting costs there are. */
  public long count() {
    return provenance.values().stream().mapToLong(Map::size).sum();
  }
}
