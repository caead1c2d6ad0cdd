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
 * advice, the Erlang C formula gives a mean queueing wait of about 0.35 weeks:
 *
 * <pre>{@code
 * QueueRun r = AdviceQueue.DEFAULT.run(QueueInputs.builder()
 *     .addArrivalsPerWeek(10.0).addServers(12).meanServiceWeeks(1.0).seed(42L).build());
 * r.meanWaitWeeks(0);          // close to 0.35
 * r.shareWithinLimit(0);       // share answered within 6 weeks
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
    for (int y = 0; y < years; y++) {
      rate[y] = in.arrivalsPerWeek().get(y);
      servers[y] = in.servers().get(y);
      maxServers = Math.max(maxServers, servers[y]);
    }
    // nextActive[i][y]: first year >= y in which slot i works; years = "after the horizon".
    int[][] nextActive = new int[maxServers][years + 1];
    for (int i = 0; i < maxServers; i++) {
      nextActive[i][years] = i < servers[years - 1] ? years : Integer.MAX_VALUE;
      for (int y = years - 1; y >= 0; y--) {
        nextActive[i][y] = i < servers[y] ? y : nextActive[i][y + 1];
      }
    }
    double[] free = new double[maxServers];
    // When advisers never leave (counts never fall), slot i simply joins at the start of its first
    // year: then a binary min-heap of free times picks the adviser in O(log c) with the same result
    // as scanning every slot.
    boolean heap = true;
    for (int y = 1; y < years; y++) {
      heap &= servers[y] >= servers[y - 1];
    }
    if (heap) {
      for (int i = 0; i < maxServers; i++) {
        free[i] = (double) nextActive[i][0] * WEEKS_PER_YEAR;
      }
      java.util.Arrays.sort(free); // a sorted array is a valid min-heap
    }
    double horizon = (double) years * WEEKS_PER_YEAR;
    double limit = in.limitWeeks();
    double mean = in.meanServiceWeeks();

    long[] arrivals = new long[years];
    long[] unserved = new long[years];
    long[] within = new long[years];
    double[] sumWait = new double[years];
    double[] sumSojourn = new double[years];
    long[][] histogram = new long[years][HISTOGRAM_DAYS + 1];
    double[] sumQueue = new double[years];

    double[] starts = new double[1024];
    int processed = 0;
    int startedPointer = 0;
    int week = 1;

    SplittableRandom rng = new SplittableRandom(in.seed());
    double t = 0;
    int y = 0;
    while (y < years) {
      if (rate[y] <= 0) {
        t = (double) (y + 1) * WEEKS_PER_YEAR;
        y++;
        continue;
      }
      double next = t + rng.nextExponential() / rate[y];
      double boundary = (double) (y + 1) * WEEKS_PER_YEAR;
      if (next >= boundary) {
        // memoryless: restart the clock at the boundary with the next year's rate
        t = boundary;
        y++;
        continue;
      }
      t = next;
      double service = rng.nextExponential() * mean;
      // week-end snapshots for every week end passed before this arrival
      while (week <= horizon && week < t) {
        startedPointer = advance(starts, processed, startedPointer, week);
        sumQueue[(week - 1) / WEEKS_PER_YEAR] += processed - startedPointer;
        week++;
      }
      double start = Double.POSITIVE_INFINITY;
      int chosen = -1;
      if (heap) {
        if (maxServers > 0) {
          start = Math.max(t, free[0]);
          chosen = 0;
        }
      } else {
        for (int i = 0; i < maxServers; i++) {
          double s = earliest(nextActive[i], Math.max(t, free[i]), years);
          if (s < start) {
            start = s;
            chosen = i;
          }
        }
      }
      arrivals[y]++;
      if (chosen < 0) {
        unserved[y]++;
        histogram[y][HISTOGRAM_DAYS]++;
      } else {
        double finish = start + service;
        free[chosen] = finish;
        if (heap) {
          siftDown(free, maxServers);
        }
        double wait = start - t;
        double sojourn = finish - t;
        sumWait[y] += wait;
        sumSojourn[y] += sojourn;
        if (sojourn <= limit) {
          within[y]++;
        }
        histogram[y][(int) Math.min(HISTOGRAM_DAYS, Math.ceil(sojourn * 7.0))]++;
      }
      if (processed == starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
      starts[processed++] = start;
    }
    while (week <= horizon) {
      startedPointer = advance(starts, processed, startedPointer, week);
      sumQueue[(week - 1) / WEEKS_PER_YEAR] += processed - startedPointer;
      week++;
    }
    return new QueueRun(in, arrivals, unserved, within, sumWait, sumSojourn, histogram, sumQueue);
  }

  /** Restores the min-heap after the root grew. */
  private static void siftDown(double[] h, int n) {
    int i = 0;
    double x = h[0];
    while (true) {
      int c = 2 * i + 1;
      if (c >= n) {
        break;
      }
      if (c + 1 < n && h[c + 1] < h[c]) {
        c++;
      }
      if (h[c] >= x) {
        break;
      }
      h[i] = h[c];
      i = c;
    }
    h[i] = x;
  }

  private static int advance(double[] starts, int processed, int pointer, double time) {
    int p = pointer;
    while (p < processed && starts[p] <= time) {
      p++;
    }
    return p;
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
