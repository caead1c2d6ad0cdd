package org.sendfunding.model.setting;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;

/**
 * One education setting: a school, unit, college or provider, with the LA it sits in and the number
 * of high-needs places commissioned there.
 *
 * <pre>{@code
 * Setting school = Setting.builder()
 *     .urn(100000)
 *     .name("Example Special School")
 *     .localAuthority(LocalAuthorities.england().byCode(202))
 *     .type(SettingType.MAINTAINED_SPECIAL)
 *     .phase(Phase.ALL_THROUGH)
 *     .places(120)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Setting {

  Setting() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Setting}; {@code build()} validates every field. */
  public static final class Builder extends ImmutableSetting.Builder {
    Builder() {}
  }

  /**
   * The unique reference number (URN) from Get Information about Schools, 100000 to 9999999.
   *
   * @return the URN
   */
  public abstract int urn();

  /**
   * The setting's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The LA the setting is located in (not necessarily the LA that places pupils there).
   *
   * @return the LA
   */
  public abstract LocalAuthority localAuthority();

  /**
   * The kind of setting, which decides how its high-needs places are funded.
   *
   * @return the setting type
   */
  public abstract SettingType type();

  /**
   * The phase served.
   *
   * @return the phase
   */
  public abstract Phase phase();

  /**
   * The number of high-needs places commissioned (0 for a mainstream school without a unit).
   *
   * @return the number of places
   */
  public abstract int places();

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        urn() >= 100000 && urn() <= 9999999, "Setting.urn: %s is not a URN of 6 or 7 digits", urn());
    Preconditions.checkArgument(!name().isBlank(), "Setting.name: must not be blank (URN %s)", urn());
    Preconditions.checkArgument(
        places() >= 0, "Setting.places: %s is negative (URN %s)", places(), urn());
  }

  @Override
  public String toString() {
    return name() + " (URN " + urn() + ", " + type().displayName() + ")";
  }
}
