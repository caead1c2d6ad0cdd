/**
 * What every send-spark job shares: checking an input Dataset's schema against the job's
 * {@code StructType} with a message that names the dataset, the column and the types
 * ({@link org.sendfunding.spark.schema.SchemaCheck}), and the errors Dataset that invalid rows go to
 * with their reason ({@link org.sendfunding.spark.schema.RowErrors}).
 */
package org.sendfunding.spark.schema;
