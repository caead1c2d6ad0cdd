package org.sendfunding.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of a test JVM: {@code local[2]}, bound to the loopback address, no UI, few
 * shuffle partitions (two cores; the test data are small, and each partition is a task to schedule).
 *
 * <p>Surefire runs every test class in one JVM ({@code reuseForks}), so the session is started once;
 * Spark stops it in its own shutdown hook.
 */
public final class SharedSpark {

  private static final class Holder {
    static final SparkSession SESSION = SparkSession.builder()
        .appName("send-spark tests")
        .master("local[2]")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.sql.adaptive.enabled", "false")
        .getOrCreate();
  }

  private SharedSpark() {}

  /** The session, started on first use. @return the session */
  public static SparkSession session() {
    return Holder.SESSION;
  }
}
