/**
 * Scenario sweeps at scale: policy variants partitioned across a cluster, each partition swept by
 * send-funding's {@code ScenarioSweep} (national figures per variant and year) or projected by {@code
 * CompiledScenario.withVariant(v).project()} (one row per variant, LA and year).
 */
package org.sendfunding.spark.scenario;
