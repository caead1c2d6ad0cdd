package org.sendfunding.funding.sufficiency;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;
import org.sendfunding.funding.dataset.Provenance;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.setting.SettingType;

/**
 * An LA's specialist places of one setting type in the base year: capacity (places) and pupils on
 * roll, so occupancy = on roll / capacity.
 *
 * <pre>{@code
 * PlaceSupply s = PlaceSupply.of(la, SettingType.MAINTAINED_SPECIAL, 400, 412, Provenance.ILLUSTRATIVE);
 * s.occupancy();   // 1.03: over capacity, as about two thirds of special schools were in May 2024
 * }</pre>
 *
 * <p>For {@code INDEPENDENT_SPECIAL} the capacity is the places the LA can buy; leave it out for an
 * unconstrained independent market. This class is
 * immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class PlaceSupply {

  PlaceSupply() {}

  /**
   * A supply row.
   *
   * @param la the LA
   * @param setting the setting type
   * @param capacity places, not negative
   * @param onRoll pupils on roll, not negative
   * @param provenance real or illustrative
   * @return the row
   */
  public static PlaceSupply of(LocalAuthority la, SettingType setting, long capacity, long onRoll, Provenance provenance) {
    return ImmutablePlaceSupply.of(la, setting, capacity, onRoll, provenance);
  }

  /** The LA. */
  @Value.Parameter
  public abstract LocalAuthority localAuthority();

  /** The setting type. */
  @Value.Parameter
  public abstract SettingType setting();

  /** Places. */
  @Value.Parameter
  public abstract long capacity();

  /** Pupils on roll. */
  @Value.Parameter
  public abstract long onRoll();

  /** Whether the figures are published for this LA. */
  @Value.Parameter
  public abstract Provenance provenance();

  /** On roll / capacity (infinite for pupils on roll and no places, 0 for neither). */
  public double occupancy() {
    return capacity() == 0 ? (onRoll() == 0 ? 0.0 : Double.POSITIVE_INFINITY) : (double) onRoll() / capacity();
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(capacity() >= 0, "PlaceSupply.capacity: %s is negative (%s, %s)", capacity(), localAuthority(), setting());
    Preconditions.checkArgument(onRoll() >= 0, "PlaceSupply.onRoll: %s is negative (%s, %s)", onRoll(), localAuthority(), setting());
    Preconditions.checkArgument(setting().isSpecialist() || setting() == SettingType.ALTERNATIVE_PROVISION || setting() == SettingType.RESOURCED_PROVISION,
        "PlaceSupply.setting: %s is not a specialist setting (%s)", setting(), localAuthority());
  }
}
