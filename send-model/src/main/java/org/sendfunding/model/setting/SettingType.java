package org.sendfunding.model.setting;

/**
 * The kinds of education setting that high-needs funding treats differently.
 *
 * <p>Place-plus funding depends on the kind: a maintained special school gets place funding per
 * commissioned place plus top-ups, a mainstream school meets the first £6,000 of additional support
 * from its notional SEN budget, and an independent special school is paid a fee by the LA. For example
 * {@code SettingType.INDEPENDENT_SPECIAL.isStateFunded()} is {@code false} and {@code
 * SettingType.RESOURCED_PROVISION.isSpecialist()} is {@code true}.
 */
public enum SettingType {
  /** Mainstream school maintained by the LA (community, foundation, voluntary). */
  MAINSTREAM_MAINTAINED("Mainstream maintained school", true, false, true),
  /** Mainstream academy or free school. */
  MAINSTREAM_ACADEMY("Mainstream academy or free school", true, false, true),
  /** Resourced provision or SEN unit attached to a mainstream school. */
  RESOURCED_PROVISION("Resourced provision / SEN unit", true, true, true),
  /** Special school maintained by the LA. */
  MAINTAINED_SPECIAL("Maintained special school", false, true, true),
  /** Special academy or special free school. */
  ACADEMY_SPECIAL("Special academy / free school", false, true, true),
  /** Non-maintained special school (charitable, approved under s342 Education Act 1996). */
  NON_MAINTAINED_SPECIAL("Non-maintained special school", false, true, false),
  /** Independent special school (fees paid by the LA). */
  INDEPENDENT_SPECIAL("Independent special school", false, true, false),
  /** Alternative provision: pupil referral unit, AP academy or AP free school. */
  ALTERNATIVE_PROVISION("Alternative provision / PRU", false, true, true),
  /** Further education college or post-16 institution. */
  POST_16_FE("Post-16 further education", false, false, true),
  /** Early years provider (nursery, childminder, maintained nursery school). */
  EARLY_YEARS("Early years provider", false, false, true);

  private final String displayName;
  private final boolean mainstream;
  private final boolean specialist;
  private final boolean stateFunded;

  SettingType(String displayName, boolean mainstream, boolean specialist, boolean stateFunded) {
    this.displayName = displayName;
    this.mainstream = mainstream;
    this.specialist = specialist;
    this.stateFunded = stateFunded;
  }

  /** A readable name for tables. */
  public String displayName() {
    return displayName;
  }

  /** Whether pupils here are on a mainstream school's roll (including its resourced provision). */
  public boolean isMainstream() {
    return mainstream;
  }

  /** Whether this is a specialist place: resourced provision, special schools of every kind, AP. */
  public boolean isSpecialist() {
    return specialist;
  }

  /**
   * Whether the setting is state-funded (maintained, academy, PRU, FE, early years). Non-maintained and
   * independent special schools are not: the LA pays them by fee or place.
   */
  public boolean isStateFunded() {
    return stateFunded;
  }
}
