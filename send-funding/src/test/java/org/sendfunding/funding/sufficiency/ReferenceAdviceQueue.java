package org.sendfunding.funding.sufficiency;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The advice queue exactly as it was before the allocation-free rewrite of issue 13 (commit 6286cc1),
 * kept as the reference that {@link AdviceQueue} must equal figure for figure. The only change is a
 * check that requests start in the order they arrive (first come, first served), which the week-end
 * queue counts of both versions rely on.
 */
final class ReferenceAdviceQueue {

  private ReferenceAdviceQueue() {}

  /** Runs the queue as the old engine did. */
  static QueueRun run(QueueInputs in) {
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
        free[i] = (double) nextActive[i][0] * AdviceQueue.WEEKS_PER_YEAR;
      }
      java.util.Arrays.sort(free); // a sorted array is a valid min-heap
    }
    double horizon = (double) years * AdviceQueue.WEEKS_PER_YEAR;
    double limit = in.limitWeeks();
    double mean = in.meanServiceWeeks();

    long[] arrivals = new long[years];
    long[] unserved = new long[years];
    long[] within = new long[years];
    double[] sumWait = new double[years];
    double[] sumSojourn = new double[years];
    long[][] histogram = new long[years][AdviceQueue.HISTOGRAM_DAYS + 1];
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
        t = (double) (y + 1) * AdviceQueue.WEEKS_PER_YEAR;
        y++;
        continue;
      }
      double next = t + rng.nextExponential() / rate[y];
      double boundary = (double) (y + 1) * AdviceQueue.WEEKS_PER_YEAR;
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
        sumQueue[(week - 1) / AdviceQueue.WEEKS_PER_YEAR] += processed - startedPointer;
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
        histogram[y][AdviceQueue.HISTOGRAM_DAYS]++;
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
        histogram[y][(int) Math.min(AdviceQueue.HISTOGRAM_DAYS, Math.ceil(sojourn * 7.0))]++;
      }
      if (processed == starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
      if (processed > 0 && start < starts[processed - 1]) {
        throw new AssertionError("FIFO broken: request " + processed + " starts at " + start + " before request "
            + (processed - 1) + " at " + starts[processed - 1]);
      }
      starts[processed++] = start;
    }
    while (week <= horizon) {
      startedPointer = advance(starts, processed, startedPointer, week);
      sumQueue[(week - 1) / AdviceQueue.WEEKS_PER_YEAR] += processed - startedPointer;
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
    int y = (int) Math.min(years, Math.floor(time / AdviceQueue.WEEKS_PER_YEAR));
    int active = nextActive[y];
    if (active == Integer.MAX_VALUE) {
      return Double.POSITIVE_INFINITY;
    }
    return active == y ? time : (double) active * AdviceQueue.WEEKS_PER_YEAR;
  }
}
