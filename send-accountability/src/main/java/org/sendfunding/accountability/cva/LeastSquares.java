package org.sendfunding.accountability.cva;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Ordinary least squares by QR decomposition with Householder reflections.
 *
 * <p>Solving {@code min |y - X b|} through {@code X = QR} avoids forming {@code X'X}, whose condition
 * number is the square of {@code X}'s, so coefficients stay accurate when covariates are correlated
 * (prior attainment and its square, FSM and IDACI). A covariate that is constant or a combination of
 * others makes a diagonal entry of {@code R} vanish relative to the largest; the fit then fails naming
 * that covariate, rather than returning meaningless coefficients.
 *
 * <pre>{@code
 * // y = 1 + 2x fitted exactly from three points
 * LinearFit fit = LeastSquares.fit(List.of("constant", "x"),
 *     new double[][] {{1, 0}, {1, 1}, {1, 2}}, new double[] {1, 3, 5});
 * fit.coefficients();   // [1.0, 2.0]
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class LeastSquares {

  /**
   * Relative size below which a diagonal entry of R marks the design as rank-deficient: about a
   * thousand times double precision, so that rounding noise in an exactly collinear column is caught.
   */
  private static final double RANK_TOLERANCE = 1e-12;

  private LeastSquares() {}

  /**
   * Fits {@code y = X b + e} by least squares.
   *
   * @param names a name for each column of X
   * @param x the design matrix, one row per observation (not modified)
   * @param y the outcomes
   * @return the fit: coefficients, standard errors, residuals
   * @throws IllegalArgumentException if sizes disagree, there are no more rows than columns, a value
   *     is not finite, or a column is (nearly) a combination of the others, naming it
   */
  public static LinearFit fit(List<String> names, double[][] x, double[] y) {
    int n = x.length;
    int p = names.size();
    Preconditions.checkArgument(y.length == n, "LeastSquares: %s outcomes for %s rows", y.length, n);
    Preconditions.checkArgument(n > p, "LeastSquares: %s observations cannot fit %s coefficients", n, p);
    double[][] a = new double[p][n]; // column-major copy: Householder works down columns
    for (int i = 0; i < n; i++) {
      Preconditions.checkArgument(x[i].length == p, "LeastSquares: row %s has %s values, expected %s", i, x[i].length, p);
      for (int j = 0; j < p; j++) {
        Preconditions.checkArgument(Double.isFinite(x[i][j]), "LeastSquares: %s is %s in row %s", names.get(j), x[i][j], i);
        a[j][i] = x[i][j];
      }
      Preconditions.checkArgument(Double.isFinite(y[i]), "LeastSquares: outcome is %s in row %s", y[i], (Object) i);
    }
    double[] columnNorms = new double[p];
    for (int j = 0; j < p; j++) {
      columnNorms[j] = norm(a[j], 0);
    }
    double[] qty = y.clone();
    double[] diagonal = new double[p];
    for (int k = 0; k < p; k++) {
      double[] col = a[k];
      double alpha = norm(col, k);
      if (alpha <= RANK_TOLERANCE * Math.max(columnNorms[k], Double.MIN_NORMAL)) {
        throw new IllegalArgumentException("LeastSquares: covariate '" + names.get(k)
            + "' is constant or a combination of the covariates before it (" + names.subList(0, k)
            + "); remove it or add variation");
      }
      // Reflect so that col[k] becomes -sign(col[k]) * alpha: choosing the sign away from col[k]
      // avoids cancellation when forming v = col - (-sign) alpha e_k.
      if (col[k] > 0) {
        alpha = -alpha;
      }
      diagonal[k] = alpha;
      col[k] -= alpha;                   // v = x - alpha e_k, stored in place
      double vtv = -2 * alpha * col[k];  // |v|^2 = 2 alpha^2 - 2 alpha x_k = -2 alpha v_k
      for (int j = k + 1; j < p; j++) {
        applyReflection(col, a[j], k, vtv);
      }
      applyReflection(col, qty, k, vtv);
    }
    // Back substitution R b = Q'y; R's diagonal is in `diagonal`, above it in a[j][i] for i < j.
    double[] b = new double[p];
    for (int i = p - 1; i >= 0; i--) {
      double s = qty[i];
      for (int j = i + 1; j < p; j++) {
        s -= a[j][i] * b[j];
      }
      b[i] = s / diagonal[i];
    }
    double maxDiag = 0;
    double minDiag = Double.MAX_VALUE;
    for (double d : diagonal) {
      maxDiag = Math.max(maxDiag, Math.abs(d));
      minDiag = Math.min(minDiag, Math.abs(d));
    }
    double[] residuals = new double[n];
    double rss = 0;
    for (int i = 0; i < n; i++) {
      double fitted = 0;
      for (int j = 0; j < p; j++) {
        fitted += x[i][j] * b[j];
      }
      residuals[i] = y[i] - fitted;
      rss += residuals[i] * residuals[i];
    }
    double sigma2 = rss / (n - p);
    // Var(b) = sigma^2 (R'R)^-1 = sigma^2 R^-1 R^-T; the diagonal is the row sums of squares of R^-1.
    double[][] rInverse = new double[p][p];
    for (int c = 0; c < p; c++) {
      for (int i = p - 1; i >= 0; i--) {
        double s = i == c ? 1 : 0;
        for (int j = i + 1; j < p; j++) {
          s -= a[j][i] * rInverse[j][c];
        }
        rInverse[i][c] = s / diagonal[i];
      }
    }
    double[] se = new double[p];
    for (int i = 0; i < p; i++) {
      double s = 0;
      for (int c = 0; c < p; c++) {
        s += rInverse[i][c] * rInverse[i][c];
      }
      se[i] = Math.sqrt(sigma2 * s);
    }
    return LinearFit.builder()
        .names(ImmutableList.copyOf(names))
        .coefficients(toList(b))
        .standardErrors(toList(se))
        .residuals(toList(residuals))
        .residualVariance(sigma2)
        .diagonalRatio(maxDiag / minDiag)
        .build();
  }

  /** Applies I - v v' (2 / v'v) to rows k.. of a column. */
  private static void applyReflection(double[] v, double[] target, int k, double vtv) {
    double dot = 0;
    for (int i = k; i < v.length; i++) {
      dot += v[i] * target[i];
    }
    double f = 2 * dot / vtv;
    for (int i = k; i < v.length; i++) {
      target[i] -= f * v[i];
    }
  }

  /** Euclidean norm of v[from..], scaled to avoid overflow and underflow. */
  private static double norm(double[] v, int from) {
    double scale = 0;
    for (int i = from; i < v.length; i++) {
      scale = Math.max(scale, Math.abs(v[i]));
    }
    if (scale == 0) {
      return 0;
    }
    double s = 0;
    for (int i = from; i < v.length; i++) {
      double t = v[i] / scale;
      s += t * t;
    }
    return scale * Math.sqrt(s);
  }

  private static ImmutableList<Double> toList(double[] values) {
    ImmutableList.Builder<Double> b = ImmutableList.builderWithExpectedSize(values.length);
    for (double v : values) {
      b.add(v);
    }
    return b.build();
  }
}
