package dev.tandem.recommend.neighbours;

import dev.tandem.recommend.RowRanges;
import dev.tandem.recommend.SparseRows;
import java.util.Arrays;

/**
 * Builds {@link Rp3Beta}'s top-K rows, one item at a time like {@link CooccurrenceNeighbours}: a
 * dense accumulator row plus the list of items it touched. The walk's two steps are precomputed
 * as value arrays laid out like the interaction rows: item → row (each column normalised to sum 1)
 * and row → item (each row normalised to sum 1), both raised to alpha.
 */
final class RandomWalkNeighbours {
  private final SparseRows rows;
  private final SparseRows columns;
  private final float[] rowToItem;
  private final float[] itemToRow;
  private final double[] degreePower;
  private final Rp3Beta parameters;

  private RandomWalkNeighbours(SparseRows interactions, Rp3Beta parameters) {
    this.parameters = parameters;
    this.rows = interactions;
    this.columns = interactions.transpose();
    this.rowToItem = normalisedPowers(rows, parameters.alpha());
    this.itemToRow = normalisedPowers(columns, parameters.alpha());
    this.degreePower = new double[columns.rowCount()];
    for (int item = 0; item < degreePower.length; item++) {
      degreePower[item] = Math.pow(Math.max(1, columns.rowLength(item)), parameters.beta());
    }
  }

  static SparseRows build(SparseRows interactions, Rp3Beta parameters) {
    return new RandomWalkNeighbours(interactions, parameters).build();
  }

  /** Each row's values divided by the row's sum, raised to the power. */
  private static float[] normalisedPowers(SparseRows rows, double power) {
    float[] out = new float[rows.nonZeroCount()];
    for (int r = 0; r < rows.rowCount(); r++) {
      double sum = 0;
      for (int p = rows.start()[r]; p < rows.start()[r + 1]; p++) {
        sum += rows.values()[p];
      }
      for (int p = rows.start()[r]; p < rows.start()[r + 1]; p++) {
        out[p] = (float) Math.pow(rows.values()[p] / sum, power);
      }
    }
    return out;
  }

  private SparseRows build() {
    int n = rows.columnCount();
    int k = parameters.neighbours();
    int[][] bestItems = new int[n][];
    float[][] bestScores = new float[n][];
    RowRanges.forEach(n, parameters.threads(), (from, to) -> {
      float[] accumulator = new float[n];
      int[] touched = new int[n];
      NeighbourHeap heap = new NeighbourHeap(k);
      int[] items = new int[k];
      float[] scores = new float[k];
      for (int item = from; item < to; item++) {
        int count = walk(item, accumulator, touched);
        heap.clear();
        for (int t = 0; t < count; t++) {
          int other = touched[t];
          heap.offer(other, (float) (accumulator[other] / degreePower[other]));
          accumulator[other] = 0f;
        }
        int kept = heap.drainBestFirst(items, scores);
        bestItems[item] = Arrays.copyOf(items, kept);
        bestScores[item] = Arrays.copyOf(scores, kept);
      }
    });
    return CooccurrenceNeighbours.flatten(n, bestItems, bestScores);
  }

  /** Probability mass of reaching each other item from {@code item} in two steps. */
  private int walk(int item, float[] accumulator, int[] touched) {
    int count = 0;
    int[] start = rows.start();
    int[] rowItems = rows.columns();
    for (int p = columns.start()[item]; p < columns.start()[item + 1]; p++) {
      int row = columns.columns()[p];
      float toRow = itemToRow[p];
      for (int q = start[row]; q < start[row + 1]; q++) {
        int other = rowItems[q];
        if (other == item) {
          continue;
        }
        if (accumulator[other] == 0f) {
          touched[count++] = other;
        }
        accumulator[other] += toRow * rowToItem[q];
      }
    }
    return count;
  }
}
