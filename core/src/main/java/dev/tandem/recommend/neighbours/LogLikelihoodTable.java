package dev.tandem.recommend.neighbours;

/**
 * Dunning's G² for whole-number 2×2 tables from a table of x·ln(x) for x = 0..rows, so scoring a
 * pair costs lookups instead of eight logarithms. Equal to {@link Similarity#LOG_LIKELIHOOD}.
 */
final class LogLikelihoodTable {
  private final double[] xLogX;

  LogLikelihoodTable(int rows) {
    xLogX = new double[rows + 1];
    for (int x = 1; x <= rows; x++) {
      xLogX[x] = x * Math.log(x);
    }
  }

  double of(int k11, int ni, int nj, int rows) {
    if ((long) k11 * rows <= (long) ni * nj) {
      return 0;
    }
    int k12 = ni - k11;
    int k21 = nj - k11;
    int k22 = rows - ni - nj + k11;
    double rowEntropy = xLogX[rows] - xLogX[ni] - xLogX[rows - ni];
    double columnEntropy = xLogX[rows] - xLogX[nj] - xLogX[rows - nj];
    double matrixEntropy = xLogX[rows] - xLogX[k11] - xLogX[k12] - xLogX[k21] - xLogX[k22];
    return Math.max(0, 2 * (rowEntropy + columnEntropy - matrixEntropy));
  }
}
