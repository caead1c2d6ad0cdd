package org.sendfunding.funding.scenario;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.sendfunding.funding.certainty.GuaranteeBasis;
import org.sendfunding.funding.certainty.SettlementEngine;
import org.sendfunding.funding.certainty.SettlementKind;
import org.sendfunding.funding.certainty.SettlementPolicy;
import org.sendfunding.funding.consistency.NationalBanding;
import org.sendfunding.funding.dataset.SettingCaseload;
import org.sendfunding.funding.dataset.CaseloadProjection;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.dataset.LocalAuthorityInputs;
import org.sendfunding.funding.deficit.StatutoryOverride;
import org.sendfunding.funding.deficit.WriteOffKind;
import org.sendfunding.funding.deficit.WriteOffPolicy;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.deficit.InstalmentStatus;
import org.sendfunding.model.deficit.SafetyValveAgreement;
import org.sendfunding.model.deficit.SafetyValveInstalment;
import org.sendfunding.model.money.CheckedPence;
import org.sendfunding.model.money.MoneyOverflowException;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * A scenario reduced to arrays of pence, counts and rates in millionths, ready for the projection loop.
 *
 * <p>Compiling reads every parameter and assumption once; {@link #project()} then runs without
 * looking anything up, so the explained results ({@link ScenarioResult}) and any fast sweep share
 * one loop and give identical figures:
 *
 * <pre>{@code
 * CompiledScenario c = CompiledScenario.compile(scenario);
 * Projection p = c.project();   // the figures ScenarioResult wraps
 * }</pre>
 *
 * <p>This class is immutable and thread-safe (its arrays are never exposed).
 */
public final class CompiledScenario {

  static final SettingType[] SETTINGS = SettingType.values();
  static final long ONE = SettlementEngine.ONE;
  /** Figure names for overflow messages, one per setting type (built once, not per operation). */
  private static final String[] UNIT_COST = names("unit cost (local) of ");
  private static final String[] NATIONAL_TARIFF = names("unit cost (national tariff) of ");
  private static final String[] PLACEMENT = names("placement spend on ");

  private static String[] names(String prefix) {
    String[] names = new String[SETTINGS.length];
    for (int s = 0; s < names.length; s++) {
      names[s] = prefix + SETTINGS[s].displayName();
    }
    return names;
  }

  final ImmutableList<FinancialYear> years;
  final ImmutableList<LocalAuthority> authorities;
  final SettlementPolicy settlement;
  final WriteOffPolicy writeOff;
  final long[] uplift;
  final long[] floor;
  final long[] cap;
  final long[] inflation;
  final long[] transferLimit;
  final boolean[] ringFenced;
  final boolean[] nationalBanding;
  final long[][] shocks;
  final long[] baseAllocation;
  final long[][] population;
  final long[][][] pupils;
  final long[][] localCost;
  final long[][] nationalCost;
  final long[] otherSpend;
  final long[] schoolsBlock;
  final long[] requestedTransfer;
  final long[][] safetyValve;
  final long[] openingBalance;
  final boolean[] reformPlan;
  final long[][] basePupils;
  final boolean[][] projectedYear;
  final int accrualIndex;
  final int paidIndex;

  private CompiledScenario(Scenario scenario) {
    FundingDataset data = scenario.dataset();
    ParameterSet params = scenario.parameters();
    Assumptions a = scenario.assumptions();
    FinancialYear first = scenario.firstYear();
    ImmutableList.Builder<FinancialYear> yb = ImmutableList.builder();
    for (int t = 0; t < a.years(); t++) {
      yb.add(first.plusYears(t));
    }
    years = yb.build();
    int y = years.size();
    int n = data.panel().size();
    authorities = data.panel().stream().map(LocalAuthorityInputs::localAuthority).collect(ImmutableList.toImmutableList());
    settlement = SettlementPolicy.from(params, first);
    writeOff = WriteOffPolicy.from(params, first);
    long infl = SettlementEngine.millionths(a.inflation());
    long growth = SettlementEngine.millionths(a.caseloadGrowth());
    long popGrowth = SettlementEngine.millionths(a.populationGrowth());
    long volatility = SettlementEngine.millionths(a.allocationVolatility());
    uplift = new long[y];
    floor = new long[y];
    cap = new long[y];
    inflation = new long[y];
    transferLimit = new long[y];
    ringFenced = new boolean[y];
    nationalBanding = new boolean[y];
    for (int t = 0; t < y; t++) {
      FinancialYear fy = years.get(t);
      uplift[t] = SettlementEngine.millionths(params.percentage(ScenarioEngine.UPLIFT, fy));
      floor[t] = SettlementEngine.millionths(params.percentage(ScenarioEngine.FLOOR, fy));
      cap[t] = SettlementEngine.millionths(params.percentage(ScenarioEngine.CAP, fy));
      inflation[t] = infl;
      transferLimit[t] = SettlementEngine.millionths(params.percentage(ScenarioEngine.TRANSFER_LIMIT, fy));
      ringFenced[t] = StatutoryOverride.DEFAULT.ringFenced(params, fy);
      nationalBanding[t] = NationalBanding.DEFAULT.isNational(params, fy);
    }
    // An LA's own data change moves its allocation only in formula years: a rollover year repays
    // last year's allocation. Draws are made every year so the sequence does not depend on the rule.
    SplittableRandom rnd = new SplittableRandom(a.seed());
    shocks = new long[n][y];
    for (int t = 0; t < y; t++) {
      boolean formula = params.rule(ScenarioEngine.ALLOCATION_METHOD, years.get(t)).equals("nff");
      for (int i = 0; i < n; i++) {
        long draw = Math.round((2.0 * rnd.nextDouble() - 1.0) * volatility);
        shocks[i][t] = formula ? draw : 0;
      }
    }
    baseAllocation = new long[n];
    population = new long[n][y + 1];
    pupils = new long[n][y][SETTINGS.length];
    basePupils = new long[n][SETTINGS.length];
    projectedYear = new boolean[n][y];
    localCost = new long[n][SETTINGS.length];
    nationalCost = new long[n][SETTINGS.length];
    otherSpend = new long[n];
    schoolsBlock = new long[n];
    requestedTransfer = new long[n];
    safetyValve = new long[n][y];
    openingBalance = new long[n];
    reformPlan = new boolean[n];
    for (int i = 0; i < n; i++) {
      LocalAuthorityInputs r = data.panel().get(i);
      int code = r.localAuthority().code();
      SettingCaseload c = data.caseload(code);
      baseAllocation[i] = r.highNeedsAllocation().pence();
      population[i][0] = r.population2To18();
      for (int t = 0; t < y; t++) {
        population[i][t + 1] = SettlementEngine.timesMillionths(population[i][t], ONE + popGrowth);
      }
      CaseloadProjection projection = a.caseloadProjections().get(code);
      for (int t = 0; t < y; t++) {
        projectedYear[i][t] = projection != null && projection.covers(years.get(t));
      }
      for (int s = 0; s < SETTINGS.length; s++) {
        basePupils[i][s] = c.pupils(SETTINGS[s]);
        for (int t = 0; t < y; t++) {
          if (projectedYear[i][t]) {
            pupils[i][t][s] = projection.pupils(years.get(t), SETTINGS[s]);
          }
        }
        localCost[i][s] = c.unitCosts().containsKey(SETTINGS[s]) ? c.unitCosts().get(SETTINGS[s]).pence() : 0;
        nationalCost[i][s] = NationalBanding.DEFAULT.tariff(params, first, SETTINGS[s], r.areaCostAdjustment()).pence();
      }
      otherSpend[i] = r.otherHighNeedsSpend().pence();
      schoolsBlock[i] = r.schoolsBlock().pence();
      requestedTransfer[i] = SettlementEngine.millionths(r.requestedBlockTransfer());
      openingBalance[i] = r.dsgBalance().pence();
      reformPlan[i] = !a.withoutReformPlan().contains(code);
      if (a.safetyValveConditionsMet()) {
        for (SafetyValveAgreement sv : data.safetyValve(code).map(java.util.List::of).orElse(java.util.List.of())) {
          for (SafetyValveInstalment inst : sv.instalments()) {
            int t = years.indexOf(inst.dueYear());
            if (t >= 0 && inst.status() != InstalmentStatus.WITHHELD) {
              safetyValve[i][t] = CheckedPence.add(safetyValve[i][t], inst.amount().pence(), Measure.SAFETY_VALVE,
                  r.localAuthority(), years.get(t));
            }
          }
        }
      }
    }
    growPupils(basePupils, projectedYear, pupils, growth);
    LocalDate accrued = writeOff.accruedTo();
    FinancialYear base = first.previous();
    int accrual = -2;
    if (accrued.equals(base.end())) {
      accrual = -1;
    } else {
      for (int t = 0; t < y; t++) {
        if (years.get(t).end().equals(accrued)) {
          accrual = t;
        }
      }
    }
    accrualIndex = accrual;
    paidIndex = paidIndex(writeOff, years, accrual);
  }

  /** Grows base pupils year by year, keeping the years a demand projection gave. */
  private void growPupils(long[][] base, boolean[][] projected, long[][][] out, long growth) {
    for (int i = 0; i < base.length; i++) {
      for (int s = 0; s < base[i].length; s++) {
        long count = base[i][s];
        for (int t = 0; t < out[i].length; t++) {
          count = projected[i][t] ? out[i][t][s] : SettlementEngine.countTimesMillionths(count, ONE + growth,
              Measure.EHCP_PUPILS, authorities.get(i), years.get(t));
          out[i][t][s] = count;
        }
      }
    }
  }

  static int paidIndex(WriteOffPolicy writeOff, ImmutableList<FinancialYear> years, int accrual) {
    int paid = years.indexOf(writeOff.paidIn());
    if (writeOff.kind() == WriteOffKind.NONE || accrual == -2 || paid < 0 || paid <= accrual) {
      return -1;
    }
    return paid;
  }

  private CompiledScenario(CompiledScenario base, ScenarioVariant v) {
    years = base.years;
    authorities = base.authorities;
    settlement = base.settlement;
    writeOff = WriteOffPolicy.builder().kind(v.writeOffShareMillionths() == 0 ? WriteOffKind.NONE : WriteOffKind.COVER_ACCRUED)
        .shareMillionths(v.writeOffShareMillionths()).accruedTo(base.writeOff.accruedTo()).paidIn(base.writeOff.paidIn())
        .requiresReformPlan(v.writeOffShareMillionths() != 0 && base.writeOff.requiresReformPlan()).build();
    int y = years.size();
    uplift = base.uplift;
    floor = filled(y, v.floorMillionths());
    cap = filled(y, v.capMillionths());
    inflation = filled(y, v.inflationMillionths());
    transferLimit = filled(y, v.transferLimitMillionths());
    ringFenced = base.ringFenced;
    nationalBanding = base.nationalBanding;
    shocks = base.shocks;
    baseAllocation = base.baseAllocation;
    population = base.population;
    basePupils = base.basePupils;
    projectedYear = base.projectedYear;
    pupils = new long[base.pupils.length][y][SETTINGS.length];
    for (int i = 0; i < pupils.length; i++) {
      for (int t = 0; t < y; t++) {
        if (projectedYear[i][t]) {
          System.arraycopy(base.pupils[i][t], 0, pupils[i][t], 0, SETTINGS.length);
        }
      }
    }
    growPupils(basePupils, projectedYear, pupils, v.caseloadGrowthMillionths());
    localCost = base.localCost;
    nationalCost = base.nationalCost;
    otherSpend = base.otherSpend;
    schoolsBlock = base.schoolsBlock;
    requestedTransfer = base.requestedTransfer;
    safetyValve = base.safetyValve;
    openingBalance = base.openingBalance;
    reformPlan = base.reformPlan;
    accrualIndex = base.accrualIndex;
    paidIndex = paidIndex(writeOff, years, accrualIndex);
  }

  private static long[] filled(int n, long value) {
    long[] a = new long[n];
    java.util.Arrays.fill(a, value);
    return a;
  }

  /**
   * This scenario with the sweep levers replaced (held for every year), everything else unchanged:
   * the fast path for policy sweeps, giving exactly the figures of the equivalent {@link Scenario}.
   *
   * @param variant the levers
   * @return the varied scenario, ready to {@link #project()}
   */
  public CompiledScenario withVariant(ScenarioVariant variant) {
    return new CompiledScenario(this, variant);
  }

  /**
   * Compiles a scenario.
   *
   * @param scenario the scenario, whose overlays have been validated
   * @return the compiled form
   */
  public static CompiledScenario compile(Scenario scenario) {
    return new CompiledScenario(scenario);
  }

  /** The projected years. */
  public ImmutableList<FinancialYear> years() {
    return years;
  }

  /** The LAs, in dataset order. */
  public ImmutableList<LocalAuthority> authorities() {
    return authorities;
  }

  /** Runs the projection loop. */
  public Projection project() {
    int n = authorities.size();
    int y = years.size();
    Projection p = new Projection(n, y, SETTINGS.length);
    long[] alloc = new long[y];
    long[] indic = new long[y];
    long[] guar = new long[y];
    long[] local = new long[SETTINGS.length];
    long[] national = new long[SETTINGS.length];
    boolean multi = settlement.kind() == SettlementKind.MULTI_YEAR;
    boolean perHead = settlement.basis() == GuaranteeBasis.PER_HEAD;
    boolean anyWriteOff = writeOff.kind() != WriteOffKind.NONE;
    for (int i = 0; i < n; i++) {
      LocalAuthority la = authorities.get(i);
      allocations(i, la, multi, perHead, floor, cap, inflation, alloc, indic, guar);
      System.arraycopy(localCost[i], 0, local, 0, local.length);
      System.arraycopy(nationalCost[i], 0, national, 0, national.length);
      long other = otherSpend[i];
      long schools = schoolsBlock[i];
      long balance = openingBalance[i];
      long atAccrual = openingBalance[i];
      for (int t = 0; t < y; t++) {
        // Every sum and product of pence is checked; an overflow names the LA, the year, the measure
        // and the operands (CheckedPence), so a bad input is found, never wrapped into a figure.
        FinancialYear year = years.get(t);
        long placement = 0;
        long pupilsNow = 0;
        long inflate = factor(inflation[t], la, year);
        for (int s = 0; s < local.length; s++) {
          local[s] = SettlementEngine.timesMillionths(local[s], inflate, UNIT_COST[s], la, year);
          national[s] = SettlementEngine.timesMillionths(national[s], inflate, NATIONAL_TARIFF[s], la, year);
          long cost = nationalBanding[t] ? national[s] : local[s];
          p.unitCost[(i * y + t) * local.length + s] = cost;
          placement = CheckedPence.add(placement, CheckedPence.times(cost, pupils[i][t][s], PLACEMENT[s], la, year),
              Measure.PLACEMENT_SPEND, la, year);
          pupilsNow = Math.addExact(pupilsNow, pupils[i][t][s]);
        }
        other = SettlementEngine.timesMillionths(other, inflate, Measure.OTHER_SPEND, la, year);
        schools = SettlementEngine.timesMillionths(schools, inflate, "schools block", la, year);
        long transfer = SettlementEngine.timesMillionths(schools, Math.min(requestedTransfer[i], transferLimit[t]),
            Measure.BLOCK_TRANSFER, la, year);
        long writeOffNow = 0;
        if (anyWriteOff && t == paidIndex && atAccrual < 0 && (reformPlan[i] || !writeOff.requiresReformPlan())) {
          writeOffNow = SettlementEngine.timesMillionths(CheckedPence.subtract(0, atAccrual, Measure.WRITE_OFF, la, year),
              writeOff.shareMillionths(), Measure.WRITE_OFF, la, year);
        }
        long income = CheckedPence.add(CheckedPence.add(CheckedPence.add(alloc[t], transfer, Measure.TOTAL_INCOME, la, year),
            safetyValve[i][t], Measure.TOTAL_INCOME, la, year), writeOffNow, Measure.TOTAL_INCOME, la, year);
        long spend = CheckedPence.add(placement, other, Measure.TOTAL_SPEND, la, year);
        long opening = balance;
        long inYear = CheckedPence.subtract(income, spend, Measure.IN_YEAR_BALANCE, la, year);
        balance = CheckedPence.add(opening, inYear, Measure.CLOSING_BALANCE, la, year);
        if (t == accrualIndex) {
          atAccrual = balance;
        }
        long pop = population[i][t + 1];
        long[][] v = p.values;
        v[Measure.HIGH_NEEDS_ALLOCATION.ordinal()][i * y + t] = alloc[t];
        v[Measure.INDICATIVE_ALLOCATION.ordinal()][i * y + t] = indic[t];
        v[Measure.GUARANTEED_ALLOCATION.ordinal()][i * y + t] = guar[t];
        v[Measure.BLOCK_TRANSFER.ordinal()][i * y + t] = transfer;
        v[Measure.SAFETY_VALVE.ordinal()][i * y + t] = safetyValve[i][t];
        v[Measure.WRITE_OFF.ordinal()][i * y + t] = writeOffNow;
        v[Measure.TOTAL_INCOME.ordinal()][i * y + t] = income;
        v[Measure.PLACEMENT_SPEND.ordinal()][i * y + t] = placement;
        v[Measure.OTHER_SPEND.ordinal()][i * y + t] = other;
        v[Measure.TOTAL_SPEND.ordinal()][i * y + t] = spend;
        v[Measure.OPENING_BALANCE.ordinal()][i * y + t] = opening;
        v[Measure.IN_YEAR_BALANCE.ordinal()][i * y + t] = inYear;
        v[Measure.CLOSING_BALANCE.ordinal()][i * y + t] = balance;
        long deficit = balance < 0 ? CheckedPence.subtract(0, balance, Measure.RING_FENCED_DEFICIT, la, year) : 0;
        v[Measure.RING_FENCED_DEFICIT.ordinal()][i * y + t] = ringFenced[t] ? deficit : 0;
        v[Measure.GENERAL_FUND_DEFICIT.ordinal()][i * y + t] = ringFenced[t] ? 0 : deficit;
        v[Measure.NEEDS_LED_COST.ordinal()][i * y + t] = spend;
        v[Measure.SUFFICIENCY_GAP.ordinal()][i * y + t] = CheckedPence.subtract(
            CheckedPence.subtract(spend, alloc[t], Measure.SUFFICIENCY_GAP, la, year), transfer, Measure.SUFFICIENCY_GAP, la, year);
        v[Measure.EHCP_PUPILS.ordinal()][i * y + t] = pupilsNow;
        v[Measure.POPULATION_2_18.ordinal()][i * y + t] = pop;
        v[Measure.FUNDING_PER_HEAD_2_18.ordinal()][i * y + t] = divideHalfUp(alloc[t], pop);
        v[Measure.FUNDING_PER_EHCP.ordinal()][i * y + t] = pupilsNow == 0 ? 0 : divideHalfUp(alloc[t], pupilsNow);
      }
    }
    return p;
  }

  /**
   * The national closing DSG balance for each variant and year: the sweep fast path. It runs the
   * same arithmetic as {@code withVariant(v).project()} (a test checks they agree to the penny) but
   * keeps only the national totals, allocating nothing per LA or variant beyond its result.
   *
   * @param variants the variants
   * @return closing balance in pence, {@code [variant][year]}
   */
  public long[][] sweepNationalClosingBalance(java.util.List<ScenarioVariant> variants) {
    int n = authorities.size();
    int y = years.size();
    int settings = SETTINGS.length;
    long[][] out = new long[variants.size()][y];
    long[] floorV = new long[y];
    long[] capV = new long[y];
    long[] inflV = new long[y];
    long[] alloc = new long[y];
    long[] indic = new long[y];
    long[] guar = new long[y];
    long[] local = new long[settings];
    long[] national = new long[settings];
    long[] count = new long[settings];
    boolean anyNational = false;
    for (boolean b : nationalBanding) {
      anyNational |= b;
    }
    boolean multi = settlement.kind() == SettlementKind.MULTI_YEAR;
    boolean perHead = settlement.basis() == GuaranteeBasis.PER_HEAD;
    WriteOffPolicy cover = WriteOffPolicy.builder().kind(WriteOffKind.COVER_ACCRUED).shareMillionths(0)
        .accruedTo(writeOff.accruedTo()).paidIn(writeOff.paidIn()).requiresReformPlan(writeOff.requiresReformPlan()).build();
    int coverPaid = paidIndex(cover, years, accrualIndex);
    for (int k = 0; k < variants.size(); k++) {
      ScenarioVariant v = variants.get(k);
      java.util.Arrays.fill(floorV, v.floorMillionths());
      java.util.Arrays.fill(capV, v.capMillionths());
      java.util.Arrays.fill(inflV, v.inflationMillionths());
      long growthFactor = ONE + v.caseloadGrowthMillionths();
      long inflFactor = ONE + v.inflationMillionths();
      long share = v.writeOffShareMillionths();
      int paid = share == 0 ? -1 : coverPaid;
      boolean needPlan = share != 0 && writeOff.requiresReformPlan();
      long limit = v.transferLimitMillionths();
      long[] totals = out[k];
      for (int i = 0; i < n; i++) {
        LocalAuthority la = authorities.get(i);
        allocations(i, la, multi, perHead, floorV, capV, inflV, alloc, indic, guar);
        System.arraycopy(localCost[i], 0, local, 0, settings);
        System.arraycopy(nationalCost[i], 0, national, 0, settings);
        System.arraycopy(basePupils[i], 0, count, 0, settings);
        long other = otherSpend[i];
        long schools = schoolsBlock[i];
        long balance = openingBalance[i];
        long atAccrual = openingBalance[i];
        long transferShare = Math.min(requestedTransfer[i], limit);
        for (int t = 0; t < y; t++) {
          FinancialYear year = years.get(t);
          long placement = 0;
          boolean projected = projectedYear[i][t];
          boolean nat = nationalBanding[t];
          for (int s = 0; s < settings; s++) {
            count[s] = projected ? pupils[i][t][s] : SettlementEngine.countTimesMillionths(count[s], growthFactor,
                Measure.EHCP_PUPILS, la, year);
            local[s] = SettlementEngine.timesMillionths(local[s], inflFactor, UNIT_COST[s], la, year);
            if (anyNational) {
              national[s] = SettlementEngine.timesMillionths(national[s], inflFactor, NATIONAL_TARIFF[s], la, year);
            }
            placement = CheckedPence.add(placement, CheckedPence.times(nat ? national[s] : local[s], count[s],
                PLACEMENT[s], la, year), Measure.PLACEMENT_SPEND, la, year);
          }
          other = SettlementEngine.timesMillionths(other, inflFactor, Measure.OTHER_SPEND, la, year);
          schools = SettlementEngine.timesMillionths(schools, inflFactor, "schools block", la, year);
          long transfer = SettlementEngine.timesMillionths(schools, transferShare, Measure.BLOCK_TRANSFER, la, year);
          long writeOffNow = 0;
          if (t == paid && atAccrual < 0 && (reformPlan[i] || !needPlan)) {
            writeOffNow = SettlementEngine.timesMillionths(CheckedPence.subtract(0, atAccrual, Measure.WRITE_OFF, la, year),
                share, Measure.WRITE_OFF, la, year);
          }
          long income = CheckedPence.add(CheckedPence.add(CheckedPence.add(alloc[t], transfer, Measure.TOTAL_INCOME, la, year),
              safetyValve[i][t], Measure.TOTAL_INCOME, la, year), writeOffNow, Measure.TOTAL_INCOME, la, year);
          long spend = CheckedPence.add(placement, other, Measure.TOTAL_SPEND, la, year);
          balance = CheckedPence.add(balance, CheckedPence.subtract(income, spend, Measure.IN_YEAR_BALANCE, la, year),
              Measure.CLOSING_BALANCE, la, year);
          if (t == accrualIndex) {
            atAccrual = balance;
          }
          totals[t] = CheckedPence.add(totals[t], balance, "national closing DSG balance (sweep)", "England", year);
        }
      }
    }
    return out;
  }

  /**
   * An LA's allocations for every year from the settlement engine; an overflow there is named with
   * the LA and the first year it did not finish.
   */
  private void allocations(int i, LocalAuthority la, boolean multi, boolean perHead, long[] floorM, long[] capM,
      long[] inflationM, long[] alloc, long[] indic, long[] guar) {
    // The engine fills the years in order; a year left at the sentinel is the one that overflowed.
    java.util.Arrays.fill(alloc, Long.MIN_VALUE);
    try {
      SettlementEngine.DEFAULT.project(multi, settlement.length(), settlement.guaranteedMinimumMillionths(), perHead,
          settlement.indexedToInflation(), baseAllocation[i], population[i], uplift, shocks[i], floorM, capM, inflationM,
          alloc, indic, guar);
    } catch (MoneyOverflowException e) {
      int t = 0;
      while (t < alloc.length - 1 && alloc[t] != Long.MIN_VALUE) {
        t++;
      }
      throw e.at(la + ", " + years.get(t) + ", " + Measure.HIGH_NEEDS_ALLOCATION.label());
    }
  }

  /** 1 + a rate in millionths, refused naming the LA and year if no long holds it. */
  private static long factor(long millionths, LocalAuthority la, FinancialYear year) {
    if (millionths > Long.MAX_VALUE - ONE) {
      throw CheckedPence.overflow("inflation multiplier", la, year, "1 + " + BigDecimal.valueOf(millionths, 6).toPlainString());
    }
    return ONE + millionths;
  }

  /** Division of non-negative pence by a positive count, rounded half up to the penny. */
  static long divideHalfUp(long pence, long count) {
    // pence + count / 2 must not wrap: amounts within half a count of Long.MAX_VALUE take BigDecimal.
    if (pence >= 0 && pence <= Long.MAX_VALUE - count / 2) {
      return (pence + count / 2) / count;
    }
    return BigDecimal.valueOf(pence).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP).longValueExact();
  }
}
