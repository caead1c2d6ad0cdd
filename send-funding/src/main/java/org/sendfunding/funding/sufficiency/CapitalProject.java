package org.sendfunding.funding.sufficiency;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;
import org.sendfunding.funding.dataset.Provenance;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * New specialist places in an LA from a capital programme, opening in a financial year.
 *
 * <pre>{@code
 * CapitalProject.of(la, SettingType.ACADEMY_SPECIAL, 120, FinancialYear.parse("2027-28"),
 *     "special free schools 2024", Provenance.ILLUSTRATIVE);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class CapitalProject {

  CapitalProject() {}

  /**
   * A project.
   *
   * @param la the LA
   * @param setting the state-funded setting type the places are in
   * @param places new places, above zero
   * @param opens the first financial year the places can be filled
   * @param programme the programme's name
   * @param provenance real or illustrative
   * @return the project
   */
  public static CapitalProject of(LocalAuthority la, SettingType setting, long places, FinancialYear opens, String programme,
      Provenance provenance) {
    return ImmutableCapitalProject.of(la, setting, places, opens, programme, provenance);
  }

  /** The LA. */
  @Value.Parameter
  public abstract LocalAuthority localAuthority();

  /** The setting type. */
  @Value.Parameter
  public abstract SettingType setting();

  /** New places. */
  @Value.Parameter
  public abstract long places();

  /** The year the places open. */
  @Value.Parameter
  public abstract FinancialYear opens();

  /** The programme. */
  @Value.Parameter
  public abstract String programme();

  /** Whether the figures are published for this LA. */
  @Value.Parameter
  public abstract Provenance provenance();

  @Value.Check
  void check() {
    Preconditions.checkArgument(places() > 0, "CapitalProject.places: %s must be above zero (%s, %s)", places(), localAuthority(), setting());
    Preconditions.checkArgument(PlacesModel.STATE_SETTINGS.contains(setting()),
        "CapitalProject.setting: %s is not a state-funded specialist setting %s (%s)", setting(), PlacesModel.STATE_SETTINGS, localAuthority());
  }
}
