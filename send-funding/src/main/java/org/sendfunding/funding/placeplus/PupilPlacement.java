package org.sendfunding.funding.placeplus;

import com.google.common.base.Preconditions;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;

/**
 * A pupil placed in a setting, with what place-plus funding needs to know.
 *
 * <ul>
 *   <li>{@link #basicPerPupilFunding()}: element 1 where the setting gets it per pupil (mainstream
 *       schools and their resourced provision, FE from the 16-19 formula, early years); absent
 *       elsewhere.
 *   <li>{@link #provisionCost()}: the annual cost of the pupil's provision: for mainstream, resourced
 *       provision, FE and early years the cost of additional support above element 1; for special
 *       schools and AP the full cost of the place.
 *   <li>{@link #topUpBasis()} with {@link #band()} or {@link #agreedTopUp()}: how element 3 is set.
 *   <li>{@link #annualFee()}: the fee of an independent special school, paid in full by the LA.
 * </ul>
 *
 * <pre>{@code
 * PupilPlacement p = PupilPlacement.builder()
 *     .pupilId("P1")
 *     .settingType(SettingType.MAINSTREAM_ACADEMY)
 *     .basicPerPupilFunding(Money.ofPounds(5_000))
 *     .provisionCost(Money.ofPounds(9_500))
 *     .topUpBasis(TopUpBasis.COST_ABOVE_BASE)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PupilPlacement {

  PupilPlacement() {}

  /** Starts a builder. @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PupilPlacement}. */
  public static final class Builder extends ImmutablePupilPlacement.Builder {
    Builder() {}
  }

  /** An identifier for messages and explanations. @return the id */
  public abstract String pupilId();

  /** The kind of setting. @return the setting type */
  public abstract SettingType settingType();

  /** Element 1 where paid per pupil. @return the amount */
  public abstract Optional<Money> basicPerPupilFunding();

  /** The annual cost of the pupil's provision. @return the cost */
  public abstract Money provisionCost();

  /** How element 3 is set. @return the basis */
  public abstract TopUpBasis topUpBasis();

  /** The band id, for {@link TopUpBasis#BAND}. @return the band */
  public abstract Optional<String> band();

  /** The agreed top-up, for {@link TopUpBasis#AGREED_AMOUNT}. @return the amount */
  public abstract Optional<Money> agreedTopUp();

  /** The independent special school's annual fee. @return the fee */
  public abstract Optional<Money> annualFee();

  /**
   * For resourced provision: whether the pupil is on the host school's census roll (place £6,000 plus
   * element 1); otherwise the place is funded at the unoccupied rate (£10,000) with no element 1.
   *
   * @return true if on the school's roll
   */
  @Value.Default
  public boolean onSchoolRoll() {
    return true;
  }

  @Value.Check
  void check() {
    String who = " (pupil " + pupilId() + ", " + settingType() + ")";
    Preconditions.checkArgument(!provisionCost().isNegative(),
        "PupilPlacement.provisionCost: %s must not be negative%s", provisionCost(), who);
    boolean perPupil = takesBasicPerPupilFunding(settingType(), onSchoolRoll());
    Preconditions.checkArgument(perPupil == basicPerPupilFunding().isPresent(),
        "PupilPlacement.basicPerPupilFunding: %s%s", perPupil
            ? "is required: element 1 is paid per pupil in this setting"
            : "must be absent: element 1 is in the place funding or fee in this setting", who);
    basicPerPupilFunding().ifPresent(m -> Preconditions.checkArgument(!m.isNegative(),
        "PupilPlacement.basicPerPupilFunding: %s must not be negative%s", m, who));
    boolean independent = settingType() == SettingType.INDEPENDENT_SPECIAL;
    Preconditions.checkArgument(independent == annualFee().isPresent(),
        "PupilPlacement.annualFee: %s%s", independent
            ? "is required for an independent special school" : "is only for independent special schools", who);
    annualFee().ifPresent(m -> Preconditions.checkArgument(!m.isNegative(),
        "PupilPlacement.annualFee: %s must not be negative%s", m, who));
    Preconditions.checkArgument((topUpBasis() == TopUpBasis.BAND) == band().isPresent(),
        "PupilPlacement.band: must be given exactly when topUpBasis is BAND (basis %s)%s", topUpBasis(), who);
    Preconditions.checkArgument((topUpBasis() == TopUpBasis.AGREED_AMOUNT) == agreedTopUp().isPresent(),
        "PupilPlacement.agreedTopUp: must be given exactly when topUpBasis is AGREED_AMOUNT (basis %s)%s",
        topUpBasis(), who);
    Preconditions.checkArgument(!independent || topUpBasis() == TopUpBasis.NONE,
        "PupilPlacement.topUpBasis: %s, but an independent special school is paid its fee, not top-ups%s",
        topUpBasis(), who);
  }

  static boolean takesBasicPerPupilFunding(SettingType type, boolean onSchoolRoll) {
    switch (type) {
      case MAINSTREAM_MAINTAINED:
      case MAINSTREAM_ACADEMY:
      case POST_16_FE:
      case EARLY_YEARS:
        return true;
      case RESOURCED_PROVISION:
        return onSchoolRoll;
      default:
        return false;
    }
  }
}
