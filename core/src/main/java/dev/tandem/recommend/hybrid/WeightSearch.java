package dev.tandem.recommend.hybrid;

import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import java.util.List;

/**
 * Coordinate ascent over a grid of blend weights: starting from all weights 1, each pass tries
 * every grid value for one model at a time and keeps the best (HR@10 + NDCG@10 on the validation
 * queries, so both where the hidden item lands and how high count; the earlier value wins exact
 * ties), until a pass changes nothing. Deterministic.
 */
final class WeightSearch {
  static final double[] GRID = {0, 0.1, 0.25, 0.5, 1, 2, 4};
  private static final int K = 10;
  private static final int MAX_PASSES = 5;

  private final Recommendations[][] lists;
  private final int[] hidden;
  private final List<Query> queries;
  private final int depth;
  private final int itemCount;

  /** {@code lists[q][m]}: model m's candidates for query q. */
  WeightSearch(
      Recommendations[][] lists, List<Query> queries, int[] hidden, int depth, int itemCount) {
    this.lists = lists;
    this.queries = queries;
    this.hidden = hidden;
    this.depth = depth;
    this.itemCount = itemCount;
  }

  double[] run(int models) {
    double[] weights = new double[models];
    java.util.Arrays.fill(weights, 1);
    double[] best = quality(weights);
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      boolean changed = false;
      for (int m = 0; m < models; m++) {
        double kept = weights[m];
        for (double value : GRID) {
          weights[m] = value;
          double[] trial = quality(weights);
          if (nonZero(weights) && better(trial, best)) {
            best = trial;
            kept = value;
            changed = true;
          }
        }
        weights[m] = kept;
      }
      if (!changed) {
        break;
      }
    }
    return weights;
  }

  /** {HR@10, NDCG@10} of a blend. */
  double[] quality(double[] weights) {
    double hits = 0;
    double ndcg = 0;
    for (int q = 0; q < hidden.length; q++) {
      Recommendations top = RankBlend.blend(lists[q], weights, depth, itemCount, K, queries.get(q));
      int rank = top.rankOf(hidden[q]);
      if (rank >= 0) {
        hits++;
        ndcg += 1 / (Math.log(rank + 2) / Math.log(2));
      }
    }
    int n = Math.max(1, hidden.length);
    return new double[] {hits / n, ndcg / n};
  }

  private static boolean better(double[] a, double[] b) {
    return a[0] + a[1] > b[0] + b[1] + 1e-12;
  }

  private static boolean nonZero(double[] weights) {
    for (double w : weights) {
      if (w > 0) {
        return true;
      }
    }
    return false;
  }
}
