package dev.tandem.recommend.factors;

/**
 * Solves a small symmetric positive-definite system A x = b in place (A is k × k, row-major; only
 * its lower triangle and diagonal are read). The factorisation works on four rows at a time: four
 * independent sums in flight instead of one, each subtracting its products in the textbook order,
 * so the result is bit for bit the one-row-at-a-time result.
 */
final class Cholesky {
  private Cholesky() {}

  /** Overwrites the lower triangle of {@code a} with its factor L and {@code b} with the solution. */
  static void solve(double[] a, double[] b, int k) {
    for (int j = 0; j < k; j++) {
      int rowJ = j * k;
      double diagonal = a[rowJ + j];
      for (int m = 0; m < j; m++) {
        diagonal -= a[rowJ + m] * a[rowJ + m];
      }
      diagonal = Math.sqrt(Math.max(diagonal, 1e-12));
      a[rowJ + j] = diagonal;
      int i = j + 1;
      for (; i + 4 <= k; i += 4) {
        fourRowsOfColumn(a, k, i, j, diagonal);
      }
      for (; i < k; i++) {
        double sum = a[i * k + j];
        for (int m = 0; m < j; m++) {
          sum -= a[i * k + m] * a[rowJ + m];
        }
        a[i * k + j] = sum / diagonal;
      }
    }
    substitute(a, b, k);
  }

  /** Column j of L in rows i .. i+3: four sums, each in the textbook order. */
  private static void fourRowsOfColumn(double[] a, int k, int i, int j, double diagonal) {
    int row0 = i * k;
    int row1 = row0 + k;
    int row2 = row1 + k;
    int row3 = row2 + k;
    int rowJ = j * k;
    double sum0 = a[row0 + j];
    double sum1 = a[row1 + j];
    double sum2 = a[row2 + j];
    double sum3 = a[row3 + j];
    for (int m = 0; m < j; m++) {
      double ljm = a[rowJ + m];
      sum0 -= a[row0 + m] * ljm;
      sum1 -= a[row1 + m] * ljm;
      sum2 -= a[row2 + m] * ljm;
      sum3 -= a[row3 + m] * ljm;
    }
    a[row0 + j] = sum0 / diagonal;
    a[row1 + j] = sum1 / diagonal;
    a[row2 + j] = sum2 / diagonal;
    a[row3 + j] = sum3 / diagonal;
  }

  /** Solves L y = b, then Lᵀ x = y, in place in b. */
  private static void substitute(double[] a, double[] b, int k) {
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
