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
 * hold pupils. Each occupied state is moved as a whole: its leavers are one Binomial(pupils, leaver
 * probability) draw and its stayers are shared among destinations by sequential binomials, which is
 * distributionally identical to drawing each pupil (the sum of n independent Bernoulli(p) choices is
 * Binomial(n, p)); joiners are one Poisson draw per state. The samplers are exact ({@code Draws}: BINV,
 * BTRS, PTRS), not normal approximations; the small draws that recur every year (leavers of states of up
 * to 16 pupils, joiner means below 10) are inversions of precomputed tables ({@code CdfTables}). States whose pupils all stay where they are, or all leave, take
 * no random number. Runs are spread over the common fork-join pool; each run has its own generator,
 * split from the seed and the LA code in run order first, so the projection does not depend on the
 * number of threads. This class is immutable and thread-safe.
 */
public final class DemandProjector {

  /** Runs handed to a thread at a time: enough to amortise the scratch arrays, few enough to balance. */
  private static final int RUNS_PER_TASK = 25;

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
    return summarise(model.localAuthority(), model.baseYear(), settings, runCells(model, settings, 0, settings.runs()));
  }

  /**
   * Runs a block of a projection's runs, {@code [fromRun, toRun)}, each with the generator it has in
   * {@link #project}: the blocks of one projection can be computed apart (on other threads, processes
   * or machines) and {@link #summarise summarised} into exactly the projection {@code project} gives.
   *
   * <pre>{@code
   * ProjectionRuns a = DemandProjector.DEFAULT.runs(model, settings, 0, 250);
   * ProjectionRuns b = DemandProjector.DEFAULT.runs(model, settings, 250, 1000);
   * DemandProjector.DEFAULT.summarise(List.of(a, b)).equals(DemandProjector.DEFAULT.project(model, settings)); // true
   * }</pre>
   *
   * @param model the estimated model
   * @param settings the projection's settings (all its runs, not only the block's)
   * @param fromRun the block's first run
   * @param toRun one past its last run
   * @return the block's counts
   * @throws IllegalArgumentException if the block is empty or outside the settings' runs
   */
  public ProjectionRuns runs(TransitionModel model, ProjectionSettings settings, int fromRun, int toRun) {
    com.google.common.base.Preconditions.checkArgument(0 <= fromRun && fromRun < toRun && toRun <= settings.runs(),
        "DemandProjector.runs: block %s to %s is empty or outside the %s runs", fromRun, toRun, settings.runs());
    return new ProjectionRuns(model.localAuthority(), model.baseYear(), settings, fromRun, toRun,
        runCells(model, settings, fromRun, toRun));
  }

  /**
   * Summarises the blocks of one projection, given in run order and covering every run, into the
   * projection {@link #project} gives for the same model and settings.
   *
   * @param blocks the blocks, from {@link #runs}, in run order
   * @return the projection
   * @throws IllegalArgumentException if the blocks are of different LAs, base years or settings, or do
   *     not cover runs 0 to {@code runs} in order without gaps or overlaps
   */
  public DemandProjection summarise(java.util.List<ProjectionRuns> blocks) {
    com.google.common.base.Preconditions.checkArgument(!blocks.isEmpty(), "DemandProjector.summarise: no blocks");
    ProjectionRuns first = blocks.get(0);
    ProjectionSettings settings = first.settings();
    int width = first.cellsPerRun();
    int[] runCells = new int[Math.multiplyExact(settings.runs(), width)];
    int next = 0;
    for (ProjectionRuns b : blocks) {
      com.google.common.base.Preconditions.checkArgument(b.localAuthority().equals(first.localAuthority())
              && b.baseYear() == first.baseYear() && b.settings().equals(settings),
          "DemandProjector.summarise: %s is not of the same projection as %s", b, first);
      com.google.common.base.Preconditions.checkArgument(b.fromRun() == next,
          "DemandProjector.summarise: %s starts at run %s, expected run %s", b, b.fromRun(), next);
      System.arraycopy(b.counts(), 0, runCells, next * width, b.counts().length);
      next = b.toRun();
    }
    com.google.common.base.Preconditions.checkArgument(next == settings.runs(),
        "DemandProjector.summarise: the blocks end at run %s of %s", next, settings.runs());
    return summarise(first.localAuthority(), first.baseYear(), settings, runCells);
  }

  /** Runs {@code [from, to)}, run-major: each run writes one contiguous row of year x (setting, need) counts. */
  private static int[] runCells(TransitionModel model, ProjectionSettings settings, int from, int to) {
    int width = settings.years() * CaseloadState.CELLS;
    int[] runCells = new int[Math.multiplyExact(to - from, width)];
    SplittableRandom[] rngs = generators(model, settings);
    Simulation sim = new Simulation(model, settings.years());
    int chunks = (to - from + RUNS_PER_TASK - 1) / RUNS_PER_TASK;
    IntStream.range(0, chunks).parallel().forEach(k -> {
      Simulation.Scratch scratch = sim.scratch();
      for (int r = from + k * RUNS_PER_TASK, end = Math.min(to, r + RUNS_PER_TASK); r < end; r++) {
        sim.run(rngs[r], runCells, (r - from) * width, scratch, null);
      }
    });
    return runCells;
  }

  /**
   * One generator per run, for one LA: the runs' generators are split, in run order and before any run
   * starts, from {@code SplittableRandom(seed XOR h(LA code))}, where h is SplittableRandom's first output
   * for the LA code (0 for a model without an LA). So each (run, LA) pair has its own stream, the runs can
   * go to any number of threads and still draw exactly what a single thread would, and two LAs projected
   * with the same seed do not share random numbers (their national sum is not artificially correlated).
   */
  static SplittableRandom[] generators(TransitionModel model, ProjectionSettings settings) {
    long salt = model.localAuthority().map(la -> new SplittableRandom(la.code()).nextLong()).orElse(0L);
    SplittableRandom root = new SplittableRandom(settings.seed() ^ salt);
    SplittableRandom[] rngs = new SplittableRandom[settings.runs()];
    for (int r = 0; r < rngs.length; r++) {
      rngs[r] = root.split();
    }
    return rngs;
  }

  /**
   * Pupils, joiners and leavers of every projected year of one run, straight from the simulation's own
   * counts, for tests of conservation: row {@code y} holds the caseload at the start of year {@code y}
   * (the baseline for y = 0), the joiners and the leavers in year {@code y}, and the caseload after it.
   */
  static int[][] ledger(TransitionModel model, int years, SplittableRandom rng) {
    Simulation sim = new Simulation(model, years);
    int[] cells = new int[years * CaseloadState.CELLS];
    int[][] ledger = new int[years][4];
    sim.run(rng, cells, 0, sim.scratch(), ledger);
    return ledger;
  }

  /**
   * The model's arrays and the loop of one run; shared read-only by the threads.
   *
   * <p>Each year every occupied state is moved as a whole. The number of its {@code c} pupils who leave is
   * drawn as Binomial(c, leaver probability) and the stayers are shared among the destinations by
   * sequential binomials (destination k gets Binomial(remaining, p_k / (p_k + ... + p_last))), which is
   * exactly a multinomial draw: the sum of c independent per-pupil choices. Three kinds of state need no
   * random number at all, and in estimated models they are common (a state observed with a few pupils who
   * all stayed where they were): everyone leaves (the last NCY, or every pupil observed left), or nobody
   * leaves and there is one destination. States with one destination draw only the leavers.
   */
  private static final class Simulation {
    private static final byte ALL_LEAVE = 0;
    private static final byte ALL_MOVE = 1;
    private static final byte ONE_DESTINATION = 2;
    private static final byte MANY_DESTINATIONS = 3;
    /** A state of up to this many pupils with several destinations draws one uniform per pupil. */
    private static final int PUPIL_BY_PUPIL_UP_TO = Draws.BERNOULLI_UP_TO;

    private final int years;
    private final byte[] kind;
    /** The state (next NCY) of the first destination: the only one for {@link #ONE_DESTINATION}. */
    private final int[] firstDestination;
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
    /** {@code exp(-mean)} of each joiner state, where the Poisson inversion starts, computed once. */
    private final double[] joinLimits;
    private final int[] baseline;
    private final int[] startStates;
    /**
     * Where state s's Binomial(c, leaver probability) table starts in {@link #binomialCdf}, or -1: states
     * with the same leaver probability share one table.
     */
    private final int[] leaveTable;
    /** Binomial cumulative probabilities, see {@link CdfTables#binomial}. */
    private final double[] binomialCdf;
    /** Where joiner state j's Poisson table starts in {@link #poissonCdf} (to {@code joinTable[j + 1]}). */
    private final int[] joinTable;
    /** Poisson cumulative probabilities, see {@link CdfTables#poisson}. */
    private final double[] poissonCdf;

    Simulation(TransitionModel model, int years) {
      this.years = years;
      this.leave = model.leave();
      this.destStart = model.destStart();
      this.destCell = model.destCell();
      this.cond = model.destConditional();
      int states = CaseloadState.STATES;
      int cells = CaseloadState.CELLS;
      this.kind = new byte[states];
      this.firstDestination = new int[states];
      for (int s = 0; s < states; s++) {
        int ncyIdx = s / cells;
        boolean single = destStart[s + 1] - destStart[s] == 1;
        firstDestination[s] = ncyIdx + 1 < CaseloadState.NCYS ? (ncyIdx + 1) * cells + destCell[destStart[s]] : -1;
        if (ncyIdx == CaseloadState.NCYS - 1 || leave[s] >= 1.0) {
          kind[s] = ALL_LEAVE;
        } else if (!single) {
          kind[s] = MANY_DESTINATIONS;
        } else {
          kind[s] = leave[s] <= 0.0 ? ALL_MOVE : ONE_DESTINATION;
        }
      }
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
      CdfTables.Binomials binomials = CdfTables.binomials(leave, kind, ONE_DESTINATION);
      this.leaveTable = binomials.start();
      this.binomialCdf = binomials.cdf();
      CdfTables.Poissons poissons = CdfTables.poissons(joinMeans);
      this.joinTable = poissons.start();
      this.poissonCdf = poissons.cdf();
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

    /** One run: adds its counts to {@code runCells} from {@code rowBase}; fills {@code ledger} if not null. */
    void run(SplittableRandom rng, int[] runCells, int rowBase, Scratch w, int[][] ledger) {
      int cells = CaseloadState.CELLS;
      int[] cur = w.cur;
      int[] next = w.next;
      int[] curList = w.curList;
      int[] nextList = w.nextList;
      int curSize = 0;
      int opening = 0;
      for (int s : startStates) {
        cur[s] = baseline[s];
        curList[curSize++] = s;
        opening += baseline[s];
      }
      for (int y = 0; y < years; y++) {
        int nextSize = 0;
        int leavers = 0;
        for (int i = 0; i < curSize; i++) {
          int s = curList[i];
          int c = cur[s];
          cur[s] = 0;
          switch (kind[s]) {
            case ALL_LEAVE:
              leavers += c;
              break;
            case ALL_MOVE: {
              int d = firstDestination[s];
              if (next[d] == 0) {
                nextList[nextSize++] = d;
              }
              next[d] += c;
              break;
            }
            case ONE_DESTINATION: {
              int table = leaveTable[s];
              int stay = c - (table >= 0 && c <= CdfTables.MAX_TRIALS
                  ? CdfTables.draw(binomialCdf, table + CdfTables.binomialOffset(c), rng.nextDouble())
                  : Draws.binomial(rng, c, leave[s]));
              leavers += c - stay;
              if (stay > 0) {
                int d = firstDestination[s];
                if (next[d] == 0) {
                  nextList[nextSize++] = d;
                }
                next[d] += stay;
              }
              break;
            }
            default: {
              int base = (s / cells + 1) * cells;
              int start = destStart[s];
              int end = destStart[s + 1];
              if (c <= PUPIL_BY_PUPIL_UP_TO) {
                // One uniform per pupil decides leave-or-destination: a categorical draw for each pupil.
                double pLeave = leave[s];
                for (int p = 0; p < c; p++) {
                  double u = rng.nextDouble();
                  if (u < pLeave) {
                    leavers++;
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
                break;
              }
              int stay = c - Draws.binomial(rng, c, leave[s]);
              leavers += c - stay;
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
              break;
            }
          }
        }
        int joiners = 0;
        for (int j = 0; j < joinStates.length; j++) {
          int table = joinTable[j];
          int x = table == joinTable[j + 1]
              ? Draws.poisson(rng, joinMeans[j], joinLimits[j])
              : CdfTables.draw(poissonCdf, table, rng.nextDouble());
          if (x > 0) {
            joiners += x;
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
        int closing = 0;
        for (int i = 0; i < curSize; i++) {
          int s = curList[i];
          runCells[row + s % cells] += cur[s];
          closing += cur[s];
        }
        if (ledger != null) {
          ledger[y][0] = opening;
          ledger[y][1] = joiners;
          ledger[y][2] = leavers;
          ledger[y][3] = closing;
        }
        opening = closing;
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

  private static DemandProjection summarise(java.util.Optional<org.sendfunding.model.authority.LocalAuthority> la,
      int baseYear, ProjectionSettings settings, int[] runCells) {
    int cells = CaseloadState.CELLS;
    int runs = settings.runs();
    int width = settings.years() * cells;
    ImmutableList.Builder<ProjectedCount> out = ImmutableList.builder();
    ImmutableSortedMap.Builder<Integer, CountInterval> totals = ImmutableSortedMap.naturalOrder();
    ImmutableSortedMap.Builder<Integer, ImmutableMap<SettingType, CountInterval>> bySetting =
        ImmutableSortedMap.naturalOrder();
    for (int y = 0; y < settings.years(); y++) {
      int year = baseYear + y + 1;
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
    return DemandProjection.builder().localAuthority(la).baseYear(baseYear)
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
