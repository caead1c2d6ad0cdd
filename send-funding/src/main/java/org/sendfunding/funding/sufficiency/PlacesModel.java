package org.sendfunding.funding.sufficiency;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendfunding.funding.dataset.CaseloadProjection;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.MoneyOverflowException;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * The place-planning engine: for each LA and year, projected demand against places, the overflow
 * rule, and the cost of where pupils end up.
 *
 * <p>For each state-funded specialist setting type {@code s} (resourced provision, maintained special,
 * academy special, alternative provision) with demand {@code d} and places {@code c} (base places plus
 * capital projects open by the year):
 * <ol>
 *   <li>placed in the LA = min(d, c); excess = d − placed;
 *   <li>admitted over capacity (CFA 2014 s43) = floor(excess × {@code named_over_capacity_share}):
 *       their plan names the school, which must admit them; they are placed there and counted as
 *       admissions pressure;
 *   <li>of the rest, out of area = floor(rest × {@code out_of_area_state_share}): placed in another LA's
 *       state setting of the same type at this LA's unit cost, each an export that lowers the LA's NFF
 *       import/export adjustment by {@code highneeds.nff.import_export_rate};
 *   <li>the remainder overflows to independent special schools, at the LA's independent unit cost.
 * </ol>
 * Independent special demand plus overflow is placed in independent special schools; if the supply
 * has an {@code INDEPENDENT_SPECIAL} row for the LA, only up to its places, and anyone beyond is
 * <b>unplaced</b> (without such a row, as in the embedded data, the independent market takes everyone). Other setting types (mainstream, non-maintained special, FE,
 * early years) are placed as projected. Revenue cost = placed pupils × the LA's base-year unit cost
 * of their setting (the deficit projection adds inflation).
 *
 * <p>Worked example (the two-LA test): demand 130 maintained special against 100 places, shares 20%
 * and 25%: excess 30, s43 6, out of area floor(24 × 0.25) = 6, independent 18.
 *
 * <pre>{@code
 * PlacesResult r = PlacesModel.DEFAULT.run(scenario);
 * }</pre>
 *
 * <p>This class is stateless, immutable and thread-safe.
 */
public final class PlacesModel {

  /** The default instance. */
  public static final PlacesModel DEFAULT = new PlacesModel();

  /** State-funded specialist setting types with a place capacity. */
  public static final ImmutableSet<SettingType> STATE_SETTINGS = ImmutableSet.of(
      SettingType.RESOURCED_PROVISION, SettingType.MAINTAINED_SPECIAL, SettingType.ACADEMY_SPECIAL, SettingType.ALTERNATIVE_PROVISION);

  /** Setting types a supply row may describe: the state settings and independent special schools. */
  public static final ImmutableSet<SettingType> SUPPLY_SETTINGS = ImmutableSet.<SettingType>builder()
      .addAll(STATE_SETTINGS).add(SettingType.INDEPENDENT_SPECIAL).build();

  private PlacesModel() {}

  /**
   * Runs a scenario.
   *
   * @param s the scenario
   * @return placements for every LA with supply, every year
   */
  public PlacesResult run(PlacesScenario s) {
    ParameterSet p = s.parameters();
    Map<Integer, Map<SettingType, Long>> base = new LinkedHashMap<>();
    Map<Integer, LocalAuthority> las = new LinkedHashMap<>();
    for (PlaceSupply ps : s.supply()) {
      las.put(ps.localAuthority().code(), ps.localAuthority());
      base.computeIfAbsent(ps.localAuthority().code(), k -> new EnumMap<>(SettingType.class)).put(ps.setting(), ps.capacity());
    }
    Map<Integer, List<CapitalProject>> projects = s.capital().stream()
        .collect(Collectors.groupingBy(c -> c.localAuthority().code()));
    ImmutableList.Builder<PlacementYear> rows = ImmutableList.builder();
    for (Map.Entry<Integer, LocalAuthority> e : las.entrySet()) {
      int code = e.getKey();
      CaseloadProjection demand = s.demand().get(code);
      Map<SettingType, Money> unit = s.dataset().caseload(code).unitCosts();
      for (FinancialYear y : s.years()) {
        BigDecimal named = p.percentage("sufficiency.places.named_over_capacity_share", y).toRate().value();
        BigDecimal outShare = p.percentage("sufficiency.places.out_of_area_state_share", y).toRate().value();
        Money rate = p.money("highneeds.nff.import_export_rate", y);
        Map<SettingType, Long> cap = new EnumMap<>(SettingType.class);
        for (SettingType st : SUPPLY_SETTINGS) {
          if (st == SettingType.INDEPENDENT_SPECIAL && !base.get(code).containsKey(st)) {
            continue; // no independent row: the market takes every overflow pupil
          }
          long c = base.get(code).getOrDefault(st, 0L);
          for (CapitalProject cp : projects.getOrDefault(code, List.of())) {
            if (cp.setting() == st && cp.opens().startYear() <= y.startYear()) {
              c += cp.places();
            }
          }
          cap.put(st, c);
        }
        Map<SettingType, Long> d = new EnumMap<>(SettingType.class);
        Map<SettingType, Long> placed = new EnumMap<>(SettingType.class);
        Map<SettingType, Long> out = new EnumMap<>(SettingType.class);
        long s43 = 0;
        long overflow = 0;
        for (SettingType st : SettingType.values()) {
          long n = demand.pupils(y, st);
          d.put(st, n);
          if (STATE_SETTINGS.contains(st)) {
            long inLa = Math.min(n, cap.get(st));
            long excess = n - inLa;
            long admitted = floor(excess, named);
            long rest = excess - admitted;
            long away = floor(rest, outShare);
            placed.put(st, inLa + admitted);
            out.put(st, away);
            s43 += admitted;
            overflow += rest - away;
          } else if (st != SettingType.INDEPENDENT_SPECIAL) {
            placed.put(st, n);
          }
        }
        long independentNeed = d.get(SettingType.INDEPENDENT_SPECIAL) + overflow;
        long independent = Math.min(independentNeed, cap.getOrDefault(SettingType.INDEPENDENT_SPECIAL, Long.MAX_VALUE));
        placed.put(SettingType.INDEPENDENT_SPECIAL, independent);
        Money cost = Money.ZERO;
        Money importExport;
        try {
          for (SettingType st : SettingType.values()) {
            Money u = unit.getOrDefault(st, Money.ZERO);
            cost = cost.plus(u.times(Math.addExact(placed.getOrDefault(st, 0L), out.getOrDefault(st, 0L))));
          }
          importExport = rate.times(out.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact)).negated();
        } catch (MoneyOverflowException overflow2) {
          throw overflow2.at(e.getValue() + ", " + y + ", placement revenue cost or import/export effect");
        }
        rows.add(PlacementYear.builder().localAuthority(e.getValue()).year(y)
            .demand(ImmutableMap.copyOf(d)).capacity(ImmutableMap.copyOf(cap)).placed(ImmutableMap.copyOf(placed))
            .outOfAreaBySetting(ImmutableMap.copyOf(out)).admittedOverCapacity(s43)
            .overflowToIndependent(Math.min(overflow, Math.max(0, independent - d.get(SettingType.INDEPENDENT_SPECIAL))))
            .unplaced(independentNeed - independent).revenueCost(cost).importExportEffect(importExport)
            .build());
      }
    }
    return new PlacesResult(s, rows.build());
  }

  /** floor(n × share) for a share between 0 and 1. */
  private static long floor(long n, BigDecimal share) {
    return BigDecimal.valueOf(n).multiply(share).setScale(0, RoundingMode.FLOOR).longValueExact();
  }
}
