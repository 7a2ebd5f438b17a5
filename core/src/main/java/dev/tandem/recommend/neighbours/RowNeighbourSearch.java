package dev.tandem.recommend.neighbours;

import dev.tandem.recommend.SparseRows;

/**
 * Finds, at request time, the stored rows (shoppers or past baskets) most like a profile of items,
 * through an inverted index (item → rows holding it), and scores items by the votes of those
 * neighbours. Similarity is Σ weight(i) over shared items / (sqrt(|profile|) · |row|^lengthPower):
 * cosine on 0/1 rows with per-item profile weights when {@code lengthPower} is 0.5, while a smaller
 * power penalises long rows less. A neighbour votes similarity^{@code similarityPower} for each of
 * its items (1: plain similarity-weighted votes; more: the closest neighbours count most). Postings
 * are scanned newest row first (rows are in time order when built so), at most {@code
 * postingsLimit} per profile item. Immutable and thread-safe; each call allocates its own scratch
 * arrays.
 */
public final class RowNeighbourSearch {
  private final SparseRows rows;
  private final SparseRows postings;

  /** {@code rows}: rows × items with any positive values (treated as 0/1). */
  public RowNeighbourSearch(SparseRows rows) {
    this.rows = rows;
    this.postings = rows.transpose();
  }

  public SparseRows rows() {
    return rows;
  }

  /**
   * Item scores from the {@code neighbours} rows most like the profile ({@code items} with {@code
   * weights}) by cosine, each voting its similarity; {@code skipRow} (the shopper's own row, or -1)
   * is never a neighbour.
   */
  public float[] score(
      int[] items, float[] weights, int skipRow, int neighbours, int postingsLimit) {
    return score(items, weights, skipRow, neighbours, postingsLimit, 0.5, 1);
  }

  /** As {@link #score(int[], float[], int, int, int)}, with the row length and vote powers. */
  public float[] score(int[] items, float[] weights, int skipRow, int neighbours,
      int postingsLimit, double lengthPower, double similarityPower) {
    float[] overlap = new float[rows.rowCount()];
    int[] touched = new int[Math.min(rows.rowCount(), totalPostings(items, postingsLimit))];
    int touchedCount = 0;
    for (int i = 0; i < items.length; i++) {
      int item = items[i];
      if (item < 0 || item >= postings.rowCount()) {
        continue;
      }
      int from = postings.start()[item];
      int end = postings.start()[item + 1];
      for (int p = end - 1; p >= from && p >= end - postingsLimit; p--) {
        int row = postings.columns()[p];
        if (row == skipRow) {
          continue;
        }
        if (overlap[row] == 0f) {
          touched[touchedCount++] = row;
        }
        overlap[row] += weights[i];
      }
    }
    NeighbourHeap heap = new NeighbourHeap(neighbours);
    double profileSize = Math.max(1, items.length);
    for (int t = 0; t < touchedCount; t++) {
      int row = touched[t];
      heap.offer(row, (float) (overlap[row] / norm(profileSize, rows.rowLength(row), lengthPower)));
    }
    int[] best = new int[heap.size()];
    float[] similarity = new float[heap.size()];
    int count = heap.drainBestFirst(best, similarity);
    float[] scores = new float[rows.columnCount()];
    for (int n = 0; n < count; n++) {
      float vote = similarityPower == 1 ? similarity[n]
          : (float) Math.pow(similarity[n], similarityPower);
      for (int p = rows.start()[best[n]]; p < rows.start()[best[n] + 1]; p++) {
        scores[rows.columns()[p]] += vote;
      }
    }
    return scores;
  }

  /** sqrt(|profile|) · |row|^lengthPower; at 0.5 exactly the cosine norm sqrt(|profile| · |row|). */
  private static double norm(double profileSize, int rowLength, double lengthPower) {
    return lengthPower == 0.5 ? Math.sqrt(profileSize * rowLength)
        : Math.sqrt(profileSize) * Math.pow(rowLength, lengthPower);
  }

  private int totalPostings(int[] items, int limit) {
    long total = 0;
    for (int item : items) {
      if (item >= 0 && item < postings.rowCount()) {
        total += Math.min(limit, postings.rowLength(item));
      }
    }
    return (int) Math.min(Integer.MAX_VALUE, total);
  }

  public long sizeInBytes() {
    return rows.sizeInBytes() + postings.sizeInBytes();
  }
}
