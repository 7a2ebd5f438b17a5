package dev.tandem.recommend.neighbours;

import dev.tandem.dataset.Snapshot;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Dense item × item similarities the slow, obvious way, to check the sparse build against. */
final class BruteForceSimilarity {
  private BruteForceSimilarity() {}

  static double[][] of(Snapshot shop, ItemKnn p) {
    int n = shop.itemCount();
    boolean[][] holds = new boolean[shop.basketCount()][n];
    for (int b = 0; b < shop.basketCount(); b++) {
      for (int q = shop.basketItems().rowStart(b); q < shop.basketItems().rowEnd(b); q++) {
        holds[b][shop.basketItems().columnAt(q)] = true;
      }
    }
    double[] count = new double[n];
    double[][] co = new double[n][n];
    int rows = 0;
    for (boolean[] basket : holds) {
      boolean any = false;
      for (int i = 0; i < n; i++) {
        any |= basket[i];
        count[i] += basket[i] ? 1 : 0;
        for (int j = 0; j < n; j++) {
          co[i][j] += basket[i] && basket[j] ? 1 : 0;
        }
      }
      rows += any ? 1 : 0;
    }
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double c = co[i][j];
        if (i != j && c > 0) {
          sim[i][j] = p.similarity().of(c, count[i], count[j], rows, p.alpha())
              * c / (c + p.shrinkage());
        }
      }
    }
    return sim;
  }

  static int[] best(double[] row, int self, int k) {
    return IntStream.range(0, row.length)
        .filter(j -> j != self && (float) row[j] > 0)
        .boxed()
        .sorted(Comparator.<Integer>comparingDouble(j -> -(float) row[j]).thenComparing(j -> j))
        .limit(k)
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
