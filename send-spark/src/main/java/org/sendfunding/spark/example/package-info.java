/**
 * An example job and the ILLUSTRATIVE generated data it runs on: a national pupil-level file (9 million
 * pupils in the worked run) written to Parquet, funded on Spark and, for comparison, in one JVM. Not a
 * published API.
 */
package org.sendfunding.spark.example;
