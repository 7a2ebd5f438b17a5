package dev.tandem.recommend.factors;

import dev.tandem.recommend.SparseRows;

/**
 * A few conjugate-gradient steps on one row's normal equations (YᵀY + λI + Yᵀ(Cᵤ − I)Y) x = YᵀCᵤp,
 * starting from the row's current factors; only the row's own items enter beyond the shared Gram
 * matrix. One instance per thread: it holds the scratch vectors.
 *
 * <p>Every inner loop reads its arrays at the same index from 0: the Gram matrix is kept as rows,
 * and each other-side factor row is first copied into {@code otherRow}. HotSpot's C2 vectorises
 * such loops but not those reading one array at a variable offset, which made the solver 1.4×
 * slower (docs/BENCHMARKS.md, issue 4 speed); the arithmetic and its order are unchanged.
 */
final class ConjugateGradient {
  private static final double DONE = 1e-20;
  private final int k;
  private final double[][] gram;
  private final double alpha;
  private final int steps;
  private final double[] x;
  private final double[] residual;
  private final double[] direction;
  private final double[] product;
  private final float[] otherRow;

  /** {@code gram}: YᵀY + λI as rows ({@link Gram#rows}), shared read-only between solvers. */
  ConjugateGradient(int k, double[][] gram, double alpha, int steps) {
    this.k = k;
    this.gram = gram;
    this.alpha = alpha;
    this.steps = steps;
    x = new double[k];
    residual = new double[k];
    direction = new double[k];
    product = new double[k];
    otherRow = new float[k];
  }

  void solveRow(SparseRows rows, int row, float[] solved, float[] fixed) {
    int from = rows.start()[row];
    int to = rows.start()[row + 1];
    if (from == to) {
      return;
    }
    int base = row * k;
    for (int f = 0; f < k; f++) {
      x[f] = solved[base + f];
    }
    initialResidual(rows, from, to, fixed);
    System.arraycopy(residual, 0, direction, 0, k);
    double before = dot(residual, residual);
    for (int step = 0; step < steps && before > DONE; step++) {
      multiply(rows, from, to, fixed, direction, product);
      double length = before / dot(direction, product);
      for (int f = 0; f < k; f++) {
        x[f] += length * direction[f];
        residual[f] -= length * product[f];
      }
      double after = dot(residual, residual);
      for (int f = 0; f < k; f++) {
        direction[f] = residual[f] + after / before * direction[f];
      }
      before = after;
    }
    for (int f = 0; f < k; f++) {
      solved[base + f] = (float) x[f];
    }
  }

  /** residual = YᵀCᵤp − A·x, where A·x = (YᵀY + λI)x + Σ (c − 1)(y·x)y. */
  private void initialResidual(SparseRows rows, int from, int to, float[] fixed) {
    multiplyGram(x, residual);
    for (int f = 0; f < k; f++) {
      residual[f] = -residual[f];
    }
    for (int p = from; p < to; p++) {
      double confidence = 1 + alpha * rows.values()[p];
      System.arraycopy(fixed, rows.columns()[p] * k, otherRow, 0, k);
      double weight = confidence - (confidence - 1) * dotOther(x);
      addScaledOther(residual, weight);
    }
  }

  /** out = A·v for this row's A. */
  private void multiply(
      SparseRows rows, int from, int to, float[] fixed, double[] v, double[] out) {
    multiplyGram(v, out);
    for (int p = from; p < to; p++) {
      System.arraycopy(fixed, rows.columns()[p] * k, otherRow, 0, k);
      addScaledOther(out, alpha * rows.values()[p] * dotOther(v));
    }
  }

  /** out = G·v, as a sum of G's rows scaled by v (G is symmetric): axpy loops vectorise. */
  private void multiplyGram(double[] v, double[] out) {
    java.util.Arrays.fill(out, 0, k, 0);
    for (int b = 0; b < k; b++) {
      double scale = v[b];
      double[] row = gram[b];
      for (int a = 0; a < k; a++) {
        out[a] += scale * row[a];
      }
    }
  }

  /** out += weight · otherRow. */
  private void addScaledOther(double[] out, double weight) {
    for (int f = 0; f < k; f++) {
      out[f] += weight * otherRow[f];
    }
  }

  /** otherRow · v, in four independent sums (shorter dependency chains). */
  private double dotOther(double[] v) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int f = 0;
    for (; f + 3 < k; f += 4) {
      s0 += otherRow[f] * v[f];
      s1 += otherRow[f + 1] * v[f + 1];
      s2 += otherRow[f + 2] * v[f + 2];
      s3 += otherRow[f + 3] * v[f + 3];
    }
    for (; f < k; f++) {
      s0 += otherRow[f] * v[f];
    }
    return (s0 + s1) + (s2 + s3);
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
