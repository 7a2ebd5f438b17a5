package dev.tandem.recommend.neighbours;

/**
 * The best {@code capacity} (item, score) pairs seen, in a bounded min-heap of primitives; ties go
 * to the lower item index. Reused row after row by one thread.
 */
final class NeighbourHeap {
  private final int[] items;
  private final float[] scores;
  private int size;

  NeighbourHeap(int capacity) {
    items = new int[capacity];
    scores = new float[capacity];
  }

  void clear() {
    size = 0;
  }

  int size() {
    return size;
  }

  void offer(int item, float score) {
    if (size < items.length) {
      items[size] = item;
      scores[size] = score;
      siftUp(size++);
    } else if (better(item, score, items[0], scores[0])) {
      items[0] = item;
      scores[0] = score;
      siftDown();
    }
  }

  /** Empties the heap into the arrays, best first; returns how many were written. */
  int drainBestFirst(int[] outItems, float[] outScores) {
    int count = size;
    while (size > 0) {
      outItems[size - 1] = items[0];
      outScores[size - 1] = scores[0];
      size--;
      items[0] = items[size];
      scores[0] = scores[size];
      siftDown();
    }
    return count;
  }

  private static boolean better(int a, float scoreA, int b, float scoreB) {
    return scoreA > scoreB || (scoreA == scoreB && a < b);
  }

  private boolean better(int a, int b) {
    return better(items[a], scores[a], items[b], scores[b]);
  }

  private void siftUp(int at) {
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (!better(parent, at)) {
        return;
      }
      swap(parent, at);
      at = parent;
    }
  }

  private void siftDown() {
    int at = 0;
    while (true) {
      int worst = at;
      for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
        if (better(worst, child)) {
          worst = child;
        }
      }
      if (worst == at) {
        return;
      }
      swap(at, worst);
      at = worst;
    }
  }

  private void swap(int a, int b) {
    int item = items[a];
    items[a] = items[b];
    items[b] = item;
    float score = scores[a];
    scores[a] = scores[b];
    scores[b] = score;
  }
}
