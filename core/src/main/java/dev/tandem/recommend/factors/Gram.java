package dev.tandem.recommend.factors;

/** YᵀY + λI of a row-major factor matrix, as a dense k × k double array or as its k rows. */
final class Gram {
  private Gram() {}

  static double[] of(float[] factors, int k, double lambda) {
    double[] gram = new double[k * k];
    int rows = factors.length / k;
    for (int r = 0; r < rows; r++) {
      int base = r * k;
      for (int a = 0; a < k; a++) {
        double value = factors[base + a];
        if (value == 0) {
          continue;
        }
        int row = a * k;
        for (int b = a; b < k; b++) {
          gram[row + b] += value * factors[base + b];
        }
      }
    }
    for (int a = 0; a < k; a++) {
      gram[a * k + a] += lambda;
      for (int b = 0; b < a; b++) {
        gram[a * k + b] = gram[b * k + a];
      }
    }
    return gram;
  }

  /** The same matrix as k row arrays (the conjugate-gradient solver's layout). */
  static double[][] rows(float[] factors, int k, double lambda) {
    double[] gram = of(factors, k, lambda);
    double[][] rows = new double[k][];
    for (int a = 0; a < k; a++) {
      rows[a] = java.util.Arrays.copyOfRange(gram, a * k, a * k + k);
    }
    return rows;
  }
}
