package org.sendfunding.ehcp.projection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.sendfunding.model.setting.SettingType;

/**
 * The Monte Carlo projection of {@link DemandProjector}, with the same law for every state, computed for
 * blocks of runs in lockstep: each year the projector visits each occupied state once and moves that
 * state's pupils in every run of the block, its counts held as an array over the runs.
 *
 * <pre>{@code
 * DemandProjection p = LockstepProjector.DEFAULT.project(model, ProjectionSettings.of(10, 1000, 42L));
 * List<DemandProjection> england = LockstepProjector.DEFAULT.projectAll(models, ProjectionSettings.of(10, 1000, 42L));
 * }</pre>
 *
 * <p>Why it is faster. {@code DemandProjector} walks each run on its own, so everything it knows about a
 * state (what kind it is, where its pupils go, which table to draw from) is looked up again in every run,
 * and a 4,000-plan LA has about 1,200 states a year with 4 pupils each: the look-ups cost as much as the
 * draws. Here they are paid once per state and block. A state whose pupils all move up to one state,
 * or all leave (about half the visits in an estimated model), becomes one array add over the runs,
 * which the JIT vectorises. Every other state is a chain of binomial steps, each a loop over the runs
 * with one uniform per run, the uniforms drawn first into a buffer.
 *
 * <p>Why it is the same model. A state with {@code c} pupils, leaver probability {@code p} and stayers'
 * destinations {@code q_1..q_m} sends Binomial(c, p) pupils out, then Binomial(rest, q_1) to the first
 * destination, Binomial(rest, q_2 / (1 - q_1)) to the second and so on, the last taking what remains:
 * sequential binomials are exactly a multinomial draw, the same law as {@code DemandProjector}'s (which
 * draws pupil by pupil up to 16 pupils, also multinomial). Binomials of up to {@value #TABLE_TRIALS} trials
 * and all Poisson joiner counts are drawn by Walker's alias method (one uniform: its integer part after
 * scaling picks a column, its fraction accepts the column or its alias; exact up to the uniform's 53 bits
 * and the rounding of the tables); larger binomials by {@link Draws#binomial} (BINV or BTRS). A Poisson
 * table runs from 10 standard deviations + 30 below the mean (or 0) to as far above it; the mass beyond,
 * below 1e-20, is given to the end values, as {@link CdfTables} does.
 *
 * <p>Deterministic whatever the thread count. The runs are cut into blocks of {@value #BLOCK}; block
 * {@code b} of LA {@code L} draws from the {@code b}-th {@code split()} of {@code SplittableRandom(seed XOR
 * h(L))} (h as in {@code DemandProjector}), and every block visits states in index order. Blocks and LAs
 * go to the common fork-join pool; the answer depends only on the seed. It is not the same sample as
 * {@code DemandProjector}'s for the same seed (the random numbers are used in another order), but the
 * same distribution. This class is immutable and thread-safe.
 */
public final class LockstepProjector {

  /**
   * Runs moved together: a state's slice of a block fits L1 (1 KiB), a block's states fit L2/L3; and a
   * power of two, so that 8 random bits pick a run of a full block exactly (joiners, {@code Plan.scatter}).
   */
  static final int BLOCK = 256;
  /** Binomials of up to this many trials use alias tables (153 entries per probability). */
  static final int TABLE_TRIALS = 32;
  /** Joiner means up to this are drawn for a whole block at once ({@code Plan.scatter}). */
  static final double SCATTER_UP_TO = 2.0;
  /** SplitMix64's increment, as in {@link SplittableRandom}'s seeded constructor. */
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  /** The projector. */
  public static final LockstepProjector DEFAULT = new LockstepProjector();

  private LockstepProjector() {}

  /**
   * Projects one LA's caseload, its blocks of runs spread over the common pool.
   *
   * @param model the estimated model, starting from its last snapshot
   * @param settings years, runs, seed and percentiles
   * @return the projection
   */
  public DemandProjection project(TransitionModel model, ProjectionSettings settings) {
    Plan plan = new Plan(model, settings.years());
    int[] out = new int[settings.years() * CaseloadState.CELLS * settings.runs()];
    SplittableRandom[] rngs = generators(model, settings);
    ThreadLocal<Plan.Scratch> scratch = ThreadLocal.withInitial(Plan.Scratch::new);
    IntStream.range(0, rngs.length).parallel()
        .forEach(b -> plan.runBlock(rngs[b], out, b, settings.runs(), null, scratch.get()));
    return summarise(model, settings, out);
  }

  /**
   * Projects many LAs' caseloads with the same settings, the LAs spread over the common pool (each LA's
   * blocks one after another on its thread, so that only a few LAs' run counts are held at once).
   *
   * @param models the models, one per LA
   * @param settings years, runs, seed and percentiles
   * @return the projections, in the order of {@code models}; each equals {@link #project} of its model
   */
  public ImmutableList<DemandProjection> projectAll(List<TransitionModel> models, ProjectionSettings settings) {
    DemandProjection[] out = new DemandProjection[models.size()];
    // One scratch per worker thread for this call (7 MB, left all zero by every block), not one per LA.
    ThreadLocal<Plan.Scratch> scratch = ThreadLocal.withInitial(Plan.Scratch::new);
    IntStream.range(0, models.size()).parallel().forEach(i -> {
      TransitionModel m = models.get(i);
      Plan plan = new Plan(m, settings.years());
      int[] cells = new int[settings.years() * CaseloadState.CELLS * settings.runs()];
      SplittableRandom[] rngs = generators(m, settings);
      Plan.Scratch w = scratch.get();
      for (int b = 0; b < rngs.length; b++) {
        plan.runBlock(rngs[b], cells, b, settings.runs(), null, w);
      }
      out[i] = summarise(m, settings, cells);
    });
    return ImmutableList.copyOf(out);
  }

  /** One generator per block: the b-th split of the LA's root, made in block order. */
  static SplittableRandom[] generators(TransitionModel model, ProjectionSettings settings) {
    long salt = model.localAuthority().map(la -> new SplittableRandom(la.code()).nextLong()).orElse(0L);
    SplittableRandom root = new SplittableRandom(settings.seed() ^ salt);
    SplittableRandom[] rngs = new SplittableRandom[(settings.runs() + BLOCK - 1) / BLOCK];
    for (int b = 0; b < rngs.length; b++) {
      rngs[b] = root.split();
    }
    return rngs;
  }

  /**
   * Every run's count of every year and (need, setting) cell: entry {@code (y * CELLS + cell) * runs + r}.
   * For tests of the law: the projection summarises exactly these counts.
   */
  static int[] counts(TransitionModel model, ProjectionSettings settings) {
    Plan plan = new Plan(model, settings.years());
    int[] out = new int[settings.years() * CaseloadState.CELLS * settings.runs()];
    SplittableRandom[] rngs = generators(model, settings);
    Plan.Scratch w = new Plan.Scratch();
    for (int b = 0; b < rngs.length; b++) {
      plan.runBlock(rngs[b], out, b, settings.runs(), null, w);
    }
    return out;
  }

  /**
   * Opening stock, joiners, leavers and closing stock of every run and year, entry {@code ((r * years) + y)
   * * 4 + k}, for tests of conservation; the closing stock is summed from the simulated counts.
   */
  static int[] ledger(TransitionModel model, ProjectionSettings settings) {
    Plan plan = new Plan(model, settings.years());
    int[] out = new int[settings.years() * CaseloadState.CELLS * settings.runs()];
    int[] ledger = new int[settings.runs() * settings.years() * 4];
    SplittableRandom[] rngs = generators(model, settings);
    Plan.Scratch w = new Plan.Scratch();
    for (int b = 0; b < rngs.length; b++) {
      plan.runBlock(rngs[b], out, b, settings.runs(), ledger, w);
    }
    return ledger;
  }

  /**
   * A model laid out for lockstep runs, built once per projection and shared read-only by the blocks.
   *
   * <p>Each state is one of three kinds. {@link #ALL_LEAVE}: the last NCY, or every pupil observed left.
   * {@link #ALL_MOVE}: nobody leaves and there is one destination. {@link #CHAIN}: steps
   * {@code stepStart[s]} to {@code stepStart[s + 1] - 1}, each sending Binomial(remaining, stepProb) pupils
   * to {@code stepDest} (-1: out of the caseload); the last step of a chain takes whatever remains.
   */
  static final class Plan {
    static final byte ALL_LEAVE = 0;
    static final byte ALL_MOVE = 1;
    static final byte CHAIN = 2;
    /** Entries of one probability's binomial alias tables, c = 0 to TABLE_TRIALS: 1 + 2 + ... + 33. */
    static final int BINOMIAL_BLOCK = (TABLE_TRIALS + 1) * (TABLE_TRIALS + 2) / 2;

    final int years;
    final byte[] kind = new byte[CaseloadState.STATES];
    /** For ALL_MOVE, the destination state. */
    final int[] moveTo = new int[CaseloadState.STATES];
    final int[] stepStart = new int[CaseloadState.STATES + 1];
    final int[] stepDest;
    final double[] stepProb;
    /** Where the step's binomial alias tables start in {@link #aliasThr}; -1 for a last (remainder) step. */
    final int[] stepTable;
    final int[] startStates;
    final int[] baseline;
    final int[] joinStates;
    /** Joiner state j's Poisson alias table: {@code joinLength[j]} entries from {@code joinTable[j]}, values from {@code joinLow[j]}. */
    final int[] joinTable;
    final int[] joinLength;
    final int[] joinLow;
    /** Joiner state j's mean a year. */
    final double[] joinMean;
    /**
     * Alias tables: column i keeps its own value when the fraction of a 53-bit uniform is below
     * {@code aliasThr[i] / 2^53}, and otherwise gives {@code aliasIdx[i]}.
     */
    final long[] aliasThr;
    final int[] aliasIdx;
    /** The same tables packed for {@link Alias#draw}, one load a draw: {@code (threshold << 10) | alias}. */
    final long[] packed;

    Plan(TransitionModel model, int years) {
      this.years = years;
      int cells = CaseloadState.CELLS;
      double[] leave = model.leave();
      int[] destStart = model.destStart();
      int[] destCell = model.destCell();
      double[] cond = model.destConditional();
      List<Integer> dests = new ArrayList<>();
      List<Double> probs = new ArrayList<>();
      for (int s = 0; s < CaseloadState.STATES; s++) {
        int ncyIdx = s / cells;
        stepStart[s] = dests.size();
        int start = destStart[s];
        int end = destStart[s + 1];
        if (ncyIdx == CaseloadState.NCYS - 1 || leave[s] >= 1.0) {
          kind[s] = ALL_LEAVE;
          continue;
        }
        int base = (ncyIdx + 1) * cells;
        if (end - start == 1 && leave[s] <= 0.0) {
          kind[s] = ALL_MOVE;
          moveTo[s] = base + destCell[start];
          continue;
        }
        kind[s] = CHAIN;
        if (leave[s] > 0.0) {
          dests.add(-1);
          probs.add(leave[s]);
        }
        for (int k = start; k < end; k++) {
          // The model's last destination has conditional probability 1: the remainder.
          dests.add(base + destCell[k]);
          probs.add(k == end - 1 ? 1.0 : cond[k]);
          if (cond[k] >= 1.0) {
            break;
          }
        }
      }
      stepStart[CaseloadState.STATES] = dests.size();
      stepDest = dests.stream().mapToInt(Integer::intValue).toArray();
      stepProb = probs.stream().mapToDouble(Double::doubleValue).toArray();
      stepTable = new int[stepDest.length];
      Map<Double, Integer> blocks = new HashMap<>();
      for (int k = 0; k < stepProb.length; k++) {
        double p = stepProb[k];
        stepTable[k] = p >= 1.0 ? -1 : blocks.computeIfAbsent(p, x -> blocks.size() * BINOMIAL_BLOCK);
      }
      this.baseline = model.baseline();
      this.startStates = IntStream.range(0, baseline.length).filter(x -> baseline[x] != 0).toArray();
      this.joinStates = model.joinerStates();
      double[] means = model.joinerMeans();
      this.joinTable = new int[joinStates.length];
      this.joinLength = new int[joinStates.length];
      this.joinLow = new int[joinStates.length];
      this.joinMean = means.clone();
      int size = blocks.size() * BINOMIAL_BLOCK;
      Map<Double, Integer> poissonAt = new HashMap<>();
      List<Integer> firstOfMean = new ArrayList<>();
      for (int j = 0; j < means.length; j++) {
        double mean = means[j];
        double spread = 10.0 * Math.sqrt(mean) + 30.0;
        joinLow[j] = mean < Draws.REJECTION_FROM ? 0 : (int) Math.max(0, Math.ceil(mean - spread));
        joinLength[j] = (int) Math.floor(mean + spread) + 1 - joinLow[j];
        Integer at = poissonAt.get(mean);
        if (at == null) {
          at = size;
          poissonAt.put(mean, at);
          firstOfMean.add(j);
          size += joinLength[j];
        }
        joinTable[j] = at;
      }
      this.aliasThr = new long[size];
      this.aliasIdx = new int[size];
      double[] pmf = new double[TABLE_TRIALS + 1];
      blocks.forEach((p, at) -> {
        for (int c = 0; c <= TABLE_TRIALS; c++) {
          binomialPmf(c, p, pmf);
          Alias.build(pmf, c + 1, aliasThr, aliasIdx, at + c * (c + 1) / 2);
        }
      });
      for (int j : firstOfMean) {
        double[] q = poissonPmf(means[j], joinLow[j], joinLength[j]);
        Alias.build(q, q.length, aliasThr, aliasIdx, joinTable[j]);
      }
      this.packed = Alias.pack(aliasThr, aliasIdx);
    }

    /**
     * Binomial(c, p) probabilities of 0 to c into {@code pmf}, from the side of the smaller probability so
     * that the first term, {@code q^c} with {@code q >= 1/2}, cannot underflow.
     */
    static void binomialPmf(int c, double p, double[] pmf) {
      boolean fold = p > 0.5;
      double a = fold ? 1.0 - p : p;
      double q = 1.0 - a;
      double v = Math.pow(q, c);
      for (int x = 0; x <= c; x++) {
        pmf[fold ? c - x : x] = v;
        v *= (double) (c - x) / (x + 1) * a / q;
      }
    }

    /**
     * Poisson(mean) probabilities of {@code low} to {@code low + n - 1}, the mass below and above given to
     * the end values (below 1e-20 each); in logs from a mean of 10, where {@code exp(-mean)} would lose
     * precision or underflow.
     */
    static double[] poissonPmf(double mean, int low, int n) {
      double[] q = new double[n];
      if (mean <= 0.0) {
        q[0] = 1.0;
        return q;
      }
      double sum = 0.0;
      if (low == 0 && mean < Draws.REJECTION_FROM) {
        double v = Math.exp(-mean);
        for (int k = 0; k < n; k++) {
          q[k] = v;
          sum += v;
          v *= mean / (k + 1);
        }
      } else {
        double logMean = Math.log(mean);
        for (int k = 0; k < n; k++) {
          int x = low + k;
          q[k] = Math.exp(-mean + x * logMean - Draws.logFactorial(x));
          sum += q[k];
        }
      }
      // What the table leaves out goes to its last value (the upper tail; the lower one is smaller still).
      q[n - 1] += Math.max(0.0, 1.0 - sum);
      return q;
    }

    /**
     * Runs block {@code b} (runs {@code b * BLOCK} onwards) and adds its counts to {@code out}, laid out as
     * in {@link #counts}; fills {@code ledger} if not null.
     */
    void runBlock(SplittableRandom rng, int[] out, int b, int runs, int[] ledger, Scratch w) {
      int first = b * BLOCK;
      int n = Math.min(BLOCK, runs - first);
      int states = CaseloadState.STATES;
      int cells = CaseloadState.CELLS;
      int[] cur = w.cur;
      int[] next = w.next;
      boolean[] curOcc = w.curOcc;
      boolean[] nextOcc = w.nextOcc;
      long[] u = w.u;
      long[] lanes = w.lanes;
      // A SplitMix64 stream from the block's generator, drawn n at a time: lane r holds the seed of
      // draw r of the next batch, so a batch is one vectorisable loop (see fill).
      long seed = rng.nextLong();
      for (int r = 0; r < n; r++) {
        lanes[r] = seed + (r + 1) * GOLDEN_GAMMA;
      }
      long step = n * GOLDEN_GAMMA;
      int[] leavers = w.leavers;
      int[] joiners = w.joiners;
      int[] opening = new int[n];
      int[] closing = new int[n];
      for (int s : startStates) {
        curOcc[s] = true;
        Arrays.fill(cur, s * n, s * n + n, baseline[s]);
      }
      if (ledger != null) {
        Arrays.fill(opening, Arrays.stream(baseline).sum());
      }
      for (int y = 0; y < years; y++) {
        for (int s = 0; s < states; s++) {
          if (!curOcc[s]) {
            continue;
          }
          curOcc[s] = false;
          int o = s * n;
          switch (kind[s]) {
            case ALL_LEAVE:
              for (int r = 0; r < n; r++) {
                leavers[r] += cur[o + r];
                cur[o + r] = 0;
              }
              break;
            case ALL_MOVE: {
              int d = moveTo[s];
              nextOcc[d] = true;
              int od = d * n;
              for (int r = 0; r < n; r++) {
                next[od + r] += cur[o + r];
                cur[o + r] = 0;
              }
              break;
            }
            default:
              chain(s, rng, cur, o, next, nextOcc, leavers, lanes, u, n, step);
              break;
          }
        }
        for (int j = 0; j < joinStates.length; j++) {
          int d = joinStates[j];
          nextOcc[d] = true;
          int od = d * n;
          int at = joinTable[j];
          int len = joinLength[j];
          int low = joinLow[j];
          if (n == BLOCK && joinMean[j] <= SCATTER_UP_TO) {
            scatter(rng, joinMean[j] * n, next, od, joiners, lanes, u, step);
            continue;
          }
          fill(lanes, u, n, step);
          if (len < Alias.NARROW) {
            for (int r = 0; r < n; r++) {
              int x = low + Alias.draw(packed, at, len, u[r]);
              next[od + r] += x;
              joiners[r] += x;
            }
          } else {
            for (int r = 0; r < n; r++) {
              int x = low + Alias.drawWide(aliasThr, aliasIdx, at, len, u[r]);
              next[od + r] += x;
              joiners[r] += x;
            }
          }
        }
        int row = y * cells * runs + first;
        boolean last = y == years - 1;
        for (int s = 0; s < states; s++) {
          if (!nextOcc[s]) {
            continue;
          }
          int o = s * n;
          int at = row + (s % cells) * runs;
          if (ledger != null) {
            for (int r = 0; r < n; r++) {
              closing[r] += next[o + r];
            }
          }
          if (last) {
            // The last year's counts are not needed after this: clear them in the same pass, so the
            // scratch goes back all zero without another pass over it.
            nextOcc[s] = false;
            for (int r = 0; r < n; r++) {
              out[at + r] += next[o + r];
              next[o + r] = 0;
            }
          } else {
            for (int r = 0; r < n; r++) {
              out[at + r] += next[o + r];
            }
          }
        }
        if (ledger != null) {
          for (int r = 0; r < n; r++) {
            int at = ((first + r) * years + y) * 4;
            ledger[at] = opening[r];
            ledger[at + 1] = joiners[r];
            ledger[at + 2] = leavers[r];
            ledger[at + 3] = closing[r];
            opening[r] = closing[r];
            closing[r] = 0;
          }
        }
        Arrays.fill(joiners, 0);
        Arrays.fill(leavers, 0);
        int[] swap = cur;
        cur = next;
        next = swap;
        boolean[] swapOcc = curOcc;
        curOcc = nextOcc;
        nextOcc = swapOcc;
      }
      // The scratch is all zero again (the last year cleared as it summed); hand it back in whichever
      // order the swaps left it.
      w.cur = cur;
      w.next = next;
      w.curOcc = curOcc;
      w.nextOcc = nextOcc;
    }

    /** One thread's working arrays for a block, all zero between blocks. */
    static final class Scratch {
      int[] cur = new int[CaseloadState.STATES * BLOCK];
      int[] next = new int[CaseloadState.STATES * BLOCK];
      boolean[] curOcc = new boolean[CaseloadState.STATES];
      boolean[] nextOcc = new boolean[CaseloadState.STATES];
      final long[] u = new long[BLOCK];
      final long[] lanes = new long[BLOCK];
      final int[] leavers = new int[BLOCK];
      final int[] joiners = new int[BLOCK];
    }

    /**
     * Poisson joiners with a small mean into one state, for a full block: the block's total is one
     * Poisson(256 x mean) draw, and each joiner goes to a run picked uniformly by 8 random bits (six picks
     * from each 53-bit uniform). Splitting a Poisson count uniformly gives independent Poisson(mean) counts
     * per run, so this is the same law as one Poisson draw per run, with about a quarter of the work
     * when the mean is 2 or less.
     */
    private static void scatter(SplittableRandom rng, double blockMean, int[] next, int od, int[] joiners,
        long[] lanes, long[] u, long step) {
      int remaining = Draws.poisson(rng, blockMean);
      while (remaining > 0) {
        fill(lanes, u, BLOCK, step);
        int words = Math.min(BLOCK, (remaining + 5) / 6);
        for (int r = 0; r < words; r++) {
          long bits = u[r];
          int k = Math.min(6, remaining);
          remaining -= k;
          for (; k > 0; k--) {
            int run = (int) bits & (BLOCK - 1);
            bits >>>= 8;
            next[od + run]++;
            joiners[run]++;
          }
        }
      }
    }

    /** A chain state's steps over the block's runs; its counts {@code cur[o..o+n)} are the remainders, left zero. */
    private void chain(int s, SplittableRandom rng, int[] cur, int o, int[] next, boolean[] nextOcc, int[] leavers,
        long[] lanes, long[] u, int n, long step) {
      for (int k = stepStart[s]; k < stepStart[s + 1]; k++) {
        int d = stepDest[k];
        int[] to = d < 0 ? leavers : next;
        int od = d < 0 ? 0 : d * n;
        if (d >= 0) {
          nextOcc[d] = true;
        }
        int table = stepTable[k];
        if (table < 0) {
          for (int r = 0; r < n; r++) {
            to[od + r] += cur[o + r];
            cur[o + r] = 0;
          }
          return;
        }
        double p = stepProb[k];
        fill(lanes, u, n, step);
        if (k + 2 == stepStart[s + 1]) {
          // The next step is the last, the remainder: one pass does both (most chains are one draw).
          int d2 = stepDest[k + 1];
          int[] to2 = d2 < 0 ? leavers : next;
          int od2 = d2 < 0 ? 0 : d2 * n;
          if (d2 >= 0) {
            nextOcc[d2] = true;
          }
          for (int r = 0; r < n; r++) {
            int c = cur[o + r];
            int x = c <= TABLE_TRIALS
                ? Alias.draw(packed, table + c * (c + 1) / 2, c + 1, u[r])
                : large(rng, c, table, p, u[r]);
            cur[o + r] = 0;
            to[od + r] += x;
            to2[od2 + r] += c - x;
          }
          return;
        }
        for (int r = 0; r < n; r++) {
          int c = cur[o + r];
          int x = c <= TABLE_TRIALS
              ? Alias.draw(packed, table + c * (c + 1) / 2, c + 1, u[r])
              : large(rng, c, table, p, u[r]);
          cur[o + r] = c - x;
          to[od + r] += x;
        }
      }
      // A chain always ends in a remainder step; reaching here would lose pupils.
      throw new IllegalStateException("state " + s + " has no remainder step");
    }

    /**
     * Binomial(c, p) for {@code c} above the tables: the sum of Binomial(TABLE_TRIALS, p) draws and one of
     * the rest, exactly Binomial(c, p) because the pupils are independent; the first uses the buffered
     * uniform {@code u}. Past 4,096 pupils, {@link Draws#binomial} (BTRS) is cheaper.
     */
    private int large(SplittableRandom rng, int c, int table, double p, long u) {
      if (c > 4096) {
        return Draws.binomial(rng, c, p);
      }
      int full = TABLE_TRIALS * (TABLE_TRIALS + 1) / 2;
      int x = Alias.draw(packed, table + full, TABLE_TRIALS + 1, u);
      int rest = c - TABLE_TRIALS;
      while (rest > TABLE_TRIALS) {
        x += Alias.draw(packed, table + full, TABLE_TRIALS + 1, rng.nextLong() >>> 11);
        rest -= TABLE_TRIALS;
      }
      return x + Alias.draw(packed, table + rest * (rest + 1) / 2, rest + 1, rng.nextLong() >>> 11);
    }

    /**
     * The next {@code n} draws of the block's SplitMix64 stream as 53-bit uniforms (integers below 2^53).
     * Lane r steps by {@code n} gammas, so draw k of the stream is {@code mix64(seed + (k + 1) gamma)}, the
     * sequence of {@code new SplittableRandom(seed)}; written over lanes, the loop has no dependency
     * between iterations and the JIT vectorises it (on AVX-512, eight lanes an instruction).
     */
    private static void fill(long[] lanes, long[] u, int n, long step) {
      for (int r = 0; r < n; r++) {
        long z = lanes[r] + step;
        lanes[r] = z;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        u[r] = (z ^ (z >>> 31)) >>> 11;
      }
    }
  }

  /**
   * Walker's alias method (Vose's construction): a distribution over {@code n} values as {@code n}
   * columns, column {@code i} keeping value {@code i} with probability {@code prob[i]} and otherwise giving
   * {@code alias[i]}. One uniform {@code u} draws a value: {@code i = floor(u n)}, then the fraction
   * {@code u n - i} against {@code prob[i]}. For example {0.5, 0.3, 0.2} becomes columns (1.0, -),
   * (0.9, 0), (0.6, 0): value 0 has 1/3 + (1/3)(0.1) + (1/3)(0.4) = 0.5.
   */
  static final class Alias {
    /** Tables shorter than this take {@link #draw}, where {@code u n} fits in a long. */
    static final int NARROW = 1024;
    private static final long MASK53 = (1L << 53) - 1;

    private Alias() {}

    /**
     * A value from the {@code n}-column table at {@code at}, {@code n < NARROW}, for a 53-bit uniform
     * {@code u}: the column is the integer part of {@code u n / 2^53}, the fraction its remainder.
     */
    static int draw(long[] packed, int at, int n, long u) {
      long y = u * n;
      int i = (int) (y >>> 53);
      long e = packed[at + i];
      int a = (int) e & (NARROW - 1);
      // Without a branch, which would be mispredicted about as often as the alias is taken: the sign bit
      // of (fraction - threshold) is set exactly when the column keeps its own value.
      int keep = (int) ((((y & MASK53) << 10) - (e & -NARROW)) >> 63);
      return a ^ ((a ^ i) & keep);
    }

    /**
     * Narrow tables packed: a column that always keeps its value gets threshold 0 and itself as alias;
     * entries of wide tables are not used packed.
     */
    static long[] pack(long[] thr, int[] alias) {
      long[] packed = new long[thr.length];
      for (int k = 0; k < thr.length; k++) {
        int a = alias[k];
        packed[k] = a >= NARROW ? 0 : ((thr[k] >= 1L << 53 ? 0 : thr[k]) << 10) | a;
      }
      return packed;
    }

    /** As {@link #draw} for any {@code n}: {@code u n} as a 128-bit product. */
    static int drawWide(long[] thr, int[] alias, int at, int n, long u) {
      long x = u << 10;
      long lo = x * n;
      int i = (int) ((Math.multiplyHigh(x, n) << 1) | (lo >>> 63));
      long fraction = (lo & Long.MAX_VALUE) >>> 10;
      return fraction < thr[at + i] ? i : alias[at + i];
    }

    /**
     * Vose's construction of the table for probabilities {@code p[0..n)} (normalised here) at {@code at}.
     * A column left over at the end holds 1 up to rounding and keeps its own value always.
     */
    static void build(double[] p, int n, long[] thr, int[] alias, int at) {
      double total = 0.0;
      for (int i = 0; i < n; i++) {
        total += p[i];
      }
      double[] scaled = new double[n];
      int[] small = new int[n];
      int[] large = new int[n];
      int ns = 0;
      int nl = 0;
      for (int i = 0; i < n; i++) {
        scaled[i] = p[i] * n / total;
        if (scaled[i] < 1.0) {
          small[ns++] = i;
        } else {
          large[nl++] = i;
        }
      }
      while (ns > 0 && nl > 0) {
        int l = small[--ns];
        int g = large[--nl];
        thr[at + l] = (long) Math.ceil(scaled[l] * 0x1.0p53);
        alias[at + l] = g;
        scaled[g] = scaled[g] + scaled[l] - 1.0;
        if (scaled[g] < 1.0) {
          small[ns++] = g;
        } else {
          large[nl++] = g;
        }
      }
      while (nl > 0) {
        int g = large[--nl];
        thr[at + g] = 1L << 54;
        alias[at + g] = g;
      }
      while (ns > 0) {
        int l = small[--ns];
        thr[at + l] = 1L << 54;
        alias[at + l] = l;
      }
      for (int i = 0; i < n; i++) {
        // A threshold of 2^53 or more keeps the column always: make that its alias too, for pack.
        if (thr[at + i] >= 1L << 53) {
          alias[at + i] = i;
        }
      }
    }
  }

  private static DemandProjection summarise(TransitionModel model, ProjectionSettings settings, int[] out) {
    int cells = CaseloadState.CELLS;
    int needs = CaseloadState.NEEDS.length;
    int runs = settings.runs();
    ImmutableList.Builder<ProjectedCount> list = ImmutableList.builder();
    ImmutableSortedMap.Builder<Integer, CountInterval> totals = ImmutableSortedMap.naturalOrder();
    ImmutableSortedMap.Builder<Integer, ImmutableMap<SettingType, CountInterval>> bySetting =
        ImmutableSortedMap.naturalOrder();
    int[] v = new int[runs];
    for (int y = 0; y < settings.years(); y++) {
      int year = model.baseYear() + y + 1;
      int[] total = new int[runs];
      int[][] settingRuns = new int[CaseloadState.SETTINGS.length][runs];
      for (int cell = 0; cell < cells; cell++) {
        int at = (y * cells + cell) * runs;
        boolean any = false;
        int[] st = settingRuns[cell / needs];
        for (int r = 0; r < runs; r++) {
          int x = out[at + r];
          v[r] = x;
          total[r] += x;
          st[r] += x;
          any |= x != 0;
        }
        if (any) {
          list.add(ProjectedCount.of(year, CaseloadState.SETTINGS[cell / needs], CaseloadState.NEEDS[cell % needs],
              DemandProjector.interval(v, settings)));
        }
      }
      totals.put(year, DemandProjector.interval(total, settings));
      ImmutableMap.Builder<SettingType, CountInterval> s = ImmutableMap.builder();
      for (int t = 0; t < CaseloadState.SETTINGS.length; t++) {
        s.put(CaseloadState.SETTINGS[t], DemandProjector.interval(settingRuns[t], settings));
      }
      bySetting.put(year, s.build());
    }
    return DemandProjection.builder().localAuthority(model.localAuthority()).baseYear(model.baseYear())
        .settings(settings).cells(list.build()).totals(totals.build()).settingTotals(bySetting.build()).build();
  }
}
