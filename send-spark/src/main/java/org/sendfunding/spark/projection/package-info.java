/**
 * EHC plan demand projections on Spark, partitioned by (LA, block of Monte Carlo runs): send-ehcp's
 * {@code DemandProjector} runs each block with the random streams it has in one JVM, so the projection
 * is the in-JVM projection for the same seed, byte for byte.
 */
package org.sendfunding.spark.projection;
