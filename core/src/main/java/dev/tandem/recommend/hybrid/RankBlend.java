package dev.tandem.recommend.hybrid;

import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.TopK;
import java.util.Arrays;

/**
 * Blends the candidate lists of several models. Each list's scores are normalised to [0, 1] as the
 * mean of two views: by rank (the item at 0-based rank r of a list of {@code depth} gets (depth −
 * r) / depth) and by score (min-max over the list: the best 1, the last 0), so every model's best
 * is 1 whatever its score scale, and a clear winner keeps its lead over near-ties. The blend is the
 * weighted sum over models.
 */
final class RankBlend {
  private RankBlend() {}

  static Recommendations blend(
      Recommendations[] lists, double[] weights, int depth, int itemCount, int k, Query query) {
    float[] scores = new float[itemCount];
    Arrays.fill(scores, Float.NEGATIVE_INFINITY);
    for (int m = 0; m < lists.length; m++) {
      if (weights[m] == 0) {
        continue;
      }
      Recommendations list = lists[m];
      int size = Math.min(list.size(), depth);
      if (size == 0) {
        continue;
      }
      double top = list.score(0);
      double range = top - list.score(size - 1);
      for (int r = 0; r < size; r++) {
        int item = list.item(r);
        double rank = (depth - r) / (double) depth;
        double value = range > 0 ? (list.score(r) - list.score(size - 1)) / range : 1;
        float add = (float) (weights[m] * 0.5 * (rank + value));
        scores[item] = scores[item] == Float.NEGATIVE_INFINITY ? add : scores[item] + add;
      }
    }
    return TopK.select(scores, k, query);
  }
}
