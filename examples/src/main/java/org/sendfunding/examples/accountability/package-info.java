/**
 * {@code bin/send-accountability}: Progress 8 against contextual value added and time-on-roll
 * Progress 8 for a cohort in two CSV files, by send-accountability's
 * {@link org.sendfunding.accountability.cohort.CohortCsv} and
 * {@link org.sendfunding.accountability.comparison.ComparisonCalculator}.
 */
package org.sendfunding.examples.accountability;
