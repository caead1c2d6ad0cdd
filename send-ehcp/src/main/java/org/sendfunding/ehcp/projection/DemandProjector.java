package org.sendfunding.ehcp.projection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
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
 * <p>The inner loop works on arrays of counts, never on pupil objects, and only over the states that
 * hold pupils: a state with more than a dozen pupils is moved by binomial and multinomial draws, one with
 * fewer by one uniform draw per pupil. This class is immutable and
 * thread-safe.
 */
public final class DemandProjector {

  /** Up to this many pupils in a state, each is drawn with one uniform rather than by binomials. */
  private static final int PUPIL_BY_PUPIL_UP_TO = 12;

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
    double[] leave = model.leave();
    int[] destStart = model.destStart();
    int[] destCell = model.destCell();
    double[] cond = model.destConditional();
    double[] cumulative = model.destCumulative();
    int[] joinStates = model.joinerStates();
    double[] joinMeans = model.joinerMeans();
    int lastNcy = CaseloadState.NCYS - 1;
    int width = years * cells;
    // Run-major: each run writes one contiguous row of year x (setting, need) counts.
    int[] runCells = new int[runs * width];
    int[] cur = new int[CaseloadState.STATES];
    int[] next = new int[CaseloadState.STATES];
    // The states with a non-zero count, so that empty states cost nothing.
    int[] curList = new int[CaseloadState.STATES];
    int[] nextList = new int[CaseloadState.STATES];
    int[] baseline = model.baseline();
    int[] startStates = java.util.stream.IntStream.range(0, baseline.length).filter(x -> baseline[x] != 0).toArray();
    SplittableRandom root = new SplittableRandom(settings.seed());
    for (int r = 0; r < runs; r++) {
      SplittableRandom rng = root.split();
      int curSize = 0;
      for (int s : startStates) {
        cur[s] = baseline[s];
        curList[curSize++] = s;
      }
      int rowBase = r * width;
      for (int y = 0; y < years; y++) {
        int nextSize = 0;
        for (int i = 0; i < curSize; i++) {
          int s = curList[i];
          int c = cur[s];
          cur[s] = 0;
          int ncyIdx = s / cells;
          if (ncyIdx == lastNcy) {
            continue;
          }
          int base = (ncyIdx + 1) * cells;
          int start = destStart[s];
          int end = destStart[s + 1];
          double pLeave = leave[s];
          if (c <= PUPIL_BY_PUPIL_UP_TO) {
            // Few pupils: one uniform each decides leave-or-destination, cheaper than binomial draws.
            for (int p = 0; p < c; p++) {
              double u = rng.nextDouble();
              if (u < pLeave) {
                continue;
              }
              double v = (u - pLeave) / (1.0 - pLeave);
              int k = start;
              while (k < end - 1 && v >= cumulative[k]) {
                k++;
              }
              int d = base + destCell[k];
              if (next[d]++ == 0) {
                nextList[nextSize++] = d;
              }
            }
            continue;
          }
          int stay = c - Draws.binomial(rng, c, pLeave);
          for (int k = start; k < end && stay > 0; k++) {
            int x = k == end - 1 ? stay : Draws.binomial(rng, stay, cond[k]);
            if (x > 0) {
              int d = base + destCell[k];
              if (next[d] == 0) {
                nextList[nextSize++] = d;
              }
              next[d] += x;
              stay -= x;
            }
          }
        }
        for (int j = 0; j < joinStates.length; j++) {
          int x = Draws.poisson(rng, joinMeans[j]);
          if (x > 0) {
            int d = joinStates[j];
            if (next[d] == 0) {
              nextList[nextSize++] = d;
            }
            next[d] += x;
          }
        }
        int[] swap = cur;
        cur = next;
        next = swap;
        int[] swapList = curList;
        curList = nextList;
        nextList = swapList;
        curSize = nextSize;
        int row = rowBase + y * cells;
        for (int i = 0; i < curSize; i++) {
          int s = curList[i];
          runCells[row + s % cells] += cur[s];
        }
      }
      for (int i = 0; i < curSize; i++) {
        cur[curList[i]] = 0;
      }
    }
    return summarise(model, settings, runCells);
  }

  private static DemandProjection summarise(TransitionModel model, ProjectionSettings settings, int[] runCells) {
    int cells = CaseloadState.CELLS;
    int runs = settings.runs();
    int width = settings.years() * cells;
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
        int[] v = new int[runs];
        for (int r = 0; r < runs; r++) {
          v[r] = runCells[r * width + y * cells + cell];
        }
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
