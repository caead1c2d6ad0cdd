package org.sendfunding.accountability.progress8;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A pupil's Attainment 8 slot points, and the Attainment 8 score they make.
 *
 * <p>Attainment 8 fills eight slots: English (double weighted when the pupil took both English
 * language and English literature, the higher grade counting), maths (always double weighted), up to
 * three English Baccalaureate (EBacc) qualifications and up to three other approved qualifications (the
 * "open" element). Each slot holds a point score from 0 to 9 (GCSE grade 9 = 9 points); an empty slot
 * scores 0. Choosing which qualification fills which slot (discounting, first entry, pathways) happens
 * before this class.
 *
 * <pre>{@code
 * Attainment8Slots s = Attainment8Slots.builder()
 *     .english(5).englishDoubleWeighted(true).maths(4)
 *     .addEbacc(5, 4, 3).addOpen(6, 4)
 *     .build();
 * s.total();   // 2*5 + 2*4 + (5+4+3) + (6+4+0) = 40.0
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Attainment8Slots {

  /** Slots in each of the EBacc and open elements. */
  public static final int SLOTS_PER_ELEMENT = 3;
  /** Highest point score of one slot. */
  public static final double MAXIMUM_POINTS = 9;

  Attainment8Slots() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Attainment8Slots}. */
  public static final class Builder extends ImmutableAttainment8Slots.Builder {
    Builder() {}
  }

  /** Points of the English slot (the higher of language and literature). */
  public abstract double english();

  /** Whether English is double weighted: the pupil took both English language and literature. */
  public abstract boolean englishDoubleWeighted();

  /** Points of the maths slot (always double weighted). */
  public abstract double maths();

  /** Points of up to three EBacc slots. */
  public abstract ImmutableList<Double> ebacc();

  /** Points of up to three open slots. */
  public abstract ImmutableList<Double> open();

  /** The Attainment 8 score: the weighted sum of the slots, 0 to 90. */
  @Value.Derived
  public double total() {
    double sum = (englishDoubleWeighted() ? 2 : 1) * english() + 2 * maths();
    for (double p : ebacc()) {
      sum += p;
    }
    for (double p : open()) {
      sum += p;
    }
    return sum;
  }

  @Value.Check
  void check() {
    checkPoints("english", english());
    checkPoints("maths", maths());
    Preconditions.checkArgument(ebacc().size() <= SLOTS_PER_ELEMENT,
        "Attainment8Slots.ebacc: %s qualifications; the EBacc element has %s slots", ebacc().size(), SLOTS_PER_ELEMENT);
    Preconditions.checkArgument(open().size() <= SLOTS_PER_ELEMENT,
        "Attainment8Slots.open: %s qualifications; the open element has %s slots", open().size(), SLOTS_PER_ELEMENT);
    ebacc().forEach(p -> checkPoints("ebacc", p));
    open().forEach(p -> checkPoints("open", p));
  }

  private static void checkPoints(String field, double points) {
    Preconditions.checkArgument(Double.isFinite(points) && points >= 0 && points <= MAXIMUM_POINTS,
        "Attainment8Slots.%s: %s points is outside 0 to 9", field, points);
  }
}
