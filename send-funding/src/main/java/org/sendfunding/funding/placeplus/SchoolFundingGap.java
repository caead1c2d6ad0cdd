package org.sendfunding.funding.placeplus;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.immutables.value.Value;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.money.CheckedPence;
import org.sendfunding.model.money.Money;

/**
 * A mainstream school's SEN funding gap: the cost of its SEN pupils' provision against its notional
 * SEN budget plus the top-ups it receives, pupil by pupil.
 *
 * <p>{@code gap = Σ provision cost − notional SEN budget − Σ top-ups}; positive is a shortfall the
 * school meets from elsewhere in its budget. {@code notionalHeadroom = notional SEN budget − Σ min(cost,
 * £6,000)}; negative means the £6,000-per-pupil expectation alone exceeds the notional budget.
 *
 * <pre>{@code
 * SchoolFundingGap g = SchoolFundingGap.compute("Example Primary", notionalBudget, pupils, rates, banding);
 * g.gap();        // £14,000.00
 * g.pupils();     // one PupilGap per pupil
 * }</pre>
 *
 * <p>Every sum is exact: a total that would leave the range of money is refused naming the school,
 * the pupil and the total, never wrapped to a negative gap.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SchoolFundingGap {

  SchoolFundingGap() {}

  /**
   * A builder, for the engine that computes this result and for reading it back from JSON
   * (send-json); figures built by hand are not checked against the rules that made them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SchoolFundingGap}. */
  public static final class Builder extends ImmutableSchoolFundingGap.Builder {
    Builder() {}
  }

  /** The school. @return the name */
  public abstract String school();

  /** The school's notional SEN budget. @return the budget */
  public abstract Money notionalSenBudget();

  /** One line per SEN pupil. @return the lines */
  public abstract ImmutableList<PupilGap> pupils();

  /** Σ provision cost. @return the cost */
  public abstract Money totalCost();

  /** Σ top-ups received. @return the top-ups */
  public abstract Money topUpsReceived();

  /** Σ min(cost, £6,000): what the pupils draw on the notional budget. @return the amount */
  public abstract Money drawnOnNotionalBudget();

  /** Cost minus notional budget minus top-ups: positive is a shortfall. @return the gap */
  public abstract Money gap();

  /** Notional budget minus what the pupils draw on it. @return the headroom */
  public Money notionalHeadroom() {
    return notionalSenBudget().minus(drawnOnNotionalBudget());
  }

  /** The explanation: cost (one child per pupil), less notional budget, less top-ups. @return the explanation */
  @Value.Auxiliary
  public abstract Explanation explanation();

  /**
   * Computes a school's funding gap.
   *
   * @param school the school's name
   * @param notionalSenBudget the school's notional SEN budget (e.g. from {@link NotionalSenFormula})
   * @param senPupils the school's SEN pupils, all in mainstream settings
   * @param rates the rates of the year (the £6,000 threshold)
   * @param banding the LA's banding for banded top-ups, or null if none are banded
   * @return the gap
   * @throws IllegalArgumentException naming a pupil not in a mainstream setting
   * @throws org.sendfunding.model.money.MoneyOverflowException naming the school, the pupil and the
   *     total if a sum leaves the range of money in pence
   */
  public static SchoolFundingGap compute(
      String school, Money notionalSenBudget, List<PupilPlacement> senPupils, PlacePlusRates rates, LocalBanding banding) {
    ImmutableList.Builder<PupilGap> rows = ImmutableList.builder();
    Explanation.Builder costs = Explanation.builder().rule("Cost of SEN pupils' additional support");
    long cost = 0;
    long topUps = 0;
    long drawn = 0;
    for (PupilPlacement p : senPupils) {
      if (p.settingType() != org.sendfunding.model.setting.SettingType.MAINSTREAM_MAINTAINED
          && p.settingType() != org.sendfunding.model.setting.SettingType.MAINSTREAM_ACADEMY) {
        throw new IllegalArgumentException("SchoolFundingGap " + school + ": pupil " + p.pupilId() + " is in a "
            + p.settingType().displayName() + ", not a mainstream school");
      }
      PupilFunding f = banding == null ? PlacePlus.DEFAULT.fund(p, rates) : PlacePlus.DEFAULT.fund(p, rates, banding);
      long c = p.provisionCost().pence();
      long fromNotional = f.element2().pence();
      long topUp = f.element3().pence();
      String where = school + ", pupil " + p.pupilId();
      // Cost, element 2 and element 3 are never negative (PupilPlacement and Band refuse it), so the
      // difference cannot overflow; the sums over pupils can, and are refused naming the pupil.
      long unfunded = Math.max(0, c - fromNotional - topUp);
      rows.add(PupilGap.builder().pupilId(p.pupilId()).provisionCost(p.provisionCost())
          .fromNotionalSenBudget(f.element2()).topUp(f.element3()).unfunded(Money.ofPence(unfunded)).build());
      costs.addChildren(Explanation.builder()
          .rule("Pupil " + p.pupilId() + ": " + f.element2() + " from the notional SEN budget, " + f.element3()
              + " top-up, " + Money.ofPence(unfunded) + " unfunded")
          .amount(p.provisionCost())
          .putInputs("from the notional SEN budget", f.element2().toString())
          .putInputs("top-up (" + p.topUpBasis() + p.band().map(b -> " " + b).orElse("") + ")", f.element3().toString())
          .addParameters(rates.threshold().toUse())
          .build());
      cost = CheckedPence.add(cost, c, "total cost of SEN provision", where, null);
      topUps = CheckedPence.add(topUps, topUp, "total top-ups received", where, null);
      drawn = CheckedPence.add(drawn, fromNotional, "total drawn on the notional SEN budget", where, null);
    }
    long gapPence = CheckedPence.subtract(
        CheckedPence.subtract(cost, notionalSenBudget.pence(), "funding gap (cost - notional SEN budget)", school, null),
        topUps, "funding gap (cost - notional SEN budget - top-ups)", school, null);
    Money gap = Money.ofPence(gapPence);
    Explanation explanation = Explanation.builder()
        .rule(school + " SEN funding gap: cost of provision − notional SEN budget − top-ups received")
        .source(PlacePlus.PLACE_PLUS)
        .amount(gap)
        .addChildren(costs.amount(Money.ofPence(cost)).build())
        .addChildren(Explanation.builder().rule("less the notional SEN budget").amount(notionalSenBudget.negated()).build())
        .addChildren(Explanation.builder().rule("less top-ups received").amount(Money.ofPence(-topUps)).build())
        .build();
    return builder()
        .school(school)
        .notionalSenBudget(notionalSenBudget)
        .pupils(rows.build())
        .totalCost(Money.ofPence(cost))
        .topUpsReceived(Money.ofPence(topUps))
        .drawnOnNotionalBudget(Money.ofPence(drawn))
        .gap(gap)
        .explanation(explanation)
        .build();
  }
}
