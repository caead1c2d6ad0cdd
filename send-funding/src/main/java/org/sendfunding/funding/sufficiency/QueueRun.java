package org.sendfunding.funding.sufficiency;

import com.google.common.base.Preconditions;
import java.util.Locale;

/**
 * The result of one {@link AdviceQueue} run: for each year of request, how many requests arrived, how
 * long they waited for an adviser and for the advice, the share answered within the limit, the
 * waiting-time histogram in days, and the mean number waiting at week ends.
 *
 * <pre>{@code
 * QueueRun r = AdviceQueue.DEFAULT.run(in);
 * r.arrivals(0); r.meanWaitWeeks(0); r.meanSojournWeeks(0); r.shareWithinLimit(0);
 * r.unbounded(0);   // true if some request of year 1 is never answered (no advisers left)
 * }</pre>
 *
 * <p>Years are indexed from 0. A year with no requests has a share within the limit of 1 and mean
 * waits of 0. A request that is never answered has an infinite wait: means are then
 * {@link Double#POSITIVE_INFINITY} (never NaN) and {@link #unbounded(int)} is true. This class is
 * immutable and thread-safe: its arrays are never exposed.
 */
public final class QueueRun {

  private final QueueInputs inputs;
  private final long[] arrivals;
  private final long[] unserved;
  private final long[] within;
  private final double[] sumWait;
  private final double[] sumSojourn;
  private final long[][] histogram;
  private final double[] sumQueue;

  QueueRun(QueueInputs inputs, long[] arrivals, long[] unserved, long[] within, double[] sumWait, double[] sumSojourn,
      long[][] histogram, double[] sumQueue) {
    this.inputs = inputs;
    this.arrivals = arrivals;
    this.unserved = unserved;
    this.within = within;
    this.sumWait = sumWait;
    this.sumSojourn = sumSojourn;
    this.histogram = histogram;
    this.sumQueue = sumQueue;
  }

  /** The inputs of the run. */
  public QueueInputs inputs() {
    return inputs;
  }

  /** The number of years. */
  public int years() {
    return arrivals.length;
  }

  /** Requests arriving in a year. */
  public long arrivals(int year) {
    return arrivals[check(year)];
  }

  /** Requests of a year never answered (only when no adviser is left). */
  public long unserved(int year) {
    return unserved[check(year)];
  }

  /** Requests of a year answered within the limit. */
  public long withinLimit(int year) {
    return within[check(year)];
  }

  /** Whether waits of a year grow without bound: some request is never answered, or demand is at or above capacity. */
  public boolean unbounded(int year) {
    return unserved[check(year)] > 0 || utilisation(year) >= 1.0;
  }

  /**
   * Offered load over capacity in a year: arrivals a week × mean service weeks / advisers. Infinite for
   * a year with requests and no advisers; 0 for a year with neither.
   */
  public double utilisation(int year) {
    double load = inputs.arrivalsPerWeek().get(check(year)) * inputs.meanServiceWeeks();
    int c = inputs.servers().get(year);
    if (c == 0) {
      return load > 0 ? Double.POSITIVE_INFINITY : 0.0;
    }
    return load / c;
  }

  /** Mean weeks a request of the year waited before an adviser started on it. */
  public double meanWaitWeeks(int year) {
    return mean(sumWait, year);
  }

  /** Mean weeks from request to advice returned (wait plus service). */
  public double meanSojournWeeks(int year) {
    return mean(sumSojourn, year);
  }

  /** Total weeks requests of the year spent waiting for an adviser (pupil-weeks of waiting). */
  public double totalWaitWeeks(int year) {
    return unserved[check(year)] > 0 ? Double.POSITIVE_INFINITY : sumWait[year];
  }

  /** Share of the year's requests answered within the limit (1 if there were none). */
  public double shareWithinLimit(int year) {
    return arrivals[check(year)] == 0 ? 1.0 : (double) within[year] / arrivals[year];
  }

  /**
   * Requests of the year answered after {@code days} days, rounded up to whole days; the last bucket
   * ({@link AdviceQueue#HISTOGRAM_DAYS}) holds every longer wait and every request never answered.
   */
  public long answeredAfterDays(int year, int days) {
    Preconditions.checkArgument(days >= 0 && days <= AdviceQueue.HISTOGRAM_DAYS,
        "QueueRun.days: %s is outside 0 to %s", days, AdviceQueue.HISTOGRAM_DAYS);
    return histogram[check(year)][days];
  }

  /** Requests of the year answered within {@code days} days of the request. */
  public long answeredWithinDays(int year, int days) {
    long n = 0;
    int last = Math.min(days, AdviceQueue.HISTOGRAM_DAYS - 1);
    for (int d = 0; d <= last; d++) {
      n += histogram[check(year)][d];
    }
    return n;
  }

  /** Mean number of requests waiting for an adviser at the week ends of a year. */
  public double meanQueueLength(int year) {
    return sumQueue[check(year)] / AdviceQueue.WEEKS_PER_YEAR;
  }

  private double mean(double[] sums, int year) {
    if (unserved[check(year)] > 0) {
      return Double.POSITIVE_INFINITY;
    }
    return arrivals[year] == 0 ? 0.0 : sums[year] / arrivals[year];
  }

  private int check(int year) {
    Preconditions.checkElementIndex(year, arrivals.length, "QueueRun.year");
    return year;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("QueueRun[");
    for (int y = 0; y < years(); y++) {
      out.append(String.format(Locale.UK, "%syear %d: %d requests, mean wait %.2f wks, %.1f%% within %d wks%s", y == 0 ? "" : "; ",
          y + 1, arrivals[y], meanWaitWeeks(y), 100 * shareWithinLimit(y), inputs.limitWeeks(), unbounded(y) ? ", UNBOUNDED" : ""));
    }
    return out.append(']').toString();
  }
}
