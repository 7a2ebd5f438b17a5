package dev.tandem.recommend.hybrid;

import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.TopK;
import java.util.Arrays;

/**
 * Blends the candidate lists of several models: each list is rank-normalised (the item at 0-based
 * rank r of a list of {@code depth} scores (depth − r) / depth, so every model's best is 1 whatever
 * its score scale) and the blend is the weighted sum over models.
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
      for (int r = 0; r < list.size() && r < depth; r++) {
        int item = list.item(r);
        float add = (float) (weights[m] * (depth - r) / depth);
        scores[item] = scores[item] == Float.NEGATIVE_INFINITY ? add : scores[item] + add;
      }
    }
    return TopK.select(scores, k, query);
  }
}
