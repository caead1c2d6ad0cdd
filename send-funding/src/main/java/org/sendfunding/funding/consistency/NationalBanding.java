package org.sendfunding.funding.consistency;

import java.util.Locale;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ValueInForce;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.money.RoundingRule;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * A national banding framework: one national tariff per setting type, area-cost adjusted, used in
 * place of each LA's local bands and prices when {@code consistency.national_banding.mode} is
 * {@code national}.
 *
 * <p>The tariffs are parameters {@code consistency.national_tariff.<setting type>} (illustrative: the
 * 2023 SEND and AP Improvement Plan proposed national tariffs but none were published). With the
 * maintained special school tariff of £28,000 and an area cost adjustment of 1.15:
 *
 * <pre>{@code
 * NationalBanding.DEFAULT.tariff(params, FinancialYear.parse("2026-27"), SettingType.MAINTAINED_SPECIAL,
 *     Rate.of("1.15")); // £32,200.00
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalBanding {

  /** Path of the mode parameter ({@code local} or {@code national}). */
  public static final String MODE = "consistency.national_banding.mode";
  /** Path of the area-cost flag. */
  public static final String AREA_COST_ADJUSTED = "consistency.national_banding.area_cost_adjusted";
  /** Prefix of tariff paths. */
  public static final String TARIFF_PREFIX = "consistency.national_tariff.";

  /** The framework. */
  public static final NationalBanding DEFAULT = new NationalBanding();

  private NationalBanding() {}

  /**
   * Whether national tariffs replace local bands in a year.
   *
   * @param parameters the parameter set
   * @param year the year
   * @return true if national
   * @throws IllegalArgumentException if the mode is neither local nor national
   */
  public boolean isNational(ParameterSet parameters, FinancialYear year) {
    String mode = parameters.rule(MODE, year);
    if (!mode.equals("local") && !mode.equals("national")) {
      throw new IllegalArgumentException(MODE + ": '" + mode + "' is not one of local, national (" + year + ")");
    }
    return mode.equals("national");
  }

  /** The tariff parameter's path for a setting type. */
  public static String tariffPath(SettingType type) {
    return TARIFF_PREFIX + type.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The area-cost adjusted national tariff for a setting type.
   *
   * @param parameters the parameter set
   * @param year the year whose tariff applies
   * @param type the setting type
   * @param areaCostAdjustment the LA's area cost adjustment
   * @return tariff × adjustment (when adjusted), half up to the penny
   */
  public Money tariff(ParameterSet parameters, FinancialYear year, SettingType type, Rate areaCostAdjustment) {
    Money tariff = parameters.money(tariffPath(type), year);
    return parameters.flag(AREA_COST_ADJUSTED, year) ? tariff.times(areaCostAdjustment, RoundingRule.HALF_UP_TO_PENNY) : tariff;
  }

  /**
   * Explains a tariff.
   *
   * @param parameters the parameter set
   * @param year the year
   * @param type the setting type
   * @param areaCostAdjustment the LA's area cost adjustment
   * @return the explanation
   */
  public Explanation explain(ParameterSet parameters, FinancialYear year, SettingType type, Rate areaCostAdjustment) {
    ValueInForce tariff = parameters.get(tariffPath(type), year);
    ValueInForce aca = parameters.get(AREA_COST_ADJUSTED, year);
    return Explanation.builder()
        .rule("National tariff for " + type.displayName() + (aca.value().asBoolean() ? " times the area cost adjustment" : ""))
        .amount(tariff(parameters, year, type, areaCostAdjustment))
        .putInputs("area cost adjustment", areaCostAdjustment.toString())
        .addParameters(tariff.toUse(), aca.toUse())
        .build();
  }
}
