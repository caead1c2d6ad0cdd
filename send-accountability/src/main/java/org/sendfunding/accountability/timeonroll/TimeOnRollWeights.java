package org.sendfunding.accountability.timeonroll;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import org.sendfunding.accountability.cohort.KeyStage4Pupil;

/**
 * Shares a pupil's result among the schools whose roll they were on, in proportion to terms.
 *
 * <p>A pupil with 2 terms at school 140002 and 4 at 140001 counts 1/3 to 140002 and 2/3 to 140001.
 * The weights of every pupil sum to one, so each result counts exactly once across all schools.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class TimeOnRollWeights {

  private TimeOnRollWeights() {}

  /**
   * Each school's share of a pupil.
   *
   * @param pupil the pupil
   * @param termsInKeyStage the most terms a key stage has; a pupil recorded with more is an error
   * @return weight by URN, summing to one
   * @throws IllegalArgumentException naming the pupil if their terms exceed the key stage
   */
  public static ImmutableSortedMap<Integer, Double> of(KeyStage4Pupil pupil, int termsInKeyStage) {
    int total = pupil.totalTerms();
    Preconditions.checkArgument(total <= termsInKeyStage,
        "TimeOnRollWeights: pupil %s has %s terms on roll, more than the %s terms of key stage 4",
        pupil.id(), total, termsInKeyStage);
    ImmutableSortedMap.Builder<Integer, Double> b = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<Integer, Integer> e : pupil.termsOnRoll().entrySet()) {
      b.put(e.getKey(), (double) e.getValue() / total);
    }
    return b.build();
  }
}
