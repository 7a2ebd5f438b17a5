package dev.tandem.propensity;

/**
 * Per-column mean and deviation of training rows; {@link #row} writes a row standardised, with a
 * trailing 1 for the intercept. A column with no spread keeps scale 1. Immutable.
 */
final class Standardiser {
  private final double[] means;
  private final double[] scales;

  Standardiser(double[] means, double[] scales) {
    this.means = means.clone();
    this.scales = scales.clone();
  }

  static Standardiser fit(PropensitySet rows) {
    int d = rows.width();
    double[] sums = new double[d];
    double[] squares = new double[d];
    for (int r = 0; r < rows.rows(); r++) {
      for (int c = 0; c < d; c++) {
        double v = rows.value(r, c);
        sums[c] += v;
        squares[c] += v * v;
      }
    }
    double[] means = new double[d];
    double[] scales = new double[d];
    int n = Math.max(1, rows.rows());
    for (int c = 0; c < d; c++) {
      means[c] = sums[c] / n;
      double variance = squares[c] / n - means[c] * means[c];
      scales[c] = variance > 1e-12 ? Math.sqrt(variance) : 1;
    }
    return new Standardiser(means, scales);
  }

  void row(PropensitySet rows, int r, double[] z) {
    int d = means.length;
    for (int c = 0; c < d; c++) {
      z[c] = (rows.value(r, c) - means[c]) / scales[c];
    }
    z[d] = 1;
  }

  void row(float[] values, int offset, double[] z) {
    int d = means.length;
    for (int c = 0; c < d; c++) {
      z[c] = (values[offset + c] - means[c]) / scales[c];
    }
    z[d] = 1;
  }

  double mean(int column) {
    return means[column];
  }

  double scale(int column) {
    return scales[column];
  }

  int width() {
    return means.length;
  }
}
