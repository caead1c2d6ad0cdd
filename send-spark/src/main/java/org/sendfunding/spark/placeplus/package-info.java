/**
 * Pupil-level place-plus funding and the notional-SEN gap over Spark Datasets: send-funding's
 * {@code PlacePlus} and {@code SchoolFundingGap}, unchanged, applied to every row.
 */
package org.sendfunding.spark.placeplus;
