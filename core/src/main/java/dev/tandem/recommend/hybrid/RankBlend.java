package dev.tandem.recommend.hybrid;

import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.TopK;
import java.util.Arrays;

/**
 * Blends the candidate lists of several models. Each list's scores are normalised to [0, 1] as a
 * mix of two views: by rank (the item at 0-based rank r of a list of {@code depth} gets (depth −
 * r) / depth) and by score (min-max over the list: the best 1, the last 0), {@code rankShare} of
 * the first and the rest of the second, so every model's best is 1 whatever its score scale, and
 * a clear winner keeps its lead over near-ties. The blend is the weighted sum over models. Public
 * for tuning tools (benchmarks {@code HybridTuning}).
 */
public final class RankBlend {
  private RankBlend() {}

  public static Recommendations blend(Recommendations[] lists, double[] weights, int depth,
      double rankShare, int itemCount, int k, Query query) {
    float[] scores = new float[itemCount];
    Arrays.fill(scores, Float.NEGATIVE_INFINITY);
    for (int m = 0; m < lists.length; m++) {
      if (weights[m] == 0) {
        continue;
      }
      double[] values = normalised(lists[m], depth, rankShare);
      for (int r = 0; r < values.length; r++) {
        int item = lists[m].item(r);
        float add = (float) (weights[m] * values[r]);
        scores[item] = scores[item] == Float.NEGATIVE_INFINITY ? add : scores[item] + add;
      }
    }
    return TopK.select(scores, k, query);
  }

  /** The normalised value of each of the list's first {@code depth} items, in rank order. */
  static double[] normalised(Recommendations list, int depth, double rankShare) {
    int size = Math.min(list.size(), depth);
    double[] values = new double[size];
    if (size == 0) {
      return values;
    }
    double last = list.score(size - 1);
    double range = list.score(0) - last;
    for (int r = 0; r < size; r++) {
      double rank = (depth - r) / (double) depth;
      double value = range > 0 ? (list.score(r) - last) / range : 1;
      values[r] = rankShare * rank + (1 - rankShare) * value;
    }
    return values;
  }
}
