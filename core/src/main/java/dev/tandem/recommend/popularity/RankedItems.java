package dev.tandem.recommend.popularity;

import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Items with a positive score, best first (ties to the lower index, as {@code TopK} orders them),
 * computed once so a request walks only the head of the list: O(k + query) instead of a pass over
 * the catalog. Immutable.
 */
final class RankedItems {
  private final int[] items;
  private final float[] scores;

  RankedItems(float[] scores) {
    this.scores = scores;
    int[] positive = java.util.stream.IntStream.range(0, scores.length)
        .filter(i -> scores[i] > 0).toArray();
    IntArrays.mergeSort(positive, (a, b) -> scores[a] != scores[b]
        ? Float.compare(scores[b], scores[a]) : Integer.compare(a, b));
    this.items = positive;
  }

  /** The first k ranked items outside the query that pass the filter, with their scores. */
  Recommendations top(Query query, int k, IntPredicate filter) {
    int[] chosen = new int[Math.max(0, Math.min(k, items.length))];
    int size = 0;
    for (int r = 0; r < items.length && size < chosen.length; r++) {
      if (filter.test(items[r]) && !query.contains(items[r])) {
        chosen[size++] = items[r];
      }
    }
    chosen = Arrays.copyOf(chosen, size);
    float[] chosenScores = new float[chosen.length];
    for (int i = 0; i < chosen.length; i++) {
      chosenScores[i] = scores[chosen[i]];
    }
    return new Recommendations(chosen, chosenScores);
  }

  long sizeInBytes() {
    return 16L + 4L * items.length;
  }
}
