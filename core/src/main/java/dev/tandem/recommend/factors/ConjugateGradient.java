package dev.tandem.recommend.factors;

import dev.tandem.recommend.SparseRows;

/**
 * A few conjugate-gradient steps on one row's normal equations (YᵀY + λI + Yᵀ(Cᵤ − I)Y) x = YᵀCᵤp,
 * starting from the row's current factors; only the row's own items enter beyond the shared Gram
 * matrix. One instance per thread: it holds the scratch vectors.
 */
final class ConjugateGradient {
  private static final double DONE = 1e-20;
  private final int k;
  private final double[] gram;
  private final double alpha;
  private final int steps;
  private final double[] x;
  private final double[] residual;
  private final double[] direction;
  private final double[] product;

  ConjugateGradient(int k, double[] gram, double alpha, int steps) {
    this.k = k;
    this.gram = gram;
    this.alpha = alpha;
    this.steps = steps;
    x = new double[k];
    residual = new double[k];
    direction = new double[k];
    product = new double[k];
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
      int other = rows.columns()[p] * k;
      double weight = confidence - (confidence - 1) * dotRow(fixed, other, x);
      for (int f = 0; f < k; f++) {
        residual[f] += weight * fixed[other + f];
      }
    }
  }

  /** out = A·v for this row's A. */
  private void multiply(
      SparseRows rows, int from, int to, float[] fixed, double[] v, double[] out) {
    multiplyGram(v, out);
    for (int p = from; p < to; p++) {
      int other = rows.columns()[p] * k;
      double weight = alpha * rows.values()[p] * dotRow(fixed, other, v);
      for (int f = 0; f < k; f++) {
        out[f] += weight * fixed[other + f];
      }
    }
  }

  /** out = G·v, as a sum of G's rows scaled by v (G is symmetric): axpy loops vectorise. */
  private void multiplyGram(double[] v, double[] out) {
    java.util.Arrays.fill(out, 0, k, 0);
    for (int b = 0; b < k; b++) {
      double scale = v[b];
      int row = b * k;
      for (int a = 0; a < k; a++) {
        out[a] += scale * gram[row + a];
      }
    }
  }

  /** Dot product of a factor row with v, in four independent sums (shorter dependency chains). */
  private double dotRow(float[] factors, int base, double[] v) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int f = 0;
    for (; f + 3 < k; f += 4) {
      s0 += factors[base + f] * v[f];
      s1 += factors[base + f + 1] * v[f + 1];
      s2 += factors[base + f + 2] * v[f + 2];
      s3 += factors[base + f + 3] * v[f + 3];
    }
    for (; f < k; f++) {
      s0 += factors[base + f] * v[f];
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
