package org.sendfunding.funding.sufficiency;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * What one advice queue needs: arrivals a week and advisers (servers) for each year, the mean time one
 * piece of advice takes an adviser, the limit it is due within, and the seed.
 *
 * <pre>{@code
 * QueueInputs in = QueueInputs.builder()
 *     .addArrivalsPerWeek(10.0, 11.0)      // requests for advice a week, year 1 and year 2
 *     .addServers(12, 12)                  // whole-time advisers on statutory work
 *     .meanServiceWeeks(1.0)               // one adviser writes one advice in a week on average
 *     .limitWeeks(6)                       // SEND Regulations 2014 reg 8
 *     .seed(42L)
 *     .build();
 * }</pre>
 *
 * <p>Waiting times are statistics, so they are doubles; no money flows here. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class QueueInputs {

  QueueInputs() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link QueueInputs}. */
  public static final class Builder extends ImmutableQueueInputs.Builder {
    Builder() {}
  }

  /** Mean requests for advice arriving a week, one value per year (Poisson arrivals). */
  public abstract ImmutableList<Double> arrivalsPerWeek();

  /** Advisers available in each year, one value per year; zero means no capacity at all. */
  public abstract ImmutableList<Integer> servers();

  /** Mean weeks one adviser takes to produce one piece of advice (exponentially distributed). */
  public abstract double meanServiceWeeks();

  /** The weeks within which advice is due (6, reg 8). */
  @Value.Default
  public int limitWeeks() {
    return 6;
  }

  /** The seed of the arrival and service draws. */
  public abstract long seed();

  /** The number of years simulated. */
  public int years() {
    return arrivalsPerWeek().size();
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(!arrivalsPerWeek().isEmpty(), "QueueInputs.arrivalsPerWeek: at least one year is required");
    Preconditions.checkArgument(arrivalsPerWeek().size() == servers().size(),
        "QueueInputs.servers: %s years given but arrivalsPerWeek has %s", (Integer) servers().size(), (Integer) arrivalsPerWeek().size());
    for (int y = 0; y < years(); y++) {
      double a = arrivalsPerWeek().get(y);
      Preconditions.checkArgument(Double.isFinite(a) && a >= 0, "QueueInputs.arrivalsPerWeek: %s in year %s must be finite and not negative", (Double) a, (Integer) (y + 1));
      Preconditions.checkArgument(servers().get(y) >= 0, "QueueInputs.servers: %s in year %s is negative", servers().get(y), (Integer) (y + 1));
    }
    Preconditions.checkArgument(Double.isFinite(meanServiceWeeks()) && meanServiceWeeks() > 0,
        "QueueInputs.meanServiceWeeks: %s must be finite and above zero", meanServiceWeeks());
    Preconditions.checkArgument(limitWeeks() > 0, "QueueInputs.limitWeeks: %s must be above zero", limitWeeks());
  }
}
