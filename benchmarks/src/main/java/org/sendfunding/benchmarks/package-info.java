/**
 * JMH benchmarks of the engines, with a report that sets each result beside its target and, for the
 * scenario sweep, beside the numpy peer measured in the same run. See BENCHMARKS.md.
 */
package org.sendfunding.benchmarks;
