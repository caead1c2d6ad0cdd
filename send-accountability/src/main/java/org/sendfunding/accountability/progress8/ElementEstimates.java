package org.sendfunding.accountability.progress8;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * DfE's national Attainment 8 estimate of one prior-attainment group, element by element, as the
 * yearly estimates table publishes it: English (double weighted), maths (double weighted), the three
 * EBacc slots and the three open slots, with the average number of EBacc and open slots filled.
 *
 * <p>For the 2023 group of KS2 prior attainment 100.5 to 101.0: {@code ElementEstimates.of(8.46,
 * 7.35, 10.42, 11.77, 2.78, 2.80)}; {@link #attainment8()} is 8.46 + 7.35 + 10.42 + 11.77 = 38.00, the
 * group's Attainment 8 estimate (DfE's table prints it divided by 10 as 3.80).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class ElementEstimates {

  ElementEstimates() {}

  /**
   * Element estimates.
   *
   * @param english the English element (double weighted), points
   * @param maths the maths element (double weighted), points
   * @param ebacc the EBacc element (three slots), points
   * @param open the open element (three slots), points
   * @param ebaccSlotsFilled average EBacc slots filled, 0 to 3
   * @param openSlotsFilled average open slots filled, 0 to 3
   * @return the estimates
   */
  public static ElementEstimates of(double english, double maths, double ebacc, double open,
      double ebaccSlotsFilled, double openSlotsFilled) {
    return ImmutableElementEstimates.of(english, maths, ebacc, open, ebaccSlotsFilled, openSlotsFilled);
  }

  /** English element estimate, 0 to 18 points. */
  @Value.Parameter
  public abstract double english();

  /** Maths element estimate, 0 to 18 points. */
  @Value.Parameter
  public abstract double maths();

  /** EBacc element estimate, 0 to 27 points. */
  @Value.Parameter
  public abstract double ebacc();

  /** Open element estimate, 0 to 27 points. */
  @Value.Parameter
  public abstract double open();

  /** Average EBacc slots filled, 0 to 3. */
  @Value.Parameter
  public abstract double ebaccSlotsFilled();

  /** Average open slots filled, 0 to 3. */
  @Value.Parameter
  public abstract double openSlotsFilled();

  /**
   * The Attainment 8 estimate the elements make: their sum, rounded to 2 decimals (the precision the
   * elements are published to) so that binary fractions do not show.
   */
  @Value.Derived
  public double attainment8() {
    return Math.round((english() + maths() + ebacc() + open()) * 100) / 100.0;
  }

  @Value.Check
  void check() {
    checkRange("english", english(), 18);
    checkRange("maths", maths(), 18);
    checkRange("ebacc", ebacc(), 27);
    checkRange("open", open(), 27);
    checkRange("ebaccSlotsFilled", ebaccSlotsFilled(), 3);
    checkRange("openSlotsFilled", openSlotsFilled(), 3);
  }

  private static void checkRange(String field, double value, double max) {
    Preconditions.checkArgument(Double.isFinite(value) && value >= 0 && value <= max,
        "ElementEstimates.%s: %s is outside 0 to %s", field, value, max);
  }

  @Override
  public String toString() {
    return String.format("English %.2f + maths %.2f + EBacc %.2f + open %.2f = %.2f", english(), maths(), ebacc(), open(),
        attainment8());
  }
}
