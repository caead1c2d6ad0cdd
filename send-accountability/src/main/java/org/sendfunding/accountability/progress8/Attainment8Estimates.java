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
 * Estimated Attainment 8 for each prior-attainment group: DfE's national figures, or computed from a
 * cohort, optionally with DfE's published cap floors.
 *
 * <p>DfE's estimate for a group is the national mean Attainment 8 of pupils in mainstream schools in
 * the group that year. Use the embedded national tables ({@link NationalEstimates#attainment8(int)}),
 * supply other published figures with {@link #of}, or, when the cohort is the whole country or you
 * want a within-cohort comparison, compute them with {@link #fromCohort} (mainstream pupils only
 * unless you ask for {@link EstimatePopulation#ALL_SCHOOLS}):
 *
 * <pre>{@code
 * Attainment8Estimates national = NationalEstimates.attainment8(2023);
 * national.estimate(15).meanAttainment8();   // 38.0
 * Attainment8Estimates own = Attainment8Estimates.of("my estimates",
 *     List.of(GroupEstimate.of(1, 9.1, 8.2, 5230), GroupEstimate.of(2, 12.5, 9.4, 6120)))
 *     .withPublishedFloors(Map.of(1, -2.5, 2, -2.6), "floors from my source");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Attainment8Estimates {

  private final String source;
  private final ImmutableSortedMap<Integer, GroupEstimate> groups;
  private final ImmutableSortedMap<Integer, Double> publishedFloors;
  private final String floorsSource;

  private Attainment8Estimates(String source, ImmutableSortedMap<Integer, GroupEstimate> groups,
      ImmutableSortedMap<Integer, Double> publishedFloors, String floorsSource) {
    this.source = source;
    this.groups = groups;
    this.publishedFloors = publishedFloors;
    this.floorsSource = floorsSource;
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
    return new Attainment8Estimates(source, ImmutableSortedMap.copyOf(map), ImmutableSortedMap.of(), "");
  }

  /**
   * These estimates with published cap floors (DfE's minimum pupil Progress 8 score per group), which
   * then replace the floors the calculator would derive from standard deviations.
   *
   * @param floors the floor of each group, at most 0; groups must have estimates
   * @param source where the floors come from
   * @return the estimates with floors
   * @throws IllegalArgumentException naming a group without an estimate or a positive floor
   */
  public Attainment8Estimates withPublishedFloors(Map<Integer, Double> floors, String source) {
    Preconditions.checkArgument(!source.isBlank(), "Attainment8Estimates.floorsSource: must not be blank");
    for (Map.Entry<Integer, Double> f : floors.entrySet()) {
      Preconditions.checkArgument(groups.containsKey(f.getKey()),
          "Attainment8Estimates: floor for group %s, which has no estimate (%s)", f.getKey(), this.source);
      Preconditions.checkArgument(Double.isFinite(f.getValue()) && f.getValue() <= 0,
          "Attainment8Estimates: floor %s of group %s is not a finite score at most 0", f.getValue(), f.getKey());
    }
    return new Attainment8Estimates(this.source, groups, ImmutableSortedMap.copyOf(floors), source);
  }

  /** Published cap floors by group (empty unless {@link #withPublishedFloors} gave them). */
  public ImmutableSortedMap<Integer, Double> publishedFloors() {
    return publishedFloors;
  }

  /** Where the published floors come from ("" if none). */
  public String floorsSource() {
    return floorsSource;
  }

  /**
   * Estimates computed from the cohort's pupils in mainstream schools, as DfE computes its national
   * estimates.
   *
   * @param cohort the cohort
   * @param groups how pupils are grouped
   * @return the estimates
   * @throws IllegalArgumentException if no pupil has both prior attainment and a result
   */
  public static Attainment8Estimates fromCohort(Cohort cohort, PriorAttainmentGroups groups) {
    return fromCohort(cohort, groups, EstimatePopulation.MAINSTREAM_SCHOOLS);
  }

  /**
   * Estimates computed from the pupils of a cohort who have prior attainment and a result: each
   * group's mean and (population) standard deviation of Attainment 8 over the chosen population. A
   * group with pupils only outside the population (say, only special-school pupils) is estimated from
   * all its pupils, and the source says so, so that no pupil loses their score silently.
   *
   * @param cohort the cohort
   * @param groups how pupils are grouped
   * @param population whose results make the estimates
   * @return the estimates
   * @throws IllegalArgumentException if no pupil has both prior attainment and a result
   */
  public static Attainment8Estimates fromCohort(Cohort cohort, PriorAttainmentGroups groups, EstimatePopulation population) {
    Map<Integer, List<Double>> inPopulation = new TreeMap<>();
    Map<Integer, List<Double>> everyone = new TreeMap<>();
    int used = 0;
    for (KeyStage4Pupil p : cohort.pupils()) {
      OptionalInt g = groups.groupOf(p);
      if (g.isPresent() && p.attainment8().isPresent()) {
        everyone.computeIfAbsent(g.getAsInt(), k -> new ArrayList<>()).add(p.attainment8().get());
        if (population.includes(cohort.school(p.schoolUrn()))) {
          inPopulation.computeIfAbsent(g.getAsInt(), k -> new ArrayList<>()).add(p.attainment8().get());
          used++;
        }
      }
    }
    List<GroupEstimate> out = new ArrayList<>();
    List<Integer> fallback = new ArrayList<>();
    for (Map.Entry<Integer, List<Double>> e : everyone.entrySet()) {
      List<Double> scores = inPopulation.get(e.getKey());
      if (scores == null) {
        scores = e.getValue();
        fallback.add(e.getKey());
      }
      double[] values = scores.stream().mapToDouble(Double::doubleValue).toArray();
      double mean = Statistics.mean(values);
      out.add(GroupEstimate.of(e.getKey(), mean, Statistics.populationStandardDeviation(values, mean), values.length));
    }
    return of("estimates from the cohort's " + used + " " + population.description()
        + (fallback.isEmpty() ? "" : "; groups " + fallback + " from all their pupils (none in the population)"), out);
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
    return source.equals(other.source) && groups.equals(other.groups) && publishedFloors.equals(other.publishedFloors)
        && floorsSource.equals(other.floorsSource);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(source, groups, publishedFloors, floorsSource);
  }

  @Override
  public String toString() {
    return "Attainment8Estimates{" + source + ", " + groups.size() + " groups}";
  }
}
