package org.sendfunding.ehcp.projection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.sendfunding.model.setting.SettingType;

/**
 * Projects an EHC plan caseload forward with a {@link TransitionModel}: each year every pupil moves up
 * one national curriculum year, leaves with the state's leaver probability, or moves to a need and
 * setting drawn from the state's destinations; joiners arrive in each state as Poisson draws around the
 * observed yearly mean. Repeated over Monte Carlo runs, each driven by a {@link SplittableRandom} split
 * from the seed, so a seed always gives the same projection.
 *
 * <pre>{@code
 * TransitionModel model = TransitionModel.estimate(List.of(jan2022, jan2023, jan2024));
 * DemandProjection p = DemandProjector.DEFAULT.project(model, ProjectionSettings.of(10, 1000, 42L));
 * }</pre>
 *
 * <p>The inner loop works on arrays of counts (binomial and multinomial draws per state), never on
 * pupil objects, and only over the states the caseload can reach. This class is immutable and
 * thread-safe.
 */
public final class DemandProjector {

  /** The projector. */
  public static final DemandProjector DEFAULT = new DemandProjector();

  private DemandProjector() {}

  /**
   * Projects a caseload.
   *
   * @param model the estimated model, starting from its last snapshot
   * @param settings years, runs, seed and percentiles
   * @return the projection
   */
  public DemandProjection project(TransitionModel model, ProjectionSettings settings) {
    int cells = CaseloadState.CELLS;
    int years = settings.years();
    int runs = settings.runs();
    int[] active = activeStates(model, years);
    double[] leave = model.leave();
    int[] destStart = model.destStart();
    int[] destCell = model.destCell();
    double[] cond = model.destConditional();
    int[] joinStates = model.joinerStates();
    double[] joinMeans = model.joinerMeans();
    int lastNcy = CaseloadState.NCYS - 1;
    int[][] cellRuns = new int[years * cells][runs];
    int[] cur = new int[CaseloadState.STATES];
    int[] next = new int[CaseloadState.STATES];
    SplittableRandom root = new SplittableRandom(settings.seed());
    for (int r = 0; r < runs; r++) {
      SplittableRandom rng = root.split();
      System.arraycopy(model.baseline(), 0, cur, 0, cur.length);
      for (int y = 0; y < years; y++) {
        for (int s : active) {
          next[s] = 0;
        }
        for (int s : active) {
          int c = cur[s];
          if (c == 0) {
            continue;
          }
          int ncyIdx = s / cells;
          if (ncyIdx == lastNcy) {
            continue;
          }
          int stay = c - Draws.binomial(rng, c, leave[s]);
          int base = (ncyIdx + 1) * cells;
          int end = destStart[s + 1];
          for (int k = destStart[s]; k < end && stay > 0; k++) {
            int x = k == end - 1 ? stay : Draws.binomial(rng, stay, cond[k]);
            next[base + destCell[k]] += x;
            stay -= x;
          }
        }
        for (int j = 0; j < joinStates.length; j++) {
          next[joinStates[j]] += Draws.poisson(rng, joinMeans[j]);
        }
        int[] swap = cur;
        cur = next;
        next = swap;
        int row = y * cells;
        for (int s : active) {
          if (cur[s] != 0) {
            cellRuns[row + s % cells][r] += cur[s];
          }
        }
      }
    }
    return summarise(model, settings, cellRuns);
  }

  /** The states the caseload can occupy within the projection: start, joiners, and where they can move. */
  private static int[] activeStates(TransitionModel model, int years) {
    int cells = CaseloadState.CELLS;
    BitSet active = new BitSet(CaseloadState.STATES);
    int[] baseline = model.baseline();
    for (int s = 0; s < baseline.length; s++) {
      if (baseline[s] > 0) {
        active.set(s);
      }
    }
    for (int s : model.joinerStates()) {
      active.set(s);
    }
    int[] destStart = model.destStart();
    int[] destCell = model.destCell();
    for (int y = 0; y < years; y++) {
      BitSet add = new BitSet(CaseloadState.STATES);
      for (int s = active.nextSetBit(0); s >= 0; s = active.nextSetBit(s + 1)) {
        int ncyIdx = s / cells;
        if (ncyIdx + 1 < CaseloadState.NCYS) {
          for (int k = destStart[s]; k < destStart[s + 1]; k++) {
            add.set((ncyIdx + 1) * cells + destCell[k]);
          }
        }
      }
      int before = active.cardinality();
      active.or(add);
      if (active.cardinality() == before) {
        break;
      }
    }
    return active.stream().toArray();
  }

  private static DemandProjection summarise(TransitionModel model, ProjectionSettings settings, int[][] cellRuns) {
    int cells = CaseloadState.CELLS;
    int runs = settings.runs();
    ImmutableList.Builder<ProjectedCount> out = ImmutableList.builder();
    ImmutableSortedMap.Builder<Integer, CountInterval> totals = ImmutableSortedMap.naturalOrder();
    ImmutableSortedMap.Builder<Integer, ImmutableMap<SettingType, CountInterval>> bySetting =
        ImmutableSortedMap.naturalOrder();
    for (int y = 0; y < settings.years(); y++) {
      int year = model.baseYear() + y + 1;
      int[] total = new int[runs];
      Map<SettingType, int[]> settingRuns = new EnumMap<>(SettingType.class);
      for (SettingType t : SettingType.values()) {
        settingRuns.put(t, new int[runs]);
      }
      for (int cell = 0; cell < cells; cell++) {
        int[] v = cellRuns[y * cells + cell];
        boolean any = false;
        SettingType setting = CaseloadState.SETTINGS[cell / CaseloadState.NEEDS.length];
        int[] st = settingRuns.get(setting);
        for (int r = 0; r < runs; r++) {
          if (v[r] != 0) {
            any = true;
            total[r] += v[r];
            st[r] += v[r];
          }
        }
        if (any) {
          out.add(ProjectedCount.of(year, setting, CaseloadState.NEEDS[cell % CaseloadState.NEEDS.length],
              interval(v, settings)));
        }
      }
      totals.put(year, interval(total, settings));
      ImmutableMap.Builder<SettingType, CountInterval> s = ImmutableMap.builder();
      settingRuns.forEach((t, v) -> s.put(t, interval(v, settings)));
      bySetting.put(year, s.build());
    }
    return DemandProjection.builder().localAuthority(model.localAuthority()).baseYear(model.baseYear())
        .settings(settings).cells(out.build()).totals(totals.build()).settingTotals(bySetting.build()).build();
  }

  /** Nearest-rank percentiles and the mean of one count over runs. */
  static CountInterval interval(int[] values, ProjectionSettings settings) {
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    long sum = 0;
    for (int v : sorted) {
      sum += v;
    }
    return CountInterval.of(rank(sorted, settings.lowerPercentile()), rank(sorted, 50),
        rank(sorted, settings.upperPercentile()), (double) sum / sorted.length);
  }

  private static int rank(int[] sorted, int percentile) {
    int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
