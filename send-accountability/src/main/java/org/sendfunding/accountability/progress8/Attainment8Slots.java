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
 * scores 0. {@link #fill} fills the slots from a pupil's qualification point scores as the guide
 * ("Calculating Attainment 8"; "Qualifications in the 'open' element") describes; discounting, first
 * entry and pathway rules, which decide which qualifications count at all, happen before it.
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

  /**
   * Fills the slots from a pupil's point scores (after discounting): English is the higher of English
   * language and literature, double weighted only when the pupil took both, and the other of the two
   * may then fill an open slot; maths is double weighted; the EBacc element takes the three highest
   * EBacc qualifications; the open element takes the three highest of everything left (further EBacc
   * qualifications, the other English qualification, other approved qualifications). Unfilled slots
   * score 0, so a pupil with fewer than eight qualifications still has an Attainment 8.
   *
   * <p>Language 5, literature 6, maths 4, EBacc {7, 5, 4, 3}, other {6}: English 6 (double), the
   * EBacc element 7 + 5 + 4, the open element 6 (other) + 5 (language) + 3 (fourth EBacc); total 2*6 +
   * 2*4 + 16 + 14 = 50.
   *
   * @param englishLanguage points of English language, if taken
   * @param englishLiterature points of English literature, if taken
   * @param maths points of maths, if taken
   * @param ebacc points of EBacc qualifications (sciences, computer science, geography, history, languages)
   * @param other points of other approved qualifications
   * @return the filled slots
   * @throws IllegalArgumentException if a point score is outside 0 to 9
   */
  public static Attainment8Slots fill(java.util.Optional<Double> englishLanguage, java.util.Optional<Double> englishLiterature,
      java.util.Optional<Double> maths, java.util.List<Double> ebacc, java.util.List<Double> other) {
    englishLanguage.ifPresent(p -> checkPoints("englishLanguage", p));
    englishLiterature.ifPresent(p -> checkPoints("englishLiterature", p));
    ebacc.forEach(p -> checkPoints("ebacc", p));
    other.forEach(p -> checkPoints("open", p));
    java.util.List<Double> open = new java.util.ArrayList<>(other);
    double english = 0;
    boolean both = englishLanguage.isPresent() && englishLiterature.isPresent();
    if (both) {
      english = Math.max(englishLanguage.get(), englishLiterature.get());
      open.add(Math.min(englishLanguage.get(), englishLiterature.get()));
    } else {
      english = englishLanguage.or(() -> englishLiterature).orElse(0.0);
    }
    java.util.List<Double> sortedEbacc = new java.util.ArrayList<>(ebacc);
    sortedEbacc.sort(java.util.Comparator.reverseOrder());
    int inEbacc = Math.min(SLOTS_PER_ELEMENT, sortedEbacc.size());
    open.addAll(sortedEbacc.subList(inEbacc, sortedEbacc.size()));
    open.sort(java.util.Comparator.reverseOrder());
    return builder().english(english).englishDoubleWeighted(both).maths(maths.orElse(0.0))
        .ebacc(sortedEbacc.subList(0, inEbacc)).open(open.subList(0, Math.min(SLOTS_PER_ELEMENT, open.size())))
        .build();
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
