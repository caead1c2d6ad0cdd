/**
 * Statutory EHC plan timelines over an individual-level caseload (one row per event, the SEN2 shape)
 * on Spark: send-ehcp's {@code TimelineEngine} and {@code CaseloadMeasures}, unchanged, over blocks of
 * cases.
 */
package org.sendfunding.spark.timeline;
