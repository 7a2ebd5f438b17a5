package dev.tandem.recommend.neighbours;

import dev.tandem.recommend.SparseRows;

/**
 * Finds, at request time, the stored rows (shoppers or past baskets) most like a profile of items,
 * through an inverted index (item → rows holding it), and scores items by the similarity-weighted
 * votes of those neighbours. Similarity is cosine on 0/1 rows with per-item profile weights:
 * Σ weight(i) over shared items / sqrt(|profile| · |row|). Postings are scanned newest row first
 * (rows are in time order when built so), at most {@code postingsLimit} per profile item.
 * Immutable and thread-safe; each call allocates its own scratch arrays.
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
   * Item scores from the {@code neighbours} rows most similar to the profile ({@code items} with
   * {@code weights}); {@code skipRow} (the shopper's own row, or -1) is never a neighbour.
   */
  public float[] score(
      int[] items, float[] weights, int skipRow, int neighbours, int postingsLimit) {
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
      heap.offer(row, (float) (overlap[row] / Math.sqrt(profileSize * rows.rowLength(row))));
    }
    int[] best = new int[heap.size()];
    float[] similarity = new float[heap.size()];
    int count = heap.drainBestFirst(best, similarity);
    float[] scores = new float[rows.columnCount()];
    for (int n = 0; n < count; n++) {
      for (int p = rows.start()[best[n]]; p < rows.start()[best[n] + 1]; p++) {
        scores[rows.columns()[p]] += similarity[n];
      }
    }
    return scores;
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
