package org.sendfunding.spark.scenario;

import java.io.Serializable;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.scenario.BuiltInPolicy;
import org.sendfunding.funding.scenario.Scenario;

/**
 * How an executor gets the base scenario of a sweep: scenarios are not serialisable, so the job ships
 * this recipe and each executor JVM builds and compiles the scenario once, cached under {@link #key()}.
 *
 * <pre>{@code
 * ScenarioSource today = ScenarioSource.builtIn(BuiltInPolicy.TODAYS_RULES);   // on the embedded England dataset
 * ScenarioSource mine = ScenarioSource.of("my-la-2026", () -> BuiltInPolicy.TODAYS_RULES
 *     .scenario(FundingDataset.readCsv(...)));                                  // the lambda must be serialisable
 * }</pre>
 *
 * <p>Implementations must be immutable, thread-safe and give equal scenarios for equal keys.
 */
public interface ScenarioSource extends Serializable {

  /** What identifies the scenario in an executor's cache. @return the key */
  String key();

  /** Builds the scenario (on an executor, once per JVM and key). @return the scenario */
  Scenario scenario();

  /**
   * A built-in policy on the embedded England dataset ({@code FundingDataset.england()}).
   *
   * @param policy the policy
   * @return the source
   */
  static ScenarioSource builtIn(BuiltInPolicy policy) {
    String name = policy.name();
    return of("builtin:" + name, () -> BuiltInPolicy.valueOf(name).scenario(FundingDataset.england()));
  }

  /**
   * A source from a key and a serialisable supplier.
   *
   * @param key the key
   * @param supplier builds the scenario
   * @return the source
   */
  static ScenarioSource of(String key, Supplier supplier) {
    return new ScenarioSource() {
      private static final long serialVersionUID = 1L;

      @Override
      public String key() {
        return key;
      }

      @Override
      public Scenario scenario() {
        return supplier.get();
      }
    };
  }

  /** A serialisable supplier of a scenario. */
  @FunctionalInterface
  interface Supplier extends Serializable {
    /** @return the scenario */
    Scenario get();
  }
}
