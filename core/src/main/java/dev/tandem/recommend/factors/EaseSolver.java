package dev.tandem.recommend.factors;

import dev.tandem.recommend.SparseRows;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** The two steps of an EASE fit: choosing the items to keep, and the closed-form weights. */
final class EaseSolver {
  private EaseSolver() {}

  /** The (at most) {@code max} items in most rows, in ascending item order. */
  static int[] mostFrequent(SparseRows rows, int max) {
    int n = rows.columnCount();
    int[] counts = new int[n];
    for (int item : rows.columns()) {
      counts[item]++;
    }
    int[] order = java.util.stream.IntStream.range(0, n).filter(i -> counts[i] > 0)
        .boxed()
        .sorted((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a])
            : Integer.compare(a, b))
        .limit(max)
        .mapToInt(Integer::intValue)
        .toArray();
    Arrays.sort(order);
    return order;
  }

  /** B for the kept items, row-major: B[a][b] = weight of kept[a] in the score of kept[b]. */
  static float[] weights(SparseRows rows, int[] kept, double lambda) {
    int m = kept.length;
    DMatrixRMaj gram = gram(rows, kept, rows.columnCount());
    for (int a = 0; a < m; a++) {
      gram.data[a * m + a] += lambda;
    }
    DMatrixRMaj inverse = new DMatrixRMaj(m, m);
    if (!CommonOps_DDRM.invertSPD(gram, inverse)) {
      throw new IllegalStateException("ease: XᵀX + λI is not positive definite; raise lambda");
    }
    float[] weights = new float[m * m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        weights[a * m + b] =
            a == b ? 0f : (float) (-inverse.data[a * m + b] / inverse.data[b * m + b]);
      }
    }
    return weights;
  }

  /** XᵀX over the kept items: for each row, every pair of its kept items. */
  private static DMatrixRMaj gram(SparseRows rows, int[] kept, int itemCount) {
    int m = kept.length;
    int[] local = new int[itemCount];
    Arrays.fill(local, -1);
    for (int a = 0; a < m; a++) {
      local[kept[a]] = a;
    }
    double[] g = new double[m * m];
    int[] present = new int[itemCount];
    for (int r = 0; r < rows.rowCount(); r++) {
      int size = 0;
      for (int p = rows.start()[r]; p < rows.start()[r + 1]; p++) {
        int a = local[rows.columns()[p]];
        if (a >= 0) {
          present[size++] = a;
        }
      }
      for (int x = 0; x < size; x++) {
        int row = present[x] * m;
        for (int y = 0; y < size; y++) {
          g[row + present[y]] += 1;
        }
      }
    }
    return DMatrixRMaj.wrap(m, m, g);
  }
}
