package dev.tandem.recommend.hybrid;

import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * One validation query's candidates, compiled for {@link WeightSearch}: the union of the models'
 * lists (the query's own items left out) and each model's normalised value of each candidate (NaN
 * where the model did not list it), so the hidden item's rank in a blend is found without building
 * the blend: the candidates scored above it (ties to the lower item index, as {@link
 * dev.tandem.recommend.TopK} breaks them), with the same float sums as {@link RankBlend}.
 */
record Candidates(int[] items, double[][] values, int hiddenAt) {

  static Candidates of(
      Recommendations[] lists, Query query, int hidden, int depth, double rankShare) {
    Int2IntOpenHashMap at = new Int2IntOpenHashMap();
    at.defaultReturnValue(-1);
    IntArrayList items = new IntArrayList();
    double[][] normalised = new double[lists.length][];
    for (int m = 0; m < lists.length; m++) {
      normalised[m] = RankBlend.normalised(lists[m], depth, rankShare);
      for (int r = 0; r < normalised[m].length; r++) {
        int item = lists[m].item(r);
        if (!query.contains(item) && at.putIfAbsent(item, items.size()) == -1) {
          items.add(item);
        }
      }
    }
    double[][] values = new double[lists.length][items.size()];
    for (int m = 0; m < lists.length; m++) {
      java.util.Arrays.fill(values[m], Double.NaN);
      for (int r = 0; r < normalised[m].length; r++) {
        int c = at.get(lists[m].item(r));
        if (c >= 0) {
          values[m][c] = normalised[m][r];
        }
      }
    }
    return new Candidates(items.toIntArray(), values, at.get(hidden));
  }

  /** The hidden item's 0-based rank in the blend with these weights, -1 when not in it. */
  int rankOfHidden(double[] weights) {
    if (hiddenAt < 0) {
      return -1;
    }
    float hiddenScore = score(hiddenAt, weights);
    if (hiddenScore == Float.NEGATIVE_INFINITY) {
      return -1;
    }
    int hiddenItem = items[hiddenAt];
    int rank = 0;
    for (int c = 0; c < items.length; c++) {
      float s = score(c, weights);
      if (s > hiddenScore || (s == hiddenScore && items[c] < hiddenItem)) {
        rank++;
      }
    }
    return rank;
  }

  private float score(int c, double[] weights) {
    float sum = Float.NEGATIVE_INFINITY;
    for (int m = 0; m < weights.length; m++) {
      double value = values[m][c];
      if (weights[m] != 0 && !Double.isNaN(value)) {
        float add = (float) (weights[m] * value);
        sum = sum == Float.NEGATIVE_INFINITY ? add : sum + add;
      }
    }
    return sum;
  }
}
