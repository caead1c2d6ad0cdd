package org.sendfunding.accountability.progress8;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.accountability.cohort.KeyStage4Pupil;

/**
 * Estimated Attainment 8 for each prior-attainment group: national figures, or computed from a cohort.
 *
 * <p>DfE's estimate for a group is the national mean Attainment 8 of pupils in it that year. When the
 * cohort is the whole country (or you want a within-cohort comparison) use {@link #fromCohort};
 * otherwise supply the published figures with {@link #of}:
 *
 * <pre>{@code
 * Attainment8Estimates national = Attainment8Estimates.of("DfE 2019 national estimates",
 *     List.of(GroupEstimate.of(1, 9.1, 8.2, 5230), GroupEstimate.of(2, 12.5, 9.4, 6120)));
 * national.estimate(2).meanAttainment8();   // 12.5
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Attainment8Estimates {

  private final String source;
  private final ImmutableSortedMap<Integer, GroupEstimate> groups;

  private Attainment8Estimates(String source, ImmutableSortedMap<Integer, GroupEstimate> groups) {
    this.source = source;
    this.groups = groups;
  }

  /**
   * Estimates supplied from a source such as DfE's national tables.
   *
   * @param source where the figures come from, e.g. "DfE 2019 national estimates"
   * @param estimates one per group
   * @return the estimates
   * @throws IllegalArgumentException if a group appears twice or none is given
   */
  public static Attainment8Estimates of(String source, Iterable<GroupEstimate> estimates) {
    Preconditions.checkArgument(!source.isBlank(), "Attainment8Estimates.source: must not be blank");
    Map<Integer, GroupEstimate> map = new TreeMap<>();
    for (GroupEstimate e : estimates) {
      Preconditions.checkArgument(map.put(e.group(), e) == null,
          "Attainment8Estimates: group %s appears twice (%s)", e.group(), source);
    }
    Preconditions.checkArgument(!map.isEmpty(), "Attainment8Estimates: no groups (%s)", source);
    return new Attainment8Estimates(source, ImmutableSortedMap.copyOf(map));
  }

  /**
   * Estimates computed from the pupils of a cohort who have prior attainment and a result: each
   * group's mean and (population) standard deviation of Attainment 8.
   *
   * @param cohort the cohort
   * @param groups how pupils are grouped
   * @return the estimates
   * @throws IllegalArgumentException if no pupil has both prior attainment and a result
   */
  public static Attainment8Estimates fromCohort(Cohort cohort, PriorAttainmentGroups groups) {
    Map<Integer, List<Double>> scores = new TreeMap<>();
    for (KeyStage4Pupil p : cohort.pupils()) {
      OptionalInt g = groups.groupOf(p);
      if (g.isPresent() && p.attainment8().isPresent()) {
        scores.computeIfAbsent(g.getAsInt(), k -> new ArrayList<>()).add(p.attainment8().get());
      }
    }
    List<GroupEstimate> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Double>> e : scores.entrySet()) {
      double[] values = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
      double mean = Statistics.mean(values);
      out.add(GroupEstimate.of(e.getKey(), mean, Statistics.populationStandardDeviation(values, mean), values.length));
    }
    return of("estimates from the cohort's " + cohort.pupils().size() + " pupils", out);
  }

  /** Where the figures come from. */
  public String source() {
    return source;
  }

  /** The estimates, by group. */
  public ImmutableSortedMap<Integer, GroupEstimate> groups() {
    return groups;
  }

  /**
   * The estimate for a group.
   *
   * @param group the group
   * @return the estimate
   * @throws NoSuchElementException naming the group and source if there is none
   */
  public GroupEstimate estimate(int group) {
    GroupEstimate e = groups.get(group);
    if (e == null) {
      throw new NoSuchElementException("Attainment8Estimates: no estimate for prior-attainment group "
          + group + " in " + source + " (groups " + groups.keySet() + ")");
    }
    return e;
  }

  /**
   * Equal when both have the same source and group estimates.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Attainment8Estimates)) {
      return false;
    }
    Attainment8Estimates other = (Attainment8Estimates) obj;
    return source.equals(other.source) && groups.equals(other.groups);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(source, groups);
  }

  @Override
  public String toString() {
    return "Attainment8Estimates{" + source + ", " + groups.size() + " groups}";
  }
}
