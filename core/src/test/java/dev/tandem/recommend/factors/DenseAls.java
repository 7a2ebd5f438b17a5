package dev.tandem.recommend.factors;

import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.SparseRows;

/** The implicit-ALS normal equations and objective written out densely, to check against. */
final class DenseAls {
  private DenseAls() {}

  /** argmin_x Σ_j c_j (p_j − x·y_j)² + λ|x|² over all rows j of {@code fixed} (p = 1 on items). */
  static double[] solveRow(
      float[] fixed, int k, double lambda, double alpha, int[] items, float[] values) {
    int n = fixed.length / k;
    double[] confidence = new double[n];
    java.util.Arrays.fill(confidence, 1);
    double[] preference = new double[n];
    for (int p = 0; p < items.length; p++) {
      confidence[items[p]] = 1 + alpha * values[p];
      preference[items[p]] = 1;
    }
    double[] a = new double[k * k];
    double[] b = new double[k];
    for (int j = 0; j < n; j++) {
      for (int r = 0; r < k; r++) {
        b[r] += confidence[j] * preference[j] * fixed[j * k + r];
        for (int c = 0; c < k; c++) {
          a[r * k + c] += confidence[j] * fixed[j * k + r] * fixed[j * k + c];
        }
      }
    }
    for (int r = 0; r < k; r++) {
      a[r * k + r] += lambda;
    }
    gaussianElimination(a, b, k);
    return b;
  }

  static double objective(
      ImplicitAlsModel model, Snapshot shop, SparseRows userItems, double lambda, double alpha) {
    double loss = 0;
    int k = model.factors();
    for (int u = 0; u < shop.userCount(); u++) {
      float[] x = model.userFactors(u);
      double[] observed = new double[shop.itemCount()];
      for (int p = userItems.start()[u]; p < userItems.start()[u + 1]; p++) {
        observed[userItems.columns()[p]] = userItems.values()[p];
      }
      for (int i = 0; i < shop.itemCount(); i++) {
        float[] y = model.itemFactors(i);
        double predicted = 0;
        for (int f = 0; f < k; f++) {
          predicted += x[f] * y[f];
        }
        double target = observed[i] > 0 ? 1 : 0;
        loss += (1 + alpha * observed[i]) * (target - predicted) * (target - predicted);
      }
      loss += lambda * squared(x);
    }
    for (int i = 0; i < shop.itemCount(); i++) {
      loss += lambda * squared(model.itemFactors(i));
    }
    return loss;
  }

  static float meanValue(SparseRows rows) {
    double sum = 0;
    for (float v : rows.values()) {
      sum += v;
    }
    return (float) (sum / rows.nonZeroCount());
  }

  private static double squared(float[] v) {
    double sum = 0;
    for (float value : v) {
      sum += value * value;
    }
    return sum;
  }

  /** Gaussian elimination with partial pivoting; b becomes the solution. */
  private static void gaussianElimination(double[] a, double[] b, int k) {
    for (int col = 0; col < k; col++) {
      int pivot = col;
      for (int r = col + 1; r < k; r++) {
        if (Math.abs(a[r * k + col]) > Math.abs(a[pivot * k + col])) {
          pivot = r;
        }
      }
      for (int c = 0; c < k; c++) {
        double t = a[col * k + c];
        a[col * k + c] = a[pivot * k + c];
        a[pivot * k + c] = t;
      }
      double t = b[col];
      b[col] = b[pivot];
      b[pivot] = t;
      for (int r = col + 1; r < k; r++) {
        double factor = a[r * k + col] / a[col * k + col];
        for (int c = col; c < k; c++) {
          a[r * k + c] -= factor * a[col * k + c];
        }
        b[r] -= factor * b[col];
      }
    }
    for (int r = k - 1; r >= 0; r--) {
      double sum = b[r];
      for (int c = r + 1; c < k; c++) {
        sum -= a[r * k + c] * b[c];
      }
      b[r] = sum / a[r * k + r];
    }
  }
}
