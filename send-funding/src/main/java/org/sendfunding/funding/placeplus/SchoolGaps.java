package org.sendfunding.funding.placeplus;

import com.google.common.base.Preconditions;
import org.sendfunding.model.money.CheckedPence;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.MoneyOverflowException;
import org.sendfunding.model.setting.SettingType;

/**
 * The notional special educational needs (SEN) funding gap of many mainstream schools at once, from a
 * columnar {@link PlacementTable}: for each school, the cost of its SEN pupils' provision less its notional
 * SEN budget and the element 3 top-ups it receives. The fast path of {@link SchoolFundingGap}, with
 * the same rules and figures but no object or explanation per pupil.
 *
 * <pre>{@code
 * // pupil i of the caseload attends school schoolOf[i] (-1: not in a mainstream school)
 * SchoolGaps gaps = SchoolGaps.compute(caseload, schoolOf, notionalBudgetPence, rates);
 * gaps.gap(17);            // school 17's gap, as SchoolFundingGap.compute(...).gap() gives it
 * gaps.totalGap();         // the sum over schools
 * }</pre>
 *
 * <p>This class is immutable and thread-safe (its arrays are never exposed).
 */
public final class SchoolGaps {

  private final long[] notionalBudget;
  private final long[] cost;
  private final long[] topUps;
  private final long[] drawn;

  private SchoolGaps(long[] notionalBudget, long[] cost, long[] topUps, long[] drawn) {
    this.notionalBudget = notionalBudget;
    this.cost = cost;
    this.topUps = topUps;
    this.drawn = drawn;
  }

  /**
   * Computes every school's gap.
   *
   * @param caseload the pupils
   * @param schoolOf for each pupil of the caseload, the index of its mainstream school, or -1 if it is
   *     not in one (a pupil in a mainstream setting must have a school)
   * @param notionalBudgetPence each school's notional SEN budget, in pence
   * @param rates the rates of the year (the element 2 threshold)
   * @return the gaps
   * @throws IllegalArgumentException naming the row of a pupil whose school is missing or out of range
   */
  public static SchoolGaps compute(PlacementTable caseload, int[] schoolOf, long[] notionalBudgetPence, PlacePlusRates rates) {
    Preconditions.checkArgument(schoolOf.length == caseload.size,
        "SchoolGaps.schoolOf: %s schools for %s pupils", schoolOf.length, caseload.size);
    int schools = notionalBudgetPence.length;
    long[] cost = new long[schools];
    long[] topUps = new long[schools];
    long[] drawn = new long[schools];
    Band[] bands = caseload.banding == null ? new Band[0] : caseload.banding.bands().toArray(new Band[0]);
    int maintained = SettingType.MAINSTREAM_MAINTAINED.ordinal();
    int academy = SettingType.MAINSTREAM_ACADEMY.ordinal();
    int none = TopUpBasis.NONE.ordinal();
    int byBand = TopUpBasis.BAND.ordinal();
    int costAbove = TopUpBasis.COST_ABOVE_BASE.ordinal();
    long threshold = rates.thresholdPence;
    byte[] types = caseload.type;
    long[] costs = caseload.costPence;
    byte[] basis = caseload.basis;
    int[] band = caseload.band;
    long[] amount = caseload.amountPence;
    boolean fits = caseload.sumsFit();
    for (int i = 0; i < caseload.size; i++) {
      int t = types[i];
      int s = schoolOf[i];
      boolean mainstream = t == maintained || t == academy;
      if (!mainstream) {
        continue;
      }
      if (s < 0 || s >= schools) {
        throw new IllegalArgumentException("SchoolGaps.schoolOf: pupil row " + i + " is in a "
            + SettingType.values()[t].displayName() + " but its school " + s + " is not one of the " + schools);
      }
      long c = costs[i];
      // Element 2: the school meets the first part from its notional budget (PlacePlus.fund); the
      // base of element 3 in mainstream is the same threshold.
      long element2 = Math.min(c, threshold);
      long above = Math.max(0, c - threshold);
      int bs = basis[i];
      long element3 = bs == costAbove ? above : bs == byBand ? bands[band[i]].topUpPence(above) : bs == none ? 0 : amount[i];
      if (fits) {
        // fits: no sum of the caseload's amounts can leave the range of a long (PlacementTable.sumsFit).
        cost[s] += c;
        topUps[s] += element3;
        drawn[s] += element2;
        continue;
      }
      try {
        // No place is passed per call (building it would cost a string per pupil); the catch adds it.
        cost[s] = CheckedPence.add(cost[s], c, "total cost of SEN provision");
        topUps[s] = CheckedPence.add(topUps[s], element3, "total top-ups received");
        drawn[s] = CheckedPence.add(drawn[s], element2, "total drawn on the notional SEN budget");
      } catch (MoneyOverflowException e) {
        throw e.at("SchoolGaps, school " + s + ", pupil row " + i);
      }
    }
    return new SchoolGaps(notionalBudgetPence.clone(), cost, topUps, drawn);
  }

  /** The number of schools. @return the count */
  public int schools() {
    return notionalBudget.length;
  }

  /** A school's total cost of SEN provision. @param school the index @return the cost */
  public Money totalCost(int school) {
    return Money.ofPence(cost[school]);
  }

  /** A school's element 3 top-ups received. @param school the index @return the top-ups */
  public Money topUpsReceived(int school) {
    return Money.ofPence(topUps[school]);
  }

  /** What a school's pupils draw on its notional budget (element 2). @param school the index @return the amount */
  public Money drawnOnNotionalBudget(int school) {
    return Money.ofPence(drawn[school]);
  }

  /**
   * A school's gap: cost − notional SEN budget − top-ups (negative when the budget more than covers it).
   *
   * @param school the index
   * @return the gap
   */
  public Money gap(int school) {
    return Money.ofPence(gapPence(school));
  }

  /** The sum of every school's gap. @return the total */
  public Money totalGap() {
    long t = 0;
    for (int s = 0; s < cost.length; s++) {
      t = CheckedPence.add(t, gapPence(s), "total funding gap of all schools");
    }
    return Money.ofPence(t);
  }

  private long gapPence(int s) {
    try {
      long lessBudget = CheckedPence.subtract(cost[s], notionalBudget[s], "funding gap (cost - notional SEN budget)",
          null, null);
      return CheckedPence.subtract(lessBudget, topUps[s], "funding gap (cost - notional SEN budget - top-ups)",
          null, null);
    } catch (MoneyOverflowException e) {
      throw e.at("SchoolGaps, school " + s);
    }
  }
}
