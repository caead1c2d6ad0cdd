package org.sendfunding.ehcp.projection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
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
 * fewer by one uniform draw per pupil. Runs are spread over the common fork-join pool; each run's
 * generator is split from the seed in run order first, so the projection does not depend on the number
 * of threads. This class is immutable and thread-safe.
 */
public final class DemandProjector {

  /** Runs handed to a thread at a time: enough to amortise the scratch arrays, few enough to balance. */
  private static final int RUNS_PER_TASK = 25;

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
    int runs = settings.runs();
    int width = settings.years() * CaseloadState.CELLS;
    // Run-major: each run writes one contiguous row of year x (setting, need) counts.
    int[] runCells = new int[runs * width];
    // Every run's generator is split from the seed in run order before any run starts, so the runs can go
    // to any number of threads and still draw exactly what a single thread would.
    SplittableRandom root = new SplittableRandom(settings.seed());
    SplittableRandom[] rngs = new SplittableRandom[runs];
    for (int r = 0; r < runs; r++) {
      rngs[r] = root.split();
    }
    Simulation sim = new Simulation(model, settings.years());
    int chunks = (runs + RUNS_PER_TASK - 1) / RUNS_PER_TASK;
    IntStream.range(0, chunks).parallel().forEach(k -> {
      Simulation.Scratch scratch = sim.scratch();
      for (int r = k * RUNS_PER_TASK, end = Math.min(runs, r + RUNS_PER_TASK); r < end; r++) {
        sim.run(rngs[r], runCells, r * width, scratch);
      }
    });
    return summarise(model, settings, runCells);
  }

  /** The model's arrays and the loop of one run; shared read-only by the threads. */
  private static final class Simulation {
    private final int years;
    private final double[] leave;
    private final int[] destStart;
    private final int[] destCell;
    private final double[] cond;
    /**
     * For destination k of state s: a pupil whose uniform u is at least the state's leaver probability
     * goes to the first destination with {@code u < threshold[k]}, i.e. {@code leave + (1 - leave) x
     * cumulative}; the last of a state's range is above 1, so the walk needs no bound or division.
     */
    private final double[] threshold;
    private final int[] joinStates;
    private final double[] joinMeans;
    /** {@code exp(-mean)} of each joiner state, the stopping product of the Poisson draw, computed once. */
    private final double[] joinLimits;
    private final int[] baseline;
    private final int[] startStates;

    Simulation(TransitionModel model, int years) {
      this.years = years;
      this.leave = model.leave();
      this.destStart = model.destStart();
      this.destCell = model.destCell();
      this.cond = model.destConditional();
      double[] cumulative = model.destCumulative();
      this.threshold = new double[cumulative.length];
      for (int st = 0; st + 1 < destStart.length; st++) {
        for (int k = destStart[st]; k < destStart[st + 1]; k++) {
          threshold[k] = k == destStart[st + 1] - 1 ? 2.0 : leave[st] + (1.0 - leave[st]) * cumulative[k];
        }
      }
      this.joinStates = model.joinerStates();
      this.joinMeans = model.joinerMeans();
      this.joinLimits = new double[joinMeans.length];
      for (int j = 0; j < joinMeans.length; j++) {
        joinLimits[j] = Math.exp(-joinMeans[j]);
      }
      this.baseline = model.baseline();
      this.startStates = IntStream.range(0, baseline.length).filter(x -> baseline[x] != 0).toArray();
    }

    /** One thread's working arrays. */
    static final class Scratch {
      int[] cur = new int[CaseloadState.STATES];
      int[] next = new int[CaseloadState.STATES];
      /** The states with a non-zero count, so that empty states cost nothing. */
      int[] curList = new int[CaseloadState.STATES];
      int[] nextList = new int[CaseloadState.STATES];
    }

    Scratch scratch() {
      return new Scratch();
    }

    void run(SplittableRandom rng, int[] runCells, int rowBase, Scratch w) {
      int cells = CaseloadState.CELLS;
      int lastNcy = CaseloadState.NCYS - 1;
      int[] cur = w.cur;
      int[] next = w.next;
      int[] curList = w.curList;
      int[] nextList = w.nextList;
      int curSize = 0;
      for (int s : startStates) {
        cur[s] = baseline[s];
        curList[curSize++] = s;
      }
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
              int k = start;
              while (u >= threshold[k]) {
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
          int x = Draws.poisson(rng, joinMeans[j], joinLimits[j]);
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
      // Hand the (now all-zero) arrays back in whichever order the swaps left them.
      w.cur = cur;
      w.next = next;
      w.curList = curList;
      w.nextList = nextList;
    }
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

  /**
   * Nearest-rank percentiles and the mean of one count over runs. Counts span a narrow range, so a
   * histogram finds the ranks in one pass where a sort would take {@code runs log runs}; both give the
   * same figures.
   */
  static CountInterval interval(int[] values, ProjectionSettings settings) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    long sum = 0;
    for (int v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
      sum += v;
    }
    double mean = (double) sum / values.length;
    if ((long) max - min > 4L * values.length) {
      int[] sorted = values.clone();
      Arrays.sort(sorted);
      return CountInterval.of(rank(sorted, settings.lowerPercentile()), rank(sorted, 50),
          rank(sorted, settings.upperPercentile()), mean);
    }
    int[] histogram = new int[max - min + 1];
    for (int v : values) {
      histogram[v - min]++;
    }
    return CountInterval.of(rank(histogram, min, values.length, settings.lowerPercentile()),
        rank(histogram, min, values.length, 50), rank(histogram, min, values.length, settings.upperPercentile()), mean);
  }

  /** The value at {@link #rank(int[], int)}'s position, read from a histogram of {@code n} values from {@code min}. */
  private static int rank(int[] histogram, int min, int n, int percentile) {
    int i = Math.max(0, Math.min(n - 1, (int) Math.ceil(percentile / 100.0 * n) - 1));
    int seen = 0;
    for (int v = 0; v < histogram.length; v++) {
      seen += histogram[v];
      if (seen > i) {
        return min + v;
      }
    }
    throw new IllegalStateException("histogram holds fewer than " + n + " values");
  }

  private static int rank(int[] sorted, int percentile) {
    int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
