package org.sendfunding.accountability.cohort;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Multimaps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A key stage 4 cohort: the schools and the pupils measured, checked for consistency.
 *
 * <p>Pupils are held sorted by id and schools by URN, so every measure computed from a cohort is the
 * same whatever order the input rows came in. Every URN a pupil names (their school and every school
 * in their terms on roll) must be one of the schools, and pupil ids are unique.
 *
 * <pre>{@code
 * Cohort cohort = Cohort.of(schools, pupils);
 * cohort.pupilsAt(100001);    // pupils whose end-of-key-stage school is 100001
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cohort {

  private final ImmutableSortedMap<Integer, School> schools;
  private final ImmutableList<KeyStage4Pupil> pupils;
  private final ImmutableListMultimap<Integer, KeyStage4Pupil> bySchool;

  private Cohort(ImmutableSortedMap<Integer, School> schools, ImmutableList<KeyStage4Pupil> pupils) {
    this.schools = schools;
    this.pupils = pupils;
    this.bySchool = Multimaps.index(pupils, KeyStage4Pupil::schoolUrn);
  }

  /**
   * A cohort of schools and pupils.
   *
   * @param schools schools with distinct URNs
   * @param pupils pupils with distinct ids, naming only those schools
   * @return the cohort
   * @throws IllegalArgumentException listing (up to 20) duplicate URNs or ids and unknown URNs
   */
  public static Cohort of(Iterable<School> schools, Iterable<KeyStage4Pupil> pupils) {
    List<String> problems = new ArrayList<>();
    ImmutableSortedMap.Builder<Integer, School> byUrn = ImmutableSortedMap.naturalOrder();
    Set<Integer> urns = new HashSet<>();
    for (School s : schools) {
      if (!urns.add(s.urn())) {
        problems.add("school URN " + s.urn() + " appears twice");
      } else {
        byUrn.put(s.urn(), s);
      }
    }
    List<KeyStage4Pupil> sorted = new ArrayList<>();
    pupils.forEach(sorted::add);
    sorted.sort(Comparator.comparing(KeyStage4Pupil::id));
    for (int i = 0; i < sorted.size(); i++) {
      KeyStage4Pupil p = sorted.get(i);
      if (i > 0 && sorted.get(i - 1).id().equals(p.id())) {
        problems.add("pupil id " + p.id() + " appears twice");
      }
      for (int urn : p.termsOnRoll().keySet()) {
        if (!urns.contains(urn)) {
          problems.add("pupil " + p.id() + " names school " + urn + ", which is not in the schools");
        }
      }
    }
    if (!problems.isEmpty()) {
      int shown = Math.min(problems.size(), 20);
      throw new IllegalArgumentException("Cohort: " + problems.size() + " problem(s):\n  "
          + String.join("\n  ", problems.subList(0, shown))
          + (shown < problems.size() ? "\n  ... and " + (problems.size() - shown) + " more" : ""));
    }
    return new Cohort(byUrn.build(), ImmutableList.copyOf(sorted));
  }

  /** The schools, by URN. */
  public ImmutableSortedMap<Integer, School> schools() {
    return schools;
  }

  /** The pupils, sorted by id. */
  public ImmutableList<KeyStage4Pupil> pupils() {
    return pupils;
  }

  /**
   * The school with a URN.
   *
   * @param urn the URN
   * @return the school
   * @throws NoSuchElementException if it is not in the cohort
   */
  public School school(int urn) {
    School s = schools.get(urn);
    if (s == null) {
      throw new NoSuchElementException("Cohort: no school with URN " + urn);
    }
    return s;
  }

  /** Pupils whose {@link KeyStage4Pupil#schoolUrn()} is the URN (including those who left it), by id. */
  public ImmutableList<KeyStage4Pupil> pupilsAt(int urn) {
    return bySchool.get(urn);
  }

  /**
   * The same cohort with pupils in another order; used by tests to show results do not depend on it.
   *
   * @param pupils the pupils in any order
   * @return a cohort equal in content
   */
  public Cohort withPupils(Iterable<KeyStage4Pupil> pupils) {
    return of(schools.values(), pupils);
  }

  @Override
  public String toString() {
    return "Cohort{" + schools.size() + " schools, " + pupils.size() + " pupils}";
  }

}
