package dev.tandem.recommend;

import java.util.Arrays;

/**
 * Selects the {@code k} best-scored items of a dense score array (one slot per snapshot item), in a
 * bounded min-heap: O(n log k). Skips the query's items and scores that are NaN or not above {@code
 * floor}. Ties go to the lower item index, so results are deterministic.
 */
public final class TopK {
  private TopK() {}

  /** The top k with scores strictly above negative infinity, excluding the query's items. */
  public static Recommendations select(float[] scores, int k, Query query) {
    return select(scores, k, query, Float.NEGATIVE_INFINITY);
  }

  public static Recommendations select(float[] scores, int k, Query query, float floor) {
    if (k <= 0) {
      return Recommendations.none();
    }
    int[] heap = new int[k];
    int size = 0;
    int[] excluded = query.itemsView();
    for (int item = 0; item < scores.length; item++) {
      // cheap tests first: most items lose to the heap's worst, and are never checked further
      if (!(scores[item] > floor) || (size == k && !better(item, heap[0], scores))
          || isExcluded(excluded, item)) {
        continue;
      }
      if (size < k) {
        heap[size] = item;
        siftUp(heap, size++, scores);
      } else {
        heap[0] = item;
        siftDown(heap, size, scores);
      }
    }
    return sorted(heap, size, scores);
  }

  private static boolean isExcluded(int[] excluded, int item) {
    for (int e : excluded) {
      if (e == item) {
        return true;
      }
    }
    return false;
  }

  /** True when item a ranks above item b. */
  private static boolean better(int a, int b, float[] scores) {
    return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
  }

  private static void siftUp(int[] heap, int at, float[] scores) {
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (!better(heap[parent], heap[at], scores)) {
        return;
      }
      swap(heap, parent, at);
      at = parent;
    }
  }

  private static void siftDown(int[] heap, int size, float[] scores) {
    int at = 0;
    while (true) {
      int worst = at;
      for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
        if (better(heap[worst], heap[child], scores)) {
          worst = child;
        }
      }
      if (worst == at) {
        return;
      }
      swap(heap, at, worst);
      at = worst;
    }
  }

  private static void swap(int[] heap, int a, int b) {
    int t = heap[a];
    heap[a] = heap[b];
    heap[b] = t;
  }

  private static Recommendations sorted(int[] heap, int size, float[] scores) {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = heap[i];
    }
    Arrays.sort(order, (a, b) -> better(a, b, scores) ? -1 : better(b, a, scores) ? 1 : 0);
    int[] items = new int[size];
    float[] best = new float[size];
    for (int i = 0; i < size; i++) {
      items[i] = order[i];
      best[i] = scores[order[i]];
    }
    return new Recommendations(items, best);
  }
}
