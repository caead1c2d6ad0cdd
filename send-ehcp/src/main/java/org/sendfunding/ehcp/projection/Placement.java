package org.sendfunding.ehcp.projection;

import java.util.Optional;
import org.sendfunding.model.setting.SettingType;

/**
 * Where a plan's holder is placed, as SEN2 publishes it per LA (the columns of "EHC plans by placement",
 * January 2019 onwards), and the model's {@link SettingType} for it.
 *
 * <pre>{@code
 * Placement.SPECIAL_INDEPENDENT.setting();   // Optional[INDEPENDENT_SPECIAL]
 * Placement.NEET.setting();                  // Optional.empty(): no setting in the model
 * }</pre>
 *
 * <p>SEN2 publishes mainstream schools as one count (maintained schools and academies together, with
 * resourced provision and units); the model holds them as {@link SettingType#MAINSTREAM_MAINTAINED}. Plans
 * educated elsewhere, not in education or training, or with no known placement have no setting in the
 * model: the calibration spreads them over the settings of their age and says how many it spread. This
 * enum is immutable and thread-safe.
 */
public enum Placement {
  /** Mainstream schools, maintained and academies (SEN2 {@code mainstream_total}). */
  MAINSTREAM(SettingType.MAINSTREAM_MAINTAINED),
  /** LA maintained special schools. */
  SPECIAL_LA_MAINTAINED(SettingType.MAINTAINED_SPECIAL),
  /** Special academies and free schools. */
  SPECIAL_ACADEMY_FREE(SettingType.ACADEMY_SPECIAL),
  /** Independent special schools. */
  SPECIAL_INDEPENDENT(SettingType.INDEPENDENT_SPECIAL),
  /** Non-maintained special schools. */
  SPECIAL_NON_MAINTAINED(SettingType.NON_MAINTAINED_SPECIAL),
  /** Alternative provision and pupil referral units. */
  AP_PRU(SettingType.ALTERNATIVE_PROVISION),
  /** Further education and post-16 institutions. */
  FURTHER_EDUCATION(SettingType.POST_16_FE),
  /** Non-maintained early years settings. */
  EARLY_YEARS(SettingType.EARLY_YEARS),
  /** Educated elsewhere (home, hospital, other arrangements). */
  ELSEWHERE(null),
  /** Not in education, employment or training. */
  NEET(null),
  /** Placement not known. */
  UNKNOWN(null);

  private final SettingType setting;

  Placement(SettingType setting) {
    this.setting = setting;
  }

  /** The model's setting type, if it has one. */
  public Optional<SettingType> setting() {
    return Optional.ofNullable(setting);
  }
}
