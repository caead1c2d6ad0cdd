package org.sendfunding.ehcp.projection;

/**
 * The small-count rule of the calibration: a rate observed in one LA is shrunk towards the rate pooled
 * over its group (its region, or England), by as much as the group's LAs show their rates really differ.
 *
 * <p>Each LA's count {@code x} out of {@code n} is taken as binomial with its own rate, and the LAs' rates
 * as drawn from a Beta distribution with the group's pooled mean {@code p = sum x / sum n} and strength
 * {@code m} (the Beta's {@code alpha + beta}). The LA's estimate is then the posterior mean
 * {@code (x + m p) / (n + m)}: an LA with few cases ({@code n} much below {@code m}) gets about the group's
 * rate, one with many gets about its own. {@code m} is estimated from the group by the method of moments
 * (Kleinman 1973, "Proportions with extraneous variance", JASA 68): the between-LA variance of the rates is
 * {@code tau^2 = (S - p (1 - p) (k - 1)) / (N - sum n_i^2 / N)}, where {@code S = sum n_i (x_i / n_i - p)^2},
 * {@code k} LAs and {@code N = sum n_i}, and {@code m = p (1 - p) / tau^2 - 1}. Where the rates vary no
 * more than binomial noise explains ({@code tau^2 <= 0}) the group is taken as one rate,
 * {@code m =} {@value #FULL_POOLING}; {@code m} is at least {@value #MIN_STRENGTH}.
 *
 * <p>For example three LAs with 10 of 100, 30 of 100 and 20 of 100 leaving: {@code p = 0.2}, {@code S = 2},
 * {@code tau^2 = (2 - 0.32) / 200 = 0.0084}, {@code m = 0.16 / 0.0084 - 1 = 18.05}, and an LA with 1 of 4
 * gets {@code (1 + 3.61) / 22.05 = 0.209}. This class is stateless and thread-safe.
 */
final class EmpiricalBayes {

  /** The strength used when the group's rates do not vary beyond noise: the LA gets the group's rate. */
  static final double FULL_POOLING = 1e6;
  /** The least strength: a prior worth at least one case. */
  static final double MIN_STRENGTH = 1.0;

  private EmpiricalBayes() {}

  /** The pooled rate {@code sum x / sum n}, or NaN if {@code sum n} is 0. */
  static double pooled(double[] x, double[] n) {
    double sx = 0;
    double sn = 0;
    for (int i = 0; i < x.length; i++) {
      sx += x[i];
      sn += n[i];
    }
    return sn > 0 ? sx / sn : Double.NaN;
  }

  /**
   * The Beta strength {@code m} of a group of LAs' counts {@code x_i} out of {@code n_i} (LAs with
   * {@code n_i = 0} are left out); {@link #FULL_POOLING} with fewer than two LAs or no variation.
   */
  static double strength(double[] x, double[] n) {
    int k = 0;
    double sn = 0;
    double sx = 0;
    double sn2 = 0;
    for (int i = 0; i < x.length; i++) {
      if (n[i] > 0) {
        k++;
        sn += n[i];
        sx += x[i];
        sn2 += n[i] * n[i];
      }
    }
    if (k < 2) {
      return FULL_POOLING;
    }
    double p = sx / sn;
    if (p <= 0 || p >= 1) {
      return FULL_POOLING;
    }
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      if (n[i] > 0) {
        double r = x[i] / n[i] - p;
        s += n[i] * r * r;
      }
    }
    double denominator = sn - sn2 / sn;
    double tau2 = denominator > 0 ? (s - p * (1 - p) * (k - 1)) / denominator : 0;
    if (tau2 <= 0) {
      return FULL_POOLING;
    }
    return Math.max(MIN_STRENGTH, Math.min(FULL_POOLING, p * (1 - p) / tau2 - 1));
  }

  /** The posterior mean {@code (x + m p) / (n + m)}. */
  static double shrink(double x, double n, double p, double m) {
    return (x + m * p) / (n + m);
  }
}
