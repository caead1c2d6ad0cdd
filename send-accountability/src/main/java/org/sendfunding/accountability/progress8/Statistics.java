package org.sendfunding.accountability.progress8;

/**
 * Means and standard deviations, summed in a fixed order so results are reproducible.
 */
final class Statistics {

  private Statistics() {}

  static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  static double populationStandardDeviation(double[] values, double mean) {
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    return Math.sqrt(ss / values.length);
  }
}
