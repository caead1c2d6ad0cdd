package org.sendfunding.funding.sufficiency;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The queue for professional advice in EHC needs assessments: requests arrive (Poisson, a weekly rate
 * per year), wait first-come first-served for one of the advisers on statutory work, and are answered
 * after an exponentially distributed time — an M/M/c queue whose rate and server count change each
 * year.
 *
 * <p>Every EHC needs assessment needs psychological advice (SEND Regulations 2014 reg 6(1)(d)), due
 * within 6 weeks of the request (reg 8). For 12 advisers, 10 requests a week and one week per piece of
 * advice (utilisation 10/12), the Erlang C formula gives a steady-state mean queueing wait of 0.2247
 * weeks; a 200-year run comes within 10% of it ({@code AdviceQueueTest}):
 *
 * <pre>{@code
 * QueueRun r = AdviceQueue.DEFAULT.run(QueueInputs.builder()
 *     .arrivalsPerWeek(Collections.nCopies(200, 10.0)).servers(Collections.nCopies(200, 12))
 *     .meanServiceWeeks(1.0).seed(7L).build());
 * r.meanWaitWeeks(1);          // about 0.22 weeks in a year, once warmed up from an empty queue
 * r.shareWithinLimit(1);       // share answered within 6 weeks
 * List<QueueRun> all = AdviceQueue.DEFAULT.runAll(inputsOfEveryLa);   // the LAs in parallel
 * }</pre>
 *
 * <p>How it runs: time is continuous, in weeks; the rate and the advisers change at year boundaries
 * (year {@code y} is weeks {@code 52y} to {@code 52(y+1)}). Each request draws its inter-arrival time
 * and then its own service time from one {@link SplittableRandom} seeded with the seed, in that order
 * (exponential draws by {@code nextExponential()}),
 * so the same seed gives the same requests whatever the capacity (common random numbers: adding
 * advisers can then only bring each answer forward). A request takes the adviser who can start it
 * first; an adviser slot {@code i} works in the years where {@code i < servers(y)}. After the last year
 * the last year's advisers carry on until every request is answered; if there are none, the remaining
 * requests are never answered, their waits are infinite and the run is flagged
 * ({@link QueueRun#unbounded(int)}). The number waiting is recorded at every week end, so Little's law
 * can be checked against the waits.
 *
 * <p>Speed: a run keeps no per-request state. Each request is drawn, placed and tallied into the
 * year's sums, its histogram day and the week ends of its arrival and of its start; because requests
 * start in the order they arrive, the number waiting at week end {@code w} is the requests arrived by
 * {@code w} less those started by {@code w}. Memory is proportional to years and advisers, not to
 * requests. {@link #runAll(List)} runs independent queues on several threads; each queue has its own
 * seed and result, so the figures are the same on any number of threads.
 *
 * <p>This class is stateless, immutable and thread-safe.
 */
public final class AdviceQueue {

  /** The default instance. */
  public static final AdviceQueue DEFAULT = new AdviceQueue();

  /** Weeks in a modelled year. */
  public static final int WEEKS_PER_YEAR = 52;

  /** Days covered by the waiting-time histogram; longer waits share its last bucket. */
  public static final int HISTOGRAM_DAYS = 730;

  private AdviceQueue() {}

  /**
   * Runs many independent queues (one per LA and service, say) on the calling thread and the common
   * fork-join pool, as a parallel stream does.
   *
   * @param inputs the queues
   * @return one run per input, in input order; each equal to {@link #run(QueueInputs)} of that input
   */
  public ImmutableList<QueueRun> runAll(List<QueueInputs> inputs) {
    QueueInputs[] in = inputs.toArray(new QueueInputs[0]);
    QueueRun[] out = new QueueRun[in.length];
    // each queue has its own seed and writes only its own slot: the result does not depend on threads
    IntStream.range(0, in.length).parallel().forEach(i -> out[i] = run(in[i]));
    return ImmutableList.copyOf(out);
  }

  /**
   * Runs many independent queues on a given pool (a pool of one thread runs them one after another).
   *
   * @param inputs the queues
   * @param pool the pool
   * @return one run per input, in input order, identical for any pool
   */
  public ImmutableList<QueueRun> runAll(List<QueueInputs> inputs, ForkJoinPool pool) {
    try {
      return pool.submit(() -> runAll(inputs)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("AdviceQueue: interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException("AdviceQueue: " + e.getCause(), e.getCause());
    }
  }

  /**
   * Runs the queue.
   *
   * @param in the inputs
   * @return the waits, by year of request
   */
  public QueueRun run(QueueInputs in) {
    int years = in.years();
    double[] rate = new double[years];
    int[] servers = new int[years];
    int maxServers = 0;
    boolean neverFall = true;
    for (int y = 0; y < years; y++) {
      rate[y] = in.arrivalsPerWeek().get(y);
      servers[y] = in.servers().get(y);
      maxServers = Math.max(maxServers, servers[y]);
      neverFall &= y == 0 || servers[y] >= servers[y - 1];
    }
    // nextActive[i][y]: first year >= y in which slot i works; years = "after the horizon".
    int[][] nextActive = new int[maxServers][years + 1];
    for (int i = 0; i < maxServers; i++) {
      nextActive[i][years] = i < servers[years - 1] ? years : Integer.MAX_VALUE;
      for (int y = years - 1; y >= 0; y--) {
        nextActive[i][y] = i < servers[y] ? y : nextActive[i][y + 1];
      }
    }
    // When advisers never leave (counts never fall), slot i simply joins at the start of its first
    // year and then works for good: only the multiset of free times matters, and a binary min-heap of
    // them gives the earliest start in O(log c), the same start as scanning every slot.
    boolean pooled = neverFall && maxServers > 0;
    double[] free = new double[pooled ? 0 : maxServers];
    // the heap is followed by never-free padding, so a node's right child can be read without a check
    long[] heap = new long[pooled ? 2 * maxServers + 2 : 0];
    if (pooled) {
      for (int i = 0; i < maxServers; i++) {
        heap[i] = Double.doubleToRawLongBits((double) nextActive[i][0] * WEEKS_PER_YEAR);
      }
      Arrays.sort(heap, 0, maxServers); // a sorted array is a valid min-heap
      Arrays.fill(heap, maxServers, heap.length, Double.doubleToRawLongBits(Double.POSITIVE_INFINITY));
    }
    int weeks = years * WEEKS_PER_YEAR;
    double limit = in.limitWeeks();
    double mean = in.meanServiceWeeks();

    long[] arrivals = new long[years];
    long[] unserved = new long[years];
    long[] within = new long[years];
    double[] sumWait = new double[years];
    double[] sumSojourn = new double[years];
    long[][] histogram = new long[years][HISTOGRAM_DAYS + 1];
    // Requests by the week end at or after their arrival, and at or after their start (index
    // ceil(time), weeks + 1 for later or never): the number waiting at week end w is then the
    // requests arrived by w less those started by w, with no per-request storage.
    long[] arrivedBy = new long[weeks + 2];
    long[] startedBy = new long[weeks + 2];

    SplittableRandom rng = new SplittableRandom(in.seed());
    double t = 0;
    for (int y = 0; y < years; y++) {
      double r = rate[y];
      double boundary = (double) (y + 1) * WEEKS_PER_YEAR;
      // the year's figures are summed in locals, in arrival order, as the arrays would be
      long n = 0;
      long never = 0;
      long inTime = 0;
      double waits = 0;
      double sojourns = 0;
      long[] days = histogram[y];
      while (r > 0) {
        double next = t + rng.nextExponential() / r;
        if (next >= boundary) {
          break; // memoryless: restart the clock at the boundary with the next year's rate
        }
        t = next;
        double service = rng.nextExponential() * mean;
        double start;
        if (pooled) {
          double earliest = Double.longBitsToDouble(heap[0]);
          start = t > earliest ? t : earliest;
          siftDown(heap, maxServers, Double.doubleToRawLongBits(start + service));
        } else {
          start = Double.POSITIVE_INFINITY;
          int chosen = -1;
          for (int i = 0; i < maxServers; i++) {
            double s = earliest(nextActive[i], Math.max(t, free[i]), years);
            if (s < start) {
              start = s;
              chosen = i;
            }
          }
          if (chosen >= 0) {
            free[chosen] = start + service;
          }
        }
        n++;
        arrivedBy[ceil(t, weeks + 1)]++;
        if (start == Double.POSITIVE_INFINITY) {
          never++;
          days[HISTOGRAM_DAYS]++;
        } else {
          double sojourn = start + service - t;
          waits += start - t;
          sojourns += sojourn;
          if (sojourn <= limit) {
            inTime++;
          }
          days[ceil(sojourn * 7.0, HISTOGRAM_DAYS)]++;
          startedBy[ceil(start, weeks + 1)]++;
        }
      }
      t = boundary;
      arrivals[y] = n;
      unserved[y] = never;
      within[y] = inTime;
      sumWait[y] = waits;
      sumSojourn[y] = sojourns;
    }
    double[] sumQueue = new double[years];
    long arrived = arrivedBy[0];
    long started = startedBy[0];
    for (int w = 1; w <= weeks; w++) {
      arrived += arrivedBy[w];
      started += startedBy[w];
      sumQueue[(w - 1) / WEEKS_PER_YEAR] += arrived - started;
    }
    return new QueueRun(in, arrivals, unserved, within, sumWait, sumSojourn, histogram, sumQueue);
  }

  /**
   * {@code (int) Math.min(cap, Math.ceil(x))} for {@code x >= 0}, with a truncation instead of a
   * rounding instruction: the same value for every {@code x}, including infinity.
   */
  private static int ceil(double x, int cap) {
    if (x >= cap) {
      return cap;
    }
    int k = (int) x;
    return k < x ? k + 1 : k;
  }

  /**
   * Replaces the root of the min-heap of {@code n} free times (the earliest) by {@code x} and restores
   * the heap. Times are held as their bits: they are never negative, so the bits order as the times
   * do and the earlier child is picked by an integer conditional move, not an unpredictable branch.
   * {@code h[n]} onwards are infinite, so the right child can be read without checking it exists.
   */
  private static void siftDown(long[] h, int n, long x) {
    int i = 0;
    int c = 1;
    while (c < n) {
      c += h[c + 1] < h[c] ? 1 : 0;
      long child = h[c];
      if (child >= x) {
        break;
      }
      h[i] = child;
      i = c;
      c = 2 * c + 1;
    }
    h[i] = x;
  }

  /** The first time at or after {@code time} when a slot with the given activity can start work. */
  private static double earliest(int[] nextActive, double time, int years) {
    if (time == Double.POSITIVE_INFINITY) {
      return time;
    }
    int y = (int) Math.min(years, Math.floor(time / WEEKS_PER_YEAR));
    int active = nextActive[y];
    if (active == Integer.MAX_VALUE) {
      return Double.POSITIVE_INFINITY;
    }
    return active == y ? time : (double) active * WEEKS_PER_YEAR;
  }
}
