package org.sendfunding.funding.dataset;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * An LA's pupils with EHC plans by setting type in the base year, and the average annual high-needs
 * cost of one placement in each setting type (place funding plus top-up, or fees).
 *
 * <pre>{@code
 * SettingCaseload c = SettingCaseload.builder()
 *     .localAuthority(la).baseYear(FinancialYear.parse("2025-26")).provenance(Provenance.ILLUSTRATIVE)
 *     .putPupils(SettingType.INDEPENDENT_SPECIAL, 120)
 *     .putUnitCosts(SettingType.INDEPENDENT_SPECIAL, Money.ofPounds(64_000))
 *     .build();
 * c.cost(SettingType.INDEPENDENT_SPECIAL); // £7,680,000.00
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SettingCaseload {

  SettingCaseload() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SettingCaseload}. */
  public static final class Builder extends ImmutableSettingCaseload.Builder {
    Builder() {}
  }

  /** The LA responsible for the plans. */
  public abstract LocalAuthority localAuthority();

  /** The year the counts and costs describe. */
  public abstract FinancialYear baseYear();

  /** Real only if every count and cost is the LA's published figure. */
  public abstract Provenance provenance();

  /** Pupils with EHC plans by setting type. */
  public abstract ImmutableMap<SettingType, Long> pupils();

  /** Average annual cost per pupil by setting type; a key for every setting type in {@link #pupils()}. */
  public abstract ImmutableMap<SettingType, Money> unitCosts();

  /**
   * Plans in placements the model funds no setting for (SEN2's educated elsewhere, NEET, unknown),
   * counted so the caseload's total matches SEN2's.
   */
  public abstract ImmutableMap<OtherPlacement, Long> otherPlacements();

  /**
   * Where each count and cost comes from, keyed {@code pupils.<SETTING_TYPE>}, {@code
   * unit_cost.<SETTING_TYPE>} and {@code pupils.<OTHER_PLACEMENT>} (the embedded England caseloads give
   * every key; a CSV caseload may give none and then has only {@link #provenance()}).
   */
  public abstract ImmutableMap<String, FieldProvenance> fieldProvenance();

  /** Plans in other placements (zero if none). */
  public long otherPlacements(OtherPlacement placement) {
    return otherPlacements().getOrDefault(placement, 0L);
  }

  /** Pupils in a setting type (zero if none). */
  public long pupils(SettingType type) {
    return pupils().getOrDefault(type, 0L);
  }

  /** All plans: in the model's setting types and in {@link #otherPlacements()}. */
  public long totalPupils() {
    return placedPupils() + otherPlacements().values().stream().mapToLong(Long::longValue).sum();
  }

  /** Plans in the model's setting types (those that carry a placement cost). */
  public long placedPupils() {
    return pupils().values().stream().mapToLong(Long::longValue).sum();
  }

  /** Pupils times unit cost in a setting type. */
  public Money cost(SettingType type) {
    return unitCosts().getOrDefault(type, Money.ZERO).times(pupils(type));
  }

  /** Cost across all setting types. */
  public Money totalCost() {
    return Money.sum(pupils().keySet().stream().map(this::cost)::iterator);
  }

  @Value.Check
  void check() {
    for (Map.Entry<SettingType, Long> e : pupils().entrySet()) {
      Preconditions.checkArgument(e.getValue() >= 0, "SettingCaseload.pupils: %s in %s is negative (%s)", e.getValue(), e.getKey(), localAuthority());
      Preconditions.checkArgument(unitCosts().containsKey(e.getKey()), "SettingCaseload.unitCosts: no unit cost for %s (%s)", e.getKey(), localAuthority());
    }
    for (Map.Entry<OtherPlacement, Long> e : otherPlacements().entrySet()) {
      Preconditions.checkArgument(e.getValue() >= 0, "SettingCaseload.otherPlacements: %s %s is negative (%s)", e.getValue(), e.getKey(), localAuthority());
    }
    for (Map.Entry<SettingType, Money> e : unitCosts().entrySet()) {
      Preconditions.checkArgument(!e.getValue().isNegative(), "SettingCaseload.unitCosts: %s for %s is negative (%s)", e.getValue(), e.getKey(), localAuthority());
    }
  }
}
