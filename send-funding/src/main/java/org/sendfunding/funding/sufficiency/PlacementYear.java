package org.sendfunding.funding.sufficiency;

import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * Where one LA's projected pupils with EHC plans are placed in one year, and what it costs: demand
 * and capacity by setting type, the gap, the overflow and where it went, pupils left unplaced, the
 * admissions pressure, the placement revenue cost and the NFF import/export effect.
 *
 * <pre>{@code
 * PlacementYear p = result.row(202, FinancialYear.parse("2030-31"));
 * p.gap(SettingType.MAINTAINED_SPECIAL);   // demand - places; negative means spare places
 * p.admittedOverCapacity();                // named in section I, admitted over capacity (CFA 2014 s43)
 * p.unplaced();                            // no place anywhere this year
 * }</pre>
 *
 * <p>Every projected pupil is in exactly one of {@link #placed()}, {@link #outOfArea()} or
 * {@link #unplaced()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlacementYear {

  PlacementYear() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlacementYear}. */
  public static final class Builder extends ImmutablePlacementYear.Builder {
    Builder() {}
  }

  /** The LA. */
  public abstract LocalAuthority localAuthority();

  /** The year. */
  public abstract FinancialYear year();

  /** Projected pupils with EHC plans by setting type (their need, before places are found). */
  public abstract ImmutableMap<SettingType, Long> demand();

  /** Places by supply setting type in the year, including capital projects open by then. */
  public abstract ImmutableMap<SettingType, Long> capacity();

  /** Pupils placed in the LA's own settings by setting type (including s43 admissions over capacity). */
  public abstract ImmutableMap<SettingType, Long> placed();

  /** Pupils placed in another LA's state-funded setting, by the setting type they needed. */
  public abstract ImmutableMap<SettingType, Long> outOfAreaBySetting();

  /** Pupils named in a state school that had to admit them over capacity (CFA 2014 s43): a pressure measure. */
  public abstract long admittedOverCapacity();

  /** Pupils who needed a state specialist place, found none, and went to an independent special school. */
  public abstract long overflowToIndependent();

  /** Pupils with no place anywhere (independent places also full). */
  public abstract long unplaced();

  /** Revenue cost of the placement mix at the LA's base-year unit costs. */
  public abstract Money revenueCost();

  /** Change to the LA's NFF import/export adjustment: minus the rate for each pupil exported out of area. */
  public abstract Money importExportEffect();

  /** Demand minus places in a supply setting type (negative means spare places). */
  public long gap(SettingType setting) {
    return demand().getOrDefault(setting, 0L) - capacity().getOrDefault(setting, 0L);
  }

  /** Pupils placed out of area. */
  public long outOfArea() {
    return outOfAreaBySetting().values().stream().mapToLong(Long::longValue).sum();
  }

  /** All projected pupils. */
  public long demandTotal() {
    return demand().values().stream().mapToLong(Long::longValue).sum();
  }

  /** Pupils placed in the LA's own settings. */
  public long placedTotal() {
    return placed().values().stream().mapToLong(Long::longValue).sum();
  }

  /** Shortfall of state specialist places: the sum of positive gaps over the state settings. */
  public long stateShortfall() {
    return PlacesModel.STATE_SETTINGS.stream().mapToLong(s -> Math.max(0, gap(s))).sum();
  }
}
