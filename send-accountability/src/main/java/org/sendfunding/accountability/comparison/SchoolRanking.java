package org.sendfunding.accountability.comparison;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Schools ranked under one measure, highest value first.
 *
 * <p>Order is fully determined by the values: higher value first, equal values by URN (for display
 * only: tied schools share an averaged rank). So the ranking of a cohort never depends on the order
 * its rows were read in.
 *
 * <pre>{@code
 * SchoolRanking r = SchoolRanking.of("Progress 8", Map.of(140001, 0.3, 140002, -0.1, 140003, 0.3));
 * r.schools();   // [1.5. 140001 (+0.30), 1.5. 140003 (+0.30), 3. 140002 (-0.10)]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SchoolRanking {

  private final String measure;
  private final ImmutableList<RankedSchool> schools;
  private final ImmutableSortedMap<Integer, RankedSchool> byUrn;

  private SchoolRanking(String measure, ImmutableList<RankedSchool> schools) {
    this.measure = measure;
    this.schools = schools;
    ImmutableSortedMap.Builder<Integer, RankedSchool> b = ImmutableSortedMap.naturalOrder();
    schools.forEach(s -> b.put(s.urn(), s));
    this.byUrn = b.build();
  }

  /**
   * Ranks schools by value.
   *
   * @param measure the measure's name
   * @param values each school's value, by URN; every value finite
   * @return the ranking
   * @throws IllegalArgumentException naming the school if a value is not finite
   */
  public static SchoolRanking of(String measure, Map<Integer, Double> values) {
    List<Map.Entry<Integer, Double>> entries = new ArrayList<>(values.entrySet());
    for (Map.Entry<Integer, Double> e : entries) {
      Preconditions.checkArgument(Double.isFinite(e.getValue()),
          "SchoolRanking: school %s has value %s under %s", e.getKey(), e.getValue(), measure);
    }
    entries.sort(Comparator.comparing((Map.Entry<Integer, Double> e) -> -e.getValue()).thenComparing(Map.Entry::getKey));
    ImmutableList.Builder<RankedSchool> out = ImmutableList.builder();
    int i = 0;
    while (i < entries.size()) {
      int j = i;
      while (j + 1 < entries.size() && entries.get(j + 1).getValue().equals(entries.get(i).getValue())) {
        j++;
      }
      double rank = (i + 1 + j + 1) / 2.0;
      for (int k = i; k <= j; k++) {
        out.add(RankedSchool.of(entries.get(k).getKey(), entries.get(k).getValue(), rank));
      }
      i = j + 1;
    }
    return new SchoolRanking(measure, out.build());
  }

  /** The measure's name. */
  public String measure() {
    return measure;
  }

  /** The schools, best first. */
  public ImmutableList<RankedSchool> schools() {
    return schools;
  }

  /** The schools by URN. */
  public ImmutableSortedMap<Integer, RankedSchool> byUrn() {
    return byUrn;
  }

  /**
   * A school's place.
   *
   * @param urn the URN
   * @return the place
   * @throws NoSuchElementException if the school is not ranked under this measure
   */
  public RankedSchool school(int urn) {
    RankedSchool s = byUrn.get(urn);
    if (s == null) {
      throw new NoSuchElementException("SchoolRanking: school " + urn + " is not ranked under " + measure);
    }
    return s;
  }

  /**
   * Equal when both rank the same schools on the same measure with the same values.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof SchoolRanking)) {
      return false;
    }
    SchoolRanking other = (SchoolRanking) obj;
    return measure.equals(other.measure) && schools.equals(other.schools);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(measure, schools);
  }

  @Override
  public String toString() {
    return "SchoolRanking{" + measure + ", " + schools.size() + " schools}";
  }
}
