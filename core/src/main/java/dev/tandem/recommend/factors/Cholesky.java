package dev.tandem.recommend.factors;

/** Solves a small symmetric positive-definite system A x = b in place (A is k × k, row-major). */
final class Cholesky {
  private Cholesky() {}

  /** Overwrites {@code a} with its lower factor L and {@code b} with the solution. */
  static void solve(double[] a, double[] b, int k) {
    for (int j = 0; j < k; j++) {
      double diagonal = a[j * k + j];
      for (int m = 0; m < j; m++) {
        diagonal -= a[j * k + m] * a[j * k + m];
      }
      diagonal = Math.sqrt(Math.max(diagonal, 1e-12));
      a[j * k + j] = diagonal;
      for (int i = j + 1; i < k; i++) {
        double sum = a[i * k + j];
        for (int m = 0; m < j; m++) {
          sum -= a[i * k + m] * a[j * k + m];
        }
        a[i * k + j] = sum / diagonal;
      }
    }
    for (int i = 0; i < k; i++) {
      double sum = b[i];
      for (int m = 0; m < i; m++) {
        sum -= a[i * k + m] * b[m];
      }
      b[i] = sum / a[i * k + i];
    }
    for (int i = k - 1; i >= 0; i--) {
      double sum = b[i];
      for (int m = i + 1; m < k; m++) {
        sum -= a[m * k + i] * b[m];
      }
      b[i] = sum / a[i * k + i];
    }
  }
}
