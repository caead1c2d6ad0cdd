package org.sendfunding.funding.dataset;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.authority.Region;
import org.sendfunding.model.money.Allocation;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;

/**
 * Generates the illustrative England panel (panel.csv, caseload.csv, safety-valve.csv) from a fixed
 * seed, so that its national sums equal published national figures.
 *
 * <p>How each column is made, and what is real:
 * <ul>
 *   <li>Each LA gets a size weight (log-normal, counties 2.5 times larger, City of London and Isles of
 *       Scilly tiny), a need index and an area cost adjustment by region. Totals are shared out with
 *       {@link Allocation#largestRemainder}, so they are conserved exactly.
 *   <li>High-needs allocation 2025-26 sums to the published £11.9bn (Halton's £29.267m is real, from
 *       its committee papers); 2024-25 allocations sum to the published £10.5bn.
 *   <li>Pupils with EHC plans by setting type sum to 638,745 plans (January 2025, all ages), of which
 *       482,640 are in schools (January 2025 school census); the split between setting types is an
 *       illustrative assumption (state special schools from the 155,619 of January 2024, grown).
 *   <li>Unit costs: independent and non-maintained special schools £64,000 (PQ 100030, 2024-25);
 *       other setting types illustrative; each LA's cost is scaled by its area cost adjustment.
 *   <li>DSG balances at 31 March 2026: the 100 LAs (65%, the IfG 2023 share) with the highest cost
 *       pressure, and every LA with a safety-valve agreement, hold deficits summing to £5.0bn; the rest
 *       hold small surpluses (£150m in all, illustrative).
 *   <li>Block transfer requests: Staffordshire 0.5%, Wiltshire 1%, Norfolk 1.5% are real; others
 *       illustrative. Safety-valve totals (Kent, Surrey, Dorset, York, Rotherham, Bath and North East
 *       Somerset) are real; their instalment schedules are even splits (illustrative).
 * </ul>
 * Regenerate with {@code -Dsendfunding.regenerate=true} on {@code EnglandPanelGeneratorTest}.
 */
final class EnglandPanelGenerator {

  static final long SEED = 20_251_128L;
  static final Money HIGH_NEEDS_2025_26 = Money.ofPounds(11_900_000_000L);
  static final Money HIGH_NEEDS_2024_25 = Money.ofPounds(10_500_000_000L);
  static final Money DEFICITS_END_2025_26 = Money.ofPounds(5_000_000_000L);
  static final Money SURPLUSES_END_2025_26 = Money.ofPounds(150_000_000L);
  static final long EHCP_ALL_AGES = 638_745;
  static final long EHCP_IN_SCHOOLS = 482_640;
  static final int DEFICIT_LAS = 100;
  static final int HALTON = 876;
  static final Money HALTON_HIGH_NEEDS = Money.ofPounds(29_267_000L);

  static final ImmutableMap<SettingType, Long> NATIONAL_PUPILS = ImmutableMap.<SettingType, Long>builder()
      .put(SettingType.MAINSTREAM_MAINTAINED, 117_693L)
      .put(SettingType.MAINSTREAM_ACADEMY, 143_847L)
      .put(SettingType.RESOURCED_PROVISION, 20_000L)
      .put(SettingType.MAINTAINED_SPECIAL, 66_000L)
      .put(SettingType.ACADEMY_SPECIAL, 99_000L)
      .put(SettingType.NON_MAINTAINED_SPECIAL, 4_100L)
      .put(SettingType.INDEPENDENT_SPECIAL, 27_000L)
      .put(SettingType.ALTERNATIVE_PROVISION, 5_000L)
      .put(SettingType.POST_16_FE, 120_000L)
      .put(SettingType.EARLY_YEARS, 36_105L)
      .build();

  static final ImmutableMap<SettingType, Long> NATIONAL_UNIT_COST_POUNDS = ImmutableMap.<SettingType, Long>builder()
      .put(SettingType.MAINSTREAM_MAINTAINED, 10_000L)
      .put(SettingType.MAINSTREAM_ACADEMY, 10_000L)
      .put(SettingType.RESOURCED_PROVISION, 18_000L)
      .put(SettingType.MAINTAINED_SPECIAL, 28_000L)
      .put(SettingType.ACADEMY_SPECIAL, 28_000L)
      .put(SettingType.NON_MAINTAINED_SPECIAL, 64_000L)
      .put(SettingType.INDEPENDENT_SPECIAL, 64_000L)
      .put(SettingType.ALTERNATIVE_PROVISION, 20_000L)
      .put(SettingType.POST_16_FE, 14_000L)
      .put(SettingType.EARLY_YEARS, 6_000L)
      .build();

  /** Real block transfer requests (percent of schools block): funding.md. */
  static final ImmutableMap<Integer, String> REAL_TRANSFERS = ImmutableMap.of(860, "0.5", 865, "1.0", 926, "1.5");

  /** Real safety-valve totals (pounds), first and last instalment years: funding.md. */
  static final ImmutableList<Object[]> SAFETY_VALVES = ImmutableList.of(
      new Object[] {886, "140000000", 2022, 2027},
      new Object[] {936, "100000000", 2022, 2026},
      new Object[] {838, "42000000", 2021, 2025},
      new Object[] {816, "17100000", 2021, 2025},
      new Object[] {372, "20000000", 2020, 2024},
      new Object[] {800, "19200000", 2022, 2026});

  private EnglandPanelGenerator() {}

  /** The three files, by name. */
  static Map<String, String> generate() {
    ImmutableList<LocalAuthority> las = LocalAuthorities.england().all();
    int n = las.size();
    SplittableRandom rnd = new SplittableRandom(SEED);
    double[] size = new double[n];
    double[] need = new double[n];
    BigDecimal[] aca = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      LocalAuthority la = las.get(i);
      double g = gaussian(rnd);
      size[i] = Math.exp(0.55 * g) * (la.onsCode().startsWith("E10") ? 2.5 : 1.0);
      if (la.code() == 201 || la.code() == 420) {
        size[i] = 0.01;
      }
      need[i] = 0.8 + 0.45 * rnd.nextDouble();
      double lo = la.region() == Region.LONDON ? 1.12 : (la.region() == Region.SOUTH_EAST || la.region() == Region.EAST_OF_ENGLAND ? 1.02 : 0.99);
      double hi = la.region() == Region.LONDON ? 1.22 : (la.region() == Region.SOUTH_EAST || la.region() == Region.EAST_OF_ENGLAND ? 1.08 : 1.02);
      aca[i] = BigDecimal.valueOf(lo + (hi - lo) * rnd.nextDouble()).setScale(4, RoundingMode.HALF_UP);
    }
    int haltonIndex = indexOf(las, HALTON);
    List<BigDecimal> allocWeights = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      allocWeights.add(i == haltonIndex ? BigDecimal.ZERO : BigDecimal.valueOf(size[i] * need[i]).multiply(aca[i]));
    }
    List<Money> alloc = new ArrayList<>(Allocation.largestRemainder(HIGH_NEEDS_2025_26.minus(HALTON_HIGH_NEEDS), allocWeights));
    alloc.set(haltonIndex, HALTON_HIGH_NEEDS);
    List<BigDecimal> prevWeights = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      prevWeights.add(BigDecimal.valueOf(alloc.get(i).pence()).divide(BigDecimal.valueOf(1.07 + 0.03 * rnd.nextDouble()), 6, RoundingMode.HALF_UP));
    }
    List<Money> prev = Allocation.largestRemainder(HIGH_NEEDS_2024_25, prevWeights);
    // Population follows allocation divided by need and area cost, so funding per head varies as the formula would.
    double[] popWeight = new double[n];
    for (int i = 0; i < n; i++) {
      popWeight[i] = alloc.get(i).pence() / (need[i] * aca[i].doubleValue());
    }
    long[] population = counts(11_000_000, weights(popWeight));
    List<Money> historic = Allocation.largestRemainder(Money.ofPounds(2_950_000_000L), jitter(rnd, alloc, 0.9, 0.2));
    List<Money> hospital = Allocation.largestRemainder(Money.ofPounds(180_000_000L), jitter(rnd, alloc, 0.5, 1.0));
    List<BigDecimal> schoolsWeights = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      schoolsWeights.add(BigDecimal.valueOf(population[i]).multiply(aca[i]));
    }
    List<Money> schools = Allocation.largestRemainder(Money.ofPounds(50_000_000_000L), schoolsWeights);

    // Caseload by setting type, each national total shared exactly.
    Map<SettingType, long[]> pupils = new EnumMap<>(SettingType.class);
    for (Map.Entry<SettingType, Long> e : NATIONAL_PUPILS.entrySet()) {
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        w[i] = alloc.get(i).pence() / aca[i].doubleValue() * (0.7 + 0.6 * rnd.nextDouble());
      }
      pupils.put(e.getKey(), counts(e.getValue(), weights(w)));
    }
    Map<SettingType, long[]> unitCostPounds = new EnumMap<>(SettingType.class);
    for (Map.Entry<SettingType, Long> e : NATIONAL_UNIT_COST_POUNDS.entrySet()) {
      long[] c = new long[n];
      for (int i = 0; i < n; i++) {
        c[i] = BigDecimal.valueOf(e.getValue()).multiply(aca[i]).multiply(BigDecimal.valueOf(0.9 + 0.2 * rnd.nextDouble()))
            .setScale(0, RoundingMode.HALF_UP).longValueExact();
      }
      unitCostPounds.put(e.getKey(), c);
    }
    long[] otherSpend = new long[n];
    String[] transfer = new String[n];
    double[] pressure = new double[n];
    for (int i = 0; i < n; i++) {
      otherSpend[i] = BigDecimal.valueOf(alloc.get(i).pence()).multiply(BigDecimal.valueOf(0.06 + 0.04 * rnd.nextDouble()))
          .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
      double u = rnd.nextDouble();
      String real = REAL_TRANSFERS.get(las.get(i).code());
      transfer[i] = real != null ? real : (u < 0.25 ? "0.5" : (u < 0.30 ? "1.0" : "0"));
      long cost = 0;
      for (SettingType t : NATIONAL_PUPILS.keySet()) {
        cost += pupils.get(t)[i] * unitCostPounds.get(t)[i];
      }
      pressure[i] = (cost + otherSpend[i]) / (alloc.get(i).pence() / 100.0);
    }
    // Deficit LAs: safety-valve LAs plus the highest cost pressure until there are 100.
    Set<Integer> deficitIdx = new HashSet<>();
    for (Object[] sv : SAFETY_VALVES) {
      deficitIdx.add(indexOf(las, (Integer) sv[0]));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -pressure[i]).thenComparing(i -> i));
    for (int i : order) {
      if (deficitIdx.size() >= DEFICIT_LAS) {
        break;
      }
      deficitIdx.add(i);
    }
    List<BigDecimal> defW = new ArrayList<>();
    List<BigDecimal> surW = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double u = rnd.nextDouble();
      boolean d = deficitIdx.contains(i);
      defW.add(d ? BigDecimal.valueOf(alloc.get(i).pence() * pressure[i] * (0.5 + u)).setScale(0, RoundingMode.HALF_UP) : BigDecimal.ZERO);
      surW.add(d ? BigDecimal.ZERO : BigDecimal.valueOf(alloc.get(i).pence() * (0.2 + u)).setScale(0, RoundingMode.HALF_UP));
    }
    List<Money> deficits = Allocation.largestRemainder(DEFICITS_END_2025_26, defW);
    List<Money> surpluses = Allocation.largestRemainder(SURPLUSES_END_2025_26, surW);
    long[] netImport = new long[n];
    long sum = 0;
    int biggest = 0;
    for (int i = 0; i < n; i++) {
      long special = pupils.get(SettingType.MAINTAINED_SPECIAL)[i] + pupils.get(SettingType.ACADEMY_SPECIAL)[i];
      netImport[i] = Math.round(gaussian(rnd) * 0.03 * special);
      sum += netImport[i];
      if (special > pupils.get(SettingType.MAINTAINED_SPECIAL)[biggest] + pupils.get(SettingType.ACADEMY_SPECIAL)[biggest]) {
        biggest = i;
      }
    }
    netImport[biggest] -= sum;

    StringBuilder panel = new StringBuilder(String.join(",", DatasetCsv.PANEL_COLUMNS)).append('\n');
    StringBuilder caseload = new StringBuilder(String.join(",", DatasetCsv.CASELOAD_COLUMNS)).append('\n');
    for (int i = 0; i < n; i++) {
      LocalAuthority la = las.get(i);
      List<String> real = new ArrayList<>();
      if (la.code() == HALTON) {
        real.add("high_needs_allocation");
      }
      if (REAL_TRANSFERS.containsKey(la.code())) {
        real.add("requested_block_transfer_percent");
      }
      long pop = population[i];
      long special = pupils.get(SettingType.MAINTAINED_SPECIAL)[i] + pupils.get(SettingType.ACADEMY_SPECIAL)[i]
          + pupils.get(SettingType.NON_MAINTAINED_SPECIAL)[i];
      double needNorm = need[i];
      Money balance = deficitIdx.contains(i) ? deficits.get(i).negated() : surpluses.get(i);
      panel.append(la.code()).append(',').append(quote(la.name())).append(",2025-26,illustrative,")
          .append(String.join(";", real)).append(',')
          .append(pop).append(',')
          .append(Math.round(pop * 0.16 * needNorm)).append(',')
          .append(Math.round(pop * 0.14 * needNorm)).append(',')
          .append(Math.round(pop * 0.025 * needNorm)).append(',')
          .append(Math.round(pop * 0.028 * needNorm)).append(',')
          .append(Math.round(pop * 0.009 * needNorm)).append(',')
          .append(Math.round(pop * 0.035 * needNorm)).append(',')
          .append(special).append(',')
          .append(pounds(historic.get(i))).append(',')
          .append(aca[i].toPlainString()).append(',')
          .append(netImport[i]).append(',')
          .append(pounds(hospital.get(i))).append(',')
          .append(pounds(prev.get(i))).append(',')
          .append(pounds(alloc.get(i))).append(',')
          .append(pounds(schools.get(i))).append(',')
          .append(transfer[i]).append(',')
          .append(otherSpend[i]).append(".00,")
          .append(pounds(balance)).append('\n');
      for (SettingType t : NATIONAL_PUPILS.keySet()) {
        caseload.append(la.code()).append(",2025-26,").append(t.name()).append(',').append(pupils.get(t)[i]).append(',')
            .append(unitCostPounds.get(t)[i]).append(".00,illustrative\n");
      }
    }
    StringBuilder valves = new StringBuilder(String.join(",", DatasetCsv.SAFETY_VALVE_COLUMNS)).append('\n');
    for (Object[] sv : SAFETY_VALVES) {
      int code = (Integer) sv[0];
      Money total = Money.ofPounds((String) sv[1]);
      int first = (Integer) sv[2];
      int last = (Integer) sv[3];
      long[] even = new long[last - first + 1];
      java.util.Arrays.fill(even, 1);
      List<Money> parts = Allocation.largestRemainder(total, even);
      for (int y = first; y <= last; y++) {
        String fy = y + "-" + String.format("%02d", (y + 1) % 100);
        valves.append(code).append(',').append(first).append("-03-31,").append(pounds(total)).append(',').append(fy).append(',')
            .append(pounds(parts.get(y - first))).append(',').append(y <= 2025 ? "PAID" : "DUE")
            .append(",real,DfE monitoring finds the deficit recovery plan on track\n");
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    out.put("panel.csv", panel.toString());
    out.put("caseload.csv", caseload.toString());
    out.put("safety-valve.csv", valves.toString());
    return out;
  }

  private static String quote(String s) {
    return s.contains(",") ? "\"" + s + "\"" : s;
  }

  private static String pounds(Money m) {
    return m.toPounds().toPlainString();
  }

  private static int indexOf(List<LocalAuthority> las, int code) {
    for (int i = 0; i < las.size(); i++) {
      if (las.get(i).code() == code) {
        return i;
      }
    }
    throw new IllegalArgumentException("no LA " + code);
  }

  private static double gaussian(SplittableRandom rnd) {
    // Box-Muller from nextDouble, whose sequence is fixed by the seed on every JDK.
    double u1 = 1.0 - rnd.nextDouble();
    double u2 = rnd.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
  }

  private static List<BigDecimal> weights(double[] w) {
    List<BigDecimal> out = new ArrayList<>();
    for (double d : w) {
      out.add(BigDecimal.valueOf(d));
    }
    return out;
  }

  private static List<BigDecimal> jitter(SplittableRandom rnd, List<Money> base, double lo, double span) {
    List<BigDecimal> out = new ArrayList<>();
    for (Money m : base) {
      out.add(BigDecimal.valueOf(m.pence()).multiply(BigDecimal.valueOf(lo + span * rnd.nextDouble())));
    }
    return out;
  }

  private static long[] counts(long total, List<BigDecimal> weights) {
    List<Money> parts = Allocation.largestRemainder(Money.ofPence(total), weights);
    long[] out = new long[parts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = parts.get(i).pence();
    }
    return out;
  }
}
