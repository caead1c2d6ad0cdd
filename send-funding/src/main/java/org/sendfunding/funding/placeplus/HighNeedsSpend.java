package org.sendfunding.funding.placeplus;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;

/**
 * An LA's high-needs spend on a caseload, by setting type: place funding, element 3 top-ups and
 * independent school fees.
 *
 * <pre>{@code
 * HighNeedsSpend s = PlacePlus.DEFAULT.highNeedsSpend(caseload, places, rates, banding);
 * s.total(SettingType.MAINTAINED_SPECIAL);   // places × £10,000 + top-ups
 * s.total();                                 // all setting types
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HighNeedsSpend {

  HighNeedsSpend() {}

  /**
   * A builder, for the engine that computes this result and for reading it back from JSON
   * (send-json); figures built by hand are not checked against the rules that made them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code HighNeedsSpend}. */
  public static final class Builder extends ImmutableHighNeedsSpend.Builder {
    Builder() {}
  }

  /** Place funding by setting type. @return the amounts */
  public abstract ImmutableMap<SettingType, Money> places();

  /** Element 3 top-ups by setting type. @return the amounts */
  public abstract ImmutableMap<SettingType, Money> topUps();

  /** Fees by setting type. @return the amounts */
  public abstract ImmutableMap<SettingType, Money> fees();

  /** Pupils in the caseload by setting type. @return the counts */
  public abstract ImmutableMap<SettingType, Long> pupils();

  /** The explanation: one child per setting type, each with places, top-ups and fees. @return the explanation */
  @Value.Auxiliary
  public abstract Explanation explanation();

  /**
   * Places + top-ups + fees for one setting type.
   *
   * @param type the setting type
   * @return the spend
   */
  public Money total(SettingType type) {
    return places().getOrDefault(type, Money.ZERO).plus(topUps().getOrDefault(type, Money.ZERO))
        .plus(fees().getOrDefault(type, Money.ZERO));
  }

  /** The spend by setting type. @return the totals */
  public ImmutableMap<SettingType, Money> bySettingType() {
    Map<SettingType, Money> m = new EnumMap<>(SettingType.class);
    for (SettingType t : SettingType.values()) {
      Money v = total(t);
      if (!v.isZero() || pupils().containsKey(t)) {
        m.put(t, v);
      }
    }
    return ImmutableMap.copyOf(m);
  }

  /** All setting types together. @return the total */
  public Money total() {
    return Money.sum(places().values()).plus(Money.sum(topUps().values())).plus(Money.sum(fees().values()));
  }
}
