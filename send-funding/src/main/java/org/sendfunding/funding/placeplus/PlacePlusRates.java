package org.sendfunding.funding.placeplus;

import com.google.common.collect.ImmutableList;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ValueInForce;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * The place values and the notional SEN threshold in force in one financial year, looked up once so
 * that millions of pupils can be funded without repeating the lookups.
 *
 * <pre>{@code
 * PlacePlusRates rates = PlacePlusRates.resolve(ParameterSet.defaults(), FinancialYear.of(2025));
 * rates.placeValue(SettingType.MAINTAINED_SPECIAL, true);   // £10,000.00
 * rates.placeValue(SettingType.RESOURCED_PROVISION, true);  // £6,000.00 (pupil on the school's roll)
 * rates.notionalSenThreshold();                              // £6,000.00
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlacePlusRates {

  static final String SPECIAL = "placeplus.place_value.special";
  static final String NON_MAINTAINED = "placeplus.place_value.non_maintained_special";
  static final String RESOURCED = "placeplus.place_value.resourced_provision";
  static final String RESOURCED_UNOCCUPIED = "placeplus.place_value.resourced_provision_unoccupied";
  static final String AP = "placeplus.place_value.alternative_provision";
  static final String FE = "placeplus.place_value.post16_fe";
  static final String THRESHOLD = "placeplus.notional_sen_threshold";

  private final FinancialYear year;
  private final ValueInForce special;
  private final ValueInForce nonMaintained;
  private final ValueInForce resourced;
  private final ValueInForce resourcedUnoccupied;
  private final ValueInForce ap;
  private final ValueInForce fe;
  private final ValueInForce threshold;
  final long specialPence;
  final long nonMaintainedPence;
  final long resourcedPence;
  final long resourcedUnoccupiedPence;
  final long apPence;
  final long fePence;
  final long thresholdPence;

  private PlacePlusRates(ParameterSet p, FinancialYear year) {
    this.year = year;
    special = p.get(SPECIAL, year);
    nonMaintained = p.get(NON_MAINTAINED, year);
    resourced = p.get(RESOURCED, year);
    resourcedUnoccupied = p.get(RESOURCED_UNOCCUPIED, year);
    ap = p.get(AP, year);
    fe = p.get(FE, year);
    threshold = p.get(THRESHOLD, year);
    specialPence = special.value().asMoney().pence();
    nonMaintainedPence = nonMaintained.value().asMoney().pence();
    resourcedPence = resourced.value().asMoney().pence();
    resourcedUnoccupiedPence = resourcedUnoccupied.value().asMoney().pence();
    apPence = ap.value().asMoney().pence();
    fePence = fe.value().asMoney().pence();
    thresholdPence = threshold.value().asMoney().pence();
  }

  /**
   * The rates in force on 1 April of a year.
   *
   * @param parameters the parameters
   * @param year the financial year
   * @return the rates
   * @throws org.sendfunding.funding.parameter.ParameterException naming a parameter not in force
   */
  public static PlacePlusRates resolve(ParameterSet parameters, FinancialYear year) {
    return new PlacePlusRates(parameters, year);
  }

  /** The financial year. @return the year */
  public FinancialYear financialYear() {
    return year;
  }

  /**
   * The place value for a setting type: zero where places are not funded (mainstream, early years,
   * independent special schools, which are paid by fee).
   *
   * @param type the setting type
   * @param onSchoolRoll for resourced provision, whether the place is filled by a pupil on the host
   *     school's census roll (otherwise the higher unoccupied rate applies)
   * @return the value of one place
   */
  public Money placeValue(SettingType type, boolean onSchoolRoll) {
    return Money.ofPence(placePence(type, onSchoolRoll));
  }

  /** The notional SEN threshold (£6,000). @return the threshold */
  public Money notionalSenThreshold() {
    return Money.ofPence(thresholdPence);
  }

  long placePence(SettingType type, boolean onSchoolRoll) {
    switch (type) {
      case MAINTAINED_SPECIAL:
      case ACADEMY_SPECIAL:
        return specialPence;
      case NON_MAINTAINED_SPECIAL:
        return nonMaintainedPence;
      case RESOURCED_PROVISION:
        return onSchoolRoll ? resourcedPence : resourcedUnoccupiedPence;
      case ALTERNATIVE_PROVISION:
        return apPence;
      case POST_16_FE:
        return fePence;
      default:
        return 0;
    }
  }

  /** The parameter behind a setting type's place value, if places are funded there. */
  ImmutableList<ValueInForce> placeParameter(SettingType type, boolean onSchoolRoll) {
    switch (type) {
      case MAINTAINED_SPECIAL:
      case ACADEMY_SPECIAL:
        return ImmutableList.of(special);
      case NON_MAINTAINED_SPECIAL:
        return ImmutableList.of(nonMaintained);
      case RESOURCED_PROVISION:
        return ImmutableList.of(onSchoolRoll ? resourced : resourcedUnoccupied);
      case ALTERNATIVE_PROVISION:
        return ImmutableList.of(ap);
      case POST_16_FE:
        return ImmutableList.of(fe);
      default:
        return ImmutableList.of();
    }
  }

  ValueInForce threshold() {
    return threshold;
  }
}
