package org.sendfunding.funding.dataset;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendfunding.data.england.Area;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.data.england.Figure;
import org.sendfunding.data.england.Measure;
import org.sendfunding.data.england.Period;
import org.sendfunding.data.england.Publication;
import org.sendfunding.data.england.Reorganisation;
import org.sendfunding.data.england.Series;
import org.sendfunding.funding.highneeds.HighNeedsNff;
import org.sendfunding.funding.highneeds.HighNeedsNffInput;
import org.sendfunding.funding.highneeds.HighNeedsNffNational;
import org.sendfunding.funding.highneeds.HighNeedsNffResult;
import org.sendfunding.funding.highneeds.ProxyFactor;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.Allocation;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.money.RoundingRule;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * The England panel of 153 LAs and their caseloads, built from DfE's published per-LA statistics
 * ({@link EnglandStatistics}) by named rules, each field of each LA labelled real, derived or
 * illustrative with its publication and period ({@link FieldProvenance}).
 *
 * <p>The rules (each a method here, each tested):
 * <ul>
 *   <li><b>real</b>: schools block (DSG 2023-24, gross); pupils by setting type from SEN2 January 2025
 *       (special schools by type, AP/PRU, FE, early years; educated elsewhere, NEET and placement
 *       unknown as {@link OtherPlacement}s); the block-transfer requests of Staffordshire, Wiltshire
 *       and Norfolk; special-school pupils where DfE's count is whole.
 *   <li><b>derived</b>: population 2–18 = the 2021-22 benchmarking mid-2021 projection rounded half up
 *       ({@link #wholePeople}); special-school pupils = element C of the 2023-24 high-needs block rounded
 *       half up where DfE counts a part; ACA = element B ÷ £4,660 ({@link #areaCostAdjustment}); net
 *       imported pupils = element D ÷ £6,000 rounded half up ({@link #netImportedPupils}); hospital
 *       education = E + F; other high-needs spend = the four s251 2021-22 budget lines for SEN support,
 *       AP, hospital education and therapies; the 2024-25 allocation (previous allocation) = the NFF of
 *       2024-25 (3% floor, 5% cap) from the real 2023-24 block elements A + H as baseline; the 2025-26
 *       allocation = the NFF of 2025-26 (7% floor, 10% cap) from that; the mainstream split of plans
 *       between resourced provision and other mainstream places by the LA's 2021-22 benchmarking shares.
 *       Cumberland and Westmorland and Furness take Cumbria's 2021-22 figures split by their shares of
 *       the 2023-24 DSG ({@link Reorganisation#CUMBRIA_2023}).
 *   <li><b>illustrative</b> (no public per-LA figure): the six NFF proxy counts (England's totals
 *       shared by real population 2–18), historic spend (shared by the real 2019-20 high-needs formula
 *       before basic entitlement and import/export), maintained against academy mainstream places
 *       (England's 45:55 shares), unit costs (England's cost per place by setting × the LA's ACA), DSG
 *       balances at 31 March 2026 (the real 31 March 2022 balance, % of DSG income × 2021-22 DSG after
 *       recoupment, with deficits scaled to England's cited £5.0bn), other LAs' block-transfer requests
 *       (none assumed), and City of London and the Isles of Scilly, which the DSG tables here omit.
 * </ul>
 *
 * <pre>{@code
 * EnglandPanel p = EnglandPanel.build(EnglandStatistics.england(), ParameterSet.defaults(), nationalSeries);
 * p.rows().size();                                       // 153
 * p.rows().get(0).provenance("schools_block").label();   // real (...)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EnglandPanel {

  /** The base year of the panel. */
  public static final FinancialYear BASE_YEAR = FinancialYear.parse("2025-26");

  static final Period DSG_YEAR = Period.financialYear("2023-24");
  static final Period BENCH_YEAR = Period.financialYear("2021-22");
  static final Period JANUARY_2025 = Period.january(2025);
  static final Period JANUARY_2024 = Period.january(2024);

  /** The national basic entitlement rate from 2021-22 (B ÷ this is the LA's ACA). */
  static final BigDecimal BASIC_ENTITLEMENT_RATE = new BigDecimal("4660");
  /** The import/export adjustment per pupil. */
  static final BigDecimal IMPORT_EXPORT_RATE = new BigDecimal("6000");

  /** Illustrative England totals of the NFF proxy indicators (no per-LA figures are published here). */
  static final ImmutableMap<ProxyFactor, Long> PROXY_TOTALS = ImmutableMap.of(
      ProxyFactor.FREE_SCHOOL_MEALS, 1_815_013L,
      ProxyFactor.IDACI, 1_588_138L,
      ProxyFactor.KS2_LOW_ATTAINMENT, 283_594L,
      ProxyFactor.KS4_LOW_ATTAINMENT, 317_627L,
      ProxyFactor.BAD_HEALTH, 102_091L,
      ProxyFactor.DISABILITY_LIVING_ALLOWANCE, 397_036L);

  /** Illustrative England total of 2017-18 planned high-needs spend, the historic spend factor's base. */
  static final Money HISTORIC_SPEND_TOTAL = Money.ofPounds(2_950_000_000L);

  /** England's cost of a place by setting type in pounds (independent and non-maintained: PQ 100030, 2024-25; others illustrative). */
  static final ImmutableMap<SettingType, Long> UNIT_COST_POUNDS = ImmutableMap.<SettingType, Long>builder()
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

  /** Illustrative share of mainstream plans (outside resourced provision) in academies. */
  static final BigDecimal ACADEMY_SHARE_OF_MAINSTREAM = new BigDecimal("0.55");

  /** Block-transfer requests (percent of the schools block) reported for 2025-26 (docs/funding-scenarios.md). */
  static final ImmutableMap<Integer, String> REAL_TRANSFERS = ImmutableMap.of(860, "0.5", 865, "1.0", 926, "1.5");

  static final SourceReference TRANSFER_SOURCE = SourceReference.of(
      "Schools forum and Secretary of State disapplication requests to move schools block funding to high needs, 2025-26",
      "https://www.gov.uk/government/publications/pre-16-schools-funding-local-authority-guidance-for-2025-to-2026");

  static final String POPULATION = "population_2_18";

  private final ImmutableList<LocalAuthorityInputs> rows;
  private final ImmutableList<SettingCaseload> caseloads;
  private final HighNeedsNffResult allocations2024;
  private final HighNeedsNffResult allocations2025;

  private EnglandPanel(ImmutableList<LocalAuthorityInputs> rows, ImmutableList<SettingCaseload> caseloads,
      HighNeedsNffResult allocations2024, HighNeedsNffResult allocations2025) {
    this.rows = rows;
    this.caseloads = caseloads;
    this.allocations2024 = allocations2024;
    this.allocations2025 = allocations2025;
  }

  /** The panel rows, one per LA in register order. */
  public ImmutableList<LocalAuthorityInputs> rows() {
    return rows;
  }

  /** The caseloads, one per LA in register order. */
  public ImmutableList<SettingCaseload> caseloads() {
    return caseloads;
  }

  /** The 2024-25 allocations the panel's previous allocations come from. */
  public HighNeedsNffResult allocations2024() {
    return allocations2024;
  }

  /** The 2025-26 allocations the panel's base-year allocations come from. */
  public HighNeedsNffResult allocations2025() {
    return allocations2025;
  }

  /**
   * Builds the panel.
   *
   * @param stats the published statistics
   * @param parameters the rules (floors, caps, rates, national totals of 2024-25 and 2025-26)
   * @param nationalSeries the cited national figures (England's DSG deficits at 31 March 2026)
   * @return the panel
   */
  public static EnglandPanel build(EnglandStatistics stats, ParameterSet parameters, NationalSeries nationalSeries) {
    return new Builder(stats, parameters, nationalSeries).build();
  }

  // ---- named rules -------------------------------------------------------------------------------

  /** A population projection to whole people, half up. */
  static long wholePeople(BigDecimal projected) {
    return projected.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** ACA = the LA's ACA-weighted basic entitlement unit rate (element B) ÷ the national rate (£4,660), 6 decimals half up. */
  static Rate areaCostAdjustment(BigDecimal unitRate) {
    return Rate.of(unitRate.divide(BASIC_ENTITLEMENT_RATE, 6, RoundingMode.HALF_UP));
  }

  /** Net imported pupils = the import/export adjustment (element D) ÷ £6,000, to a whole pupil half up (DfE counts parts of pupils). */
  static long netImportedPupils(BigDecimal adjustment) {
    return adjustment.divide(IMPORT_EXPORT_RATE, 0, RoundingMode.HALF_UP).longValueExact();
  }

  /** A £ balance from a % of income: balance = % ÷ 100 × income, to the penny half up. */
  static Money balanceFromShare(BigDecimal percentOfIncome, BigDecimal income) {
    return Money.ofPounds(percentOfIncome.multiply(income).movePointLeft(2), RoundingRule.HALF_UP_TO_PENNY);
  }

  /** Counts shared by weights with the largest-remainder rule (one unit is one person), so they add back to the total. */
  static long[] shareCounts(long total, List<BigDecimal> weights) {
    ImmutableList<Money> parts = Allocation.largestRemainder(Money.ofPence(total), weights);
    long[] out = new long[parts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = parts.get(i).pence();
    }
    return out;
  }

  // ---- the build ---------------------------------------------------------------------------------

  private static final class Value<T> {
    final T value;
    final FieldProvenance provenance;

    Value(T value, FieldProvenance provenance) {
      this.value = value;
      this.provenance = provenance;
    }
  }

  private static final class Builder {
    final EnglandStatistics stats;
    final ParameterSet parameters;
    final NationalSeries nationalSeries;
    final ImmutableList<LocalAuthority> las = LocalAuthorities.england().all();
    final int n = las.size();

    Builder(EnglandStatistics stats, ParameterSet parameters, NationalSeries nationalSeries) {
      this.stats = stats;
      this.parameters = parameters;
      this.nationalSeries = nationalSeries;
    }

    EnglandPanel build() {
      List<Map<String, Value<?>>> fields = new ArrayList<>();
      for (LocalAuthority la : las) {
        fields.add(new LinkedHashMap<>());
      }
      population(fields);
      proxies(fields);
      for (int i = 0; i < n; i++) {
        LocalAuthority la = las.get(i);
        Map<String, Value<?>> f = fields.get(i);
        f.put("special_school_pupils", specialSchoolPupils(la));
        f.put("area_cost_adjustment", aca(la));
        f.put("net_imported_pupils", netImported(la));
        f.put("hospital_education", hospital(la));
        f.put("schools_block", schoolsBlock(la, f));
        f.put("requested_block_transfer_percent", transfer(la));
        f.put("other_high_needs_spend", otherSpend(la, f));
      }
      historicSpend(fields);
      balances(fields);
      // 2024-25: the NFF from the real 2023-24 baseline; 2025-26: the NFF from that.
      FinancialYear y24 = BASE_YEAR.previous();
      List<HighNeedsNffInput> inputs24 = new ArrayList<>();
      List<FieldProvenance> baselineProvenance = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Value<Money> baseline = baseline2023(las.get(i), fields.get(i));
        baselineProvenance.add(baseline.provenance);
        inputs24.add(nffInput(las.get(i), fields.get(i), y24, baseline.value));
      }
      HighNeedsNffResult r24 = allocate(inputs24, y24);
      List<LocalAuthorityInputs> draft = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Money previous = r24.allocations().get(i).finalAllocation();
        FieldProvenance base = baselineProvenance.get(i);
        fields.get(i).put("previous_allocation", new Value<>(previous, FieldProvenance.builder()
            .provenance(Provenance.DERIVED.and(base.provenance()))
            .source(Publication.DSG_HIGH_NEEDS_BLOCK.source()).period("2023-24")
            .rule("the high-needs NFF of 2024-25 (floor " + parameters.percentage("highneeds.nff.floor", y24).percent().toPlainString()
                + "%, gains cap " + parameters.percentage("highneeds.nff.gains_cap", y24).percent().toPlainString()
                + "% per head) on the baseline " + base.rule() + ", proxy pot set so the formula before the floor is England's "
                + parameters.money("highneeds.national_total", y24)
                + "; where the LA falls between floor and cap depends on the illustrative proxy counts and historic spend")
            .build()));
        fields.get(i).put("high_needs_allocation", new Value<>(previous, FieldProvenance.illustrative("placeholder")));
        draft.add(row(las.get(i), fields.get(i)));
      }
      ImmutableList<HighNeedsNffInput> inputs25 = draft.stream().map(r -> NffInputs.forYear(r, BASE_YEAR, parameters))
          .collect(ImmutableList.toImmutableList());
      HighNeedsNffResult r25 = allocate(inputs25, BASE_YEAR);
      ImmutableList.Builder<LocalAuthorityInputs> rows = ImmutableList.builder();
      for (int i = 0; i < n; i++) {
        FieldProvenance prev = (FieldProvenance) fields.get(i).get("previous_allocation").provenance;
        fields.get(i).put("high_needs_allocation", new Value<>(r25.allocations().get(i).finalAllocation(), FieldProvenance.builder()
            .provenance(prev.provenance()).source(Publication.DSG_HIGH_NEEDS_BLOCK.source()).period("2023-24")
            .rule("the high-needs NFF of 2025-26 (floor " + parameters.percentage("highneeds.nff.floor", BASE_YEAR).percent().toPlainString()
                + "%, gains cap " + parameters.percentage("highneeds.nff.gains_cap", BASE_YEAR).percent().toPlainString()
                + "% per head, both published) on the 2024-25 allocation less basic entitlement, import/export and hospital education;"
                + " proxy pot set so the formula before the floor is England's " + parameters.money("highneeds.national_total", BASE_YEAR)
                + "; where the LA falls between floor and cap depends on the illustrative proxy counts and historic spend")
            .build()));
        rows.add(row(las.get(i), fields.get(i)));
      }
      return new EnglandPanel(rows.build(), caseloads(fields), r24, r25);
    }

    HighNeedsNffResult allocate(List<HighNeedsNffInput> inputs, FinancialYear year) {
      HighNeedsNffNational national = NffInputs.calibratedNational(inputs, parameters, year,
          parameters.money("highneeds.national_total", year));
      return HighNeedsNff.DEFAULT.allocate(national, inputs, parameters, year);
    }

    HighNeedsNffInput nffInput(LocalAuthority la, Map<String, Value<?>> f, FinancialYear year, Money baseline) {
      long population = (Long) f.get(POPULATION).value;
      return HighNeedsNffInput.builder()
          .localAuthority(la)
          .population2To18(population)
          .putProxyIndicators(ProxyFactor.FREE_SCHOOL_MEALS, (Long) f.get("free_school_meals").value)
          .putProxyIndicators(ProxyFactor.IDACI, (Long) f.get("idaci").value)
          .putProxyIndicators(ProxyFactor.KS2_LOW_ATTAINMENT, (Long) f.get("ks2_low_attainment").value)
          .putProxyIndicators(ProxyFactor.KS4_LOW_ATTAINMENT, (Long) f.get("ks4_low_attainment").value)
          .putProxyIndicators(ProxyFactor.BAD_HEALTH, (Long) f.get("children_in_bad_health").value)
          .putProxyIndicators(ProxyFactor.DISABILITY_LIVING_ALLOWANCE, (Long) f.get("disability_living_allowance").value)
          .specialSchoolPupils((Long) f.get("special_school_pupils").value)
          .historicSpendBaseline((Money) f.get("historic_spend").value)
          .areaCostAdjustment((Rate) f.get("area_cost_adjustment").value)
          .netImportedPupils((Long) f.get("net_imported_pupils").value)
          .putAdditions("hospital education", (Money) f.get("hospital_education").value)
          .floorBaselineYear(year.previous())
          .floorBaseline(baseline)
          .floorBaselinePopulation2To18(population)
          .build();
    }

    LocalAuthorityInputs row(LocalAuthority la, Map<String, Value<?>> f) {
      ImmutableSortedSet.Builder<String> real = ImmutableSortedSet.naturalOrder();
      ImmutableSortedSet.Builder<String> derived = ImmutableSortedSet.naturalOrder();
      ImmutableMap.Builder<String, FieldProvenance> provenance = ImmutableMap.builder();
      Provenance weakest = Provenance.REAL;
      for (String column : DatasetCsv.PANEL_VALUE_COLUMNS) {
        FieldProvenance p = f.get(column).provenance;
        provenance.put(column, p);
        weakest = weakest.and(p.provenance());
        if (p.provenance() == Provenance.REAL) {
          real.add(column);
        } else if (p.provenance() == Provenance.DERIVED) {
          derived.add(column);
        }
      }
      return LocalAuthorityInputs.builder().localAuthority(la).baseYear(BASE_YEAR).provenance(weakest)
          .realFields(real.build()).derivedFields(derived.build()).fieldProvenance(provenance.build())
          .population2To18((Long) f.get(POPULATION).value)
          .freeSchoolMeals((Long) f.get("free_school_meals").value)
          .idaci((Long) f.get("idaci").value)
          .ks2LowAttainment((Long) f.get("ks2_low_attainment").value)
          .ks4LowAttainment((Long) f.get("ks4_low_attainment").value)
          .childrenInBadHealth((Long) f.get("children_in_bad_health").value)
          .disabilityLivingAllowance((Long) f.get("disability_living_allowance").value)
          .specialSchoolPupils((Long) f.get("special_school_pupils").value)
          .historicSpend((Money) f.get("historic_spend").value)
          .areaCostAdjustment((Rate) f.get("area_cost_adjustment").value)
          .netImportedPupils((Long) f.get("net_imported_pupils").value)
          .hospitalEducation((Money) f.get("hospital_education").value)
          .previousAllocation((Money) f.get("previous_allocation").value)
          .highNeedsAllocation((Money) f.get("high_needs_allocation").value)
          .schoolsBlock((Money) f.get("schools_block").value)
          .requestedBlockTransfer((Percentage) f.get("requested_block_transfer_percent").value)
          .otherHighNeedsSpend((Money) f.get("other_high_needs_spend").value)
          .dsgBalance((Money) f.get("dsg_balance").value)
          .build();
    }

    // ---- fields --------------------------------------------------------------------------------

    Optional<BigDecimal> value(Measure m, int code, Period p) {
      return stats.figure(m, Area.la(code), p).value();
    }

    boolean isCumbriaSuccessor(LocalAuthority la) {
      return Reorganisation.CUMBRIA_2023.successors().contains(la.code());
    }

    /** A Cumbria successor's figure of a 2021-22 table, split by its share of the 2023-24 DSG. */
    Figure cumbriaSplit(LocalAuthority la, Measure m, Measure share) {
      Series s = stats.series(la.code(), m, share, DSG_YEAR);
      return s.figure(BENCH_YEAR);
    }

    void population(List<Map<String, Value<?>>> fields) {
      List<Integer> missing = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        LocalAuthority la = las.get(i);
        Optional<BigDecimal> pop = value(Measure.BENCH_POP_2_18_ONS_MID2021_PROJECTION, la.code(), BENCH_YEAR);
        if (pop.isPresent()) {
          fields.get(i).put(POPULATION, new Value<>(wholePeople(pop.get()), FieldProvenance.derived(
              "ONS mid-2021 projection of the population aged 2-18 rounded half up to a whole person",
              Publication.HIGH_NEEDS_BENCHMARKING_2021_22.source(), "2021-22")));
        } else if (isCumbriaSuccessor(la)) {
          Figure f = cumbriaSplit(la, Measure.BENCH_POP_2_18_ONS_MID2021_PROJECTION, Measure.DSG_SCHOOLS_BLOCK_GROSS);
          fields.get(i).put(POPULATION, new Value<>(wholePeople(f.number()), FieldProvenance.derived(
              f.derivation().get() + ", rounded half up", Publication.HIGH_NEEDS_BENCHMARKING_2021_22.source(), "2021-22")));
        } else {
          missing.add(i);
        }
      }
      // City of London and the Isles of Scilly: England's mid-2019 projection less the 149 LAs of the
      // March 2019 sheet, shared by their January 2019 statements and plans.
      BigDecimal england = stats.figure(Measure.HNB2019_ONS_MID2019_POP_2_18_PROJECTION, Area.ENGLAND, Period.financialYear("2019-20")).number();
      BigDecimal listed = stats.localAuthorities(Measure.HNB2019_ONS_MID2019_POP_2_18_PROJECTION, Period.financialYear("2019-20"))
          .values().stream().map(Figure::number).reduce(BigDecimal.ZERO, BigDecimal::add);
      long residual = wholePeople(england.subtract(listed));
      List<BigDecimal> weights = new ArrayList<>();
      for (int i : missing) {
        weights.add(value(Measure.STATEMENTS_AND_EHC_PLANS, las.get(i).code(), Period.january(2019)).orElse(BigDecimal.ONE));
      }
      long[] parts = shareCounts(residual, weights);
      for (int k = 0; k < missing.size(); k++) {
        fields.get(missing.get(k)).put(POPULATION, new Value<>(Math.max(1, parts[k]), FieldProvenance.derived(
            "England's mid-2019 projection of the population aged 2-18 less the LAs listed in the March 2019 high-needs sheet ("
                + residual + "), shared by January 2019 statements and EHC plans",
            Publication.DSG_2019_20_MARCH_2019.source(), "2019-20")));
      }
    }

    void proxies(List<Map<String, Value<?>>> fields) {
      List<BigDecimal> weights = new ArrayList<>();
      for (Map<String, Value<?>> f : fields) {
        weights.add(BigDecimal.valueOf((Long) f.get(POPULATION).value));
      }
      String[] columns = {"free_school_meals", "idaci", "ks2_low_attainment", "ks4_low_attainment", "children_in_bad_health", "disability_living_allowance"};
      ProxyFactor[] factors = {ProxyFactor.FREE_SCHOOL_MEALS, ProxyFactor.IDACI, ProxyFactor.KS2_LOW_ATTAINMENT,
          ProxyFactor.KS4_LOW_ATTAINMENT, ProxyFactor.BAD_HEALTH, ProxyFactor.DISABILITY_LIVING_ALLOWANCE};
      for (int c = 0; c < columns.length; c++) {
        long total = PROXY_TOTALS.get(factors[c]);
        long[] parts = shareCounts(total, weights);
        for (int i = 0; i < n; i++) {
          fields.get(i).put(columns[c], new Value<>(parts[i], FieldProvenance.illustrative(
              "England's illustrative total (" + total + ") shared by the LA's population aged 2-18 (largest remainder); "
                  + "no per-LA figure is published with these tables")));
        }
      }
    }

    void historicSpend(List<Map<String, Value<?>>> fields) {
      List<BigDecimal> weights = new ArrayList<>();
      Period p = Period.financialYear("2019-20");
      for (int i = 0; i < n; i++) {
        LocalAuthority la = las.get(i);
        Optional<BigDecimal> w = value(Measure.HNB2019_HN_NFF_EXCL_BASIC_ENT_AND_IMPORT_EXPORT, la.code(), p);
        if (w.isEmpty() && Reorganisation.creating(la.code()).isPresent() && Reorganisation.creating(la.code()).get() != Reorganisation.DORSET_2019) {
          w = stats.series(la.code(), Measure.HNB2019_HN_NFF_EXCL_BASIC_ENT_AND_IMPORT_EXPORT, Measure.DSG_HIGH_NEEDS_BLOCK_GROSS, DSG_YEAR).value(p);
        }
        if (w.isEmpty()) {
          // City of London, Isles of Scilly: by population against England's formula per head.
          w = Optional.of(BigDecimal.valueOf((Long) fields.get(i).get(POPULATION).value).movePointLeft(6).multiply(new BigDecimal("0.5")));
        }
        weights.add(w.get());
      }
      ImmutableList<Money> parts = Allocation.largestRemainder(HISTORIC_SPEND_TOTAL, weights);
      for (int i = 0; i < n; i++) {
        fields.get(i).put("historic_spend", new Value<>(parts.get(i), FieldProvenance.illustrative(
            "England's illustrative 2017-18 planned spend (£2.95bn) shared by the LA's real 2019-20 high-needs formula before basic"
                + " entitlement and import/export (March 2019 tables; successors of 2021 and 2023 by their 2023-24 high-needs block)")));
      }
    }

    Value<Long> specialSchoolPupils(LocalAuthority la) {
      Optional<BigDecimal> c = value(Measure.HNB_PUPILS_IN_SPECIAL_SCHOOLS, la.code(), DSG_YEAR);
      SourceReference src = Publication.DSG_HIGH_NEEDS_BLOCK.source();
      if (c.isPresent()) {
        long whole = c.get().setScale(0, RoundingMode.HALF_UP).longValueExact();
        if (c.get().compareTo(BigDecimal.valueOf(whole)) == 0) {
          return new Value<>(whole, FieldProvenance.real(src, "2023-24"));
        }
        return new Value<>(whole, FieldProvenance.derived("element C (" + c.get().toPlainString()
            + ") rounded half up to a whole pupil", src, "2023-24"));
      }
      long special = value(Measure.SPECIAL_LA_MAINTAINED, la.code(), JANUARY_2024).orElse(BigDecimal.ZERO)
          .add(value(Measure.SPECIAL_ACADEMY_FREE, la.code(), JANUARY_2024).orElse(BigDecimal.ZERO)).longValueExact();
      return new Value<>(special, FieldProvenance.derived("EHC plans in maintained special schools and special academies (SEN2)",
          Publication.EHCP_2025.source(), "January 2024"));
    }

    Value<Rate> aca(LocalAuthority la) {
      Optional<BigDecimal> b = value(Measure.HNB_BASIC_ENTITLEMENT_ACA_UNIT_RATE, la.code(), DSG_YEAR);
      if (b.isPresent()) {
        return new Value<>(areaCostAdjustment(b.get()), FieldProvenance.derived(
            "element B, the ACA-weighted basic entitlement unit rate (£" + b.get().toPlainString() + "), ÷ £4,660, 6 decimals half up",
            Publication.DSG_HIGH_NEEDS_BLOCK.source(), "2023-24"));
      }
      // Not in the tables: the mean ACA of the region's LAs that are.
      BigDecimal sum = BigDecimal.ZERO;
      int count = 0;
      for (LocalAuthority other : las) {
        if (other.region() == la.region()) {
          Optional<BigDecimal> ob = value(Measure.HNB_BASIC_ENTITLEMENT_ACA_UNIT_RATE, other.code(), DSG_YEAR);
          if (ob.isPresent()) {
            sum = sum.add(areaCostAdjustment(ob.get()).value());
            count++;
          }
        }
      }
      return new Value<>(Rate.of(sum.divide(BigDecimal.valueOf(count), 6, RoundingMode.HALF_UP)), FieldProvenance.illustrative(
          "mean derived ACA of the other LAs in " + la.region().displayName() + " (not in the DSG tables)"));
    }

    Value<Long> netImported(LocalAuthority la) {
      Optional<BigDecimal> d = value(Measure.HNB_IMPORT_EXPORT_ADJUSTMENT, la.code(), DSG_YEAR);
      if (d.isPresent()) {
        return new Value<>(netImportedPupils(d.get()), FieldProvenance.derived(
            "element D, the import/export adjustment (£" + d.get().toPlainString() + "), ÷ £6,000, to a whole pupil half up",
            Publication.DSG_HIGH_NEEDS_BLOCK.source(), "2023-24"));
      }
      return new Value<>(0L, FieldProvenance.illustrative("not in the DSG tables; none assumed"));
    }

    Value<Money> hospital(LocalAuthority la) {
      Optional<BigDecimal> e = value(Measure.HNB_SPECIAL_FREE_SCHOOLS_ADDITIONAL, la.code(), DSG_YEAR);
      Optional<BigDecimal> f = value(Measure.HNB_HOSPITAL_AP_PAY_PENSION_SUPPLEMENTARY, la.code(), DSG_YEAR);
      if (e.isPresent() || f.isPresent()) {
        BigDecimal sum = e.orElse(BigDecimal.ZERO).add(f.orElse(BigDecimal.ZERO));
        return new Value<>(Money.ofPounds(sum, RoundingRule.HALF_UP_TO_PENNY), FieldProvenance.derived(
            "elements E (special free schools) + F (hospital education, AP teachers' pay and pension, supplementary), paid after the floor and cap",
            Publication.DSG_HIGH_NEEDS_BLOCK.source(), "2023-24"));
      }
      return new Value<>(Money.ZERO, FieldProvenance.illustrative("not in the DSG tables; none assumed"));
    }

    Value<Money> schoolsBlock(LocalAuthority la, Map<String, Value<?>> f) {
      Optional<BigDecimal> s = value(Measure.DSG_SCHOOLS_BLOCK_GROSS, la.code(), DSG_YEAR);
      if (s.isPresent()) {
        return new Value<>(Money.ofPounds(s.get(), RoundingRule.HALF_UP_TO_PENNY),
            FieldProvenance.real(Publication.DSG_ALLOCATIONS.source(), "2023-24"));
      }
      BigDecimal perHead = englandPerHead(Measure.DSG_SCHOOLS_BLOCK_GROSS);
      return new Value<>(Money.ofPounds(perHead.multiply(BigDecimal.valueOf((Long) f.get(POPULATION).value)), RoundingRule.HALF_UP_TO_PENNY),
          FieldProvenance.illustrative("not in the DSG tables: England's 2023-24 schools block per head of population 2-18 × the LA's population"));
    }

    /** England's 2023-24 figure per head of the population 2-18 of the LAs that have both. */
    BigDecimal englandPerHead(Measure m) {
      BigDecimal total = BigDecimal.ZERO;
      BigDecimal people = BigDecimal.ZERO;
      for (LocalAuthority la : las) {
        Optional<BigDecimal> v = value(m, la.code(), DSG_YEAR);
        Optional<BigDecimal> pop = value(Measure.BENCH_POP_2_18_ONS_MID2021_PROJECTION, la.code(), BENCH_YEAR);
        if (v.isPresent() && pop.isPresent()) {
          total = total.add(v.get());
          people = people.add(pop.get());
        }
      }
      return total.divide(people, 10, RoundingMode.HALF_UP);
    }

    Value<Percentage> transfer(LocalAuthority la) {
      String real = REAL_TRANSFERS.get(la.code());
      if (real != null) {
        return new Value<>(Percentage.of(real), FieldProvenance.real(TRANSFER_SOURCE, "2025-26"));
      }
      return new Value<>(Percentage.of("0"), FieldProvenance.illustrative("no published request found; none assumed"));
    }

    Value<Money> otherSpend(LocalAuthority la, Map<String, Value<?>> f) {
      Measure[] lines = {Measure.BENCH_SEN_SUPPORT_INCLUSION_SERVICES, Measure.BENCH_ALTERNATIVE_PROVISION_SERVICES,
          Measure.BENCH_HOSPITAL_EDUCATION_SERVICES, Measure.BENCH_THERAPIES_HEALTH_SERVICES};
      String rule = "s251 high-needs budget lines: SEN support and inclusion services + alternative provision services + hospital education services + therapies and other health services";
      BigDecimal sum = BigDecimal.ZERO;
      boolean found = false;
      String derivation = "";
      for (Measure m : lines) {
        Optional<BigDecimal> v = value(m, la.code(), BENCH_YEAR);
        if (v.isEmpty() && isCumbriaSuccessor(la)) {
          Figure split = cumbriaSplit(la, m, Measure.DSG_HIGH_NEEDS_BLOCK_GROSS);
          v = split.value();
          derivation = "; Cumbria's lines split by the successors' shares of the 2023-24 high-needs block";
        }
        if (v.isPresent()) {
          found = true;
          sum = sum.add(v.get());
        }
      }
      if (found) {
        return new Value<>(Money.ofPounds(sum.max(BigDecimal.ZERO), RoundingRule.HALF_UP_TO_PENNY), FieldProvenance.derived(
            rule + derivation, Publication.HIGH_NEEDS_BENCHMARKING_2021_22.source(), "2021-22"));
      }
      return new Value<>(Money.ZERO, FieldProvenance.illustrative("not in the benchmarking extract; none assumed"));
    }

    /** The 2023-24 floor baseline: elements A + H (H, the additional allocation, is part of what the 2024-25 floor protects). */
    Value<Money> baseline2023(LocalAuthority la, Map<String, Value<?>> f) {
      Optional<BigDecimal> a = value(Measure.HNB_FORMULA_ELEMENTS_A, la.code(), DSG_YEAR);
      Optional<BigDecimal> h = value(Measure.HNB_ADDITIONAL_HN_ALLOCATION, la.code(), DSG_YEAR);
      if (a.isPresent()) {
        return new Value<>(Money.ofPounds(a.get().add(h.orElse(BigDecimal.ZERO)), RoundingRule.HALF_UP_TO_PENNY), FieldProvenance.derived(
            "the real 2023-24 high-needs block elements A (formula after floor and cap) + H (additional allocation)",
            Publication.DSG_HIGH_NEEDS_BLOCK.source(), "2023-24"));
      }
      BigDecimal perHead = englandPerHead(Measure.HNB_FORMULA_ELEMENTS_A).add(englandPerHead(Measure.HNB_ADDITIONAL_HN_ALLOCATION));
      return new Value<>(Money.ofPounds(perHead.multiply(BigDecimal.valueOf((Long) f.get(POPULATION).value)), RoundingRule.HALF_UP_TO_PENNY),
          FieldProvenance.illustrative("England's 2023-24 elements A + H per head of population 2-18 × the LA's population (not in the DSG tables)"));
    }

    void balances(List<Map<String, Value<?>>> fields) {
      Period p = Period.financialYear("2021-22");
      List<Money> march2022 = new ArrayList<>();
      List<String> how = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        LocalAuthority la = las.get(i);
        int code = la.code();
        Optional<BigDecimal> pct = value(Measure.BALANCE_PCT_OF_INCOME, code, p);
        Optional<BigDecimal> income = value(Measure.DSG_TOTAL_NET, code, p);
        if (pct.isPresent() && income.isPresent()) {
          Money m = balanceFromShare(pct.get(), income.get());
          march2022.add(m);
          how.add(pct.get().toPlainString() + "% of 2021-22 DSG after recoupment £" + income.get().toPlainString() + " = " + m);
        } else if (isCumbriaSuccessor(la)) {
          Money cumbria = balanceFromShare(value(Measure.BALANCE_PCT_OF_INCOME, 909, p).get(), value(Measure.DSG_TOTAL_NET, 909, p).get());
          BigDecimal mine = value(Measure.DSG_TOTAL_NET, code, DSG_YEAR).get();
          BigDecimal both = value(Measure.DSG_TOTAL_NET, 942, DSG_YEAR).get().add(value(Measure.DSG_TOTAL_NET, 943, DSG_YEAR).get());
          ImmutableList<Money> parts = Allocation.largestRemainder(cumbria, List.of(value(Measure.DSG_TOTAL_NET, 942, DSG_YEAR).get(),
              value(Measure.DSG_TOTAL_NET, 943, DSG_YEAR).get()));
          Money m = code == 942 ? parts.get(0) : parts.get(1);
          march2022.add(m);
          how.add("Cumbria's " + cumbria + " split by the successors' 2023-24 DSG (" + mine + " of " + both + ") = " + m);
        } else {
          march2022.add(Money.ZERO);
          how.add("no published balance; none assumed");
        }
      }
      // Scale deficits so that England's deficits at 31 March 2026 are the cited figure.
      Money target = Money.ofPounds(nationalSeries.figure("dsg_cumulative_deficit", "2026-03-31").value(), RoundingRule.HALF_UP_TO_PENNY);
      Money deficits = Money.ZERO;
      for (Money m : march2022) {
        if (m.isNegative()) {
          deficits = deficits.plus(m.negated());
        }
      }
      List<BigDecimal> weights = new ArrayList<>();
      for (Money m : march2022) {
        weights.add(m.isNegative() ? BigDecimal.valueOf(m.negated().pence()) : BigDecimal.ZERO);
      }
      ImmutableList<Money> scaled = Allocation.largestRemainder(target, weights);
      for (int i = 0; i < n; i++) {
        Money m = march2022.get(i);
        Money balance = m.isNegative() ? scaled.get(i).negated() : m;
        fields.get(i).put("dsg_balance", new Value<>(balance, FieldProvenance.illustrative(
            "the real balance at 31 March 2022 (" + how.get(i) + ")" + (m.isNegative()
                ? ", scaled with every deficit so England's deficits at 31 March 2026 are the cited " + target + " (from " + deficits + ")"
                : ", carried unchanged")
                + "; no per-LA balance after March 2022 is published with these tables")));
      }
    }

    ImmutableList<SettingCaseload> caseloads(List<Map<String, Value<?>>> fields) {
      ImmutableList.Builder<SettingCaseload> out = ImmutableList.builder();
      for (int i = 0; i < n; i++) {
        out.add(caseload(las.get(i), (Rate) fields.get(i).get("area_cost_adjustment").value));
      }
      return out.build();
    }

    SettingCaseload caseload(LocalAuthority la, Rate aca) {
      int code = la.code();
      SourceReference sen2 = Publication.EHCP_2025.source();
      long total = value(Measure.EHC_PLANS, code, JANUARY_2025).get().longValueExact();
      Measure[] placement = {Measure.MAINSTREAM_TOTAL, Measure.SPECIAL_LA_MAINTAINED, Measure.SPECIAL_ACADEMY_FREE,
          Measure.SPECIAL_NON_MAINTAINED, Measure.SPECIAL_INDEPENDENT, Measure.AP_PRU_TOTAL, Measure.FE_TOTAL,
          Measure.NM_EARLY_YEARS, Measure.ED_ELSEWHERE, Measure.NEET, Measure.PLACEMENT_UNKNOWN};
      Map<Measure, Long> counts = new EnumMap<>(Measure.class);
      String how;
      Provenance kind;
      Period year = JANUARY_2025;
      while (!value(Measure.MAINSTREAM_TOTAL, code, year).isPresent() && year.year() > 2019) {
        year = year.previous();
      }
      if (year.equals(JANUARY_2025)) {
        for (Measure m : placement) {
          counts.put(m, value(m, code, year).get().longValueExact());
        }
        how = "as published";
        kind = Provenance.REAL;
      } else {
        // Placements not reported in January 2025 ("x"): the total shared by the latest year's placements.
        List<BigDecimal> weights = new ArrayList<>();
        Measure[] exclusive = {Measure.MAINSTREAM_TOTAL, Measure.SPECIAL_LA_MAINTAINED, Measure.SPECIAL_ACADEMY_FREE,
            Measure.SPECIAL_NON_MAINTAINED, Measure.SPECIAL_INDEPENDENT, Measure.AP_PRU_TOTAL, Measure.FE_TOTAL,
            Measure.NM_EARLY_YEARS, Measure.ED_ELSEWHERE, Measure.PLACEMENT_UNKNOWN};
        for (Measure m : exclusive) {
          weights.add(value(m, code, year).orElse(BigDecimal.ZERO));
        }
        long[] parts = shareCounts(total, weights);
        for (int k = 0; k < exclusive.length; k++) {
          counts.put(exclusive[k], parts[k]);
        }
        BigDecimal elsewhere = value(Measure.ED_ELSEWHERE, code, year).orElse(BigDecimal.ZERO);
        BigDecimal neet = value(Measure.NEET, code, year).orElse(BigDecimal.ZERO);
        long neetNow = elsewhere.signum() == 0 ? 0
            : neet.multiply(BigDecimal.valueOf(counts.get(Measure.ED_ELSEWHERE))).divide(elsewhere, 0, RoundingMode.HALF_UP).longValueExact();
        counts.put(Measure.NEET, neetNow);
        how = "January 2025 placements not reported (x): the LA's " + total + " plans shared by its " + year + " placements";
        kind = Provenance.DERIVED;
      }
      FieldProvenance placed = kind == Provenance.REAL ? FieldProvenance.real(sen2, "January 2025")
          : FieldProvenance.derived(how, sen2, year.toString());
      // Mainstream: resourced provision by the LA's 2021-22 benchmarking share; the rest maintained or academy (illustrative).
      long mainstream = counts.get(Measure.MAINSTREAM_TOTAL);
      BigDecimal rpShare = resourcedShare(code);
      long rp = BigDecimal.valueOf(mainstream).multiply(rpShare).setScale(0, RoundingMode.HALF_UP).longValueExact();
      long[] ma = shareCounts(mainstream - rp, List.of(BigDecimal.ONE.subtract(ACADEMY_SHARE_OF_MAINSTREAM), ACADEMY_SHARE_OF_MAINSTREAM));
      SettingCaseload.Builder b = SettingCaseload.builder().localAuthority(la).baseYear(BASE_YEAR).provenance(Provenance.ILLUSTRATIVE);
      Map<String, FieldProvenance> prov = new LinkedHashMap<>();
      put(b, prov, SettingType.MAINSTREAM_MAINTAINED, ma[0], FieldProvenance.illustrative(
          "SEN2 mainstream plans (" + mainstream + ", " + placed.provenance().code() + ") less resourced provision, 45% maintained"), aca);
      put(b, prov, SettingType.MAINSTREAM_ACADEMY, ma[1], FieldProvenance.illustrative(
          "SEN2 mainstream plans (" + mainstream + ", " + placed.provenance().code() + ") less resourced provision, 55% academies"), aca);
      put(b, prov, SettingType.RESOURCED_PROVISION, rp, FieldProvenance.derived(
          "SEN2 mainstream plans × the LA's 2021-22 share of mainstream placements in resourced provision or SEN units ("
              + rpShare.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%, high needs benchmarking)", sen2, year.toString()), aca);
      put(b, prov, SettingType.MAINTAINED_SPECIAL, counts.get(Measure.SPECIAL_LA_MAINTAINED), placed, aca);
      put(b, prov, SettingType.ACADEMY_SPECIAL, counts.get(Measure.SPECIAL_ACADEMY_FREE), placed, aca);
      put(b, prov, SettingType.NON_MAINTAINED_SPECIAL, counts.get(Measure.SPECIAL_NON_MAINTAINED), placed, aca);
      put(b, prov, SettingType.INDEPENDENT_SPECIAL, counts.get(Measure.SPECIAL_INDEPENDENT), placed, aca);
      put(b, prov, SettingType.ALTERNATIVE_PROVISION, counts.get(Measure.AP_PRU_TOTAL), placed, aca);
      put(b, prov, SettingType.POST_16_FE, counts.get(Measure.FE_TOTAL), placed, aca);
      put(b, prov, SettingType.EARLY_YEARS, counts.get(Measure.NM_EARLY_YEARS), placed, aca);
      long neet = counts.get(Measure.NEET);
      long elsewhere = counts.get(Measure.ED_ELSEWHERE) - neet;
      Preconditions.checkState(elsewhere >= 0, "EnglandPanel: %s has more NEET (%s) than educated elsewhere", la, neet);
      b.putOtherPlacements(OtherPlacement.EDUCATED_ELSEWHERE, elsewhere)
          .putOtherPlacements(OtherPlacement.NEET, neet)
          .putOtherPlacements(OtherPlacement.PLACEMENT_UNKNOWN, counts.get(Measure.PLACEMENT_UNKNOWN));
      prov.put("pupils." + OtherPlacement.EDUCATED_ELSEWHERE, FieldProvenance.derived(
          "SEN2 educated elsewhere less NEET, which it includes", sen2, year.toString()));
      prov.put("pupils." + OtherPlacement.NEET, placed);
      prov.put("pupils." + OtherPlacement.PLACEMENT_UNKNOWN, placed);
      SettingCaseload c = b.fieldProvenance(prov).build();
      Preconditions.checkState(c.totalPupils() == total, "EnglandPanel: %s caseload %s differs from its %s plans", la, c.totalPupils(), total);
      return c;
    }

    void put(SettingCaseload.Builder b, Map<String, FieldProvenance> prov, SettingType type, long pupils, FieldProvenance p, Rate aca) {
      Money cost = Money.ofPounds(UNIT_COST_POUNDS.get(type)).times(aca, RoundingRule.HALF_UP_TO_PENNY);
      b.putPupils(type, pupils).putUnitCosts(type, cost);
      prov.put("pupils." + type, p);
      prov.put("unit_cost." + type, FieldProvenance.illustrative("England's cost of a place (£" + UNIT_COST_POUNDS.get(type)
          + (type == SettingType.INDEPENDENT_SPECIAL || type == SettingType.NON_MAINTAINED_SPECIAL ? ", PQ 100030" : ", illustrative")
          + ") × the LA's ACA"));
    }

    BigDecimal resourcedShare(int code) {
      Optional<BigDecimal> rp = value(Measure.BENCH_PLACED_RESOURCED_PROVISION_SEN_UNIT, code, BENCH_YEAR);
      Optional<BigDecimal> ms = value(Measure.BENCH_PLACED_MAINSTREAM, code, BENCH_YEAR);
      if (rp.isEmpty() && Reorganisation.CUMBRIA_2023.successors().contains(code)) {
        rp = value(Measure.BENCH_PLACED_RESOURCED_PROVISION_SEN_UNIT, 909, BENCH_YEAR);
        ms = value(Measure.BENCH_PLACED_MAINSTREAM, 909, BENCH_YEAR);
      }
      if (rp.isPresent() && ms.isPresent() && rp.get().add(ms.get()).signum() > 0) {
        return rp.get().divide(rp.get().add(ms.get()), 6, RoundingMode.HALF_UP);
      }
      BigDecimal r = BigDecimal.ZERO;
      BigDecimal m = BigDecimal.ZERO;
      for (Figure f : stats.localAuthorities(Measure.BENCH_PLACED_RESOURCED_PROVISION_SEN_UNIT, BENCH_YEAR).values()) {
        r = r.add(f.value().orElse(BigDecimal.ZERO));
      }
      for (Figure f : stats.localAuthorities(Measure.BENCH_PLACED_MAINSTREAM, BENCH_YEAR).values()) {
        m = m.add(f.value().orElse(BigDecimal.ZERO));
      }
      return r.divide(r.add(m), 6, RoundingMode.HALF_UP);
    }
  }
}
